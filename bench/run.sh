#!/usr/bin/env bash
# Runs the whole benchmark suite (about 9 minutes on 2 cores) and writes docs/PERFORMANCE.md.
#   bash bench/run.sh            # full run
#   QUICK=1 bash bench/run.sh    # smoke run (~3 min): shorter iterations, fewer forks
# Raw results go to bench/results/ (JMH JSON, logs); the table goes to docs/PERFORMANCE.md.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
OUT=${OUT:-$ROOT/bench/results}
mkdir -p "$OUT"
JAR=kyc-rules-examples/target/kyc-rules-benchmarks.jar
START=$(date +%s)

if [[ "${SKIP_BUILD:-0}" != 1 ]]; then
  ./mvnw -q -Pbench -DskipTests package -pl kyc-rules-examples -am
fi

if [[ "${QUICK:-0}" == 1 ]]; then
  ITER=(-wi 1 -w 1s -i 2 -r 1s); ITER2=("${ITER[@]}"); CROSS=2000; COLD=2; REB=(-wi 1 -w 2s -i 1 -r 2s)
else
  # the Drools path keeps speeding up for about 10 s of warm-up (C2); shorter warm-ups understate it
  ITER=(-wi 5 -w 2s -i 3 -r 2s); ITER2=(-wi 10 -w 2s -i 3 -r 2s); CROSS=3000; COLD=5; REB=(-wi 3 -w 3s -i 3 -r 3s)
fi
JMH=(jmh -f 1 -rf json)
# JMH refuses to run while another JMH run on the machine holds /tmp/jmh.lock: wait for it (up to 15 min)
jmh() {
  local log; log=$(mktemp)
  for _ in $(seq 45); do
    if java -jar "$JAR" "$@" > "$log" 2>&1; then cat "$log"; rm -f "$log"; return 0; fi
    if ! grep -q "Unable to acquire the JMH lock" "$log"; then cat "$log"; rm -f "$log"; return 1; fi
    echo "   (another JMH run holds the lock; waiting)" >&2; sleep 20
  done
  cat "$log"; rm -f "$log"; return 1
}

{
  echo "date: $(date -u +%FT%TZ)"
  echo "commit: $(git rev-parse --short HEAD)$(git diff --quiet || echo ' (dirty)')"
  echo "cpu: $(nproc) x $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
  echo "memory: $(free -g | awk '/Mem:/{print $2}') GiB"
  echo "java: $(java -version 2>&1 | head -2 | tail -1)"
  echo "os: $(uname -sr)"
  echo "load at start: $(cut -d' ' -f1-3 /proc/loadavg)"
} > "$OUT/env.txt"

echo "== cross-check ($CROSS attempts)"
java -cp "$JAR" dev.kycrules.bench.CrossCheck "$CROSS" | tee "$OUT/crosscheck.txt"

echo "== cold JVM to first decision ($COLD fresh JVMs)"
: > "$OUT/cold.txt"
for i in $(seq "$COLD"); do
  t0=$(date +%s%N)
  line=$(java -cp "$JAR" dev.kycrules.bench.ColdStart)
  t1=$(date +%s%N)
  echo "$line; process wall $(( (t1 - t0) / 1000000 )) ms" | tee -a "$OUT/cold.txt"
done

echo "== cold JVM with an AppCDS archive of the classes a first decision loads"
CDS=$OUT/kyc-rules.jsa
rm -f "$CDS"
java -XX:ArchiveClassesAtExit="$CDS" -cp "$JAR" dev.kycrules.bench.ColdStart > /dev/null 2>&1 || true
: > "$OUT/cold-cds.txt"; : > "$OUT/cold-cds-c1.txt"
if [[ -f "$CDS" ]]; then
  for i in $(seq "$COLD"); do
    java -XX:SharedArchiveFile="$CDS" -cp "$JAR" dev.kycrules.bench.ColdStart | tee -a "$OUT/cold-cds.txt"
  done
  for i in $(seq "$COLD"); do
    java -XX:SharedArchiveFile="$CDS" -XX:TieredStopAtLevel=1 -cp "$JAR" dev.kycrules.bench.ColdStart | tee -a "$OUT/cold-cds-c1.txt"
  done
fi

echo "== heap retained by an engine"
java -XX:+UseSerialGC -cp "$JAR" dev.kycrules.bench.MemProbe | tee "$OUT/mem.txt"

PROF=(-prof gc -prof dev.kycrules.bench.CpuProfiler)
echo "== throughput: rules alone and whole decisions, 1 and 2 threads"
"${JMH[@]}" "${ITER[@]}" "${PROF[@]}" -rff "$OUT/throughput-1.json" \
  'RulesBench\.rules1$|PipelineBench\.decide1$' -p runner=drools,handwritten > "$OUT/throughput.txt"
# two benchmark threads leave the JIT compiler threads little CPU on 2 cores: warm up twice as long
"${JMH[@]}" "${ITER2[@]}" "${PROF[@]}" -rff "$OUT/throughput-2.json" \
  'RulesBench\.rules2$|PipelineBench\.decide2$' -p runner=drools,handwritten >> "$OUT/throughput.txt"
python3 -c "import json,sys; print(json.dumps(json.load(open(sys.argv[1])) + json.load(open(sys.argv[2]))))" \
  "$OUT/throughput-1.json" "$OUT/throughput-2.json" > "$OUT/throughput.json"
echo "== latency (SampleTime)"
"${JMH[@]}" "${ITER[@]}" -rff "$OUT/latency.json" 'PipelineBench\.latency$' -p runner=drools,handwritten \
  > "$OUT/latency.txt"
echo "== rule-count scaling"
"${JMH[@]}" "${ITER[@]}" "${PROF[@]}" -rff "$OUT/scaling.json" 'RulesBench\.rules1$' \
  -p runner=x1,x2-copies,x4-copies,x2-table,x4-table,handwritten-x4 > "$OUT/scaling.txt"
echo "== rebuild from a directory: warm (average over repeated rebuilds), then cold (first in fresh JVMs)"
"${JMH[@]}" -bm avgt -tu ms "${REB[@]}" -rff "$OUT/rebuild.json" 'RebuildBench\.' > "$OUT/rebuild.txt"
java -jar "$JAR" -f 3 -bm ss -tu ms -wi 0 -i 1 -rf json -rff "$OUT/rebuild-cold.json" 'RebuildBench\.rebuildFromDirectory' > "$OUT/rebuild-cold.txt"

echo "load at end: $(cut -d' ' -f1-3 /proc/loadavg)" >> "$OUT/env.txt"
echo "elapsed: $(( $(date +%s) - START )) s" >> "$OUT/env.txt"
python3 bench/summarize.py "$OUT" > docs/PERFORMANCE.md
echo "== wrote docs/PERFORMANCE.md in $(( $(date +%s) - START )) s"
