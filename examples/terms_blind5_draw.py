#!/usr/bin/env python3
"""Draws the references of tests/data/terms-blind5.tsv (issue 22's fifth blind terms set).

Standard library only, with examples/terms_blind_draw.py and terms_blind4_draw.py beside it.
Run from the repository root next to ../shared/corpora:

    python3 examples/terms_blind5_draw.py [CORPORA_DIR] > /tmp/draws.tsv

The method of examples/terms_blind4_draw.py (rows and drawing of the first blind set, then
PD_WINDOWS 200-char windows of People's Daily articles, rows `window-pd`, and a second round of
EXTRA_WINDOWS windows of the reports, rows `window-2`, all from one random stream), with this
set's seed, the national reports of 2019, 2021 and 2022 (blind4 took 2023-2025; there is no
2020 report in the corpus) and the provincial-2026 reports as report pool, and every other
terms set of tests/data left out (OTHER_SETS: their lines and names). finance-2026 has no
quote left that is not on a line or a name of another set: a pool whose quotes run out gives
what it has (quotes), and the shortfall is made up after the windows, one quote a pool in turn
from the two other news pools (People's Daily and sina-2018), rows labelled with their pool.
Then, drawn after the rest was labelled (it gave 41 real names, 17 of them unquoted, and 38
others), a third round from the same stream: THIRD_WINDOWS more windows of the reports (rows
`window-3`) and THIRD_QUOTES more quotes of the two news pools in turn, so that the set nears
45 real names and 45 others. Nothing here reads tifa's output.
"""

import glob
import os
import random
import sys

import terms_blind_draw as first
import terms_blind4_draw as fourth

SEED = 20262431
THIRD_WINDOWS = 10
THIRD_QUOTES = 8
# Every terms set of tests/data when this set was drawn (`ls tests/data/terms-*.tsv`).
OTHER_SETS = tuple(
    f"terms-{name}.tsv"
    for name in (
        "eval", "heldout", "fresh", "sample", "dev2", "dev3", "blind", "blind2", "blind3",
        "blind4", "sample5", "sample6-a", "sample6-b", "sample7", "sample8", "sample9",
        "sample10", "sample11", "sample12", "sample13", "sample14", "sample15", "sample16",
        "sample17",
    )
)

vars(first).update(
    SEED=SEED,
    REPORTS=[f"gov-reports/wikisource/reports/{y}.txt" for y in (2019, 2021, 2022)],
    WINDOWS=22,
    PD_QUOTES=20,
    REPORTS_POOL="reports-2019-2022-2026",
    OTHER_SETS=OTHER_SETS,
)


def quote(texts, rng, pool, files, pattern, used_lines, names):
    """Prints one random quote of a pool as the first set does; False when none is left."""
    try:
        path, at, name = first.draw(texts, rng, files, pattern, used_lines, names)
    except SystemExit:
        return False
    text = texts.text(path)
    window = text[max(0, at - 40):at + len(name) + 30].replace("\n", "⏎")
    print(f"{path}\t{at}\t{pool}\t{name}\t{window}")
    return True


def quotes(root, texts, rng):
    """The first set's quotes and titles (its `main` up to the windows); the shortfall of the
    pools that ran out."""
    rows, names = first.other_sets(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    used_lines = {(f, first.line_of(texts.text(f), at)) for f, at in rows}
    short = 0
    for pool, files, pattern, count in first.quotes_pools(root):
        for n in range(count):
            if not quote(texts, rng, pool, files, pattern, used_lines, names):
                short += count - n
                break
    return short, used_lines, names


def main():
    root = sys.argv[1] if len(sys.argv) > 1 else "../shared/corpora"
    # One random stream for the quotes, the first set's windows and the windows after them.
    rng, texts = random.Random(SEED), first.Texts(root)
    short, used_lines, names = quotes(root, texts, rng)
    reports = first.quotes_pools(root)[3][1]
    fourth.windows(texts, rng, reports, first.WINDOWS, "window")
    pd = sorted(os.path.relpath(p, root) for p in glob.glob(f"{root}/news/peoples-daily-2023h2/*/*.txt"))
    fourth.windows(texts, rng, pd, fourth.PD_WINDOWS, "window-pd")
    fourth.windows(texts, rng, reports, fourth.EXTRA_WINDOWS, "window-2")
    news = [p for p in first.quotes_pools(root) if p[0] in ("peoples-daily-2023h2", "sina-2018")]
    for n in range(short):
        pool, files, pattern, _ = news[n % len(news)]
        quote(texts, rng, pool, files, pattern, used_lines, names)
    fourth.windows(texts, rng, reports, THIRD_WINDOWS, "window-3")
    for n in range(THIRD_QUOTES):
        pool, files, pattern, _ = news[n % len(news)]
        quote(texts, rng, pool, files, pattern, used_lines, names)


if __name__ == "__main__":
    main()
