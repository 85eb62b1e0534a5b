// claimtrack serve: review on the article page, in plain JavaScript.
// j / k move between claims, a / r accept or reject the focused one (its form is submitted,
// and the page comes back focused on it through the #c<id> anchor), e opens its edit form.
// Text selected in the article fills the add-claim form with the selection's byte offsets.
"use strict";
(function () {
  const items = Array.from(document.querySelectorAll("ol.claims li[data-claim]"));
  const text = document.querySelector("div.text");
  let focused = -1;

  function markOf(item) {
    return document.getElementById("c" + item.dataset.claim);
  }

  function highlight(index) {
    document.querySelectorAll(".focused").forEach(function (el) { el.classList.remove("focused"); });
    focused = index;
    const item = items[index];
    item.classList.add("focused");
    item.scrollIntoView({ block: "nearest" });
    history.replaceState(null, "", "#c" + item.dataset.claim);
    return item;
  }

  function focusAt(index) {
    if (index < 0 || index >= items.length) return;
    const mark = markOf(highlight(index));
    if (mark) {
      mark.classList.add("focused");
      mark.focus({ preventScroll: true });
      mark.scrollIntoView({ block: "center" });
    }
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

  function edit() {
    if (focused < 0) return;
    const details = items[focused].querySelector("details.edit");
    if (!details) return;
    details.open = true;
    details.querySelector("textarea").focus();
  }

  document.addEventListener("keydown", function (event) {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    const tag = (event.target.tagName || "").toLowerCase();
    if (tag === "input" || tag === "textarea" || tag === "select") return;
    const act = { j: function () { focusAt(focused + 1); },
                  k: function () { focusAt(Math.max(focused - 1, 0)); },
                  a: function () { review("accepted"); },
                  r: function () { review("rejected"); },
                  e: edit }[event.key];
    if (!act) return;
    event.preventDefault();
    act();
  });

  items.forEach(function (item, index) {
    item.addEventListener("click", function (event) {
      if (event.target.closest("form, details, a")) return;
      focusAt(index);
    });
  });
  // A mark focused with Tab or a click makes its claim the one the keys act on.
  document.addEventListener("focusin", function (event) {
    const mark = event.target.closest && event.target.closest("mark.content[data-claim]");
    if (!mark) return;
    const index = items.findIndex(function (item) { return item.dataset.claim === mark.dataset.claim; });
    if (index >= 0 && index !== focused) highlight(index).classList.add("focused");
  });

  const next = sessionStorage.getItem("claimtrack-next");
  sessionStorage.removeItem("claimtrack-next");
  const wanted = next ? "#c" + next : location.hash;
  const found = items.findIndex(function (item) { return "#c" + item.dataset.claim === wanted; });
  if (found >= 0) focusAt(found);

  // Adding a claim: the page's text is exactly the stored text, so the UTF-8 length of the text
  // before a point of the selection is that point's byte offset.
  const add = document.querySelector("form.add-claim");
  if (!text || !add) return;
  const encoder = new TextEncoder();
  function bytes(s) { return encoder.encode(s).length; }
  function offsetOf(node, offset) {
    const before = document.createRange();
    before.setStart(text, 0);
    before.setEnd(node, offset);
    return bytes(before.toString());
  }

  function selected() {
    const selection = window.getSelection();
    if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return;
    const range = selection.getRangeAt(0);
    if (!text.contains(range.startContainer) || !text.contains(range.endContainer)) return;
    const raw = range.toString();
    const words = raw.trim();
    if (words === "") return;
    const start = offsetOf(range.startContainer, range.startOffset) + bytes(raw.slice(0, raw.indexOf(words)));
    add.elements.start.value = start;
    add.elements.end.value = start + bytes(words);
    add.elements.text.value = words;
    add.querySelector(".selection").textContent = "\u201C" + words + "\u201D";
    add.hidden = false;
  }
  text.addEventListener("mouseup", selected);
  text.addEventListener("keyup", selected);
  document.addEventListener("selectionchange", selected);
})();
