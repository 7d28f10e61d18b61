#!/usr/bin/env python3
"""Draws the windows of tests/data/terms-sample12.tsv (issue 22, sixteenth round, helper terms).

The tenth sample's drawing (examples/terms_sample10_draw.py: the ninth's main, with the
seventh's and the first blind set's beside it) with seed 20262409; this sample and the fourth
blind set are left out by file name (terms-blind4.tsv is never opened), every other terms set's
lines excluded. From the repository root, next to ../shared/corpora:
`python3 examples/terms_sample12_draw.py [CORPORA_DIR] > /tmp/windows.tsv`. Labelling as for
the tenth sample; only file, offset, label and name are committed.
"""

import terms_sample9_draw as ninth

SEED = 20262409
SKIPPED = ("terms-sample12.tsv", "terms-blind4.tsv")


if __name__ == "__main__":
    ninth.SEED, ninth.SKIPPED = SEED, SKIPPED
    ninth.main()
