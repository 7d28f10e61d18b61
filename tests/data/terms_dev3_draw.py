"""Draws the seventh round's development sample (tests/data/terms-dev3.tsv): Python's
random.Random(20261701); random files, then a random “…” or 《…》 of 2-16 chars not after a
colon (speech), from provincial-2026 (8), the national reports 2023-2025 (5), People's Daily
2023h2 (8), finance-2026 (4) and Sina 2018 (5 lines); then 16 random 200-char windows of
provincial-2026 and the national reports 2023-2025, in which the first official formulation
standing unquoted is chosen by hand. Names of the other sets are skipped. Prints file, offset,
name and context; the labels are written by hand into the TSV.

    python3 tests/data/terms_dev3_draw.py
"""
import glob
import json
import os
import random
import re

ROOT = os.path.join(os.path.dirname(__file__), "..", "..", "..", "shared", "corpora")
HERE = os.path.dirname(__file__)
R = random.Random(20261701)
SEEN = set()
for f in glob.glob(os.path.join(HERE, "terms-*.tsv")):
    for row in open(f, encoding="utf-8"):
        parts = row.rstrip("\n").split("\t")
        if len(parts) == 4:
            SEEN.add(parts[3])


def files(pattern):
    paths = glob.glob(os.path.join(ROOT, pattern), recursive=True)
    return sorted(os.path.relpath(p, ROOT) for p in paths if os.path.isfile(p))


LINES = {}


def text(name):
    if "#" in name:
        path, line = name.split("#")
        if path not in LINES:
            with open(os.path.join(ROOT, path), encoding="utf-8") as f:
                LINES[path] = f.read().split("\n")
        return json.loads(LINES[path][int(line) - 1])["text"]
    with open(os.path.join(ROOT, name), encoding="utf-8") as f:
        return f.read()


def quote(names):
    for _ in range(200):
        name = R.choice(names)
        t = text(name)
        found = [
            m for m in re.finditer(r"“([^“”\n]{2,16})”|《([^《》\n]{2,16})》", t)
            if t[max(0, m.start() - 1)] not in "：:" and (m.group(1) or m.group(2)) not in SEEN
        ]
        if found:
            m = R.choice(found)
            inner = m.group(1) or m.group(2)
            SEEN.add(inner)
            return name, m.start() + 1, inner, t[max(0, m.start() - 40) : m.end() + 30]
    return None


reports = files("gov-reports/wikisource/reports/202[345].txt")
provincial = files("gov-reports/provincial-2026/*.txt")
sina = ["news/sina-2018.jsonl#%d" % (i + 1) for i in range(12461)]
draws = (
    [(provincial, 8), (reports, 5), (files("news/peoples-daily-2023h2/*/*.txt"), 8)]
    + [(files("news/finance-2026/**/*"), 4), (sina, 5)]
)
for names, k in draws:
    for _ in range(k):
        got = quote(names)
        if got:
            print("Q\t%s\t%d\t%s\t%s" % (got[0], got[1], got[2], got[3].replace("\n", "/")))
for _ in range(16):
    name = R.choice(provincial + reports)
    t = text(name)
    at = R.randrange(len(t) - 200)
    print("W\t%s\t%d\t\t%s" % (name, at, t[at : at + 200].replace("\n", "/")))
