#!/usr/bin/env python3
"""Where a JVM spent its CPU: aggregates `jfr print --events jdk.ExecutionSample` output.

Usage: jfr print --events jdk.ExecutionSample --stack-depth 40 rec.jfr | python3 bench/jfr_top.py [TOP [THREAD_PREFIX...]]
(with thread prefixes, only samples of threads whose name starts with one of them count)
Prints samples per thread group, the hottest top frames (self), and the hottest frames anywhere in the stack
(inclusive, each frame counted once per sample) for io.postline, JDBC/SQLite/PostgreSQL, HTTP and crypto code.
"""
import re
import sys
from collections import Counter

top = int(sys.argv[1]) if len(sys.argv) > 1 else 25
samples = []
thread = None
frames = None
for line in sys.stdin:
    line = line.rstrip()
    m = re.match(r'\s*sampledThread = "([^"]*)"', line)
    if m:
        thread = re.sub(r"[-#]?\d+$", "", m.group(1))
        continue
    if re.match(r"\s*stackTrace = \[", line):
        frames = []
        continue
    if frames is not None:
        if re.match(r"\s*\]", line):
            samples.append((thread, frames))
            frames = None
        elif line.strip() and not line.strip().startswith("..."):
            frames.append(re.sub(r"\s+line:.*$", "", line.strip()))

only = sys.argv[2:]
if only:
    samples = [(t, f) for t, f in samples if any(t.startswith(p) for p in only)]
n = len(samples)
print(f"{n} samples" + (f" of threads {only}" if only else "") + "\n")
print("## by thread (name without its number)\n")
for name, c in Counter(t for t, _ in samples).most_common(12):
    print(f"{c * 100 / n:5.1f}%  {name}")
print("\n## self (top frame)\n")
for name, c in Counter(f[0] for _, f in samples if f).most_common(top):
    print(f"{c * 100 / n:5.1f}%  {name}")
interesting = re.compile(r"^(io\.postline|org\.sqlite|org\.postgresql|com\.zaxxer|jdk\.internal\.net\.http|"
                         r"java\.net\.http|javax\.crypto|com\.sun\.crypto|com\.fasterxml|io\.micrometer|"
                         r"org\.eclipse\.jetty|graphql|ch\.qos|org\.slf4j|java\.util\.concurrent\.locks)")
incl = Counter()
for _, fs in samples:
    seen = set()
    for f in fs:
        method = re.sub(r"\(.*$", "", f)
        if interesting.match(method) and method not in seen:
            seen.add(method)
            incl[method] += 1
print("\n## inclusive (sample has the frame anywhere in its stack)\n")
for name, c in incl.most_common(top * 2):
    print(f"{c * 100 / n:5.1f}%  {name}")
