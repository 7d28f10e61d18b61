# Draws the candidate pairs of tests/data/dedup_heldout2.tsv (a second, blind held-out set).
# Usage: python3 examples/dedup_pairs_heldout2.py ../shared/corpora tests/data/dedup_heldout.tsv \
#            tests/fixtures/dedup_labels/sina-2018.jsonl > candidates.jsonl
"""Candidate pairs for a second held-out dedup label set, drawn independently of tifa.

Pool: People's Daily files (`doc`) and their first lines (`title`), sina-2018.jsonl documents
(`sina`), finance-2026, sina-finance-2022 and the government reports (govcn, wikisource,
govcn-rawscrape, provincial-2026: `doc`). Every file or id of the first held-out set and every
id of the Sina labelled set is left out. Score: char-3-gram Jaccard J and containment C (share
of the smaller set in the larger) of the normalized text (NFKC, lower-cased, letters and digits
only). Candidates share a 3-gram sampled by crc32 % 8 == 3 (titles: any 3-gram); pairs are drawn
per group and band of max(J, C) with random.Random(SEED); plus random same-day People's Daily
pairs and random same-category Sina pairs; then a second round from the Sina and report bands
above 0.9 and 0.7 for more copies. Stdlib only.

The output, in order, was labelled by reading both texts (tests/data/dedup_heldout2.tsv; one
pair left out: a two-page staff roster holding a one-page one). Copies: `exact`; `edited_repost`
(the same text with a headline, lead, source line, tags, page chrome or a few words changed, a
sentence added or dropped; a report and its raw page scrape); `truncated_repost` (one text is
the first part of the other, or an excerpt of it under a new lead). Not copies: `templated` (one
frame filled with other names, places, numbers or topics: notices, obituaries, rosters, kicker
lines), `quoted` (one text quoted whole inside a longer article that adds its own: a speech in
the report on it, a news item in a weekly round-up), `same_topic` (one event or subject written
up again, captions written from a story), `unrelated` (sharing only phrases, a script or style
block). Titles that are identical are `exact`; other titles are judged by their stories."""
import os, sys, json, random, unicodedata, zlib, itertools, collections, functools
from pairs_text import norm, fnv  # examples/pairs_text.py

ROOT, FIRST, SINA_FIX = sys.argv[1], sys.argv[2], sys.argv[3]
SEED = 20261215
rng = random.Random(SEED)


excluded = set()
for line in open(FIRST, encoding="utf-8"):
    f = line.rstrip("\n").split("\t")
    if len(f) >= 3 and not line.startswith("#"):
        excluded.update(f[1:3])
for line in open(SINA_FIX, encoding="utf-8"):
    v = json.loads(line)
    excluded.update([v["a"], v["b"]])

units = []  # (unit, group, ref, day, normalized, raw bytes)


def add_file(group, path, day, titles):
    rel = os.path.relpath(path, ROOT)
    if rel in excluded:
        return
    raw = open(path, "rb").read()
    text = raw.decode("utf-8")
    units.append(("doc", group, rel, day, norm(text), raw))
    if titles:
        first = text.split("\n", 1)[0]
        units.append(("title", "title", rel, day, norm(first), first.encode()))


pd = os.path.join(ROOT, "news/peoples-daily-2023h2")
for day in sorted(os.listdir(pd)):
    if os.path.isdir(os.path.join(pd, day)):
        for f in sorted(os.listdir(os.path.join(pd, day))):
            add_file("pd", os.path.join(pd, day, f), day, True)
for sub, group in [("news/finance-2026", "fin"), ("news/sina-finance-2022", "fin"),
                   ("gov-reports/govcn", "gov"), ("gov-reports/govcn-rawscrape", "gov"),
                   ("gov-reports/wikisource/reports", "gov"), ("gov-reports/provincial-2026", "gov")]:
    for dp, dirs, fs in sorted(os.walk(os.path.join(ROOT, sub))):
        dirs.sort()
        for f in sorted(fs):
            if f.endswith(".txt"):
                add_file(group, os.path.join(dp, f), group, False)
for line in open(os.path.join(ROOT, "news/sina-2018.jsonl"), encoding="utf-8"):
    v = json.loads(line)
    if v["id"] not in excluded:
        units.append(("sina", "sina", v["id"], v["category"], norm(v["text"]), v["text"].encode()))


@functools.lru_cache(maxsize=6000)
def grams(i):
    s = units[i][4]
    return frozenset(s[k:k + 3] for k in range(len(s) - 2))


index = collections.defaultdict(list)
nkeys = collections.Counter()
for i, u in enumerate(units):
    if len(u[4]) < 8:
        continue
    for g in {u[4][k:k + 3] for k in range(len(u[4]) - 2)}:
        if u[0] == "title" or zlib.crc32(g.encode()) % 8 == 3:
            index[(u[0] == "title", g)].append(i)
            nkeys[i] += 1
shared = collections.Counter()
for post in index.values():
    if len(post) <= 150:
        for a, b in itertools.combinations(post, 2):
            shared[(a, b)] += 1
del index
cand = sorted((a, b) for (a, b), k in shared.items()
              if units[a][2] != units[b][2] and units[a][0] == units[b][0]
              and k >= 0.25 * min(nkeys[a], nkeys[b]))
print("candidates", len(shared), len(cand), file=sys.stderr)
del shared


def score(a, b):
    ga, gb = grams(a), grams(b)
    inter = len(ga & gb)
    return inter / max(1, len(ga | gb)), inter / max(1, min(len(ga), len(gb)))


def group(a, b):
    ua, ub = units[a], units[b]
    if ua[0] == "title":
        return "title"
    if min(len(ua[4]), len(ub[4])) < 100:
        return "short"
    if ua[1] == ub[1]:
        return ua[1]
    return "cross"


bands = collections.defaultdict(list)
for a, b in cand:
    j, c = score(a, b)
    s = max(j, c)
    if s < 0.3:
        continue
    band = "1.0" if j >= 0.999 else "0.9" if s >= 0.9 else "0.7" if s >= 0.7 else "0.5" if s >= 0.5 else "0.3"
    bands[(group(a, b), band)].append((a, b, j, c, band))
# Quotas per band (1.0, 0.9, 0.7, 0.5, 0.3); the first set took every People's Daily file pair
# above 0.9, so the copies come mostly from Sina, the reports and the short items.
quota = {"pd": [4, 0, 15, 15, 14], "title": [4, 8, 12, 12, 10], "sina": [4, 20, 15, 14, 8],
         "short": [2, 5, 4, 4, 0], "fin": [3, 3, 3, 3, 3], "gov": [1, 5, 3, 3, 3], "cross": [0, 3, 3, 3, 3]}
out = []
for key in sorted(bands):
    pool = bands[key]
    n = quota.get(key[0], [0] * 5)[["1.0", "0.9", "0.7", "0.5", "0.3"].index(key[1])]
    print(key, len(pool), file=sys.stderr)
    out += rng.sample(pool, min(n, len(pool)))


def random_pairs(group, n):
    by = collections.defaultdict(list)
    for i, u in enumerate(units):
        if u[1] == group and u[0] != "title" and len(u[4]) >= 100:
            by[u[3]].append(i)
    keys = sorted(by)
    for _ in range(n):
        a, b = sorted(rng.sample(by[rng.choice(keys)], 2))
        out.append((a, b) + score(a, b) + ("random",))


random_pairs("pd", 8)
random_pairs("sina", 5)
# A second round for more copies (few People's Daily file pairs are left above 0.9).
drawn = {(a, b) for a, b, *_ in out}
for key, n in [(("sina", "0.9"), 16), (("sina", "0.7"), 8), (("gov", "0.9"), 3)]:
    pool = [p for p in bands[key] if (p[0], p[1]) not in drawn]
    out += rng.sample(pool, min(n, len(pool)))
for a, b, j, c, band in out:
    ua, ub = units[a], units[b]
    print(json.dumps({"unit": ua[0], "group": group(a, b), "band": band, "a": ua[2], "b": ub[2],
                      "j": round(j, 3), "c": round(c, 3),
                      "hash_a": fnv(ua[5])[:12], "hash_b": fnv(ub[5])[:12]}, ensure_ascii=False))
