#!/usr/bin/env python3
"""Sums `claimtrack eval --by cue --format json` into the pattern classes of issue 11, for the
README's table: reporting verbs, position/thought/intent, evidence, questions, nominal cues, and
everything else. A cue group is the stem of its first content word ("said" holds says, saying).

usage: claimtrack eval ... --by cue --format json > by_cue.json; tools/cue_classes.py by_cue.json
"""
import json
import sys

CLASSES = {
    "reporting verbs": """said told according added wrote noted reported announced argued arguing
        explained claimed responded insisted warned tweeted stated declared cited mentioned pointed
        recalled acknowledged admitted conceded stressed reiterated suggested described confirmed
        denied testified quoted posted replied""",
    "position, thought and intent": """called wants want support supported supporting backing backed
        endorsed opposed criticized praised attacked believe believes think thinks know knows hopes
        hoped expected expects plans plan fears feared agreed agree refused declined proposed
        sought promised promising pledged vowed urged demands demanding demanded questioned dismissed
        rejected encouraged worried considered decided tried see views""",
    "evidence (polls, reports, data)": "shows show showed found find finds indicated revealed",
    "questions": "asked asking",
    "nominal cues": "'s in attacks criticism decision remarks statement questions",
}


def main():
    rows = json.load(open(sys.argv[1], encoding="utf-8"))
    members = {c: set(words.split()) for c, words in CLASSES.items()}
    totals = {c: [0, 0, 0, 0] for c in [*CLASSES, "everything else"]}
    for row in rows:
        group = row["group"]
        name = next((c for c, m in members.items() if group in m), "everything else")
        t = totals[name]
        t[0] += row["gold"]
        t[1] += row["found_right"]
        t[2] += row["predicted"]
        t[3] += row["right_source"]
    print("| pattern class (by gold cue) | gold | found, right source | recall | predicted | precision |")
    print("|---|---|---|---|---|---|")
    for name, (gold, found, predicted, right) in totals.items():
        recall = found / gold if gold else 0.0
        precision = right / predicted if predicted else 0.0
        print(f"| {name} | {gold} | {found} | {recall:.2f} | {predicted} | {precision:.2f} |")


if __name__ == "__main__":
    main()
