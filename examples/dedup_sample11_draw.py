#!/usr/bin/env python3
"""Draws the pairs of tests/data/dedup_sample11.tsv (the sixteenth session's self-blind sample):
a sample of what tifa LINKS, drawn toward the decision boundary, and of candidate pairs it
refuses just under its thresholds.

Usage (from the repository root; tifa and the measuring example built first):

    cargo build --bin tifa --example dedup_norm
    C=../shared/corpora
    target/debug/tifa dedup -q $C/news/peoples-daily-2023h2 $C/news/sina-2018.jsonl \\
        $C/news/finance-2026 $C/news/sina-finance-2022 $C/gov-reports -o /tmp/pool.json
    python3 examples/dedup_sample11_draw.py $C /tmp/pool.json \\
        tests/fixtures/dedup_labels/sina-2018.jsonl tests/data/dedup_heldout.tsv \\
        tests/data/dedup_heldout2.tsv tests/data/dedup_heldout3.tsv \\
        tests/data/dedup_heldout4.tsv tests/data/dedup_sample5.tsv … dedup_sample10.tsv \\
        > /tmp/sample11.jsonl

Linked pairs: every leader–member pair of tifa's `near` document clusters (the document links:
Jaccard, containment, edited copy, excerpt; `exact` groups and the clusters of pages cleaning
empties, `removed_lines`, are left out: identical texts and editor rosters are far from any
decision), both of one unit kind (People's Daily, finance and report files `doc`, Sina ids
`sina`), whose normalized texts differ. Refused pairs: candidates of the shared pool search
(examples/pairs_pool.py, residue SEED % 8, titles left out) that tifa does not put in one
cluster and whose shared verdict (examples/dedup_norm.rs --verdict) refuses them, just under a
threshold: Jaccard 0.55–0.7, or the shorter's 5-char shingles 0.65–0.8 in the longer, or 0.6–0.75
of it aligned in runs of 8, or a template found. Every pair of every earlier labelled set
(the a/b columns of the TSVs given, the Sina fixture; the fourth held-out set is passed by name
and never opened, no label is read) is left out, by pair.

Strata of the linked pairs (measures of dedup_norm on the text tifa compares): the lowest
aligned share in runs of 8 among those under a Jaccard of 0.7 (LOW_ALIGNED), the highest own
text of the longer (OWN), the most numbers one text holds and the other does not (NUMBERS: a
linked pair has no template slot by construction, so the differing numbers stand for the slots
it came near), then a uniform part (UNIFORM). Stdlib only; the output is what was labelled."""

import json
import random
import re
import subprocess
import sys
from pathlib import Path

import pairs_pool
from pairs_text import fnv, norm

SEED = 20262410
LOW_ALIGNED, OWN, NUMBERS, UNIFORM, REFUSED = 30, 30, 20, 40, 40
ROOTS = ["news/peoples-daily-2023h2", "news/finance-2026", "news/sina-finance-2022", "gov-reports"]


def earlier_pairs(tsvs, fixture):
    """Unordered pairs of the earlier labelled sets (their a/b columns only)."""
    return {frozenset(p) for p in pairs_pool.labelled_pairs(tsvs, fixture)}


class Texts:
    """Raw texts by (unit, ref): corpus files, or Sina documents by id."""

    def __init__(self, root):
        self.root, self.sina = Path(root), {}
        for line in open(self.root / "news/sina-2018.jsonl", encoding="utf-8"):
            v = json.loads(line)
            self.sina[v["id"]] = v["text"]

    def ref(self, name):
        """(unit, ref) of a document name in tifa's report."""
        if name in self.sina:
            return "sina", name
        for r in ROOTS:
            if (self.root / r / name).is_file():
                return "doc", f"{r}/{name}"
        raise KeyError(name)

    def raw(self, unit, ref):
        return self.sina[ref].encode() if unit == "sina" else (self.root / ref).read_bytes()


def measured(pairs, texts):
    """dedup_norm's measures and shared verdict of each (unit, a, b)."""
    feed = "".join(json.dumps({"a": texts.raw(u, a).decode(), "b": texts.raw(u, b).decode()},
                              ensure_ascii=False) + "\n" for u, a, b in pairs)
    tool = Path(__file__).resolve().parent.parent / "target/debug/examples/dedup_norm"
    got = subprocess.run([str(tool), "--verdict"], input=feed, capture_output=True, text=True,
                         check=True)
    return [json.loads(line) for line in got.stdout.splitlines()]


def numbers(a, b):
    """Digit runs one text holds and the other does not."""
    na, nb = set(re.findall(r"\d+", a)), set(re.findall(r"\d+", b))
    return len(na ^ nb)


def linked_pairs(report, texts, earlier):
    """Leader–member pairs of the near document clusters of `report` not in `earlier`, whose
    normalized texts differ."""
    pairs, seen = [], set()
    for c in json.load(open(report, encoding="utf-8"))["documents"]:
        if c["kind"] != "near" or c.get("removed_lines"):
            continue
        names = [m["doc"] for m in c["members"]]
        lead = texts.ref(names[c["canonical"]])
        for name in names:
            other = texts.ref(name)
            if other == lead or other[0] != lead[0] or frozenset([lead[1], other[1]]) in earlier:
                continue
            ra, rb = texts.raw(*lead), texts.raw(*other)
            key = frozenset([fnv(ra), fnv(rb)])
            if norm(ra.decode()) == norm(rb.decode()) or key in seen:
                continue
            seen.add(key)
            pairs.append((lead[0],) + tuple(sorted([lead[1], other[1]])))
    return pairs


def refused_pairs(root, texts, earlier, clustered, rng, seed=SEED, n=REFUSED,
                  keep=lambda unit, a, b: True, pd=True):
    """n candidates of the shared pool search (residue seed % 8; People's Daily only when `pd`)
    that tifa clusters apart and whose shared verdict refuses them just under a threshold."""
    class NoTitles(pairs_pool.Pool):
        def add_file(self, group, path, day, titles):
            if pd or group != "pd":
                super().add_file(group, path, day, False)

    pool = NoTitles(root, set(), pairs_pool.REPORT_DIRS)
    cand = []
    for a, b in pool.candidates(seed % 8):
        ua, ub = pool.units[a], pool.units[b]
        if ua[0] != ub[0] or frozenset([ua[2], ub[2]]) in earlier:
            continue
        if not keep(ua[0], ua[2], ub[2]):
            continue
        if frozenset([ua[2], ub[2]]) in clustered or min(len(ua[4]), len(ub[4])) < 64:
            continue
        j, c = pool.score(a, b)
        if max(j, c) >= 0.5:
            cand.append((ua[0],) + tuple(sorted([ua[2], ub[2]])))
    cand = sorted(set(cand))
    near = []
    for p, m in zip(cand, measured(cand, texts)):
        if m["verdict"]:
            continue
        if (0.55 <= m["j"] < 0.7 or 0.65 <= m["covered"] < 0.8
                or 0.6 <= m["aligned8"] < 0.75 or m["slots"] > 0):
            near.append((p, m, "refused"))
    print("refused near the thresholds", len(near), file=sys.stderr)
    return rng.sample(near, min(n, len(near)))


def main(seed=SEED, quotas=(LOW_ALIGNED, OWN, NUMBERS, UNIFORM, REFUSED), first=None, pd=True):
    """Draws the sample from the command line's corpora, report, fixture and TSVs: linked pairs
    by stratum (`quotas`: low aligned, own text, numbers, uniform), then refused ones. With
    `first(unit, a, b)`, every linked pair it accepts is taken first (stratum `first_pool`) and
    the refused pairs are drawn among those it accepts; People's Daily's refused candidates are
    read only when `pd`."""
    low_aligned, own, numbered, uniform, refused = quotas
    root, report, fixture, tsvs = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4:]
    rng = random.Random(seed)
    texts, earlier = Texts(root), earlier_pairs(tsvs, fixture)
    pairs = linked_pairs(report, texts, earlier)
    ms = measured(pairs, texts)
    rows = [(p, m) for p, m in zip(pairs, ms)]
    print("linked pairs", len(rows), file=sys.stderr)
    out, taken = [], set()

    def take(sorted_rows, n, stratum):
        k = 0
        for p, m in sorted_rows:
            if k == n:
                break
            if p not in taken:
                taken.add(p)
                out.append((p, m, stratum))
                k += 1

    if first:
        take([r for r in rows if first(*r[0])], len(rows), "first_pool")
    take(sorted((r for r in rows if r[1]["j"] < 0.7), key=lambda r: r[1]["aligned8"]),
         low_aligned, "low_aligned")
    take(sorted(rows, key=lambda r: -r[1]["own_total"]), own, "own_text")
    nums = [(numbers(texts.raw(p[0], p[1]).decode(), texts.raw(p[0], p[2]).decode()), p, m)
            for p, m in rows if p not in taken]
    take([(p, m) for _, p, m in sorted(nums, key=lambda r: -r[0])], numbered, "numbers")
    rest = [r for r in rows if r[0] not in taken]
    take(rng.sample(rest, min(uniform, len(rest))), uniform, "uniform")
    clustered = set()
    for c in json.load(open(report, encoding="utf-8"))["documents"]:
        refs = [texts.ref(m["doc"])[1] for m in c["members"]]
        clustered.update(frozenset([x, y]) for x in refs for y in refs if x != y)
    keep = first or (lambda unit, a, b: True)
    out += refused_pairs(root, texts, earlier, clustered, rng, seed, refused, keep, pd)
    for (unit, a, b), m, stratum in out:
        print(json.dumps({"unit": unit, "a": a, "b": b, "stratum": stratum,
                          "hash_a": fnv(texts.raw(unit, a))[:12],
                          "hash_b": fnv(texts.raw(unit, b))[:12],
                          **{k: m[k] for k in ("len_a", "len_b", "j", "covered", "aligned8",
                                               "own_total", "verdict", "slots")}},
                         ensure_ascii=False))


if __name__ == "__main__":
    main()
