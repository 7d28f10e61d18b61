#!/usr/bin/env python3
"""Draws the windows of tests/data/terms-sample5.tsv (issue 22, ninth round, terms helper).

Standard library only, with examples/terms_blind_draw.py beside it (its file reading, line
lookup and other-set exclusion are reused by import). Run from the repository root next to
../shared/corpora:

    python3 examples/terms_sample5_draw.py [CORPORA_DIR] > /tmp/windows.tsv

With Python's random.Random(SEED): REPORT_WINDOWS random 200-char windows of the 2023-2025
national reports and the provincial-2026 reports, then PD_WINDOWS of People's Daily 2023h2,
each on a line that no other terms set uses. Prints file, window offset, pool and the window;
the labeller takes by hand the official formulations standing there without quotes and an
ordinary phrase (never committed: only file, offset, label and name are).
"""

import glob
import os
import random
import sys

import terms_blind_draw as first

SEED = 20261903
REPORT_WINDOWS = 56
PD_WINDOWS = 24
OTHER_SETS = first.OTHER_SETS + (
    "terms-dev2.tsv", "terms-dev3.tsv", "terms-blind.tsv", "terms-blind2.tsv", "terms-blind3.tsv",
)


def windows(texts, rng, files, count, used_lines):
    """`count` (file, offset, window) of random files, on lines no other set uses."""
    out = []
    while len(out) < count:
        path = rng.choice(files)
        text = texts.text(path)
        if len(text) < 400:
            continue
        at = rng.randrange(len(text) - 200)
        if (path, first.line_of(text, at)) in used_lines:
            continue
        out.append((path, at, text[at:at + 200]))
    return out


def prepare(seed, other_sets):
    """The corpora folder, a seeded generator, the texts and the (file, line) pairs that the
    terms sets `other_sets` use: what a window draw starts from."""
    root = sys.argv[1] if len(sys.argv) > 1 else "../shared/corpora"
    repo = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    first.OTHER_SETS = other_sets
    rng, texts = random.Random(seed), first.Texts(root)
    rows, _ = first.other_sets(repo)
    used = {(f, first.line_of(texts.text(f), at)) for f, at in rows if "#" not in f}
    return root, rng, texts, used


def main():
    root, rng, texts, used = prepare(SEED, OTHER_SETS)
    rel = lambda pattern: sorted(os.path.relpath(p, root) for p in glob.glob(f"{root}/{pattern}"))
    reports = [f"gov-reports/wikisource/reports/{y}.txt" for y in (2023, 2024, 2025)]
    reports += rel("gov-reports/provincial-2026/*.txt")
    pd = rel("news/peoples-daily-2023h2/*/*.txt")
    for pool, files, count in (("reports", reports, REPORT_WINDOWS), ("pd", pd, PD_WINDOWS)):
        for path, at, window in windows(texts, rng, files, count, used):
            print(f"{path}\t{at}\t{pool}\t{window.replace(chr(10), '⏎')}")


if __name__ == "__main__":
    main()
