"""Stored results of two claimtrack binaries, compared table by table: a change that should only
make ingest cheaper must leave every row as it was.

Both binaries ingest the same corpus into fresh databases. With `faketime` installed (package
`faketime`) the clock is frozen, so the timestamps, the change log's hashes and the chain head
must be identical too; without it, timestamp columns are blanked and the log's hashes skipped.
Every table is compared with its rows sorted, except the full-text index's segment tables,
whose layout depends on how documents fell into batches (`verify` checks the index against the
claims instead, and its per-claim sizes are compared). Finally `verify --head` runs on both.

    python3 bench/compare_tables.py BEFORE_BINARY AFTER_BINARY bench/corpus/10000.jsonl

Exits 0 when everything matches, 1 otherwise.
"""

import os
import pathlib
import re
import shutil
import sqlite3
import subprocess
import sys
import tempfile

FROZEN = "2026-01-01 00:00:00"
# Segment layout, not content: it depends on batch boundaries, which depend on timing.
SKIPPED = {"claim_fts_data", "claim_fts_idx"}
TIMESTAMP = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ")


def ingest(binary, corpus, db, frozen):
    command = [binary, "--db", str(db), "ingest", str(corpus)]
    env = dict(os.environ)
    if frozen:
        # Only the wall clock: the pipeline's batch timer uses the monotonic one.
        command = ["faketime", "-f", FROZEN] + command
        env["FAKETIME_DONT_FAKE_MONOTONIC"] = "1"
    subprocess.run(command, check=True, env=env, stdout=subprocess.DEVNULL)


def rows(conn, table, frozen):
    columns = [r[1] for r in conn.execute(f"PRAGMA table_info({table})")]
    out = []
    for row in conn.execute(f"SELECT * FROM {table}"):
        if not frozen:
            row = tuple(
                None if name in ("prev", "hash") and table == "change_log"
                else TIMESTAMP.sub("T", v) if isinstance(v, str) else v
                for name, v in zip(columns, row)
            )
        out.append(row)
    out.sort(key=repr)
    return out


def compare(a, b, frozen):
    ca, cb = sqlite3.connect(a), sqlite3.connect(b)
    tables = [r[0] for r in ca.execute(
        "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")]
    other = [r[0] for r in cb.execute(
        "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")]
    same = tables == other
    if not same:
        print(f"different tables: {tables} / {other}")
    for table in tables:
        if table in SKIPPED or table == "claim_fts" or table not in other:
            continue
        ra, rb = rows(ca, table, frozen), rows(cb, table, frozen)
        differ = sum(1 for x, y in zip(ra, rb) if x != y) + abs(len(ra) - len(rb))
        print(f"{table:20} {len(ra):9} rows  {len(rb):9} rows  {differ} differ")
        if differ:
            same = False
            for x, y in [(x, y) for x, y in zip(ra, rb) if x != y][:3]:
                print(f"   before {str(x)[:300]}\n   after  {str(y)[:300]}")
    return same


def verify(binary, db):
    done = subprocess.run([binary, "--db", str(db), "verify", "--head"], capture_output=True, text=True)
    print(f"verify {db.name}: exit {done.returncode}, head {done.stdout.strip()}, {done.stderr.strip()}")
    return done.returncode == 0, done.stdout.strip()


def main():
    before, after, corpus = sys.argv[1], sys.argv[2], pathlib.Path(sys.argv[3])
    frozen = shutil.which("faketime") is not None
    print("clock frozen with faketime" if frozen else "no faketime: timestamps and log hashes ignored")
    with tempfile.TemporaryDirectory() as tmp:
        a, b = pathlib.Path(tmp) / "before.db", pathlib.Path(tmp) / "after.db"
        ingest(before, corpus, a, frozen)
        ingest(after, corpus, b, frozen)
        same = compare(a, b, frozen)
        ok_a, head_a = verify(before, a)
        ok_b, head_b = verify(after, b)
        same = same and ok_a and ok_b and (head_a == head_b or not frozen)
    print("SAME" if same else "DIFFERENT")
    sys.exit(0 if same else 1)


if __name__ == "__main__":
    main()
