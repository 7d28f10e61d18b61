#!/usr/bin/env python3
"""Draws the references of tests/data/claims_sample20n.tsv (issue 22, round 22: non-claims on
fresh running text, self-blind).

Standard library only, with the blind sets' scripts beside it (examples/claims_blind_draw.py,
claims_blind2_draw.py, claims_blind4_draw.py, claims_blind5_draw.py). Run from the repository
root next to ../shared/corpora:

    python3 examples/claims_sample20n_draw.py [CORPORA_DIR] > /tmp/draws.tsv

The running part of the blind sets' draw (claims_blind5_draw.py's LINES_FOR_NONE part, its
functions reused: Draws.running_lines and running_numbers of claims_blind4_draw.py) run alone
with this sample's SEED: LINES random lines holding any number (digits, or a run of Chinese
numerals that is not a lone 一, 万 or 亿), each from a random pool of the fifth blind set's six
(People's Daily 2023h2, provincial-2026, the national reports of 2006, 2007 and 2019,
finance-2026, sina-2018, sina-finance-2022), not a line of any tests/data/claims_*.tsv (read by
the script for their file and line columns only, never printed; this sample's own file left
out, so a second run draws the same lines). Prints, as the blind draws do, one `running` row
per number of a drawn line (file, line, char span of the number, pool, a window), and each
drawn line whole after a `#` row for the labeller (printed to label it, never committed). Every
number of a drawn line is labelled by hand (claim with its kind, or none with its cause).
Nothing here reads tifa's output.
"""

import glob
import os
import sys

import claims_blind4_draw as fourth
import claims_blind5_draw as fifth

SEED = 20262434
LINES = 60
OWN = "claims_sample20n.tsv"


def used_sets(repo):
    """Every claims set of tests/data but this sample's own (`ls tests/data/claims_*.tsv`)."""
    names = (os.path.basename(p) for p in glob.glob(os.path.join(repo, "tests/data/claims_*.tsv")))
    return tuple(sorted(n for n in names if n != OWN))


ROWS = fourth.show_running


def show_whole(pool, found):
    """The blind draws' `running` rows of a drawn line, after the line itself for the labeller."""
    print("#\t" + found[2].replace("\t", " ").replace("\r", "⏎").replace("\n", "⏎"))
    ROWS(pool, found)


def main():
    root = sys.argv[1] if len(sys.argv) > 1 else "../shared/corpora"
    repo = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    # The fourth set's Draws reads SEED and USED_SETS from its module, running_lines prints
    # with its show_running: this sample's values in their place.
    vars(fourth).update(SEED=SEED, USED_SETS=used_sets(repo), show_running=show_whole)
    fourth.Draws(root, repo).running_lines(fifth.pools(root), LINES)


if __name__ == "__main__":
    main()
