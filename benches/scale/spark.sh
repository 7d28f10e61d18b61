#!/usr/bin/env bash
# Spark benchmark: `python -m tifa.spark dedup` in local[2] beside `tifa dedup` (release), on
# the first N lines of Sina for each N given (default 1000 3000 9000), one run each, under
# /usr/bin/time -v. Spark's event log gives the time per stage (by the line of
# python/tifa/spark.py that made it) and the bytes shuffled.
#
#   bash benches/scale/spark.sh [N...]
#   TIFA_SPARK_INPUT=file.jsonl bash benches/scale/spark.sh all   # a whole JSONL file instead
#
# Environment: TIFA_SCALE_WORK (default /tmp/tifa-scale), TIFA_CORPORA (default
# ../shared/corpora), TIFA_SPARK_VENV (a venv with pyspark and pyarrow, made when absent),
# TIFA_SPARK_PROFILE (release, or dev to reuse the debug build: both tools alike).
# Results: printed, and appended to $TIFA_SCALE_WORK/spark-results.md.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
WORK=${TIFA_SCALE_WORK:-/tmp/tifa-scale}
CORPORA=${TIFA_CORPORA:-$ROOT/../shared/corpora}
SINA=${TIFA_SPARK_INPUT:-$CORPORA/news/sina-2018.jsonl}
VENV=${TIFA_SPARK_VENV:-$WORK/spark-venv}
SIZES=("$@")
[[ ${#SIZES[@]} -gt 0 ]] || SIZES=(1000 3000 9000)
mkdir -p "$WORK"
cd "$ROOT"
PROFILE=${TIFA_SPARK_PROFILE:-release}
cargo build --profile "$PROFILE" --bin tifa
if [[ ! -x $VENV/bin/python ]]; then
  python3 -m venv "$VENV"
  "$VENV/bin/pip" install -q maturin pandas pyarrow "pyspark==3.5.3"
fi
rm -rf "$WORK/wheels"
"$VENV/bin/maturin" build -q --profile "$PROFILE" -m python/Cargo.toml -o "$WORK/wheels"
"$VENV/bin/pip" install -q --force-reinstall --no-deps "$WORK"/wheels/tifa-*.whl
TIFA=${CARGO_TARGET_DIR:-$ROOT/target}/$([[ $PROFILE == dev ]] && echo debug || echo "$PROFILE")/tifa
OUT=$WORK/spark-results.md
echo "## $(date -u '+%Y-%m-%d %H:%M UTC') · commit $(git rev-parse --short HEAD) · $PROFILE · load $(cut -d' ' -f1-3 /proc/loadavg)" >>"$OUT"
for n in "${SIZES[@]}"; do
  input=$WORK/sina-$n.jsonl
  if [[ $n == all ]]; then cp "$SINA" "$input"; else head -n "$n" "$SINA" >"$input"; fi
  mb=$(python3 -c "import json,sys; print(round(sum(len(json.loads(l)['text'].encode()) for l in open(sys.argv[1]) if l.strip())/1e6, 1))" "$input")
  /usr/bin/time -v "$TIFA" dedup "$input" -o "$WORK/cli-$n.json" 2>"$WORK/cli-$n.time" >/dev/null
  events=$WORK/events-$n
  rm -rf "$events" && mkdir -p "$events"
  PYSPARK_SUBMIT_ARGS="--conf spark.eventLog.enabled=true --conf spark.eventLog.dir=file://$events pyspark-shell" \
    /usr/bin/time -v "$VENV/bin/python" -m tifa.spark dedup "$input" --output "$WORK/spark-$n" \
    --master 'local[2]' --partitions 4 2>"$WORK/spark-$n.time"
  "$VENV/bin/python" "$ROOT/benches/scale/spark_report.py" "$n" "$mb" "$WORK/cli-$n.time" \
    "$WORK/spark-$n.time" "$events" | tee -a "$OUT"
done
