#!/usr/bin/env python3
"""Draws the references of tests/data/claims_blind3.tsv (issue 22's third blind claims set).

Standard library only, with examples/claims_blind_draw.py and claims_blind2_draw.py beside it.
Run from the repository root next to ../shared/corpora:

    python3 examples/claims_blind3_draw.py [CORPORA_DIR] > /tmp/draws.tsv

Rows as the first two sets' scripts print them: file, line, char span [start, end) of the
number and its unit, pool, and a window of the line for the labeller (never committed).
Nothing here reads tifa's output.

Claims: with Python's random.Random(SEED), for each pool in turn until it has its count
(POOL_COUNTS), as the second set draws, with every other claims set's lines excluded
(USED_SETS); the national reports are those of 2021 and 2022 (see pools). Of finance-2026 and provincial-2026, the first LISTED of the count are drawn only from
lines holding a list (分别, or numbers with a unit joined by 、) or a count of shares (股), so
that lists, shares and 分别 are measured more often. Non-claims: NOT_PER draws of each of the
second set's twelve patterns and of three more (month spans and quarters used as time frames,
model and standard codes), from a random pool, as the second set draws them. Then a second
round of EXTRA_PER_POOL claims draws for each of the five large pools.
"""

import os
import random
import re
import sys

from claims_blind_draw import Texts, draw, draw_any_pool, number_matches, show, used_lines
from claims_blind2_draw import NOT_CLAIMS as SECOND_NOT_CLAIMS
from claims_blind2_draw import pools as second_pools

SEED = 20261801
POOL_COUNTS = {
    "peoples-daily-2023h2": 20,
    "provincial-2026": 22,
    "national-2021-2022": 20,
    "finance-2026": 22,
    "sina-2018": 20,
    "sina-finance-2022": 3,
}
# Draws from lines with a list or shares: finance-2026 has 8 such lines not in another set.
LISTED = {"finance-2026": 8, "provincial-2026": 10}
NOT_PER = 4
EXTRA_PER_POOL = 6
USED_SETS = (
    "claims_eval.tsv", "claims_heldout.tsv", "claims_fresh.tsv", "claims_sample.tsv",
    "claims_sample2.tsv", "claims_sample3.tsv", "claims_blind.tsv", "claims_blind2.tsv",
)
LIST = re.compile(r"分别|[0-9０-９%％万亿元个]、[0-9０-９一二三四五六七八九十]|[0-9]股|万股|亿股")

NOT_CLAIMS = SECOND_NOT_CLAIMS + [
    ("month-span", re.compile(r"(?<![0-9])([0-9]{1,2})(?:[-—–~至到])[0-9]{1,2}月|前([一二三四五六七八九十])(?:个)?(?:季度|月)")),
    ("quarter", re.compile(r"(?:第)?([一二三四1-4])季度")),
    ("model", re.compile(r"(?<![A-Za-z0-9])[A-Z]{1,4}-?([0-9]{2,4})(?![0-9%％])|(?<![0-9])([0-9])G(?![A-Za-z])|国([五六七])")),
]


def pools(root):
    """The second set's pools, with the national reports of 2021 and 2022 in place of
    2023-2025: every line of those holding a number with a unit is in an earlier set."""
    found = second_pools(root)
    del found["national-2023-2025"]
    found["national-2021-2022"] = [f"gov-reports/wikisource/reports/{y}.txt" for y in (2021, 2022)]
    return found


def listed_matches(line):
    """Numbers with a unit of a line holding a list or a count of shares."""
    return number_matches(line) if LIST.search(line) else []


def plan(all_pools):
    """(label, files, keep) of each draw in order; files None: a non-claim of any pool."""
    for pool, files in all_pools.items():
        listed = LISTED.get(pool, 0)
        yield from [(pool, files, listed_matches)] * listed
        yield from [(pool, files, number_matches)] * (POOL_COUNTS[pool] - listed)
    for name, pattern in NOT_CLAIMS:
        keep = lambda line, pattern=pattern: list(pattern.finditer(line))
        yield from [(f"none:{name}", None, keep)] * NOT_PER
    # A second round, as the earlier sets had: about a third of the first round's numbers
    # with a unit are no claims, so each large pool gets EXTRA_PER_POOL more (any line).
    for pool, files in all_pools.items():
        if pool != "sina-finance-2022":
            yield from [(pool, files, number_matches)] * EXTRA_PER_POOL


def main():
    root = sys.argv[1] if len(sys.argv) > 1 else "../shared/corpora"
    repo = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    rng, texts, used, taken = random.Random(SEED), Texts(root), used_lines(repo, USED_SETS), set()
    all_pools = pools(root)
    for label, files, keep in plan(all_pools):
        if files is not None:
            show(label, *draw(texts, rng, files, keep, taken, used))
            continue
        pool, (path, n, line, m) = draw_any_pool(texts, rng, all_pools, keep, taken, used)
        # The number itself: its first group when the pattern has one, else the match.
        group = next((g for g in range(1, (m.re.groups or 0) + 1) if m.group(g)), 0)
        show(f"{label}:{pool}", path, n, line, m, m.start(group))


if __name__ == "__main__":
    main()
