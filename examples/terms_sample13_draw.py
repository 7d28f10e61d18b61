#!/usr/bin/env python3
"""Draws the windows of tests/data/terms-sample13.tsv (issue 22, seventeenth round, helper
terms): the ninth sample's drawing (examples/terms_sample9_draw.py, reused by import) with its
own seed; this sample and terms-blind4.tsv (never opened) are left out by their file names.
Run `python3 examples/terms_sample13_draw.py [CORPORA_DIR] > /tmp/w.tsv` from the repository
root; only file, offset, label and name are committed.
"""

import terms_sample9_draw as drawing

if __name__ == "__main__":
    drawing.SEED = 20262418
    drawing.SKIPPED = ("terms-sample13.tsv", "terms-blind4.tsv")
    drawing.main()
