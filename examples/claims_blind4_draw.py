#!/usr/bin/env python3
"""Draws the references of tests/data/claims_blind4.tsv (issue 22's fourth blind claims set).

Standard library only, with the earlier sets' scripts beside it (examples/claims_blind_draw.py,
claims_blind2_draw.py, claims_blind3_draw.py). Run from the repository root next to
../shared/corpora:

    python3 examples/claims_blind4_draw.py [CORPORA_DIR] > /tmp/draws.tsv

Claims: rows as the earlier scripts print them (file, line, char span [start, end) of the number
and its unit, pool, and a window of the line for the labeller, never committed), drawn with
Python's random.Random(SEED) as the earlier sets draw: for each pool in turn until it has its
count (POOL_COUNTS), a random file, a random line of it holding a number with a unit, not a line
of any earlier claims set (USED_SETS), one such number. The national reports are those of
2016-2018, years no earlier set drew from.

Non-claims as they occur in running text: then LINES_FOR_NONE random lines holding any number
(RUNNING: digits or Chinese numerals), each from a random pool, printed with every number of the
line and its char offset (`running` rows); the labeller takes the numbers of such a line that
are no claim (back references, relative times, loose talk, frames, a text's parts, ordinals,
dates, codes, idioms...) as `none` rows, at most NONE_PER_LINE a line, the first in the line's
order, a second only of another kind. Then a second round of EXTRA_PER_POOL numbers with a unit
for each pool but finance-2026 (exhausted) and sina-finance-2022, drawn the same way.
Nothing here reads tifa's output.
"""

import os
import random
import re
import sys

from claims_blind_draw import Texts, draw, number_matches, show, used_lines
from claims_blind2_draw import pools as second_pools
from claims_blind3_draw import USED_SETS as THIRD_USED_SETS

SEED = 20261901
POOL_COUNTS = {
    "peoples-daily-2023h2": 20,
    "provincial-2026": 20,
    "national-2016-2018": 20,
    "finance-2026": 20,
    "sina-2018": 20,
    "sina-finance-2022": 3,
}
USED_SETS = THIRD_USED_SETS + ("claims_blind3.tsv", "claims_sample4.tsv")
LINES_FOR_NONE = 45
NONE_PER_LINE = 2
EXTRA_PER_POOL = 6
# Any number of running text: digits (with a decimal part), or a run of Chinese numerals that
# is not a lone 一, 万 or 亿 (一些, 统一 and 万一 are words, not numbers).
RUNNING = re.compile(
    r"[0-9０-９]+(?:[.．][0-9０-９]+)?|[〇○零一二两三四五六七八九十百千万亿廿]{2,}|[二两三四五六七八九十百千廿]"
)


def pools(root):
    """The second set's pools, with the national reports of 2016-2018 in place of 2023-2025."""
    found = second_pools(root)
    del found["national-2023-2025"]
    found["national-2016-2018"] = [f"gov-reports/wikisource/reports/{y}.txt" for y in (2016, 2017, 2018)]
    return found


def running_numbers(line):
    """Every number of a line, as RUNNING finds them."""
    return list(RUNNING.finditer(line))


def show_running(pool, found):
    """A `running` draw: the line's reference, then one row per number (offset and window)."""
    path, n, line, _ = found
    for m in running_numbers(line):
        window = line[max(0, m.start() - 30):m.end() + 15].replace("\t", " ").replace("\n", "⏎")
        print(f"{path}\t{n}\t{m.start()}\t{m.end()}\trunning:{pool}\t{window}")


class Draws:
    """The random stream, the corpus texts and the lines drawn or used: one for the whole set."""

    def __init__(self, root, repo):
        self.texts, self.rng = Texts(root), random.Random(SEED)
        self.taken, self.used = set(), used_lines(repo, USED_SETS)

    def one(self, files, keep, tries):
        return draw(self.texts, self.rng, files, keep, self.taken, self.used, tries=tries)

    def numbers(self, pool, files, count):
        """`count` numbers with a unit of a pool (fewer when its lines run out)."""
        for _ in range(count):
            found = self.one(files, number_matches, 2000)
            if found is not None:
                show(pool, *found)

    def running_lines(self, all_pools, count):
        """`count` lines holding any number, each of a random pool."""
        for _ in range(count):
            pool = self.rng.choice(sorted(all_pools))
            found = self.one(all_pools[pool], running_numbers, 300)
            if found is not None:
                show_running(pool, found)


def main():
    root = sys.argv[1] if len(sys.argv) > 1 else "../shared/corpora"
    draws = Draws(root, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    all_pools = pools(root)
    for pool, files in all_pools.items():
        draws.numbers(pool, files, POOL_COUNTS[pool])
    draws.running_lines(all_pools, LINES_FOR_NONE)
    for pool, files in all_pools.items():
        if pool not in ("finance-2026", "sina-finance-2022"):
            draws.numbers(pool, files, EXTRA_PER_POOL)


if __name__ == "__main__":
    main()
