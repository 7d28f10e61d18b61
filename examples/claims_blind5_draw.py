#!/usr/bin/env python3
"""Draws the references of tests/data/claims_blind5.tsv (issue 22's fifth blind claims set).

Standard library only, with the earlier sets' scripts beside it (examples/claims_blind_draw.py,
claims_blind2_draw.py, claims_blind3_draw.py, claims_blind4_draw.py). Run from the repository
root next to ../shared/corpora:

    python3 examples/claims_blind5_draw.py [CORPORA_DIR] > /tmp/draws.tsv

The method of examples/claims_blind4_draw.py, run again with this set's seed: rows as the
earlier scripts print them (file, line, char span [start, end) of the number and its unit,
pool, and a window of the line for the labeller, never committed), drawn with Python's
random.Random(SEED): for each pool in turn until it has its count (POOL_COUNTS, blind4's), a
random file, a random line of it holding a number with a unit, not a line of any other claims
set (USED_SETS: every tests/data/claims_*.tsv there is, blind4 and the dev sets added since it
included), one such number. The national reports are those of 2006, 2007 and 2019, years no
earlier blind set drew from (blind and blind2: 2023-2025, blind3: 2021-2022, blind4: 2016-2018;
the dev samples drew their lines from 2004-2025, but none from 2006 or 2007).

Non-claims as they occur in running text: then LINES_FOR_NONE random lines holding any number,
each from a random pool, printed with every number of the line and its char offset (`running`
rows); the labeller takes the numbers of such a line that are no claim (back references,
relative times, loose talk, frames, a text's parts, ordinals, dates, codes, sessions, idioms,
names...) as `none` rows, at most NONE_PER_LINE a line, the first in the line's order, a second
only of another kind. Then a second round of EXTRA_PER_POOL numbers with a unit for each pool
but finance-2026 and sina-finance-2022, drawn the same way. finance-2026 and sina-finance-2022
have no free line with a number and a unit left (every one is in an earlier set): their share
of the first round is made up last, one number a pool in turn from the pools that gave their
full count (make_up), so the set keeps about 120 numbers with a unit. Nothing here reads
tifa's output.
"""

import os
import sys

import claims_blind4_draw as fourth
from claims_blind2_draw import pools as second_pools

SEED = 20262430
NATIONAL = "national-2006-2007-2019"
POOL_COUNTS = {
    "peoples-daily-2023h2": 20,
    "provincial-2026": 20,
    NATIONAL: 20,
    "finance-2026": 20,
    "sina-2018": 20,
    "sina-finance-2022": 3,
}
# Every claims set of tests/data when this set was drawn (`ls tests/data/claims_*.tsv`).
USED_SETS = (
    "claims_eval.tsv", "claims_heldout.tsv", "claims_fresh.tsv", "claims_nonclaims.tsv",
    "claims_nonclaims2.tsv", "claims_pd16.tsv", "claims_pd17.tsv",
    "claims_blind.tsv", "claims_blind2.tsv", "claims_blind3.tsv", "claims_blind4.tsv",
) + tuple(f"claims_sample{n}.tsv" for n in ("", 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15,
                                              16, 17, 18, "18n", "19n"))

# The fourth set's draws (its Draws reads SEED and USED_SETS from its module) with this set's.
vars(fourth).update(SEED=SEED, USED_SETS=USED_SETS)


def pools(root):
    """The second set's pools, with the national reports of 2006, 2007 and 2019 in place of
    2023-2025."""
    found = second_pools(root)
    del found["national-2023-2025"]
    found[NATIONAL] = [f"gov-reports/wikisource/reports/{y}.txt" for y in (2006, 2007, 2019)]
    return found


def numbers(draws, pool, files, count):
    """`Draws.numbers` of the fourth set (the same random calls), returning how many it drew."""
    drawn = 0
    for _ in range(count):
        found = draws.one(files, fourth.number_matches, 2000)
        if found is not None:
            fourth.show(pool, *found)
            drawn += 1
    return drawn


def make_up(draws, all_pools, live, short):
    """`short` more numbers with a unit, one of each pool of `live` in turn."""
    while short > 0:
        for pool in live:
            if short > 0:
                short -= numbers(draws, pool, all_pools[pool], 1)


def main():
    root = sys.argv[1] if len(sys.argv) > 1 else "../shared/corpora"
    draws = fourth.Draws(root, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    all_pools = pools(root)
    drawn = {pool: numbers(draws, pool, files, POOL_COUNTS[pool]) for pool, files in all_pools.items()}
    draws.running_lines(all_pools, fourth.LINES_FOR_NONE)
    for pool, files in all_pools.items():
        if pool not in ("finance-2026", "sina-finance-2022"):
            numbers(draws, pool, files, fourth.EXTRA_PER_POOL)
    live = [pool for pool, count in drawn.items() if count == POOL_COUNTS[pool]]
    make_up(draws, all_pools, live, sum(POOL_COUNTS.values()) - sum(drawn.values()))


if __name__ == "__main__":
    main()
