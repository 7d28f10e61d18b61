#!/usr/bin/env python3
"""Draws the references of tests/data/claims_sample20.tsv (issue 22, round 22: subjects on a
fresh sample drawn as the fifth blind set was).

Standard library only, with the blind sets' draw scripts beside it. Run from the repository
root next to ../shared/corpora:

    python3 examples/claims_sample20_draw.py [CORPORA_DIR] > /tmp/draws.tsv

The method of examples/claims_blind5_draw.py with this sample's seed, its first round only:
rows as the earlier scripts print them (file, line, char span [start, end) of the number and
its unit, pool, and a window of the line for the labeller, never committed), drawn with
Python's random.Random(SEED): for each pool in turn until it has its count (the fifth set's
POOL_COUNTS and pools: People's Daily 2023h2, provincial-2026, the national reports of 2006,
2007 and 2019, finance-2026, sina-2018, sina-finance-2022), a random file, a random line of it
holding a number with a unit, not a line of any claims set of tests/data (USED_SETS: every
tests/data/claims_*.tsv there is, read for their file and line columns only, never printed),
one such number; then the numbers the pools that ran out of free lines lack, one a pool in
turn from the pools that gave their full count (the fifth set's make_up). The non-claim
running lines and the second round of the fifth set are not drawn. Nothing here reads tifa's
output.
"""

import glob
import os
import sys

import claims_blind4_draw as fourth
import claims_blind5_draw as fifth

SEED = 20262433
HERE = os.path.dirname(os.path.abspath(__file__))
# Every claims set of tests/data when this sample was drawn, this one excepted.
USED_SETS = tuple(
    sorted(
        os.path.basename(p)
        for p in glob.glob(os.path.join(HERE, "..", "tests", "data", "claims_*.tsv"))
        if not p.endswith("claims_sample20.tsv")
    )
)

vars(fourth).update(SEED=SEED, USED_SETS=USED_SETS)


def main():
    root = sys.argv[1] if len(sys.argv) > 1 else "../shared/corpora"
    draws = fourth.Draws(root, os.path.dirname(HERE))
    all_pools = fifth.pools(root)
    drawn = {
        pool: fifth.numbers(draws, pool, files, fifth.POOL_COUNTS[pool])
        for pool, files in all_pools.items()
    }
    live = [pool for pool, count in drawn.items() if count == fifth.POOL_COUNTS[pool]]
    fifth.make_up(draws, all_pools, live, sum(fifth.POOL_COUNTS.values()) - sum(drawn.values()))


if __name__ == "__main__":
    main()
