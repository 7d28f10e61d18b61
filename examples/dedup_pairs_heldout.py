# Draws the candidate pairs of tests/data/dedup_heldout.tsv (docs/dedup.md, "The held-out set").
# Usage: python3 examples/dedup_pairs_heldout.py ../shared/corpora > candidates.jsonl
"""Candidate pairs for a held-out dedup label set, drawn independently of tifa.

Units: whole People's Daily files (`doc`), their first lines (`title`), finance-2026 and
sina-finance-2022 files (`doc`). Score: char-3-gram Jaccard J and containment C (share of the
smaller set in the larger) of the normalized text (NFKC, lower-cased, letters and digits only).
Candidates share a 3-gram sampled by crc32 % 8 == 0 (titles: any 3-gram); pairs are drawn per
band of max(J, C) with random.Random(SEED); plus random same-day pairs."""
import os, sys, json, random, unicodedata, zlib, itertools, collections
from pairs_text import norm, fnv  # examples/pairs_text.py
ROOT = sys.argv[1]
SEED = 20261205
rng = random.Random(SEED)

def grams(s):
    return {s[i:i+3] for i in range(len(s) - 2)}

units = []  # (corpus, path, unit, day, norm, raw)
pd = os.path.join(ROOT, "news/peoples-daily-2023h2")
for day in sorted(os.listdir(pd)):
    dd = os.path.join(pd, day)
    if not os.path.isdir(dd): continue
    for f in sorted(os.listdir(dd)):
        raw = open(os.path.join(dd, f), "rb").read()
        text = raw.decode("utf-8")
        rel = "news/peoples-daily-2023h2/%s/%s" % (day, f)
        units.append(("doc", rel, day, norm(text), raw))
        first = text.split("\n", 1)[0]
        units.append(("title", rel, day, norm(first), first.encode()))
for sub in ["news/finance-2026", "news/sina-finance-2022"]:
    for dp, _, fs in os.walk(os.path.join(ROOT, sub)):
        for f in sorted(fs):
            if not f.endswith(".txt"): continue
            p = os.path.join(dp, f); raw = open(p, "rb").read()
            rel = os.path.relpath(p, ROOT)
            units.append(("doc", rel, "fin", norm(raw.decode("utf-8")), raw))

G = [grams(u[3]) for u in units]
index = collections.defaultdict(list)
for i, (kind, rel, day, n, raw) in enumerate(units):
    if len(n) < 8: continue
    for g in G[i]:
        if kind == "title" or zlib.crc32(g.encode()) % 8 == 0:
            index[(kind, g)].append(i)
shared = collections.Counter()
nkeys = collections.Counter()
for key, post in index.items():
    for i in post: nkeys[i] += 1
    if len(post) > 150: continue
    for a, b in itertools.combinations(post, 2):
        shared[(a, b)] += 1
# keep pairs whose sampled keys could make a containment of 0.25
cand = [(a, b) for (a, b), k in shared.items()
        if units[a][1] != units[b][1] and k >= 0.25 * min(nkeys[a], nkeys[b])]
print("candidates", len(shared), len(cand), file=sys.stderr)
scored = []
for a, b in cand:
    ga, gb = G[a], G[b]
    inter = len(ga & gb)
    j = inter / len(ga | gb)
    c = inter / min(len(ga), len(gb))
    if max(j, c) >= 0.3:
        scored.append((a, b, j, c))
scored.sort()
bands = collections.defaultdict(list)
for a, b, j, c in scored:
    kind = units[a][0]
    if kind == "doc" and min(len(units[a][3]), len(units[b][3])) < 100:
        kind = "short"
    s = max(j, c)
    band = "1.0" if j >= 0.999 else "0.9" if s >= 0.9 else "0.7" if s >= 0.7 else "0.5" if s >= 0.5 else "0.3"
    bands[(kind, band)].append((a, b, j, c, band))
quota = {("doc", "1.0"): 5, ("doc", "0.9"): 15, ("doc", "0.7"): 20, ("doc", "0.5"): 20, ("doc", "0.3"): 15,
         ("short", "0.9"): 4, ("short", "0.7"): 4, ("short", "0.5"): 4,
         ("title", "1.0"): 4, ("title", "0.9"): 12, ("title", "0.7"): 20, ("title", "0.5"): 20, ("title", "0.3"): 14}
out = []
for key in sorted(bands):
    pool = bands[key]
    print(key, len(pool), file=sys.stderr)
    out += rng.sample(pool, min(quota.get(key, 0), len(pool)))
# random same-day pairs
byday = collections.defaultdict(list)
for i, u in enumerate(units):
    if len(u[3]) >= 100 and u[0] == "doc": byday[u[2]].append(i)
days = sorted(byday)
for _ in range(15):
    key = rng.choice(days)
    a, b = rng.sample(byday[key], 2)
    ga, gb = G[a], G[b]; inter = len(ga & gb)
    out.append((min(a,b), max(a,b), inter / max(1, len(ga | gb)), inter / max(1, min(len(ga), len(gb))), "random"))
for a, b, j, c, band in out:
    ua, ub = units[a], units[b]
    print(json.dumps({"unit": ua[0], "band": band, "a": ua[1], "b": ub[1], "j": round(j, 3), "c": round(c, 3),
                      "hash_a": fnv(ua[4])[:12], "hash_b": fnv(ub[4])[:12]}, ensure_ascii=False))
