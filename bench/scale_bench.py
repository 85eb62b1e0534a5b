"""The archive-sized benchmark of `bench/run.py --scale` and `--real-text` (issue 15).

Kept apart from run.py because it works differently: the corpus is written and ingested chunk by
chunk into one database (a corpus of a million articles is several GB, and the disk is shared),
and each chunk's run is watched from /proc to see whether both cores stay busy.
"""

import json
import os
import shutil
import sqlite3
import statistics
import subprocess
import threading
import time
from pathlib import Path

import run as common

GB = 1e9
CLOCK_TICKS = os.sysconf("SC_CLK_TCK")
SEARCH_PHRASE = "rocket attacks"
QUERY_TIMEOUT_S = 300


def uptime():
    return subprocess.run(["uptime"], capture_output=True, text=True).stdout.strip()


def thread_times(pid):
    """{tid: (name, CPU seconds)} of a running process's threads, from /proc."""
    times = {}
    for task in Path(f"/proc/{pid}/task").glob("*"):
        try:
            stat = (task / "stat").read_text()
        except OSError:
            continue
        # The name is in parentheses and may hold spaces; the fields after it are fixed.
        name = stat[stat.index("(") + 1:stat.rindex(")")]
        fields = stat[stat.rindex(")") + 2:].split()
        times[int(task.name)] = (name, (int(fields[11]) + int(fields[12])) / CLOCK_TICKS)
    return times


def watched(cmd):
    """Runs a command, sampling its threads' CPU time every half second.

    Returns (seconds, peak RSS MB, {tid: (name, CPU seconds)}) with each thread's last sample,
    so threads that end early keep what they used.
    """
    started = time.perf_counter()
    process = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    threads = {}
    done = threading.Event()

    def sample():
        while not done.wait(0.5):
            threads.update(thread_times(process.pid))

    sampler = threading.Thread(target=sample)
    sampler.start()
    stderr = process.stderr.read().decode(errors="replace")
    _, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - started
    done.set()
    sampler.join()
    code = os.waitstatus_to_exitcode(status)
    if code != 0:
        raise SystemExit(f"{' '.join(map(str, cmd))} failed ({code}):\n{stderr}")
    threads["total"] = ("total", usage.ru_utime + usage.ru_stime)
    return seconds, usage.ru_maxrss / 1024, threads


def cpu_by_thread(pid_threads, seconds):
    """Each thread's share of one core over the run, busiest first; the main thread (the
    writer) is the one whose id is the process's."""
    tids = [tid for tid in pid_threads if tid != "total"]
    main = min(tids) if tids else None
    shares = [
        {"thread": ("main/writer" if tid == main else f"{name}#{tid}"),
         "cores": round(cpu / seconds, 2)}
        for tid, (name, cpu) in pid_threads.items() if tid != "total"
    ]
    return sorted(shares, key=lambda s: -s["cores"])


def db_bytes(db):
    return sum(p.stat().st_size for p in db.parent.glob(db.name + "*"))


def make_chunk(index, size, folder):
    path = folder / f"scale-{index}.jsonl"
    subprocess.run([str(common.EXAMPLES / "make_scale_corpus"), "--first", str(index * size),
                    "--articles", str(size), "--out", str(path)], cwd=common.ROOT, check=True,
                   stderr=subprocess.DEVNULL)
    return path


def ingest_chunks(options, db):
    """Ingests chunk after chunk into `db`, stopping early if the next one would leave less than
    --keep-free-gb of disk."""
    if options.start_chunk == 0:
        for stale in db.parent.glob(db.name + "*"):
            stale.unlink()
    folder = Path("/tmp/claimtrack-scale-corpus")
    folder.mkdir(exist_ok=True)
    rows, started = [], time.perf_counter()
    for index in range(options.start_chunk, options.chunks):
        chunk = make_chunk(index, options.chunk_articles, folder)
        chunk_bytes = chunk.stat().st_size
        if rows:
            # The database grows by about the last chunk's growth; the corpus file exists already.
            needed = rows[-1]["db_growth_gb"] * GB * 1.2
            free = shutil.disk_usage("/").free
            if free - needed < options.keep_free_gb * GB:
                chunk.unlink()
                rows.append({"stopped": f"chunk {index} would leave {(free - needed) / GB:.1f} GB free"})
                break
        before = db_bytes(db) if db.exists() else 0
        load = os.getloadavg()
        seconds, rss, threads = watched([str(common.BIN), "--db", str(db), "ingest", str(chunk)])
        chunk.unlink()
        with sqlite3.connect(db) as conn:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            articles = conn.execute("SELECT max(id) FROM document").fetchone()[0]
            claims = conn.execute("SELECT count(*) FROM claim").fetchone()[0]
        size = db_bytes(db)
        row = {
            "chunk": index, "articles_total": articles, "claims_total": claims,
            "seconds": round(seconds, 1),
            "articles_per_s": round(options.chunk_articles / seconds),
            "mb_per_s": round(chunk_bytes / 1e6 / seconds, 2),
            "db_gb": round(size / GB, 2), "db_growth_gb": round((size - before) / GB, 3),
            "peak_rss_mb": round(rss, 1),
            # From the kernel's account at exit (exact); the per-thread figures are sampled
            # every half second, so they miss up to half a second at the end.
            "cpu_cores_busy": round(threads.pop("total")[1] / seconds, 2),
            "cpu_by_thread": cpu_by_thread(threads, seconds),
            "load_before": [round(x, 1) for x in load],
            "elapsed_s": round(time.perf_counter() - started),
            "free_gb": round(shutil.disk_usage("/").free / GB, 1),
        }
        print(json.dumps({k: v for k, v in row.items() if k != "cpu_by_thread"}), flush=True)
        rows.append(row)
    return rows


def timed(db, args, repeat, head=None):
    """Median wall time (process start included) and peak RSS of a read command, after one
    warm-up run; commands slower than 10 s are run once. With `head`, only that many lines of
    output are read before the pipe is closed, as `| head` does."""
    cmd = [str(common.BIN), "--db", str(db), *args]

    def once():
        started = time.perf_counter()
        process = subprocess.Popen(cmd, stdout=subprocess.PIPE if head else subprocess.DEVNULL,
                                   stderr=subprocess.PIPE)
        # A query that has not answered in QUERY_TIMEOUT_S is recorded as such, not waited for.
        timer = threading.Timer(QUERY_TIMEOUT_S, process.kill)
        timer.start()
        if head:
            for _ in range(head):
                if not process.stdout.readline():
                    break
            process.stdout.close()
        stderr = process.stderr.read().decode(errors="replace")
        _, status, usage = os.wait4(process.pid, 0)
        timer.cancel()
        return (time.perf_counter() - started) * 1000, usage.ru_maxrss / 1024, \
            os.waitstatus_to_exitcode(status), stderr

    warm_ms, warm_rss, code, stderr = once()
    if code == -9:
        return {"command": "claimtrack " + " ".join(args),
                "error": f"no answer in {QUERY_TIMEOUT_S} s (killed), {warm_rss:.0f} MB RSS by then"}
    if code not in (0, 3) and not (head and code == 141):
        return {"command": "claimtrack " + " ".join(args), "error": f"exit {code}: {stderr.strip()[:300]}"}
    runs = [once() for _ in range(1 if warm_ms > 10_000 else repeat)]
    times = [r[0] for r in runs]
    return {"command": "claimtrack " + " ".join(args) + (f" | head -{head}" if head else ""),
            "median_ms": round(statistics.median(times), 1), "min_ms": round(min(times), 1),
            "max_ms": round(max(times), 1), "runs": len(times),
            "peak_rss_mb": round(max(r[1] for r in runs), 1)}


def with_fallback(db, args, optional, repeat):
    """Times `args + optional`; if the flags are not known yet (exit 2), times `args` alone and
    says so."""
    result = timed(db, args + optional, repeat)
    if "error" in result and "exit 2" in result["error"]:
        result = timed(db, args, repeat)
        result["note"] = f"{' '.join(optional)} not supported by this build; timed without"
    return result


def query_table(db, repeat=5):
    with sqlite3.connect(db) as conn:
        top, top_claims = conn.execute(
            "SELECT r.name, count(*) FROM claim c JOIN speaker s ON s.id = c.speaker_id "
            "JOIN speaker r ON r.id = coalesce(s.canonical_id, s.id) GROUP BY r.id "
            "ORDER BY count(*) DESC LIMIT 1").fetchone()
        a, b = [row[0][:12] for row in conn.execute(
            "SELECT sha256 FROM document ORDER BY id LIMIT 2 "
            "OFFSET min(1000, (SELECT count(*) - 2 FROM document))")]
        claims = conn.execute("SELECT count(*) FROM claim").fetchone()[0]
    limit = ["--limit", "50"]
    return {
        "claims": claims, "top_speaker_claims": top_claims, "load": uptime(),
        "speaker_top": with_fallback(db, ["claims", "--speaker", top], limit, repeat),
        "audit": timed(db, ["audit", "--format", "json"], repeat),
        "search": with_fallback(db, ["claims", "--search", SEARCH_PHRASE], limit, repeat),
        "speakers": with_fallback(db, ["speakers"], limit, repeat),
        "diff": timed(db, ["diff", a, b, "--format", "json"], repeat),
        "docs_head": timed(db, ["docs"], repeat, head=10),
    }


def markdown(results):
    lines = ["| chunk | articles | claims | articles/s | articles per CPU s | MB/s | DB GB | peak RSS MB | cores busy | writer cores | load |",
             "|---|---|---|---|---|---|---|---|---|---|---|"]
    for row in results["ingest"]:
        if "stopped" in row:
            lines.append(f"| stopped: {row['stopped']} |")
            continue
        writer = next((t["cores"] for t in row["cpu_by_thread"] if t["thread"] == "main/writer"), "")
        lines.append(f"| {row['chunk']} | {row['articles_total']:,} | {row['claims_total']:,} | "
                     f"{row['articles_per_s']:,} | {round(row['articles_per_s'] / row['cpu_cores_busy']):,} | {row['mb_per_s']} | {row['db_gb']} | "
                     f"{row['peak_rss_mb']} | {row['cpu_cores_busy']} | {writer} | {row['load_before'][0]} |")
    columns = [k for k in ("small", "large") if k in results.get("queries", {})]
    if columns:
        header = " | ".join(f"{results['queries'][k]['claims']:,} claims" for k in columns)
        lines += ["", f"| query | {header} |", "|---|" + "---|" * len(columns)]
        for name in ("speaker_top", "audit", "search", "speakers", "diff", "docs_head"):
            cells = []
            for k in columns:
                q = results["queries"][k][name]
                cells.append(q.get("error") or f"{q['median_ms']:,} ms, {q['peak_rss_mb']} MB")
            lines.append(f"| `{results['queries'][columns[-1]][name].get('command', name)}` | {' | '.join(cells)} |")
    return "\n".join(lines)


def main(options):
    results = {"machine": {"cores": os.cpu_count(), "uname": " ".join(os.uname())},
               "load_at_start": uptime(), "queries": {}}
    out = common.ROOT / "bench" / "results_scale.json"

    def save():
        out.write_text(json.dumps(results, indent=2) + "\n")

    if options.small_db:
        copy = Path("/tmp/claimtrack-scale-small.db")
        shutil.copyfile(options.small_db, copy)
        results["queries"]["small"] = query_table(copy)
        for path in copy.parent.glob(copy.name + "*"):
            path.unlink()
        save()
    results["ingest"] = ingest_chunks(options, options.scale_db)
    results["binary"] = str(common.BIN)
    save()
    if not options.skip_queries:
        results["queries"]["large"] = query_table(options.scale_db)
    results["load_at_end"] = uptime()
    save()
    print(markdown(results))


def real_text(folder):
    """One core's extraction throughput over `folder`'s texts repeated to 100 MB, and over the
    fixture articles (the synthetic figure), alternated twice because the machine is noisy.
    Besides the example's own figure (wall time), MB per CPU second, which a loaded machine
    disturbs less."""
    figures = {"real": [], "synthetic": [], "load": uptime()}
    for _ in range(2):
        for key, extra in (("real", ["--dir", str(folder)]), ("synthetic", [])):
            cmd = ["taskset", "-c", "0", str(common.EXAMPLES / "extract_throughput"), "--mb", "100", *extra]
            process = subprocess.Popen(cmd, cwd=common.ROOT, stdout=subprocess.PIPE, text=True)
            line = process.stdout.read().strip()
            _, status, usage = os.wait4(process.pid, 0)
            assert os.waitstatus_to_exitcode(status) == 0, line
            megabytes = float(line.split(": ", 1)[1].split(" MB")[0])
            figures[key].append({"command": " ".join(cmd), "output": line,
                                 "mb_per_s": float(line.split(" MB/s")[0].rsplit(" ", 1)[1]),
                                 "mb_per_cpu_s": round(megabytes / (usage.ru_utime + usage.ru_stime), 1)})
    figures["load_at_end"] = uptime()
    print(json.dumps(figures, indent=2))
