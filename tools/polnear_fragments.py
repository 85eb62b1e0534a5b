#!/usr/bin/env python3
"""Writes a copy of a PolNeAR gold file in which every content fragment that the corpus builder
dropped is an optional gold row, so that a prediction of it is neither a miss nor an extra.

usage: polnear_fragments.py POLNEAR_GIT_DIR SPLIT GOLD_IN GOLD_OUT   (SPLIT: train or dev)

Why: PolNeAR annotates an interrupted quotation ("A," she said. "B.") as one attribution whose
content has two fragments, A and B. `../shared/tools/polnear_dev.py` keeps only the longest
fragment, so an extractor that reports A and B as two claims is charged with a false positive
for the shorter one. Scoring against this file (`attr_eval.py` skips rows with "optional": true
and does not count predictions matched to them) shows how much of the measured precision loss
is that artifact. The headline figures stay those of the unmodified gold.

It reads the same annotator as polnear_dev.py (the first, by file name) and never the test split.
Like the corpus itself, its output must not be committed.
"""
import json
import pathlib
import subprocess
import sys


def git(repo, *args):
    return subprocess.run(["git", "--git-dir", repo, *args], check=True, capture_output=True).stdout


def first_annotation_files(repo, split):
    names = git(repo, "ls-tree", "--name-only", "HEAD", f"data/{split}/attributions/").decode().split()
    first = {}
    for name in sorted(names):
        first.setdefault(pathlib.Path(name).stem.rsplit("_", 1)[0], name)
    return first


def dropped_fragments(ann):
    """The content fragments of each attribution except its longest, as code point ranges."""
    spans, out = {}, []
    for line in ann.splitlines():
        if line.startswith("T") and line.count("\t") >= 2:
            tid, mid, _ = line.split("\t", 2)
            spans[tid] = [tuple(map(int, f.split())) for f in mid.split(" ", 1)[1].split(";")]
        elif line.startswith("E"):
            args = [kv.split(":") for kv in line.split("\t", 1)[1].split()]
            content = [v for k, v in args if k.rstrip("0123456789") == "Content" and v in spans]
            frags = [f for c in content for f in spans[c]]
            if len(frags) > 1:
                longest = max(frags, key=lambda f: f[1] - f[0])
                out += [f for f in frags if f != longest and f[1] - f[0] > 1]
    return out


def main():
    if len(sys.argv) != 5:
        sys.exit(__doc__)
    repo, split, gold_in, gold_out = sys.argv[1:]
    docs = pathlib.Path(gold_in).parent / "text"
    added = 0
    with open(gold_out, "w", encoding="utf-8") as out:
        out.write(pathlib.Path(gold_in).read_text(encoding="utf-8"))
        for article, ann_path in sorted(first_annotation_files(repo, split).items()):
            text = (docs / f"{article}.txt").read_bytes().decode("utf-8")
            cp2b = [0]
            for ch in text:
                cp2b.append(cp2b[-1] + len(ch.encode("utf-8")))
            for s, e in dropped_fragments(git(repo, "show", f"HEAD:{ann_path}").decode("utf-8")):
                row = {"doc": f"{article}.txt", "content": text[s:e], "content_span": [cp2b[s], cp2b[e]],
                       "speaker": None, "source": None, "source_kind": "named", "cue": None,
                       "kind": None, "stance": None, "optional": True}
                out.write(json.dumps(row, ensure_ascii=False) + "\n")
                added += 1
    print(f"{added} dropped fragments added as optional rows -> {gold_out}", file=sys.stderr)


if __name__ == "__main__":
    main()
