# Draws the Sina candidate pairs of tests/data/dedup_heldout.tsv (docs/dedup.md).
# Usage: python3 examples/dedup_pairs_heldout_sina.py ../shared/corpora tests/fixtures/dedup_labels/sina-2018.jsonl
"""Sina-2018 pairs never labelled before: documents of tests/fixtures/dedup_labels/sina-2018.jsonl
left out; same scores and bands as sample.py, seed 20261205 + 1."""
import sys, json, random, unicodedata, zlib, itertools, collections
from pairs_text import norm, fnv  # examples/pairs_text.py
ROOT = sys.argv[1]; FIX = sys.argv[2]
rng = random.Random(20261205 + 1)
used = set()
for l in open(FIX):
    v = json.loads(l); used.add(v["a"]); used.add(v["b"])
docs = []
for l in open(ROOT + "/news/sina-2018.jsonl", encoding="utf-8"):
    v = json.loads(l)
    if v["id"] in used: continue
    n = norm(v["text"])
    if len(n) >= 100: docs.append((v["id"], n, v["text"].encode()))
G = [{d[1][i:i+3] for i in range(len(d[1]) - 2)} for d in docs]
index = collections.defaultdict(list); nk = collections.Counter()
for i, g in enumerate(G):
    for x in g:
        if zlib.crc32(x.encode()) % 8 == 0: index[x].append(i); nk[i] += 1
shared = collections.Counter()
for x, post in index.items():
    if len(post) > 150: continue
    for a, b in itertools.combinations(post, 2): shared[(a, b)] += 1
bands = collections.defaultdict(list)
for (a, b), k in shared.items():
    if k < 0.25 * min(nk[a], nk[b]): continue
    inter = len(G[a] & G[b]); j = inter / len(G[a] | G[b]); c = inter / min(len(G[a]), len(G[b]))
    s = max(j, c)
    if s < 0.3: continue
    band = "1.0" if j >= 0.999 else "0.9" if s >= 0.9 else "0.7" if s >= 0.7 else "0.5" if s >= 0.5 else "0.3"
    bands[band].append((a, b, j, c, band))
quota = {"1.0": 5, "0.9": 15, "0.7": 15, "0.5": 15, "0.3": 10}
for band in sorted(bands):
    pool = sorted(bands[band]); print(band, len(pool), file=sys.stderr)
    for a, b, j, c, band in rng.sample(pool, min(quota[band], len(pool))):
        print(json.dumps({"unit": "sina", "band": band, "a": docs[a][0], "b": docs[b][0], "j": round(j, 3), "c": round(c, 3),
                          "hash_a": fnv(docs[a][2])[:12], "hash_b": fnv(docs[b][2])[:12]}, ensure_ascii=False))
