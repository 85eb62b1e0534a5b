#!/usr/bin/env python3
"""Candidate cue verbs from WordNet, for src/extract/lexicon.rs (issue 11).

Reads WordNet's data.verb (Debian package `wordnet-base`, /usr/share/wordnet) and prints the
one-word verbs of the lexicographer files verb.communication (32) and verb.cognition (31) that
WordNet lists with a clause or infinitive frame: 26 "Somebody ----s that CLAUSE", 28
"Somebody ----s to INFINITIVE", 24 "Somebody ----s somebody to INFINITIVE". Each line is the
lemma, its lexicographer file and frames, and how many synsets back it (a rough frequency).

This is a candidate list, not the lexicon: a candidate enters POSITION_VERBS only when its
extractions on the PolNeAR train split are mostly right (see the lexicon's comment).

usage: tools/wordnet_cues.py [/usr/share/wordnet/data.verb]
"""
import sys
from collections import defaultdict

LEXFILES = {31: "cognition", 32: "communication"}
FRAMES = {26: "that", 28: "to", 24: "sb-to"}


def candidates(path):
    found = defaultdict(lambda: [set(), set(), 0])
    for line in open(path, encoding="utf-8"):
        if line.startswith("  "):
            continue
        fields = line.split(" | ")[0].split()
        lexfile = int(fields[1])
        if lexfile not in LEXFILES:
            continue
        words = int(fields[3], 16)
        lemmas = [fields[4 + 2 * k].lower() for k in range(words)]
        k = 4 + 2 * words
        pointers = int(fields[k])
        k += 1 + 4 * pointers
        frames = set()
        if k < len(fields) and fields[k].isdigit():
            for f in range(int(fields[k])):
                frame = int(fields[k + 2 + 3 * f])
                if frame in FRAMES:
                    frames.add(FRAMES[frame])
        for lemma in lemmas:
            if "_" in lemma or "-" in lemma:
                continue
            entry = found[lemma]
            entry[0].add(LEXFILES[lexfile])
            entry[1] |= frames
            entry[2] += 1
    return {lemma: e for lemma, e in found.items() if e[1]}


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else "/usr/share/wordnet/data.verb"
    for lemma, (files, frames, synsets) in sorted(candidates(path).items()):
        print(f"{lemma}\t{','.join(sorted(files))}\t{','.join(sorted(frames))}\t{synsets}")


if __name__ == "__main__":
    main()
