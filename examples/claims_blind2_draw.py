#!/usr/bin/env python3
"""Draws the references of tests/data/claims_blind2.tsv (issue 22's second blind claims set).

Standard library only, with examples/claims_blind_draw.py beside it. Run from the repository root next to ../shared/corpora:

    python3 examples/claims_blind2_draw.py [CORPORA_DIR] > /tmp/draws.tsv

Prints one row a draw: file, line (1-based; of sina-2018.jsonl the JSON line, the span then
in its "text"), char span [start, end) of the number and its unit, the draw's pool, and a
window of the line for labelling by hand (the window is for the labeller only: it is never
committed). Nothing here reads tifa's output.

Claims: with Python's random.Random(SEED), for each pool in turn until it has its count
(POOL_COUNTS): a random file of the pool (a random record of sina-2018), the lines of it
holding a number with a unit (NUMBER_WITH_UNIT of claims_blind_draw.py; a lone 一, a number after 第 and
four-digit years before 年 do not count), not a line of any other claims set (USED_SETS) nor
one drawn already, a random such line, and a random such number of it. Non-claims: for each
of the NOT_CLAIMS patterns in turn, NOT_PER draws from a random pool, file and matching line
the same way (a pool with no match after 300 files: another pool). Then a second round of
EXTRA_PER_POOL claims draws a pool (see main).
"""

import glob
import os
import random
import re
import sys

# The first set's drawing (examples/claims_blind_draw.py).
from claims_blind_draw import Texts, draw, draw_any_pool, number_matches, show, used_lines
from claims_blind_draw import pools as first_pools

SEED = 20261601
POOL_COUNTS = {
    "peoples-daily-2023h2": 20,
    "provincial-2026": 20,
    "national-2023-2025": 20,
    "finance-2026": 20,
    "sina-2018": 20,
    "sina-finance-2022": 4,
}
NOT_PER = 5
EXTRA_PER_POOL = 8
USED_SETS = (
    "claims_eval.tsv", "claims_heldout.tsv", "claims_fresh.tsv", "claims_sample.tsv",
    "claims_sample2.tsv", "claims_blind.tsv",
)

NUMERAL = r"(?:[0-9]+|[一二两三四五六七八九十百]+)"
NOT_CLAIMS = [
    ("date", re.compile(r"(?<![0-9])(?:[0-9]{4}年)?[0-9]{1,2}月[0-9]{1,2}日")),
    ("date-numeric", re.compile(r"(?<![0-9])[0-9]{4}[/.-][0-9]{1,2}[/.-][0-9]{1,2}(?![0-9])")),
    ("year", re.compile(r"(?<![0-9])[0-9]{4}年(?![0-9]{0,2}月)")),
    ("date-chinese", re.compile(r"[一二][〇○零][〇○零一二三四五六七八九]{2}年|[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日")),
    ("clock", re.compile(r"(?<![0-9])[0-9]{1,2}[:：][0-9]{2}(?![0-9])|(?<![0-9])[0-9]{1,2}(?:时|点)[0-9]{1,2}分")),
    ("ordinal", re.compile(r"第" + "(" + NUMERAL + r")(?:届|次|个|批|场|名|位|轮|期|季度|号|版|章|节)")),
    ("anniversary", re.compile("(" + NUMERAL + r")周年")),
    ("code", re.compile(r"(?<![0-9])([0-9]{6})(?:\.S[HZ]|(?=[）)]))|(?<![0-9])(1[3-9][0-9]{9}|0[0-9]{2,3}-[0-9]{7,8})(?![0-9])")),
    ("article", re.compile(r"第([一二三四五六七八九十百零]+|[0-9]+)条")),
    ("frame", re.compile(r"(?:过去|近|这|此前)(" + NUMERAL + r")(?:多)?(?:年|个月)|(?<![0-9年])(" + NUMERAL + r")(?:多)?(?:年|个月)(?:来|以来)")),
    ("own-parts", re.compile("(" + NUMERAL + r")(?:个方面|方面工作|点意见|点建议|点要求|个部分|大部分|项重点工作|个坚持)")),
    ("back-reference", re.compile(r"(?:这|上述|以上|前述|那|该|此)(" + NUMERAL + r")(?:个|家|项|位|名|种|类|条|次|件|所|大|人|者)|(二人|二者|两者|两人)")),
]


def pools(root):
    """The first set's five pools and sina-finance-2022: name -> list of files."""
    found = first_pools(root)
    found["sina-finance-2022"] = sorted(
        os.path.relpath(p, root) for p in glob.glob(f"{root}/news/sina-finance-2022/*.txt")
    )
    return found


def main():
    root = sys.argv[1] if len(sys.argv) > 1 else "../shared/corpora"
    repo = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    rng, texts, used, taken = random.Random(SEED), Texts(root), used_lines(repo, USED_SETS), set()
    all_pools = pools(root)
    for pool, files in all_pools.items():
        for _ in range(POOL_COUNTS[pool]):
            show(pool, *draw(texts, rng, files, number_matches, taken, used))
    for name, pattern in NOT_CLAIMS:
        keep = lambda line, pattern=pattern: list(pattern.finditer(line))
        for _ in range(NOT_PER):
            pool, (path, n, line, m) = draw_any_pool(texts, rng, all_pools, keep, taken, used)
            # The number itself: its first group when the pattern has one, else the match.
            group = next((g for g in range(1, (m.re.groups or 0) + 1) if m.group(g)), 0)
            show(f"none:{name}:{pool}", path, n, line, m, m.start(group))
    # A second round, drawn after the first was labelled and measured: a third of the first
    # round's numbers with a unit were no claims (十年来, “五个必须”, 三年行动), so each of the
    # five large pools gets EXTRA_PER_POOL more draws the same way, to bring the claims to
    # about 100.
    for pool, files in all_pools.items():
        if pool != "sina-finance-2022":
            for _ in range(EXTRA_PER_POOL):
                show(pool, *draw(texts, rng, files, number_matches, taken, used))


if __name__ == "__main__":
    main()
