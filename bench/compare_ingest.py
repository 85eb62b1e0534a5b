"""Ingest cost of a change, measured on a loaded machine: alternates two claimtrack binaries.

On a machine shared with other work, two ingests run minutes apart are not comparable. This
script runs the same ingest as `bench/run.py` (`claimtrack --db DB ingest CORPUS` into a fresh
database) with two binaries in turn, ABBA order, and prints each run's wall time, MB/s of
JSONL input, CPU time (user + system of the process), and database size per article after a
WAL checkpoint. Compare the medians, not single runs.

    python3 bench/compare_ingest.py BEFORE_BINARY AFTER_BINARY bench/corpus/10000.jsonl [ROUNDS]
"""

import os
import pathlib
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time


def ingest(binary, corpus, db):
    for stale in db.parent.glob(db.name + "*"):
        stale.unlink()
    before = os.times()
    start = time.perf_counter()
    subprocess.run([binary, "--db", str(db), "ingest", str(corpus)], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    seconds = time.perf_counter() - start
    after = os.times()
    cpu = (after.children_user - before.children_user) + (after.children_system - before.children_system)
    with sqlite3.connect(db) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        articles = conn.execute("SELECT count(*) FROM document").fetchone()[0]
    size = sum(p.stat().st_size for p in db.parent.glob(db.name + "*"))
    return {"seconds": seconds, "mb_per_s": corpus.stat().st_size / 1e6 / seconds, "cpu": cpu,
            "kb_per_article": size / 1e3 / articles}


def main():
    before, after, corpus = sys.argv[1], sys.argv[2], pathlib.Path(sys.argv[3])
    rounds = int(sys.argv[4]) if len(sys.argv) > 4 else 4
    results = {"before": [], "after": []}
    with tempfile.TemporaryDirectory() as tmp:
        for round_ in range(rounds):
            order = [("before", before), ("after", after)]
            for name, binary in (order if round_ % 2 == 0 else order[::-1]):
                run = ingest(binary, corpus, pathlib.Path(tmp) / f"{name}.db")
                results[name].append(run)
                print(f"{name:6} {run['seconds']:6.2f} s {run['mb_per_s']:6.2f} MB/s "
                      f"cpu {run['cpu']:6.2f} s {run['kb_per_article']:5.1f} KB/article", flush=True)
    for name, runs in results.items():
        median = {key: statistics.median(r[key] for r in runs) for key in runs[0]}
        print(f"median {name}: {median['seconds']:.2f} s, {median['mb_per_s']:.2f} MB/s, "
              f"cpu {median['cpu']:.2f} s, {median['kb_per_article']:.1f} KB/article")


if __name__ == "__main__":
    main()
