#!/usr/bin/env python3
"""Markdown table from lateness.sh's results.jsonl: median [min..max] per label over repetitions."""
import json
import statistics
import sys
from collections import OrderedDict

rows = OrderedDict()
for line in open(sys.argv[1]):
    line = line.strip()
    if line:
        r = json.loads(line)
        rows.setdefault(r["label"], []).append(r)


def fmt(vals, nd=0):
    vals = [float(v) for v in vals]
    med = statistics.median(vals)
    if len(vals) == 1:
        return f"{med:,.{nd}f}"
    return f"{med:,.{nd}f} [{min(vals):,.{nd}f}..{max(vals):,.{nd}f}]"


def cpu(rs, key):
    return fmt([r[key] for r in rs], 1) if key in rs[0] else "-"


print("Raw limit (no scheduler, no database): requests/s to the sink\n")
print("| label | runs | req/s | errors | duplicates |")
print("|---|---|---|---|---|")
for label, rs in rows.items():
    if "rps" in rs[0]:
        print(f"| {label} | {len(rs)} | {fmt([r['rps'] for r in rs], 1)} | {sum(r['errors'] for r in rs)} "
              f"| {sum(r['sink']['dupExtra'] for r in rs)} |")

print("\nBurst of N posts due at T (lateness = sink receive time - T, ms; median [min..max] over runs)\n")
print("| label | runs | received / N | dup | first | p50 | p99 | max | posts/s (N / last-first) "
      "| posts/s (N / last-T) | create/s | server CPU s T..end | PostgreSQL CPU s T..end |")
print("|---|---|---|---|---|---|---|---|---|---|---|---|---|")
for label, rs in rows.items():
    if "rps" in rs[0]:
        continue
    s = [r["sink"] for r in rs]
    if any("latP50Ms" not in x for x in s):
        print(f"| {label} | {len(rs)} | {[x.get('total') for x in s]} / {rs[0]['n']} | incomplete run | | | | | | | |")
        continue
    received = "; ".join(f"{x['total']:,}" for x in s)
    create = fmt([r["createPerSec"] for r in rs]) if "createPerSec" in rs[0] else "(bulk insert)"
    print(f"| {label} | {len(rs)} | {received} / {rs[0]['n']:,} | {sum(x['dupExtra'] for x in s)} "
          f"| {fmt([x['latMinMs'] for x in s])} | {fmt([x['latP50Ms'] for x in s])} "
          f"| {fmt([x['latP99Ms'] for x in s])} | {fmt([x['latMaxMs'] for x in s])} "
          f"| {fmt([x['tasksPerSecActive'] for x in s])} | {fmt([x['tasksPerSecFromT'] for x in s])} | {create} "
          f"| {cpu(rs, 'serverCpuS')} | {cpu(rs, 'pgCpuS')} |")
