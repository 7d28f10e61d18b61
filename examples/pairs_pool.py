"""The pool and candidate search shared by the scripts that draw blind held-out dedup pairs
(dedup_pairs_heldout2.py, dedup_pairs_heldout3.py), independently of tifa.

Units: People's Daily files (`doc`) and their first lines (`title`), sina-2018.jsonl documents
(`sina`), finance and government-report files (`doc`); files or ids in `excluded` are left
out. Score: char-3-gram Jaccard J and containment C (share of the smaller set in the larger)
of the normalized text (NFKC, lower-cased, letters and digits only). Candidates share a
3-gram sampled by crc32 % 8 == residue (titles: any 3-gram) and have enough of them shared
to reach a containment of 0.25. Stdlib only."""
import os, sys, json, zlib, random, itertools, collections, functools
from pairs_text import norm, fnv  # examples/pairs_text.py

BANDS = ["1.0", "0.9", "0.7", "0.5", "0.3"]
# The other folders of the third and fourth sets: finance, the reports and their copies, the NPC
# resolutions and the CPC congress reports.
REPORT_DIRS = [("news/finance-2026", "fin"), ("news/sina-finance-2022", "fin"),
               ("gov-reports/govcn", "gov"), ("gov-reports/govcn-rawscrape", "gov"),
               ("gov-reports/wikisource/reports", "gov"), ("gov-reports/provincial-2026", "gov"),
               ("gov-reports/wikisource/resolutions", "gov"),
               ("gov-reports/wikisource/cpc_congress", "gov")]
# Quotas per band (1.0, 0.9, 0.7, 0.5, 0.3), as in the second set.
QUOTA = {"pd": [4, 0, 15, 15, 14], "title": [4, 8, 12, 12, 10], "sina": [4, 20, 15, 14, 8],
         "short": [2, 5, 4, 4, 0], "fin": [3, 3, 3, 3, 3], "gov": [1, 5, 3, 3, 3],
         "cross": [0, 3, 3, 3, 3]}

# Quotas of the self-blind samples (dedup_sample5_draw.py, dedup_sample6_draw.py): weighted
# toward the hard kinds, few exact pairs and titles.
SAMPLE_QUOTA = {"pd": [2, 3, 12, 12, 6], "title": [1, 2, 3, 3, 1], "sina": [2, 12, 12, 10, 4],
                "short": [1, 3, 3, 3, 0], "fin": [1, 2, 2, 2, 2], "gov": [1, 4, 3, 3, 2],
                "cross": [0, 3, 3, 3, 2]}

# The rounds drawn after SAMPLE_QUOTA by samples 7 and 8 (dedup_sample7_draw.py,
# dedup_sample8_draw.py): their residues leave many bands empty, so two rounds more from the
# Sina and People's Daily bands that hold edited, truncated and quoted stories.
SAMPLE_ROUNDS = [
    [(("sina", "0.9"), 6), (("sina", "0.5"), 6), (("pd", "0.5"), 5), (("short", "0.7"), 2),
     (("short", "0.9"), 2)],
    [(("sina", "0.9"), 8), (("sina", "0.5"), 8), (("pd", "0.5"), 6), (("pd", "0.3"), 4),
     (("sina", "0.3"), 4), (("short", "0.5"), 2)]]

def sample_draw(seed, residue, rounds):
    """A self-blind sample: SAMPLE_QUOTA per (group, band) of the pool (see heldout_pool), then
    each of `rounds` (a list of ((group, band), n)) drawn from the pairs not drawn yet."""
    pool, bands, rng = heldout_pool(seed, residue)
    out = pool.draw(bands, SAMPLE_QUOTA, rng)
    for more in rounds:
        out += pool.more(bands, out, more, rng)
    return pool, out


def labelled_pairs(tsvs, sina_fixture):
    """The (a, b) pairs of earlier labelled sets, their a/b columns only (no label read):
    held-out TSVs and the Sina labelled fixture."""
    for tsv in tsvs:
        for line in open(tsv, encoding="utf-8"):
            f = line.rstrip("\n").split("\t")
            if len(f) >= 3 and not line.startswith("#"):
                yield f[1], f[2]
    for line in open(sina_fixture, encoding="utf-8"):
        v = json.loads(line)
        yield v["a"], v["b"]


def excluded_refs(tsvs, sina_fixture):
    """Files and ids of earlier labelled sets: held-out TSVs and the Sina labelled fixture."""
    return {ref for pair in labelled_pairs(tsvs, sina_fixture) for ref in pair}


def heldout_pool(seed, residue, modulus=8):
    """The pool of REPORT_DIRS without the units of earlier sets, its candidate bands (sampling
    crc32 % modulus == residue) and the draw's generator, from the command line: corpora root,
    Sina labelled fixture, earlier held-out TSVs."""
    root, sina_fix, earlier = sys.argv[1], sys.argv[2], sys.argv[3:]
    pool = Pool(root, excluded_refs(earlier, sina_fix), REPORT_DIRS)
    return pool, pool.bands(pool.candidates(residue, modulus)), random.Random(seed)


class Pool:
    """Units as (unit, group, ref, day, normalized, raw bytes); `day` groups random pairs."""

    def __init__(self, root, excluded, other_dirs):
        self.root, self.excluded, self.units = root, excluded, []
        pd = os.path.join(root, "news/peoples-daily-2023h2")
        for day in sorted(os.listdir(pd)):
            if os.path.isdir(os.path.join(pd, day)):
                for f in sorted(os.listdir(os.path.join(pd, day))):
                    self.add_file("pd", os.path.join(pd, day, f), day, True)
        for sub, group in other_dirs:
            for dp, dirs, fs in sorted(os.walk(os.path.join(root, sub))):
                dirs.sort()
                for f in sorted(fs):
                    if f.endswith(".txt"):
                        self.add_file(group, os.path.join(dp, f), os.path.relpath(dp, root), False)
        for line in open(os.path.join(root, "news/sina-2018.jsonl"), encoding="utf-8"):
            v = json.loads(line)
            if v["id"] not in excluded:
                self.units.append(("sina", "sina", v["id"], v["category"], norm(v["text"]),
                                   v["text"].encode()))
        self.grams = functools.lru_cache(maxsize=6000)(self._grams)

    def add_file(self, group, path, day, titles):
        rel = os.path.relpath(path, self.root)
        if rel in self.excluded:
            return
        raw = open(path, "rb").read()
        text = raw.decode("utf-8")
        self.units.append(("doc", group, rel, day, norm(text), raw))
        if titles:
            first = text.split("\n", 1)[0]
            self.units.append(("title", "title", rel, day, norm(first), first.encode()))

    def _grams(self, i):
        s = self.units[i][4]
        return frozenset(s[k:k + 3] for k in range(len(s) - 2))

    def candidates(self, residue, modulus=8):
        """Pairs of one unit kind sharing 3-grams sampled by crc32 % modulus == residue (titles:
        any 3-gram), in order."""
        units = self.units
        index = collections.defaultdict(list)
        nkeys = collections.Counter()
        for i, u in enumerate(units):
            if len(u[4]) < 8:
                continue
            for g in {u[4][k:k + 3] for k in range(len(u[4]) - 2)}:
                if u[0] == "title" or zlib.crc32(g.encode()) % modulus == residue:
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
        return cand

    def score(self, a, b):
        ga, gb = self.grams(a), self.grams(b)
        inter = len(ga & gb)
        return inter / max(1, len(ga | gb)), inter / max(1, min(len(ga), len(gb)))

    def group(self, a, b):
        ua, ub = self.units[a], self.units[b]
        if ua[0] == "title":
            return "title"
        if min(len(ua[4]), len(ub[4])) < 100:
            return "short"
        if ua[1] == ub[1]:
            return ua[1]
        return "cross"

    def bands(self, cand):
        """Candidates of max(J, C) >= 0.3 by (group, band); band "1.0" is J = 1."""
        bands = collections.defaultdict(list)
        for a, b in cand:
            j, c = self.score(a, b)
            s = max(j, c)
            if s < 0.3:
                continue
            band = ("1.0" if j >= 0.999 else "0.9" if s >= 0.9 else "0.7" if s >= 0.7
                    else "0.5" if s >= 0.5 else "0.3")
            bands[(self.group(a, b), band)].append((a, b, j, c, band))
        return bands

    def draw(self, bands, quota, rng):
        """Per (group, band), in sorted order, a sample of quota[group][band index] pairs."""
        out = []
        for key in sorted(bands):
            pool = bands[key]
            n = quota.get(key[0], [0] * 5)[BANDS.index(key[1])]
            print(key, len(pool), file=sys.stderr)
            out += rng.sample(pool, min(n, len(pool)))
        return out

    def random_pairs(self, rng, group, n):
        """n random pairs of one day (or folder, or Sina category) of a group."""
        by = collections.defaultdict(list)
        for i, u in enumerate(self.units):
            if u[1] == group and u[0] != "title" and len(u[4]) >= 100:
                by[u[3]].append(i)
        keys = sorted(by)
        out = []
        for _ in range(n):
            a, b = sorted(rng.sample(by[rng.choice(keys)], 2))
            out.append((a, b) + self.score(a, b) + ("random",))
        return out

    def more(self, bands, out, rounds, rng):
        """A second round: n more pairs not drawn yet from each (group, band) of `rounds`."""
        drawn = {(a, b) for a, b, *_ in out}
        more = []
        for key, n in rounds:
            pool = [p for p in bands[key] if (p[0], p[1]) not in drawn]
            more += rng.sample(pool, min(n, len(pool)))
        return more

    def first_rounds(self, bands, rng):
        """The draws the third and fourth sets share, in order: QUOTA per (group, band), random
        same-day People's Daily and same-category Sina pairs, then more Sina and report copies."""
        out = self.draw(bands, QUOTA, rng)
        out += self.random_pairs(rng, "pd", 8)
        out += self.random_pairs(rng, "sina", 5)
        return out + self.more(bands, out, [(("sina", "0.9"), 16), (("sina", "0.7"), 8),
                                            (("gov", "0.9"), 3)], rng)

    def print(self, out):
        """One JSON line a pair: unit, group, band, refs, J, C and the hash of each text."""
        for a, b, j, c, band in out:
            ua, ub = self.units[a], self.units[b]
            print(json.dumps({"unit": ua[0], "group": self.group(a, b), "band": band,
                              "a": ua[2], "b": ub[2], "j": round(j, 3), "c": round(c, 3),
                              "hash_a": fnv(ua[5])[:12], "hash_b": fnv(ub[5])[:12]},
                             ensure_ascii=False))
