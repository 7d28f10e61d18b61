#!/usr/bin/env bash
# Scale benchmark: bare jieba-rs (the floor), `tifa analyze -j 1` and `tifa analyze -j NCORES`
# on People's Daily (41 MB), People's Daily + Sina (85 MB) and a 1 GB corpus made from them
# by edited copies; one run of each, under /usr/bin/time -v.
#
#   bash benches/scale/run.sh           the full run (the 1 GB corpus is generated once)
#   bash benches/scale/run.sh --quick   a smoke run of a few seconds on 3 MB of People's Daily
#
# Environment: TIFA_SCALE_WORK (work folder, default /tmp/tifa-scale), TIFA_CORPORA (default
# ../shared/corpora beside the repository), TIFA_SCALE_COPIES (copies in the 1 GB corpus,
# default 12), CARGO_TARGET_DIR (as cargo reads it).
# Results: printed, and written to $TIFA_SCALE_WORK/results.md (quick: results-quick.md).
set -euo pipefail

case "${1:-}" in
  "") MODE=full ;;
  --quick) MODE=quick ;;
  *) echo "usage: bash benches/scale/run.sh [--quick]" >&2; exit 2 ;;
esac

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
HERE=$ROOT/benches/scale
WORK=${TIFA_SCALE_WORK:-/tmp/tifa-scale}
CORPORA=${TIFA_CORPORA:-$ROOT/../shared/corpora}
PD=$CORPORA/news/peoples-daily-2023h2
SINA=$CORPORA/news/sina-2018.jsonl
COPIES=${TIFA_SCALE_COPIES:-12}
THREADS=$(nproc)
LOGS=$WORK/logs-$MODE

if [[ ! -d $PD || ! -f $SINA ]]; then
  echo "run.sh: $PD and $SINA are needed (set TIFA_CORPORA)" >&2
  exit 1
fi
if [[ ! -x /usr/bin/time ]]; then
  apt-get install -y -q time >/dev/null
fi

cd "$ROOT"
cargo build --release --bin tifa --example bare_jieba
TARGET=$(cargo metadata --format-version 1 --no-deps |
  python3 -c 'import json, sys; print(json.load(sys.stdin)["target_directory"])')
TIFA=$TARGET/release/tifa
JIEBA=$TARGET/release/examples/bare_jieba

# prepare DIR STAMP COMMAND...: makes DIR by COMMAND unless it was made with the same STAMP
# (the parameters and the generator's checksum, kept in DIR.stamp), so the 1 GB corpus is
# generated only once.
prepare() {
  local dir=$1 stamp=$2
  shift 2
  if [[ $(cat "$dir.stamp" 2>/dev/null) != "$stamp" ]]; then
    echo "== preparing $dir"
    rm -rf "$dir" "$dir.stamp"
    "$@"
    echo "$stamp" >"$dir.stamp"
  fi
}

make_corpus() { python3 "$HERE/make_corpus.py" "$@"; }

# Input news: the People's Daily folder and the Sina JSONL side by side in one folder.
copy_news() {
  mkdir -p "$WORK/inputs/news"
  cp -r "$PD" "$WORK/inputs/news/peoples-daily"
  cp "$SINA" "$WORK/inputs/news/"
}

# bench NAME INPUT VIEW: bare jieba-rs on VIEW (.txt files), then tifa on INPUT (the same
# documents, JSONL included), with -j 1 and -j NCORES. Logs go to $LOGS/NAME.*.
bench() {
  local name=$1 input=$2 view=$3 j out
  echo "== $name"
  # Read every file once so that no run pays for a cold page cache.
  find "$input" "$view" -type f -exec cat {} + >/dev/null
  /usr/bin/time -v -o "$LOGS/$name.jieba.time" "$JIEBA" "$view" | tee "$LOGS/$name.jieba.out"
  for j in $(printf '%s\n' 1 "$THREADS" | sort -un); do
    out=$WORK/out/$name-j$j
    rm -rf "$out"
    /usr/bin/time -v -o "$LOGS/$name.j$j.time" "$TIFA" analyze -q -j "$j" "$input" -o "$out"
    cp "$out/summary.json" "$LOGS/$name.j$j.summary.json"
    rm -rf "$out" # the outputs of the 1 GB run take gigabytes
    grep "Elapsed" "$LOGS/$name.j$j.time" | sed "s/^\s*/tifa -j $j: /"
  done
}

rm -rf "$LOGS"
mkdir -p "$LOGS" "$WORK/inputs" "$WORK/views"
SUM=$(md5sum "$HERE/make_corpus.py" | cut -d' ' -f1)
if [[ $MODE == quick ]]; then
  prepare "$WORK/inputs/pd-quick" "mb=3 $PD $SUM" \
    make_corpus slice "$PD" "$WORK/inputs/pd-quick" --mb 3
  bench pd-quick "$WORK/inputs/pd-quick" "$WORK/inputs/pd-quick"
  NAMES=(pd-quick)
else
  prepare "$WORK/inputs/news" "$PD $SINA" copy_news
  prepare "$WORK/views/news" "$PD $SINA $SUM" \
    make_corpus txt-view "$WORK/views/news" "$WORK/inputs/news"
  STAMP="copies=$COPIES seed=1 $PD $SINA $SUM"
  prepare "$WORK/inputs/news-1g" "$STAMP" \
    make_corpus replicate --pd "$PD" --sina "$SINA" --copies "$COPIES" --seed 1 \
    "$WORK/inputs/news-1g"
  prepare "$WORK/views/news-1g" "$STAMP" \
    make_corpus txt-view "$WORK/views/news-1g" "$WORK/inputs/news-1g"
  bench pd "$PD" "$PD"
  bench news "$WORK/inputs/news" "$WORK/views/news"
  bench news-1g "$WORK/inputs/news-1g" "$WORK/views/news-1g"
  NAMES=(pd news news-1g)
fi

if [[ $MODE == quick ]]; then RESULTS=$WORK/results-quick.md; else RESULTS=$WORK/results.md; fi
{
  echo "# tifa scale benchmark ($MODE)"
  echo
  if COMMIT=$(git rev-parse --short HEAD 2>/dev/null); then
    git diff --quiet HEAD -- src Cargo.toml Cargo.lock || COMMIT="$COMMIT (src modified)"
  else
    COMMIT="unknown (not a git checkout)"
  fi
  echo "$(date -u '+%Y-%m-%d %H:%M UTC') · commit $COMMIT · $THREADS cores" \
    "· $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
  echo
  python3 "$HERE/report.py" "$LOGS" "${NAMES[@]}"
} | tee "$RESULTS"
echo
echo "written: $RESULTS (logs in $LOGS)"
