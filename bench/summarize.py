#!/usr/bin/env python3
"""Turns bench/results/ (JMH JSON + probe logs) into docs/PERFORMANCE.md on stdout."""
import json, os, re, statistics, sys

out = sys.argv[1]


def load(name):
    p = os.path.join(out, name)
    return json.load(open(p)) if os.path.exists(p) else []


def idx(rows):
    d = {}
    for r in rows:
        b = r["benchmark"].rsplit(".", 2)
        key = (b[-2] + "." + b[-1], r.get("params", {}).get("runner"))
        d[key] = r
    return d


def sec(r, k):
    m = r.get("secondaryMetrics", {}).get(k)
    return m["score"] if m else float("nan")


def fmt(x, d=0):
    if x != x:
        return "n/a"
    return f"{x:,.{d}f}"


env = open(os.path.join(out, "env.txt")).read().strip()
T = idx(load("throughput.json"))
L = idx(load("latency.json"))
S = idx(load("scaling.json"))
R = load("rebuild.json")

p = print
p("# Performance")
p()
p("Measured by `bash bench/run.sh` (JMH 1.37; about 9 minutes). Reproduce from a clean clone with that one command;")
p("it builds `kyc-rules-examples/target/kyc-rules-benchmarks.jar` under the `bench` Maven profile, runs every")
p("benchmark and probe, and rewrites this file. Raw results: `bench/results/` (not committed).")
p()
p("```")
p(env)
p("```")
p()
p("**The machine is small and may be shared** (2 cores for the benchmark threads, GC and JIT; see the load")
p("figures above), so absolute numbers are noisy (see *Run-to-run spread* below). Every throughput row also carries the CPU time the benchmark JVM")
p("used per operation (`cpu ns/op`, whole process: benchmark, GC and JIT threads; `dev.kycrules.bench.CpuProfiler`).")
p("**Ratios of CPU per operation are the headline**; wall-clock ratios are given next to them.")
p()

p("## Results")
p()
p("### Throughput: Drools against the hand-written yardstick")
p()
p("| level | threads | runner | decisions/s | mean µs (1/throughput per thread) | cpu ns/op | alloc B/op | **ratio, CPU** | ratio, wall |")
p("|---|---:|---|---:|---:|---:|---:|---:|---:|")
ratios = {}
for level, bench in (("rules alone", "RulesBench.rules"), ("whole decision", "PipelineBench.decide")):
    for t in ("1", "2"):
        d = T.get((bench.split(".")[0] + "." + bench.split(".")[1] + t, "drools"))
        h = T.get((bench.split(".")[0] + "." + bench.split(".")[1] + t, "handwritten"))
        if not d or not h:
            continue
        rc = sec(d, "cpu.ns/op") / sec(h, "cpu.ns/op")
        rw = h["primaryMetric"]["score"] / d["primaryMetric"]["score"]
        ratios[(level, t)] = (rc, rw)
        for name, r in (("Drools", d), ("hand-written", h)):
            s = r["primaryMetric"]["score"]
            p(f"| {level} | {t} | {name} | {fmt(s)} | {fmt(int(t) * 1e6 / s, 2)} | {fmt(sec(r, 'cpu.ns/op'))} | "
              f"{fmt(sec(r, 'gc.alloc.rate.norm'))} | {'**' + fmt(rc, 1) + '×**' if name == 'Drools' else '1×'} | "
              f"{fmt(rw, 1) + '×' if name == 'Drools' else '1×'} |")
for level in ("rules alone", "whole decision"):
    b = "RulesBench.rules" if level == "rules alone" else "PipelineBench.decide"
    d1, d2 = T.get((b + "1", "drools")), T.get((b + "2", "drools"))
    if d1 and d2:
        p()
        p(f"{level}, Drools, 1 → 2 threads: {fmt(d2['primaryMetric']['score'] / d1['primaryMetric']['score'], 2)}× the "
          f"throughput (wall); the JVM used {fmt(sec(d1, 'cpu.cores'), 2)} → {fmt(sec(d2, 'cpu.cores'), 2)} cores; CPU per "
          f"decision {fmt(sec(d1, 'cpu.ns/op'))} → {fmt(sec(d2, 'cpu.ns/op'))} ns.")
p()

p("### Latency, one thread (JMH SampleTime)")
p()
p("| runner | mean µs | p50 µs | p99 µs | p99.9 µs |")
p("|---|---:|---:|---:|---:|")
for runner in ("drools", "handwritten"):
    r = L.get(("PipelineBench.latency", runner))
    if r:
        pm = r["primaryMetric"]
        pc = pm["scorePercentiles"]
        p(f"| {runner} | {fmt(pm['score'], 1)} | {fmt(pc['50.0'], 1)} | {fmt(pc['99.0'], 1)} | {fmt(pc['99.9'], 1)} |")
p()

p("### Rule-count scaling (rules alone, one thread)")
p()
p("| variant | rules | decisions/s | cpu ns/op | alloc B/op | **kept vs ×1, CPU** | kept vs ×1, wall |")
p("|---|---:|---:|---:|---:|---:|---:|")
rules = {"x1": 42, "x2-copies": 74, "x4-copies": 138, "x2-table": 50, "x4-table": 50, "handwritten-x4": "42 + table"}
base = S.get(("RulesBench.rules1", "x1"))
kept = {}
for v in ("x1", "x2-copies", "x4-copies", "x2-table", "x4-table", "handwritten-x4"):
    r = S.get(("RulesBench.rules1", v))
    if not r:
        continue
    if v == "handwritten-x4":
        b0 = T.get(("RulesBench.rules1", "handwritten"))
    else:
        b0 = base
    kc = sec(b0, "cpu.ns/op") / sec(r, "cpu.ns/op") if b0 else float("nan")
    kw = r["primaryMetric"]["score"] / b0["primaryMetric"]["score"] if b0 else float("nan")
    kept[v] = (kc, kw)
    p(f"| {v} | {rules[v]} | {fmt(r['primaryMetric']['score'])} | {fmt(sec(r, 'cpu.ns/op'))} | "
      f"{fmt(sec(r, 'gc.alloc.rate.norm'))} | {fmt(100 * kc)}% | {fmt(100 * kw)}% |")
p()
p("`x1` is the shipped DRL compiled at run time from a directory (Drools' DRL build, as hot reload does); `handwritten-x4` is kept")
p("against the hand-written ×1 row above.")
p()

p("### Start-up, rebuild and memory")
p()
def cold_runs(name):
    path = os.path.join(out, name)
    lines = open(path).read().strip().splitlines() if os.path.exists(path) else []
    return [int(re.search(r"jvm-start-to-first-decision (\d+)", l).group(1)) for l in lines]


cold = open(os.path.join(out, "cold.txt")).read().strip().splitlines()
first = [int(re.search(r"jvm-start-to-first-decision (\d+)", l).group(1)) for l in cold]
wall = [int(re.search(r"process wall (\d+)", l).group(1)) for l in cold]
build = [int(re.search(r"build (\d+)", l).group(1)) for l in cold]
cds, cds_c1 = cold_runs("cold-cds.txt"), cold_runs("cold-cds-c1.txt")
p(f"- Cold JVM → first decision from the shipped rules ({len(cold)} fresh JVMs): median **{statistics.median(first)} ms** "
  f"from JVM start (range {min(first)}–{max(first)}); engine build alone median {statistics.median(build)} ms; "
  f"whole process from the shell, JVM start-up and exit included, median {statistics.median(wall)} ms.")
if cds:
    p(f"- The same with an AppCDS archive (`-XX:SharedArchiveFile`, made once with `-XX:ArchiveClassesAtExit`): "
      f"median **{statistics.median(cds)} ms** (range {min(cds)}–{max(cds)}); adding `-XX:TieredStopAtLevel=1` "
      f"(C1 only: for short command-line runs, not for servers) median **{statistics.median(cds_c1)} ms**.")
Rc = load("rebuild-cold.json")
Ri = {r["benchmark"].rsplit(".", 1)[-1]: r["primaryMetric"]["score"] for r in R}
warm = Ri.get("rebuildFromDirectory", float("nan"))
warm_only = Ri.get("rebuildOnly", float("nan"))
cold_reb = [x for fork in Rc[0]["primaryMetric"]["rawData"] for x in fork] if Rc else []
if R:
    p(f"- Rebuild of the shipped rule set (42 rules) from a directory, plus its first decision: warm **{fmt(warm)} ms** "
      f"(JMH average over repeated rebuilds after warm-up; the rebuild alone, as a reload does it before the swap, "
      f"**{fmt(warm_only)} ms**); cold (first rebuild in a fresh JVM, "
      f"{len(cold_reb)} JVMs) median **{fmt(statistics.median(cold_reb)) if cold_reb else 'n/a'} ms**.")
mem = open(os.path.join(out, "mem.txt")).read().strip()
p(f"- Heap (SerialGC, used after full GCs): {mem}")
p()
p("### Targets of issue 8")
p()
p("| target | measured | met |")
p("|---|---|---|")
def met(ok):
    return "yes" if ok else "**no**"
if ("whole decision", "1") in ratios:
    rc, rw = ratios[("whole decision", "1")]
    p(f"| whole decision within 8× of hand-written, 1 thread | {fmt(rc, 1)}× CPU, {fmt(rw, 1)}× wall | {met(rc <= 8)} |")
if ("rules alone", "1") in ratios:
    rc, rw = ratios[("rules alone", "1")]
    p(f"| (rules alone, same facts) | {fmt(rc, 1)}× CPU, {fmt(rw, 1)}× wall | {met(rc <= 8)} |")
d1, d2 = T.get(("PipelineBench.decide1", "drools")), T.get(("PipelineBench.decide2", "drools"))
if d1 and d2:
    sc = d2["primaryMetric"]["score"] / d1["primaryMetric"]["score"]
    p(f"| near-linear 1 → 2 threads | {fmt(sc, 2)}× (wall, shared cores) | {met(sc >= 1.6)} |")
r = L.get(("PipelineBench.latency", "drools"))
if r:
    p99 = r["primaryMetric"]["scorePercentiles"]["99.0"]
    p(f"| p99 < 50 µs, 1 thread | {fmt(p99, 1)} µs | {met(p99 < 50)} |")
if "x4-table" in kept:
    p(f"| ×4 rules keeps ≥ 60% of ×1 | table-driven {fmt(100 * kept['x4-table'][0])}%, literal copies "
      f"{fmt(100 * kept['x4-copies'][0])}% (CPU) | {met(kept['x4-table'][0] >= 0.6)} (table) |")
extra = ""
if cds:
    extra = (f"; {statistics.median(cds)} ms with AppCDS, {statistics.median(cds_c1)} ms with AppCDS and C1 only"
             f" ({met(statistics.median(cds_c1) < 500)})")
p(f"| cold JVM → first decision < 500 ms | {statistics.median(first)} ms plain JVM{extra} | "
  f"{met(statistics.median(first) < 500)} (plain) |")
if R:
    p(f"| rebuild < 200 ms warm | {fmt(warm_only)} ms rebuild alone, {fmt(warm)} ms with the first decision (42 rules) "
      f"| {met(warm_only < 200)} (rebuild), {met(warm < 200)} (with first decision) |")
d = T.get(("PipelineBench.decide1", "drools"))
if d:
    a = sec(d, "gc.alloc.rate.norm")
    p(f"| ≤ 8 KB allocated per decision | {fmt(a)} B (whole decision), "
      f"{fmt(sec(T.get(('RulesBench.rules1', 'drools')), 'gc.alloc.rate.norm'))} B (rules alone) | {met(a <= 8192)} |")
m = re.search(r"\+([\d.]+) MB; after", mem)
if m:
    p(f"| engine heap < 32 MB | {m.group(1)} MB after build | {met(float(m.group(1)) < 32)} |")
p()
print(open(os.path.join(os.path.dirname(__file__), "PERFORMANCE-notes.md")).read())
