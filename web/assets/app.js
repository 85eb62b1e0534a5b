// claimtrack serve: keyboard review on the article page, in plain JavaScript.
// j / k move between claims, a / r accept or reject the focused one (its form is submitted,
// and the page comes back focused on it through the #c<id> anchor).
"use strict";
(function () {
  const items = Array.from(document.querySelectorAll("ol.claims li[data-claim]"));
  if (items.length === 0) return;
  let focused = -1;

  function focusAt(index) {
    if (index < 0 || index >= items.length) return;
    document.querySelectorAll(".focused").forEach(function (el) { el.classList.remove("focused"); });
    focused = index;
    const item = items[index];
    item.classList.add("focused");
    const mark = document.getElementById("c" + item.dataset.claim);
    if (mark) {
      mark.classList.add("focused");
      mark.scrollIntoView({ block: "center" });
    }
    item.scrollIntoView({ block: "nearest" });
    history.replaceState(null, "", "#c" + item.dataset.claim);
  }

  function review(status) {
    if (focused < 0) return;
    const form = items[focused].querySelector("form.review");
    if (!form) return;
    const button = form.querySelector("button[value=" + status + "]");
    if (!button) return;
    // After the page comes back, go on to the next claim, as a reviewer reading down would.
    const next = items[Math.min(focused + 1, items.length - 1)];
    sessionStorage.setItem("claimtrack-next", next.dataset.claim);
    form.requestSubmit(button);
  }

  document.addEventListener("keydown", function (event) {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    const tag = (event.target.tagName || "").toLowerCase();
    if (tag === "input" || tag === "textarea" || tag === "select") return;
    if (event.key === "j") focusAt(focused + 1);
    else if (event.key === "k") focusAt(Math.max(focused - 1, 0));
    else if (event.key === "a") review("accepted");
    else if (event.key === "r") review("rejected");
  });

  items.forEach(function (item, index) {
    item.addEventListener("click", function () { focusAt(index); });
  });
  const next = sessionStorage.getItem("claimtrack-next");
  sessionStorage.removeItem("claimtrack-next");
  const wanted = next ? "#c" + next : location.hash;
  const found = items.findIndex(function (item) { return "#c" + item.dataset.claim === wanted; });
  if (found >= 0) focusAt(found);
})();
