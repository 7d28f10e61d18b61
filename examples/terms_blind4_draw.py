#!/usr/bin/env python3
"""Draws the references of tests/data/terms-blind4.tsv (issue 22's fourth blind terms set).

Standard library only, with examples/terms_blind_draw.py beside it. Run from the repository
root next to ../shared/corpora:

    python3 examples/terms_blind4_draw.py [CORPORA_DIR] > /tmp/draws.tsv

Rows and method as examples/terms_blind_draw.py (the first blind set), with this set's seed,
the 2023-2025 national reports and the provincial-2026 reports as report pool, every other
terms set left out, and then PD_WINDOWS more 200-char windows of People's Daily articles (rows
`window-pd`), drawn with the same random stream, for unquoted formulations standing in the
news as well as in the reports; then a second round of EXTRA_WINDOWS windows of the reports
(rows `window-2`): the first round gave fewer than 20 unquoted names.
"""

import glob
import os
import random
import sys
import types

import terms_blind_draw as first

vars(first).update(
    SEED=20261902,
    REPORTS=[f"gov-reports/wikisource/reports/{y}.txt" for y in (2023, 2024, 2025)],
    WINDOWS=22,
    PD_QUOTES=20,
    REPORTS_POOL="reports-2023-2026",
    OTHER_SETS=first.OTHER_SETS + tuple(
        f"terms-{name}.tsv" for name in ("dev2", "dev3", "blind", "blind2", "blind3")
    ),
)
PD_WINDOWS = 12
EXTRA_WINDOWS = 16


def windows(texts, rng, files, count, label):
    """Prints `count` random 200-char windows of random files of `files` for the labeller."""
    for _ in range(count):
        path = rng.choice(files)
        text = texts.text(path)
        at = rng.randrange(max(1, len(text) - 200))
        window = text[at:at + 200].replace("\n", "⏎")
        print(f"{path}\t{at}\t{label}\t-\t{window}")


def main():
    root = sys.argv[1] if len(sys.argv) > 1 else "../shared/corpora"
    # One random stream for the first set's drawing and the People's Daily windows after it.
    rng = random.Random(first.SEED)
    first.random = types.SimpleNamespace(Random=lambda _seed: rng)
    first.main()
    texts = first.Texts(root)
    pd = sorted(os.path.relpath(p, root) for p in glob.glob(f"{root}/news/peoples-daily-2023h2/*/*.txt"))
    windows(texts, rng, pd, PD_WINDOWS, "window-pd")
    windows(texts, rng, first.quotes_pools(root)[3][1], EXTRA_WINDOWS, "window-2")


if __name__ == "__main__":
    main()
