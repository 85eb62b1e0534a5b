#!/usr/bin/env python3
"""The scale table's queries on one database: median ms and peak RSS per command.

    python3 bench/scale_queries.py BIN DB SPEAKER DOC_A DOC_B
"""
import subprocess, time, statistics, sys, os
B, D, S, A, C = sys.argv[1:6]
cmds = [
 ("claims --speaker BUSIEST --limit 50", [B,"--db",D,"claims","--speaker",S,"--limit","50"], None),
 ("claims --speaker BUSIEST (terminal page + note)", [B,"--db",D,"claims","--speaker",S], {"CLAIMTRACK_PAGE_AS_TERMINAL":"1"}),
 ("audit --format json", [B,"--db",D,"audit","--format","json"], None),
 ("audit (table, terminal)", [B,"--db",D,"audit"], None),
 ("claims --search \"rocket attacks\" --limit 50", [B,"--db",D,"claims","--search","rocket attacks","--limit","50"], None),
 ("speakers --limit 50", [B,"--db",D,"speakers","--limit","50"], None),
 ("diff A B --format json", [B,"--db",D,"diff",A,C,"--format","json"], None),
 ("speakers --limit 50 --format jsonl", [B,"--db",D,"speakers","--limit","50","--format","jsonl"], None),
 ("docs | head -10", ["sh","-c",f"{B} --db {D} docs | head -10"], None),
 ("log | head -10", ["sh","-c",f"{B} --db {D} log | head -10"], None),
 ("compare (table, terminal page)", [B,"--db",D,"compare"], {"CLAIMTRACK_PAGE_AS_TERMINAL":"1"}),
 ("compare --format jsonl (every cell)", [B,"--db",D,"compare","--format","jsonl"], None),
]
# Commands that read every claim run once after the warm-up.
ONCE = ("compare",)
for label, cmd, env in cmds:
    e = dict(os.environ, **(env or {}))
    subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=e)
    ts=[]; rss=[]
    n = 1 if label.startswith(ONCE) else 3 if label.startswith("audit") else 7
    for _ in range(n):
        t0=time.perf_counter()
        p=subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=e)
        _, st, ru = os.wait4(p.pid, 0)
        ts.append((time.perf_counter()-t0)*1000); rss.append(ru.ru_maxrss/1024)
    print(f"| `{label}` | {statistics.median(ts):.1f} ms ({min(ts):.1f}–{max(ts):.1f}) | {max(rss):.0f} MB |")
