#!/bin/bash
# usage: ref.sh BINARY OUTDIR (absolute paths) — analyze/index/dedup of corpus/, People's Daily, sina-2018
B=$1; O=$2; rm -rf $O; mkdir -p $O
cd "$(dirname "$0")/../.."
PD=../shared/corpora/news/peoples-daily-2023h2
SINA=../shared/corpora/news/sina-2018.jsonl
$B analyze -q -j2 corpus -o $O/an-seeds
$B analyze -q -j1 $PD -o $O/an-pd1
$B analyze -q -j2 $PD -o $O/an-pd2
$B analyze -q -j2 $SINA -o $O/an-sina
$B index -q -j2 corpus -o $O/ix-seeds
$B index -q -j2 $PD -o $O/ix-pd
$B index -q -j2 $SINA -o $O/ix-sina
$B dedup -q -j1 corpus > $O/dd-seeds.json
$B dedup -q -j1 $PD > $O/dd-pd.json
$B dedup -q -j2 $SINA > $O/dd-sina.json
$B dedup -q -j1 corpus --write-clean $O/dd-seeds-clean > /dev/null
$B dedup -q -j2 $PD --write-clean $O/dd-pd-clean > /dev/null
echo done
