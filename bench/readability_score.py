#!/usr/bin/env python3
"""Scores page texts (JSON lines from examples/html_pages.rs, or from another extractor with the
same keys: dir, text, title, byline, ms) against Mozilla Readability's expected output.

usage: readability_score.py PAGES.jsonl [LABEL]

Per page: the bag-of-words F1 between the text and the text of `expected.html`, and whether
the title and byline equal `expected-metadata.json`'s. Prints the mean and median F1, the
pages at or above 0.9, exact titles and bylines, and the total time.
"""
import collections, html.parser, json, pathlib, re, sys


class TextOf(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.parts = []

    def handle_data(self, data):
        self.parts.append(data)


def words(text):
    return collections.Counter(re.findall(r"\w+", (text or "").lower()))


def f1(expected, got):
    common = sum((expected & got).values())
    if not expected and not got:
        return 1.0
    p = common / sum(got.values()) if got else 0.0
    r = common / sum(expected.values()) if expected else 0.0
    return 2 * p * r / (p + r) if p + r else 0.0


def main():
    label = sys.argv[2] if len(sys.argv) > 2 else "claimtrack"
    scores, titles, bylines, ms = [], 0, 0, 0.0
    for line in open(sys.argv[1], encoding="utf-8"):
        row = json.loads(line)
        page = pathlib.Path(row["dir"])
        parser = TextOf()
        parser.feed((page / "expected.html").read_text(encoding="utf-8"))
        meta = json.loads((page / "expected-metadata.json").read_text(encoding="utf-8"))
        scores.append(f1(words(" ".join(parser.parts)), words(row.get("text"))))
        titles += (row.get("title") or "").strip() == (meta.get("title") or "").strip()
        bylines += (row.get("byline") or None) == (meta.get("byline") or None)
        ms += row.get("ms", 0.0)
    scores.sort()
    n = len(scores)
    print(f"{label}: {n} pages, mean word F1 {sum(scores) / n:.3f}, median {scores[n // 2]:.3f}, "
          f">= 0.9: {sum(s >= 0.9 for s in scores)}, title exact {titles}, byline exact {bylines}, "
          f"{ms / 1000:.1f} s")


if __name__ == "__main__":
    main()
