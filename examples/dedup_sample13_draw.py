#!/usr/bin/env python3
"""Draws the pairs of tests/data/dedup_sample13.tsv (the eighteenth session's self-blind
sample): as sample 12 was drawn (examples/dedup_sample12_draw.py, itself sample 11's way:
what tifa LINKS, stratified toward the decision boundary, and candidate pairs it refuses just
under its thresholds), over every pool again — People's Daily back in (sample 12 left it out),
Sina, finance and the government reports — and weighted toward the hard kinds: the linked
pairs with the most numbers one text holds and the other does not (a template filled with
other names or numbers comes nearest there), the most own text (two outlets' own write-ups of
one event), the lowest aligned (edited reposts), and refused candidates just under a
threshold (edited and truncated reposts missed, templates refused).

Usage (from the repository root; tifa and the measuring example built first):

    cargo build --bin tifa --example dedup_norm
    C=../shared/corpora
    target/debug/tifa dedup -q $C/news/peoples-daily-2023h2 $C/news/sina-2018.jsonl \\
        $C/news/finance-2026 $C/news/sina-finance-2022 $C/gov-reports -o /tmp/pool13.json
    cd examples && python3 dedup_sample13_draw.py ../$C /tmp/pool13.json \\
        ../tests/fixtures/dedup_labels/sina-2018.jsonl ../tests/data/dedup_*.tsv \\
        > /tmp/sample13.jsonl

Every pair of every earlier labelled set (the a/b columns of every dedup_*.tsv and of the Sina
fixture; the held-out sets are passed by name and never opened by hand, no label is read) is
left out, by pair. Strata: 15 most differing numbers, 15 most own text, 12 lowest aligned,
8 at random, then 30 refused (residue SEED % 8). Stdlib only; the output is what was labelled."""

import dedup_sample11_draw as sample11

SEED = 20262427
# low aligned, own text, numbers, uniform, refused
QUOTAS = (12, 15, 15, 8, 30)

if __name__ == "__main__":
    sample11.main(SEED, QUOTAS)
