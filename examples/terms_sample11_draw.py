#!/usr/bin/env python3
"""Draws the windows of tests/data/terms-sample11.tsv (issue 22, fifteenth round, helper terms).

Standard library only: the tenth sample's drawing (examples/terms_sample9_draw.py, with the
seventh's and the first blind set's beside it) with this seed, leaving this sample and the
fourth blind set out by name (terms-blind4.tsv is never opened). Run from the repository root
next to ../shared/corpora:

    python3 examples/terms_sample11_draw.py [CORPORA_DIR] > /tmp/windows.tsv

50 random 200-char windows of the 2023-2025 national reports and the provincial-2026 reports,
then 30 of People's Daily 2023h2, each covering only lines no existing tests/data/terms-*.tsv
uses (file + line; the tenth sample's lines included) and no line of an earlier window. Prints
file, window offset, pool and the window; the labeller takes by hand every real program,
slogan or document name standing there (quoted or not), the other quotes and one to three
ordinary phrases (never committed: only file, offset, label and name are).
"""

import terms_sample9_draw as ninth

SEED = 20262406
SKIPPED = ("terms-sample11.tsv", "terms-blind4.tsv")


if __name__ == "__main__":
    # The ninth sample's drawing with this seed and these sets left out.
    ninth.SEED, ninth.SKIPPED = SEED, SKIPPED
    ninth.main()
