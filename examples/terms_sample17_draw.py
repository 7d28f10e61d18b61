#!/usr/bin/env python3
"""Draws the rows of tests/data/terms-sample17.tsv (issue 22, round 19, helper "names").

Standard library only, with examples/terms_blind_draw.py and examples/terms_sample7_draw.py
beside it (file reading, line lookup and window drawing reused by import). Run from the
repository root next to ../shared/corpora:

    python3 examples/terms_sample17_draw.py [CORPORA_DIR] > /tmp/w.tsv

With Python's random.Random(20262428), from five corpora: random 200-char windows of the
2023-2025 national and provincial-2026 reports (WINDOWS["reports"]), of People's Daily 2023h2
and of finance-2026; then random “…” quotes of Sina 2018 and finance-2026 and 《…》 titles of the
news (drawn as examples/terms_blind_draw.py draws, 2 to 16 chars), then MORE_REPORTS report
windows more. Every draw covers only lines
no other non-blind tests/data/terms-*.tsv uses (file + line; the blind sets are skipped by name
and never opened) and no line of an earlier draw. Prints file, offset, pool and the window;
the labeller takes by hand every real name of a window and of a quote's window (quoted or not),
the other quotes and hard negatives (ordinary phrases of the same shape); only file, offset,
label and name are committed.
"""

import glob
import os
import random
import sys

import terms_blind_draw as first
import terms_sample7_draw as seventh

SEED = 20262428
WINDOWS = {"reports": 10, "pd": 8, "finance": 4}
QUOTES = {"sina-quotes": 8, "finance-quotes": 4, "titles-news": 4}
MORE_REPORTS = 12


def used_lines(repo, texts):
    """(file, line index) of every row of the other terms sets; the blind ones never opened."""
    used = set()
    for path in sorted(glob.glob(os.path.join(repo, "tests/data/terms-*.tsv"))):
        name = os.path.basename(path)
        if name.startswith("terms-blind") or name == "terms-sample17.tsv":
            continue
        for row in open(path, encoding="utf-8"):
            f = row.rstrip("\n").split("\t")
            if row.startswith("#") or len(f) != 4 or not f[1].isdigit():
                continue
            used.add((f[0], first.line_of(texts.text(f[0]), int(f[1]))))
    return used


def windows(rng, texts, files, count, used, pool):
    """`count` windows of `files` on unused lines, as rows."""
    kept = []
    for path, at, text in seventh.draws(rng, texts, files):
        lines = range(first.line_of(text, at), first.line_of(text, at + 199) + 1)
        if not used.isdisjoint((path, n) for n in lines):
            continue
        used.update((path, n) for n in lines)
        kept.append(f"{path}\t{at}\t{pool}\t{text[at:at + 200].replace(chr(10), '⏎')}")
        if len(kept) == count:
            return kept


def main():
    root = sys.argv[1] if len(sys.argv) > 1 else "../shared/corpora"
    repo = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    rng, texts = random.Random(SEED), first.Texts(root)
    used = used_lines(repo, texts)
    rel = lambda pattern: sorted(os.path.relpath(p, root) for p in glob.glob(f"{root}/{pattern}"))
    reports = [f"gov-reports/wikisource/reports/{y}.txt" for y in (2023, 2024, 2025)]
    reports += rel("gov-reports/provincial-2026/*.txt")
    pd = rel("news/peoples-daily-2023h2/*/*.txt")
    finance = rel("news/finance-2026/*/*.txt")
    sina = ["news/sina-2018.jsonl"]
    for pool, files in (("reports", reports), ("pd", pd), ("finance", finance)):
        print("\n".join(windows(rng, texts, files, WINDOWS[pool], used, pool)))
    names = set()
    for pool, files, pattern in (
        ("sina-quotes", sina, first.QUOTE),
        ("finance-quotes", finance, first.QUOTE),
        ("titles-news", pd + finance + sina, first.TITLE),
    ):
        for _ in range(QUOTES[pool]):
            path, at, name = first.draw(texts, rng, files, pattern, used, names)
            text = texts.text(path)
            window = text[max(0, at - 60):at + len(name) + 60].replace("\n", "⏎")
            print(f"{path}\t{at}\t{pool}\t{name}\t{window}")
    print("\n".join(windows(rng, texts, reports, MORE_REPORTS, used, "reports-more")))


if __name__ == "__main__":
    main()
