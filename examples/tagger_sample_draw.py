#!/usr/bin/env python3
"""Draws the references of tests/data/claims_sample7.tsv: the held-out sample the taggers of
examples/tagger_survey.py were compared on (docs/claims.md, "Taggers and parsers measured
(tenth round)").

Run from the repository root next to ../shared/corpora:

    python3 examples/tagger_sample_draw.py 20262001 10 > /tmp/draws.tsv

As tests/data/claims_sample.py --fifth (same regex of a number with a unit, same pools:
People's Daily 2023h2, provincial-2026, national reports 2016-2019/2021-2022, finance-2026 and
sina-finance-2022, sina-2018), with Python's random.Random(SEED): for each pool, a random
file, a random line of it holding such a number, not a line of any tests/data/claims_*.tsv
(the fourth blind set, which this helper may not read, is not opened: a line of it may be
drawn again), and one such number of it. Prints file, line (1-based; of sina-2018.jsonl the
JSON line, the span then in its "text"), char span [start, end) and the match; with --window a
window of the line for labelling by hand (never committed).
"""
import glob
import json
import os
import random
import re
import sys

ROOT = "../shared/corpora"
SEED = int(sys.argv[1])
PER = int(sys.argv[2])
NUM = (r"(?<![0-9０-９.零〇○一二两三四五六七八九十百千万亿])(?:[0-9０-９][0-9０-９,.]*"
       r"|[〇○二两三四五六七八九十][零〇○一二两三四五六七八九十百千万亿]*|一[零〇○一二两三四五六七八九十百千万亿]+)")
UNIT = (r"(?:%|个百分点|元|吨|人|家|个|项|次|件|户|亩|公里|千瓦|座|所|条|场|名|万|亿|股|倍|年|天|只|台"
        r"|辆|套|篇|部|批|种|类|平方米|立方米|千克|斤|头|张|册)")
PAT = re.compile(r"(?!(?:1[89]|20)[0-9]{2}年)" + NUM + r"(?:万亿|亿|万|千)?" + UNIT)

excluded = set()
for path in sorted(glob.glob("tests/data/claims_*.tsv")):
    if "blind4" in path:
        continue
    for row in open(path, encoding="utf-8"):
        if row.startswith("#") or not row.strip():
            continue
        p = row.split("\t")
        excluded.add((p[0], int(p[1])))

pools = {
    "pd": sorted(glob.glob(ROOT + "/news/peoples-daily-2023h2/*/*.txt")),
    "prov": sorted(glob.glob(ROOT + "/gov-reports/provincial-2026/*.txt")),
    "nat": [ROOT + "/gov-reports/wikisource/reports/%d.txt" % y
            for y in (2016, 2017, 2018, 2019, 2021, 2022)],
    "fin": sorted(glob.glob(ROOT + "/news/finance-2026/*/*.txt"))
    + sorted(glob.glob(ROOT + "/news/sina-finance-2022/*.txt")),
    "sina": [ROOT + "/news/sina-2018.jsonl"],
}
rng = random.Random(SEED)
CACHE, MATCHING = {}, {}


def lines(path):
    if path not in CACHE:
        raw = open(path, encoding="utf-8").read().split("\n")
        if path.endswith(".jsonl"):
            raw = [json.loads(x)["text"] if x.strip() else "" for x in raw]
        CACHE[path] = raw
    return CACHE[path]


def matching(path):
    if path not in MATCHING:
        MATCHING[path] = [i for i, x in enumerate(lines(path)) if PAT.search(x)]
    return MATCHING[path]


for name, files in pools.items():
    got = 0
    free = sum(1 for f in files for i in matching(f)
               if (os.path.relpath(f, ROOT), i + 1) not in excluded)
    while got < min(PER, free):
        f = rng.choice(files)
        rel = os.path.relpath(f, ROOT)
        cand = [i for i in matching(f) if (rel, i + 1) not in excluded]
        if not cand:
            continue
        i = rng.choice(cand)
        m = rng.choice(list(PAT.finditer(lines(f)[i])))
        excluded.add((rel, i + 1))
        got += 1
        row = [rel, i + 1, m.start(), m.end(), m.group()]
        if "--window" in sys.argv:
            text = lines(f)[i]
            row.append(text[max(0, m.start() - 70):m.start()] + "【" + m.group() + "】"
                       + text[m.end():m.end() + 30])
        print("\t".join(map(str, row)))
