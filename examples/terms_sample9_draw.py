#!/usr/bin/env python3
"""Draws the windows of tests/data/terms-sample9.tsv (issue 22, thirteenth round, helper vocab-a).

Standard library only, with examples/terms_sample7_draw.py and examples/terms_blind_draw.py
beside it (their drawing and line lookup are reused by import). Run from the repository root
next to ../shared/corpora:

    python3 examples/terms_sample9_draw.py [CORPORA_DIR] > /tmp/windows.tsv

As the seventh sample, with this seed: REPORT_WINDOWS random 200-char windows of the 2023-2025
national reports and the provincial-2026 reports, then PD_WINDOWS of People's Daily 2023h2,
each covering only lines that no existing tests/data/terms-*.tsv uses (file + line, read here
without being printed) and no line of an earlier window. terms-blind4.tsv is left out by its
file name and never opened (a held-out set). Prints file, window offset, pool and the window;
the labeller takes by hand every official formulation standing there (quoted or not) and one
to three ordinary phrases (never committed: only file, offset, label and name are).
"""

import glob
import os
import random
import sys

import terms_blind_draw as first
import terms_sample7_draw as seventh

SEED = 20262302
REPORT_WINDOWS = 50
PD_WINDOWS = 30
SKIPPED = ("terms-sample9.tsv", "terms-blind4.tsv")


def used_lines(repo, texts):
    """(file, line index) of every row of every existing terms set but this one and the fourth
    blind set (file + line only)."""
    used = set()
    for path in sorted(glob.glob(os.path.join(repo, "tests/data/terms-*.tsv"))):
        if os.path.basename(path) in SKIPPED:
            continue
        for row in open(path, encoding="utf-8"):
            f = row.rstrip("\n").split("\t")
            if row.startswith("#") or len(f) != 4 or "#" in f[0] or not f[1].isdigit():
                continue
            if f[0].startswith(("gov-reports/", "news/peoples-daily-2023h2/")):
                used.add((f[0], first.line_of(texts.text(f[0]), int(f[1]))))
    return used


def main():
    root = sys.argv[1] if len(sys.argv) > 1 else "../shared/corpora"
    repo = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    rng, texts = random.Random(SEED), first.Texts(root)
    used = used_lines(repo, texts)
    rel = lambda pattern: sorted(os.path.relpath(p, root) for p in glob.glob(f"{root}/{pattern}"))
    reports = [f"gov-reports/wikisource/reports/{y}.txt" for y in (2023, 2024, 2025)]
    reports += rel("gov-reports/provincial-2026/*.txt")
    pd = rel("news/peoples-daily-2023h2/*/*.txt")
    for pool, files, count in (("reports", reports, REPORT_WINDOWS), ("pd", pd, PD_WINDOWS)):
        kept = []
        for path, at, text in seventh.draws(rng, texts, files):
            lines = range(first.line_of(text, at), first.line_of(text, at + 199) + 1)
            if not used.isdisjoint((path, n) for n in lines):
                continue
            used.update((path, n) for n in lines)
            kept.append(f"{path}\t{at}\t{pool}\t{text[at:at + 200].replace(chr(10), '⏎')}")
            if len(kept) == count:
                break
        print("\n".join(kept))


if __name__ == "__main__":
    main()
