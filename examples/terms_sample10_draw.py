#!/usr/bin/env python3
"""Draws the windows of tests/data/terms-sample10.tsv (issue 22, fourteenth round, helper nest).

Standard library only, with examples/terms_sample7_draw.py and examples/terms_blind_draw.py
beside it (their drawing and line lookup are reused by import). Run from the repository root
next to ../shared/corpora:

    python3 examples/terms_sample10_draw.py [CORPORA_DIR] > /tmp/windows.tsv

The seventh sample's drawing (its main, reused), with this seed: 50 random 200-char windows of
the 2023-2025 national reports and the provincial-2026 reports, then 30 of People's Daily
2023h2, each covering only lines that no existing tests/data/terms-*.tsv uses (file + line, read here
without being printed) and no line of an earlier window. terms-blind4.tsv is left out by its
file name and never opened (a held-out set). Prints file, window offset, pool and the window;
the labeller takes by hand every real program, slogan or document name standing there (quoted
or not), the other quotes and one to three ordinary phrases (never committed: only file,
offset, label and name are).
"""

import glob
import os

import terms_blind_draw as first
import terms_sample7_draw as seventh

SEED = 20262403
SKIPPED = ("terms-sample10.tsv", "terms-blind4.tsv")


def references(repo):
    """(file, char offset) of every row of every existing terms set but this one and the fourth
    blind set, which is skipped by its name and never opened."""
    paths = sorted(glob.glob(os.path.join(repo, "tests/data/terms-*.tsv")))
    for path in (p for p in paths if os.path.basename(p) not in SKIPPED):
        fields = (row.rstrip("\n").split("\t") for row in open(path, encoding="utf-8"))
        yield from (
            (f[0], int(f[1]))
            for f in fields
            if len(f) == 4 and not f[0].startswith("#") and "#" not in f[0] and f[1].isdigit()
        )


def used_lines(repo, texts):
    """(file, line index) of the references of the reports and People's Daily."""
    pools = ("gov-reports/", "news/peoples-daily-2023h2/")
    return {
        (file, first.line_of(texts.text(file), at))
        for file, at in references(repo)
        if file.startswith(pools)
    }


def main():
    """The seventh sample's drawing with this seed and these excluded lines."""
    seventh.SEED = SEED
    seventh.used_lines = used_lines
    seventh.main()


if __name__ == "__main__":
    main()
