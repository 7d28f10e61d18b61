#!/usr/bin/env bash
# Runs one fuzz target, one process, for SECONDS (default 600): seeds/TARGET is read, new
# corpus entries go to corpus/TARGET (gitignored), crashes to artifacts/TARGET.
# Usage: fuzz/run.sh TARGET [SECONDS] [extra libFuzzer flags...]
set -euo pipefail
cd "$(dirname "$0")"
target=$1
secs=${2:-600}
shift $(( $# >= 2 ? 2 : 1 ))
mkdir -p "corpus/$target"
RUSTC_BOOTSTRAP=1 exec cargo fuzz run "$target" "corpus/$target" "seeds/$target" -- \
  -max_total_time="$secs" -max_len=4096 -timeout=30 -rss_limit_mb=4096 -print_final_stats=1 "$@"
