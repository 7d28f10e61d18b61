#!/usr/bin/env python3
"""Draws the windows of tests/data/terms-sample14.tsv (issue 22, seventeenth round, helper
vocab): the ninth sample's drawing (examples/terms_sample9_draw.py, itself the seventh's) with
seed 20262420 — 50 random 200-char windows of the 2023-2025 national reports and the
provincial-2026 reports, then 30 of People's Daily 2023h2, each covering only lines no other
tests/data/terms-*.tsv uses (file + line); this sample and terms-blind4.tsv (never opened) left
out by name. `python3 examples/terms_sample14_draw.py [CORPORA_DIR] > /tmp/w.tsv` from the
repository root; only file, offset, label and name are committed.
"""

import terms_sample9_draw as ninth

if __name__ == "__main__":
    ninth.SEED, ninth.SKIPPED = 20262420, ("terms-sample14.tsv", "terms-blind4.tsv")
    ninth.main()
