#!/usr/bin/env python3
"""Draws the windows of tests/data/terms-sample13.tsv (issue 22, seventeenth round, helper terms):
the twelfth sample's drawing with seed 20262418, this sample and terms-blind4.tsv (never
opened) left out by name. `python3 examples/terms_sample13_draw.py [CORPORA_DIR] > /tmp/w.tsv`
from the repository root; only file, offset, label and name are committed.
"""

import terms_sample9_draw as ninth

if __name__ == "__main__":
    ninth.SEED, ninth.SKIPPED = 20262418, ("terms-sample13.tsv", "terms-blind4.tsv")
    ninth.main()
