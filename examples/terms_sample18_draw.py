#!/usr/bin/env python3
"""Draws the rows of tests/data/terms-sample18.tsv (issue 22, round 21, helper "quote").

Standard library only, with examples/terms_blind_draw.py beside it (file reading, line lookup
and quote drawing reused by import). Run from the repository root next to ../shared/corpora:

    python3 examples/terms_sample18_draw.py [CORPORA_DIR] > /tmp/q.tsv

With Python's random.Random(20262432), for each pool of POOLS in turn until it has its count:
a random file of the pool (a random Sina record), its “…” quotes (or 《…》 titles for the title
pools) of 2 to 16 chars, and a random one of them — not on a line any other non-blind
tests/data/terms-*.tsv uses (file + line; the blind sets are skipped by name and never
opened), not a name of those sets nor one drawn already. Quotes of every kind are drawn (real
names and others alike: figures, concepts, themes, labels, works, speech), so the sample
measures both what is found and what is kept out. Prints file, offset, pool, the name and a
window for labelling by hand; only file, offset, label and name are committed.
"""

import glob
import os
import random
import sys

import terms_blind_draw as first

SEED = 20262432
POOLS = [
    ("pd-quotes", "pd", first.QUOTE, 30),
    ("sina-quotes", "sina", first.QUOTE, 14),
    ("finance-quotes", "finance", first.QUOTE, 8),
    ("provincial-quotes", "provincial", first.QUOTE, 16),
    ("titles-news", "news", first.TITLE, 6),
    ("titles-provincial", "provincial", first.TITLE, 6),
]


def other_sets(repo, texts):
    """(file, line index) and names of every row of the other non-blind terms sets."""
    used, names = set(), set()
    for path in sorted(glob.glob(os.path.join(repo, "tests/data/terms-*.tsv"))):
        name = os.path.basename(path)
        if name.startswith("terms-blind") or name == "terms-sample18.tsv":
            continue
        for row in open(path, encoding="utf-8"):
            f = row.rstrip("\n").split("\t")
            if row.startswith("#") or len(f) != 4 or not f[1].isdigit():
                continue
            used.add((f[0], first.line_of(texts.text(f[0]), int(f[1]))))
            names.add(f[3])
    return used, names


def main():
    root = sys.argv[1] if len(sys.argv) > 1 else "../shared/corpora"
    repo = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    rng, texts = random.Random(SEED), first.Texts(root)
    used, names = other_sets(repo, texts)
    rel = lambda pattern: sorted(os.path.relpath(p, root) for p in glob.glob(f"{root}/{pattern}"))
    files = {
        "pd": rel("news/peoples-daily-2023h2/*/*.txt"),
        "sina": ["news/sina-2018.jsonl"],
        "finance": rel("news/finance-2026/*/*.txt"),
        "provincial": rel("gov-reports/provincial-2026/*.txt"),
    }
    files["news"] = files["pd"] + files["finance"] + files["sina"]
    for pool, source, pattern, count in POOLS:
        for _ in range(count):
            path, at, name = first.draw(texts, rng, files[source], pattern, used, names)
            text = texts.text(path)
            window = text[max(0, at - 60):at + len(name) + 40].replace("\n", "⏎")
            print(f"{path}\t{at}\t{pool}\t{name}\t{window}")


if __name__ == "__main__":
    main()
