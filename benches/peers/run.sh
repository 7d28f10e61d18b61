#!/usr/bin/env bash
# Peer benchmark: the same kind of pipeline in Python (jieba, datasketch MinHash LSH, jionlp
# money extraction; pipeline.py), pinned to one core, against `tifa analyze -j 1` and
# `tifa analyze -j NCORES`, on People's Daily, in one run.
#
#   bash benches/peers/run.sh                 the whole folder (41 MB)
#   bash benches/peers/run.sh --limit-mb 5    its first 5 MB of files, to try it quickly
#
# Environment: TIFA_PEERS_WORK (work folder with the virtualenv, default /tmp/tifa-peers),
# TIFA_CORPORA (default ../shared/corpora beside the repository), CARGO_TARGET_DIR.
set -euo pipefail

LIMIT_MB=""
case "${1:-}" in
  "") ;;
  --limit-mb) LIMIT_MB=${2:?--limit-mb needs a number} ;;
  *) echo "usage: bash benches/peers/run.sh [--limit-mb N]" >&2; exit 2 ;;
esac

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
HERE=$ROOT/benches/peers
WORK=${TIFA_PEERS_WORK:-/tmp/tifa-peers}
CORPORA=${TIFA_CORPORA:-$ROOT/../shared/corpora}
PD=$CORPORA/news/peoples-daily-2023h2
THREADS=$(nproc)
VENV=$WORK/venv

if [[ ! -d $PD ]]; then
  echo "run.sh: $PD is needed (set TIFA_CORPORA)" >&2
  exit 1
fi
if [[ ! -x /usr/bin/time ]]; then
  apt-get install -y -q time >/dev/null
fi
mkdir -p "$WORK"

# The virtualenv lives in the work folder, never in the repository.
[[ -x $VENV/bin/python ]] || python3 -m venv "$VENV"
"$VENV/bin/pip" install -q jieba datasketch
if ! "$VENV/bin/pip" install -q jionlp; then
  echo "run.sh: jionlp could not be installed; the Python pipeline skips money extraction" >&2
fi

cd "$ROOT"
# The same targets as benches/scale/run.sh, so that neither rebuilds what the other built.
cargo build --release --bin tifa --example bare_jieba
TARGET=$(cargo metadata --format-version 1 --no-deps |
  python3 -c 'import json, sys; print(json.load(sys.stdin)["target_directory"])')
TIFA=$TARGET/release/tifa

INPUT=$PD
if [[ -n $LIMIT_MB ]]; then
  INPUT=$WORK/input-${LIMIT_MB}mb
  rm -rf "$INPUT"
  python3 "$ROOT/benches/scale/make_corpus.py" slice "$PD" "$INPUT" --mb "$LIMIT_MB"
fi
# Read every file once so that no run pays for a cold page cache.
find "$INPUT" -type f -exec cat {} + >/dev/null

# timed NAME COMMAND...: runs COMMAND under /usr/bin/time; "$WORK/NAME.time" gets
# "wall-seconds peak-RSS-kB".
timed() {
  local name=$1
  shift
  /usr/bin/time -f "%e %M" -o "$WORK/$name.time" "$@"
}

echo "== Python (one core): $INPUT"
OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 timed python \
  taskset -c 0 "$VENV/bin/python" "$HERE/pipeline.py" "$INPUT"
JOBS=$(printf '%s\n' 1 "$THREADS" | sort -un | xargs)
for j in $JOBS; do
  rm -rf "$WORK/out-j$j"
  timed "tifa-j$j" "$TIFA" analyze -q -j "$j" "$INPUT" -o "$WORK/out-j$j"
done

# The comparison: whole-process wall clock and peak RSS of each run, from /usr/bin/time.
python3 - "$WORK" "$JOBS" <<'EOF' | tee "$WORK/results.txt"
import json, sys
work, jobs = sys.argv[1], sys.argv[2].split()
mb = json.load(open(f"{work}/out-j1/summary.json"))["totals"]["bytes_in"] / 1e6

def measured(name):
    secs, kb = open(f"{work}/{name}.time").read().split()
    return float(secs), int(kb) / 1024

print(f"\n{mb:.1f} MB of People's Daily: whole-process wall clock")
print(f"{'run':<36}{'seconds':>9}{'MB/s':>8}{'peak RSS MB':>13}{'python ÷ tifa':>15}")
py_secs, rss = measured("python")
print(f"{'python pipeline.py (1 core)':<36}{py_secs:>9.2f}{mb / py_secs:>8.2f}{rss:>13.0f}")
for j in jobs:
    secs, rss = measured(f"tifa-j{j}")
    print(f"{f'tifa analyze -j {j}':<36}{secs:>9.2f}{mb / secs:>8.2f}{rss:>13.0f}"
          f"{py_secs / secs:>15.1f}")
EOF
