#!/usr/bin/env python3
"""Draws the references of tests/data/terms-blind3.tsv (issue 22's third blind terms set).

Standard library only, with examples/terms_blind_draw.py beside it. Run from the repository
root next to ../shared/corpora:

    python3 examples/terms_blind3_draw.py [CORPORA_DIR] > /tmp/draws.tsv

Rows and method as examples/terms_blind_draw.py (the first blind set), with this set's seed,
the 2023-2025 national reports and the provincial-2026 reports as report pool, more windows
for unquoted formulations, and every other terms set (incl. the dev and both blind sets) left
out.
"""

import terms_blind_draw as first

# The first blind set's drawing (examples/terms_blind_draw.py) with this set's seed, reports,
# counts, and the sets it must not repeat.
first.SEED = 20261802
first.REPORTS = [f"gov-reports/wikisource/reports/{y}.txt" for y in (2023, 2024, 2025)]
first.WINDOWS = 32
first.PD_QUOTES = 20
first.REPORTS_POOL = "reports-2023-2026"
first.OTHER_SETS = first.OTHER_SETS + (
    "terms-dev2.tsv", "terms-dev3.tsv", "terms-blind.tsv", "terms-blind2.tsv",
)

if __name__ == "__main__":
    first.main()
