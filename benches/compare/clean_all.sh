#!/bin/bash
# usage: clean_all.sh BINARY OUTDIR (absolute paths) — `tifa clean` (JSON: cleaned text, removal
# records, changes, offsets) of every corpus of ../shared/corpora, with every step on and with
# normalization or reflow off; compare two OUTDIRs with cmp.sh.
B=$1; O=$2; rm -rf $O; mkdir -p $O
cd "$(dirname "$0")/../.."
C=../shared/corpora
i=0
for src in corpus $C/news/peoples-daily-2023h2 $C/news/sina-2018.jsonl $C/news/finance-2026 \
  $C/news/sina-finance-2022 $C/gov-reports/wikisource $C/gov-reports/govcn \
  $C/gov-reports/govcn-rawscrape $C/gov-reports/provincial-2026 $C/encodings; do
  i=$((i+1)); n=$i-$(basename $src)
  $B clean -j2 $src -o $O/$n.jsonl
  $B clean -j2 --no-normalize $src -o $O/$n.no-normalize.jsonl
  $B clean -j2 --no-reflow $src -o $O/$n.no-reflow.jsonl
done
echo done
