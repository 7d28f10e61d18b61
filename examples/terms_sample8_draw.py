#!/usr/bin/env python3
"""Draws the quotes of tests/data/terms-sample8.tsv (issue 22, twelfth round, helper termclf).

Standard library only, with examples/terms_blind_draw.py beside it (its file reading, line
lookup and one-draw function are reused by import). Run from the repository root next to
../shared/corpora:

    python3 examples/terms_sample8_draw.py [CORPORA_DIR] > /tmp/quotes.tsv

With Python's random.Random(SEED), for each pool in turn until it has its count: a random file
(a random Sina record), its “…” quotes (《…》 titles for the title pools) of 2 to 16 chars, not
on a line any existing tests/data/terms-*.tsv uses (every set's file + line is excluded, read
here without being printed), not on a line drawn already and not a name drawn already, and a
random one of them. Prints file, char offset of the name, pool, name and a window around it
for labelling by hand (the window is never committed: only file, offset, label and name are).
"""

import glob
import os
import random
import sys

import terms_blind_draw as first

SEED = 20262202
POOLS = (("reports", 90), ("pd", 100), ("finance", 12), ("sina", 55), ("titles", 40), ("reports", 40))


def references(repo):
    """(file, char offset) of every row of every existing terms set but this one."""
    for path in sorted(glob.glob(os.path.join(repo, "tests/data/terms-*.tsv"))):
        if path.endswith("terms-sample8.tsv"):
            continue
        for row in open(path, encoding="utf-8"):
            f = row.rstrip("\n").split("\t")
            if not row.startswith("#") and len(f) == 4 and f[1].isdigit():
                yield f[0], int(f[1])


def used_lines(repo, texts):
    """(file, line index) of every row of every existing terms set (file + line only)."""
    used = set()
    for file, at in references(repo):
        try:
            used.add((file, first.line_of(texts.text(file), at)))
        except (OSError, IndexError, ValueError):
            pass
    return used


def main():
    root = sys.argv[1] if len(sys.argv) > 1 else "../shared/corpora"
    repo = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    rng, texts = random.Random(SEED), first.Texts(root)
    used, names = used_lines(repo, texts), set()
    rel = lambda pattern: sorted(os.path.relpath(p, root) for p in glob.glob(f"{root}/{pattern}"))
    reports = [f"gov-reports/wikisource/reports/{y}.txt" for y in (2023, 2024, 2025)]
    reports += rel("gov-reports/provincial-2026/*.txt")
    pd = rel("news/peoples-daily-2023h2/*/*.txt")
    finance = rel("news/finance-2026/*/*.txt")
    sina = ["news/sina-2018.jsonl"]
    files = {"reports": reports, "pd": pd, "finance": finance, "sina": sina,
             "titles": pd + finance + sina + reports}
    for pool, count in POOLS:
        pattern = first.TITLE if pool == "titles" else first.QUOTE
        for _ in range(count):
            path, at, name = first.draw(texts, rng, files[pool], pattern, used, names)
            text = texts.text(path)
            window = text[max(0, at - 50):at + len(name) + 30].replace("\n", "⏎")
            print(f"{path}\t{at}\t{pool}\t{name}\t{window}")


if __name__ == "__main__":
    main()
