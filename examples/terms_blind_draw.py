#!/usr/bin/env python3
"""Draws the references of tests/data/terms-blind.tsv (issue 22's blind terms set).

Standalone, standard library only. Run from the repository root next to ../shared/corpora:

    python3 examples/terms_blind_draw.py [CORPORA_DIR] > /tmp/draws.tsv

Prints one row a draw: file (a Sina record as news/sina-2018.jsonl#LINE), char offset of the
name in the file's text (of a record, in its "text"), the draw's pool, the name, and a window
around it for labelling by hand (never committed). Nothing here reads tifa's output.

With Python's random.Random(SEED), for each pool of QUOTES in turn until it has its count: a
random file (a random Sina record), its “…” quotes (or 《…》 titles for the title pools) of 2
to 16 chars, not on a line any other terms set uses, not a name of another set nor one drawn
already, and a random one of them. Then, for the unquoted formulations, WINDOWS random
200-char windows of the 2024 and 2025 national reports and the provincial-2026 reports,
printed for the labeller to take the first official formulation standing there without
quotes (by hand).
"""

import glob
import json
import os
import random
import re
import sys

SEED = 20261502
QUOTE = re.compile(r"“([^“”\n]{2,16})”")
TITLE = re.compile(r"《([^《》\n]{2,16})》")
REPORTS = ["gov-reports/wikisource/reports/2024.txt", "gov-reports/wikisource/reports/2025.txt"]
WINDOWS = 24
PD_QUOTES = 22
REPORTS_POOL = "reports-2024-2026"
OTHER_SETS = ("terms-eval.tsv", "terms-heldout.tsv", "terms-fresh.tsv", "terms-sample.tsv")


def quotes_pools(root):
    """(pool, files, pattern, count), drawn in this order."""
    rel = lambda pattern: sorted(os.path.relpath(p, root) for p in glob.glob(f"{root}/{pattern}"))
    pd = rel("news/peoples-daily-2023h2/*/*.txt")
    provincial = rel("gov-reports/provincial-2026/*.txt")
    finance = rel("news/finance-2026/*/*.txt")
    return [
        ("peoples-daily-2023h2", pd, QUOTE, PD_QUOTES),
        ("finance-2026", finance, QUOTE, 10),
        ("sina-2018", ["news/sina-2018.jsonl"], QUOTE, 10),
        (REPORTS_POOL, REPORTS + provincial, QUOTE, 14),
        ("titles-news", pd + finance + ["news/sina-2018.jsonl"], TITLE, 6),
        ("titles-reports", REPORTS + provincial, TITLE, 6),
    ]


def other_sets(repo):
    """Lines (file, line index) and names of the other terms sets."""
    lines, names = set(), set()
    for name in OTHER_SETS:
        for row in open(os.path.join(repo, "tests/data", name), encoding="utf-8"):
            f = row.rstrip("\n").split("\t")
            if row.startswith("#") or len(f) != 4:
                continue
            names.add(f[3])
            lines.add((f[0], int(f[1])))  # resolved to a line index in main()
    return lines, names


class Texts:
    """File texts, read once; a Sina record's text under `news/sina-2018.jsonl#LINE`."""

    def __init__(self, root):
        self.root, self.cache = root, {}

    def text(self, path):
        if path not in self.cache:
            if "#" in path:
                file, line = path.split("#")
                raw = self.lines(file)[int(line) - 1]
                self.cache[path] = json.loads(raw)["text"] if raw.strip() else ""
            else:
                self.cache[path] = open(os.path.join(self.root, path), encoding="utf-8").read()
        return self.cache[path]

    def lines(self, file):
        key = ("lines", file)
        if key not in self.cache:
            self.cache[key] = open(os.path.join(self.root, file), encoding="utf-8").read().split("\n")
        return self.cache[key]


def line_of(text, offset):
    """The index of the line holding char `offset`."""
    return text.count("\n", 0, offset)


def draw(texts, rng, files, pattern, used_lines, names):
    """One (file, offset, name) of a random file of `files`."""
    for _ in range(20000):
        path = rng.choice(files)
        if path.endswith(".jsonl"):
            path = f"{path}#{rng.randrange(len(texts.lines(path))) + 1}"
        text = texts.text(path)
        found = [m for m in pattern.finditer(text)
                 if m.group(1) not in names and (path, line_of(text, m.start(1))) not in used_lines]
        if found:
            m = rng.choice(found)
            names.add(m.group(1))
            used_lines.add((path, line_of(text, m.start(1))))
            return path, m.start(1), m.group(1)
    raise SystemExit("no draw found")


def main():
    root = sys.argv[1] if len(sys.argv) > 1 else "../shared/corpora"
    repo = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    rng, texts = random.Random(SEED), Texts(root)
    rows, names = other_sets(repo)
    used_lines = {(f, line_of(texts.text(f), at)) for f, at in rows}
    for pool, files, pattern, count in quotes_pools(root):
        for _ in range(count):
            path, at, name = draw(texts, rng, files, pattern, used_lines, names)
            text = texts.text(path)
            window = text[max(0, at - 40):at + len(name) + 30].replace("\n", "⏎")
            print(f"{path}\t{at}\t{pool}\t{name}\t{window}")
    reports = quotes_pools(root)[3][1]
    for _ in range(WINDOWS):
        path = rng.choice(reports)
        text = texts.text(path)
        at = rng.randrange(len(text) - 200)
        window = text[at:at + 200].replace("\n", "⏎")
        print(f"{path}\t{at}\twindow\t-\t{window}")


if __name__ == "__main__":
    main()
