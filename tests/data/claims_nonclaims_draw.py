# Draws the non-claim sample of claims_nonclaims.tsv (docs/claims.md, round 9): run from the
# repository root as `python3 tests/data/claims_nonclaims_draw.py 20261901 30`; round 10's
# claims_nonclaims2.tsv by `python3 tests/data/claims_nonclaims_draw.py 20262002 30
# claims_nonclaims2.tsv` (the third argument: the sample's own file, the one claims_*.tsv not
# excluded; a pool whose lines run out, 3000 draws in a row with none left, as finance-2026's
# did in round 10, gives what it has). For each pool
# in turn, until it has given PER numbers: a random file (of sina-2018.jsonl a random record),
# a random line of it holding a number with a unit or classifier (not a line of any earlier
# claims_*.tsv), and EVERY such number of that line (a random four when it holds more), claim
# or not; each line goes to half A or half B by a coin of the same generator. Prints file,
# line, char span, half and the number (of a .jsonl record: line = the JSON line, span in its
# "text"); labels are added by hand. Text is printed only to label it, never committed.
import glob, json, os, random, re, sys

ROOT = "../shared/corpora"
SEED = int(sys.argv[1]); PER = int(sys.argv[2])
SELF = sys.argv[3] if len(sys.argv) > 3 else "claims_nonclaims.tsv"
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from claims_draw_shapes import PAT, five_pools, labelled_lines, record_lines
excluded = labelled_lines(SELF)
pools = five_pools(ROOT)
rng = random.Random(SEED)


def units(path):
    """(line number, text, offset of the text in the line's record) of each line of a file;
    a .jsonl record's text is one line of the file, split here at its line breaks."""
    raw = open(path, encoding="utf-8").read().split("\n")
    if not path.endswith(".jsonl"):
        return [[(i + 1, l, 0)] for i, l in enumerate(raw)]
    return record_lines(raw)


CACHE = {}
rows = []
for name, files in pools.items():
    got = idle = 0
    while got < PER and idle < 3000:
        f = rng.choice(files); rel = os.path.relpath(f, ROOT)
        if f not in CACHE: CACHE[f] = units(f)
        record = rng.choice(CACHE[f])
        cand = [u for u in record if PAT.search(u[1]) and (rel, u[0]) not in excluded]
        idle += 1
        if not cand: continue
        idle = 0
        line, text, at = rng.choice(cand)
        ms = list(PAT.finditer(text))
        if len(ms) > 4: ms = sorted(rng.sample(ms, 4), key=lambda m: m.start())
        half = "A" if rng.random() < 0.5 else "B"
        excluded.add((rel, line))
        for m in ms:
            rows.append((rel, line, at + m.start(), at + m.end(), half, m.group(), name))
            got += 1
for r in rows: print("\t".join(map(str, r)))
