#!/usr/bin/env python3
"""Draws the windows of tests/data/terms-sample15.tsv (issue 22, eighteenth round, helper
terms): the ninth sample's drawing (examples/terms_sample9_draw.py, reused by import) with seed
20262425 — 50 random 200-char windows of the 2023-2025 national reports and the provincial-2026
reports, then 30 of People's Daily 2023h2, each covering only lines no other tests/data/terms-*.tsv
uses (file + line); this sample and terms-blind4.tsv (never opened) are left out by their file
names. Run `python3 examples/terms_sample15_draw.py [CORPORA_DIR] > /tmp/w.tsv` from the
repository root; only file, offset, label and name are committed.
"""

import terms_sample9_draw as drawing

if __name__ == "__main__":
    drawing.SEED = 20262425
    drawing.SKIPPED = ("terms-sample15.tsv", "terms-blind4.tsv")
    drawing.main()
