#!/usr/bin/env bash
# Spark benchmark: `python -m tifa.spark dedup` in local[2] beside `tifa dedup` (release), on
# each input named, one run each, under /usr/bin/time -v. Spark's event log gives the wall
# time and bytes shuffled of each of tifa's stages. Inputs:
#   N          the first N lines of Sina (default: 1000 3000 9000)
#   news       People's Daily (as JSONL: id = path, text) and Sina, one 85 MB JSONL file
#   news-Kc    the first K copies of benches/scale's replicated corpus (run.sh's 1 GB corpus
#              is news-12c), as one JSONL file: generated under $TIFA_SCALE_WORK
#
#   bash benches/scale/spark.sh [INPUT...]
#   TIFA_SPARK_INPUT=file.jsonl bash benches/scale/spark.sh all   # a whole JSONL file instead
#
# Environment: TIFA_SCALE_WORK (default /tmp/tifa-scale), TIFA_CORPORA (default
# ../shared/corpora), TIFA_SPARK_VENV (a venv with pyspark and pyarrow, made when absent),
# TIFA_SPARK_PROFILE (release, or dev to reuse the debug build: both tools alike),
# TIFA_SPARK_PARTITIONS (spark.sql.shuffle.partitions, default 4), TIFA_SPARK_DRIVER_MEMORY.
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
echo "## $(date -u '+%Y-%m-%d %H:%M UTC') · commit $(git rev-parse --short HEAD) · $PROFILE" >>"$OUT"
# jsonl OUT SOURCE...: the documents of SOURCE (folders of .txt files and .jsonl files, or
# .jsonl files) as one JSONL file; a .txt file's id is its path under its folder.
jsonl() {
  python3 - "$@" <<'PY'
import json, pathlib, sys
with open(sys.argv[1], "w", encoding="utf-8") as out:
    for source in map(pathlib.Path, sys.argv[2:]):
        if source.is_dir():
            for f in sorted(source.rglob("*.txt")):
                record = {"id": str(f.relative_to(source)), "text": f.read_text("utf-8")}
                out.write(json.dumps(record, ensure_ascii=False) + "\n")
            files = sorted(source.rglob("*.jsonl"))
        else:
            files = [source]
        for f in files:
            out.write(f.read_text("utf-8"))
PY
}
PD=$CORPORA/news/peoples-daily-2023h2
for n in "${SIZES[@]}"; do
  input=$WORK/sina-$n.jsonl
  case $n in
    all) cp "$SINA" "$input" ;;
    news) input=$WORK/news.jsonl; [[ -f $input ]] || jsonl "$input" "$PD" "$SINA" ;;
    news-*c)
      input=$WORK/$n.jsonl
      if [[ ! -f $input ]]; then
        rm -rf "$WORK/$n"
        python3 benches/scale/make_corpus.py replicate --pd "$PD" --sina "$SINA" \
          --copies "${n//[!0-9]/}" --seed 1 "$WORK/$n"
        jsonl "$input" "$WORK/$n"
        rm -rf "$WORK/$n"
      fi
      ;;
    *) head -n "$n" "$SINA" >"$input" ;;
  esac
  mb=$(python3 -c "import json,sys; print(round(sum(len(json.loads(l)['text'].encode()) for l in open(sys.argv[1]) if l.strip())/1e6, 1))" "$input")
  load=$(cut -d' ' -f1-3 /proc/loadavg)
  /usr/bin/time -v "$TIFA" dedup "$input" -o "$WORK/cli-$n.json" 2>"$WORK/cli-$n.time" >/dev/null
  events=$WORK/events-$n
  rm -rf "$events" && mkdir -p "$events"
  PYSPARK_SUBMIT_ARGS="--conf spark.eventLog.enabled=true --conf spark.eventLog.dir=file://$events pyspark-shell" \
    /usr/bin/time -v "$VENV/bin/python" -m tifa.spark dedup "$input" --output "$WORK/spark-$n" \
    --master 'local[2]' --partitions "${TIFA_SPARK_PARTITIONS:-4}" 2>"$WORK/spark-$n.time"
  echo "load before/after: $load / $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$OUT"
  "$VENV/bin/python" "$ROOT/benches/scale/spark_report.py" "$n" "$mb" "$WORK/cli-$n.time" \
    "$WORK/spark-$n.time" "$events" | tee -a "$OUT"
  if cmp -s "$WORK/cli-$n.json" "$WORK/spark-$n/duplicates.json"; then same=identical; else same=DIFFERENT; fi
  echo "duplicates.json of the two: $same" | tee -a "$OUT"
done
