#!/usr/bin/env python3
"""Draws the pairs of tests/data/dedup_sample12.tsv (the seventeenth session's self-blind
sample): as sample 11 was drawn (examples/dedup_sample11_draw.py: what tifa LINKS, stratified
toward the decision boundary, and candidate pairs it refuses just under its thresholds), from
the pools sample 11 used least.

Pools: Sina's categories other than TechNews and Entertainment (79 of sample 11's 124 Sina pairs
have a side there; the pool here is testEdu, testTech, testSport, testHealth, testFashion and
SportNews, both sides), the raw scrapes of the government reports (a pair with a side in
gov-reports/govcn-rawscrape) and the finance news (finance-2026, sina-finance-2022). People's
Daily is left out (every earlier sample drew half its pairs there).

Usage (from the repository root; tifa and the measuring example built first):

    cargo build --bin tifa --example dedup_norm
    C=../shared/corpora
    target/debug/tifa dedup -q $C/news/sina-2018.jsonl $C/news/finance-2026 \\
        $C/news/sina-finance-2022 $C/gov-reports -o /tmp/pool.json
    cd examples && python3 dedup_sample12_draw.py ../$C /tmp/pool.json \\
        ../tests/fixtures/dedup_labels/sina-2018.jsonl ../tests/data/dedup_*.tsv \\
        > /tmp/sample12.jsonl

Every pair of every earlier labelled set (the a/b columns of every dedup_*.tsv and of the Sina
fixture; the fourth held-out set is passed by name and never opened, no label is read) is left
out, by pair. These pools hold 40 linked pairs new to the labelled sets: all 40 are taken
(stratum `first_pool`); then, from the other linked pairs of the run (Sina's TechNews and
Entertainment, mostly TechNews / testTech: 117), as sample 11: 15 lowest aligned, 15 most own
text, 10 most differing numbers, 20 at random. Refused: 50 from the pools above (residue
SEED % 8). Stdlib only; the output is what was labelled."""

import dedup_sample11_draw as sample11

SEED = 20262421
QUOTAS = (15, 15, 10, 20, 50)
# Sina categories sample 11 drew most of its pairs from.
MOST_USED = ("TechNews/", "Entertainment/")
RAW_OR_FINANCE = ("gov-reports/govcn-rawscrape/", "news/finance-2026/", "news/sina-finance-2022/")


def keep(unit, a, b):
    """Whether a pair lies in the pools of this sample."""
    if unit == "sina":
        return not any(x.startswith(MOST_USED) for x in (a, b))
    if unit == "doc":
        return any(x.startswith(RAW_OR_FINANCE) for x in (a, b))
    return False


if __name__ == "__main__":
    sample11.main(SEED, QUOTAS, first=keep, pd=False)
