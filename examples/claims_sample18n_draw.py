# Draws the eighteenth non-claim sample, tests/data/claims_sample18n.tsv (docs/claims.md,
# round 18): run from the repository root as `python3 examples/claims_sample18n_draw.py
# 20262424 25`. The round-9/10 draw (tests/data/claims_nonclaims_draw.py) over six pools:
# People's Daily 2023h2, provincial-2026, national reports 2010-2025 (wikisource), finance-2026,
# sina-2018 and the raw page scrapes of the national reports (govcn-rawscrape, 1954-2018).
# PER numbers from each pool in turn; a pool whose lines run out (3000 draws in a row with none
# left) gives what it has and the others make up the total of 6*PER, one line at a time in
# turn. Every claims_*.tsv of tests/data is excluded by file and line (read here only for
# those two columns, the blind sets too, never printed). For each drawn line: EVERY number with
# a unit or classifier (a random four when it holds more), and a coin for half A or B. Prints
# file, line, char span, half and the number (of a .jsonl record: line = the JSON line, span
# in its "text"); labels are added by hand. Text is printed only to label it, never committed.
import glob, os, random, sys

ROOT = "../shared/corpora"
SEED = int(sys.argv[1]); PER = int(sys.argv[2])
SELF = "claims_sample18n.tsv"
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tests", "data"))
from claims_draw_shapes import PAT, five_pools, labelled_lines, units
excluded = labelled_lines(SELF)
pools = {
    **five_pools(ROOT),
    "raw": sorted(glob.glob(ROOT + "/gov-reports/govcn-rawscrape/*.txt")),
}
rng = random.Random(SEED)


CACHE = {}
rows = []


def draw_line(name, files):
    """Draws one line of the pool holding a number with a unit: its numbers, or None after
    3000 draws in a row with none left."""
    for _ in range(3000):
        f = rng.choice(files); rel = os.path.relpath(f, ROOT)
        if f not in CACHE: CACHE[f] = units(f)
        record = rng.choice(CACHE[f])
        cand = [u for u in record if PAT.search(u[1]) and (rel, u[0]) not in excluded]
        if not cand: continue
        line, text, at = rng.choice(cand)
        ms = list(PAT.finditer(text))
        if len(ms) > 4: ms = sorted(rng.sample(ms, 4), key=lambda m: m.start())
        half = "A" if rng.random() < 0.5 else "B"
        excluded.add((rel, line))
        return [(rel, line, at + m.start(), at + m.end(), half, m.group(), name) for m in ms]
    return None


spent = set()
for name, files in pools.items():
    got = 0
    while got < PER:
        drawn = draw_line(name, files)
        if drawn is None: spent.add(name); break
        rows += drawn; got += len(drawn)
while len(rows) < PER * len(pools):
    for name, files in pools.items():
        if name in spent or len(rows) >= PER * len(pools): continue
        drawn = draw_line(name, files)
        if drawn is None: spent.add(name)
        else: rows += drawn
for r in rows: print("\t".join(map(str, r)))
