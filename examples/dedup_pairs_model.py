#!/usr/bin/env python3
"""Measures combined (fifteenth session): can a small interpretable model of the measures tifa
takes of a document pair tell the false links from the copies, where no single threshold can?

Reads the table of every labelled `doc`/`sina` pair of the dev sets written by
examples/dedup_pairs_verdicts.py (one JSON line a pair: the measures of examples/dedup_norm.rs,
the label and whether tifa links it) and the corpora (the raw texts, for the headline and the
datelines). Two uses of a model, each evaluated LEAVE-ONE-SET-OUT (trained on the other sets,
scored on the one left out):

- **veto**: among the pairs the rules link, a model of "false link"; the veto threshold is the
  lowest score above every linked copy of the training sets (so that, trained, it unlinks no
  copy); a left-out set's linked pairs scored above it are unlinked;
- **rescue**: among the candidate pairs the rules refuse (the shorter's shingles ≥ 0.3 in the
  longer), a model of "copy"; the threshold the lowest score above every refused negative of
  the training sets; a left-out set's refused pairs above it are linked.

Models: logistic regression (class-weighted, L2, standardized features, gradient descent; one
to three features of FEATURES: every single one, every pair of the 8 best, then a third added
greedily; the best by how many positives it scores above every negative, then by loss) and
depth-2 trees (a split on one feature at a quantile, then on each side a split whose positive
leaf holds no training negative). Prints, per left-out set, the false links
/ copies before and after. Stdlib only.

    cargo test --test dedup_labels -- --skip heldout4 --skip sample10 --nocapture \\
        --test-threads=1 > /tmp/labels.txt
    cargo build --example dedup_norm
    python3 examples/dedup_pairs_verdicts.py ../shared/corpora /tmp/labels.txt /tmp/pairs.jsonl
    python3 examples/dedup_pairs_model.py ../shared/corpora /tmp/pairs.jsonl [veto|rescue]
"""

import itertools
import json
import math
import re
import sys
import unicodedata
from pathlib import Path

from dedup_pairs_datelines import DATED, reader

FEATURES = ["j", "covered", "aligned8", "aligned32", "aligned64", "aligned8_long", "own_longest",
            "own_total", "first", "last", "ratio", "log_short", "log_long", "runs_per_k",
            "headline", "dated_both", "credit_both"]
REPORTER = re.compile(r"记者[\u4e00-\u9fff]{2}")


def norm(text):
    return "".join(c.lower() for c in unicodedata.normalize("NFKC", text) if c.isalnum())


def bigrams(s):
    return {s[i:i + 2] for i in range(len(s) - 1)}


def extras(text, unit, a, b):
    """Headline similarity (Dice of char bigrams of the normalized first lines), whether both
    texts carry a dated dateline, whether both name a reporter, in their first 300 chars."""
    ta, tb = text(unit, a), text(unit, b)
    ha, hb = (norm(t.strip().split("\n", 1)[0])[:64] for t in (ta, tb))
    ga, gb = bigrams(ha), bigrams(hb)
    head = 2 * len(ga & gb) / max(1, len(ga) + len(gb))
    na, nb = norm(ta)[:300], norm(tb)[:300]
    dated = bool(DATED.search(na)) and bool(DATED.search(nb))
    credit = bool(REPORTER.search(na)) and bool(REPORTER.search(nb))
    return head, float(dated), float(credit)


def features(m, extra):
    short, long = sorted((m["len_a"], m["len_b"]))
    return {
        **{k: m[k] for k in FEATURES[:10]},
        "ratio": short / max(1, long), "log_short": math.log10(1 + short),
        "log_long": math.log10(1 + long), "runs_per_k": 1000 * m["runs8"] / max(1, short),
        "headline": extra[0], "dated_both": extra[1], "credit_both": extra[2],
    }


def logistic(xs, ys, names, steps=400, l2=0.01):
    """Weights (bias first) of a logistic regression on standardized `names` of rows `xs`."""
    mu = {k: sum(x[k] for x in xs) / len(xs) for k in names}
    sd = {k: math.sqrt(sum((x[k] - mu[k]) ** 2 for x in xs) / len(xs)) or 1.0 for k in names}
    z = [[1.0] + [(x[k] - mu[k]) / sd[k] for k in names] for x in xs]
    pos = sum(ys)
    wpos, wneg = len(ys) / (2 * max(1, pos)), len(ys) / (2 * max(1, len(ys) - pos))
    w = [0.0] * (len(names) + 1)
    for _ in range(steps):
        grad = [l2 * wi for wi in w]
        for zi, y in zip(z, ys):
            p = 1 / (1 + math.exp(-max(-30, min(30, sum(a * b for a, b in zip(w, zi))))))
            c = (p - y) * (wpos if y else wneg) / len(ys)
            for k, v in enumerate(zi):
                grad[k] += c * v
        w = [wi - 2.0 * g for wi, g in zip(w, grad)]
    loss = 0.0
    for zi, y in zip(z, ys):
        s = sum(a * b for a, b in zip(w, zi))
        loss += math.log1p(math.exp(-s if y else s)) * (wpos if y else wneg)
    score = lambda x: sum(wk * (x[k] - mu[k]) / sd[k] for wk, k in zip(w[1:], names)) + w[0]
    return loss / len(ys), score, (names, w, mu, sd)


def best_logistic(xs, ys, pool=FEATURES):
    """The logistic regression on 1–3 features of `pool` that separates best: the most positives
    scored above every negative (the veto/rescue margin), then the lowest loss; every single
    feature, every pair of the 8 best singles, then the best with a third added greedily."""
    def fit(names):
        loss, score, model = logistic(xs, ys, list(names), steps=80)
        top = max((score(x) for x, y in zip(xs, ys) if not y), default=-1e9)
        caught = sum(1 for x, y in zip(xs, ys) if y and score(x) > top)
        return (caught, -loss), score, model, top
    singles = sorted((fit((k,)) for k in pool), key=lambda f: f[0], reverse=True)
    top8 = [f[2][0][0] for f in singles[:8]]
    fits = singles + [fit(n) for n in itertools.combinations(top8, 2)]
    best = max(fits, key=lambda f: f[0])
    fits = [fit(best[2][0] + [k]) for k in pool if k not in best[2][0]]
    return max(fits + [best], key=lambda f: f[0])


def pure_split(xs, ys, idx, names):
    """The one-feature split of `idx` whose one side holds the most positives and no negative:
    (positives, (feature, threshold, side)), side 1 for x >= threshold."""
    best = (0, None)
    for k in names:
        order = sorted(idx, key=lambda i: xs[i][k])
        for side, seq in ((0, order), (1, order[::-1])):
            n, t = 0, None
            for pos, i in enumerate(seq):
                if not ys[i]:
                    break
                if pos + 1 < len(seq) and xs[seq[pos + 1]][k] == xs[i][k]:
                    continue  # a threshold cannot split equal values
                n, t = pos + 1, xs[i][k]
            if t is not None and n > best[0]:
                best = (n, (k, t, side))
    return best


def stumps(xs, ys, names, cuts=12):
    """Depth-2 trees: a split on one feature (at `cuts` quantiles), then a pure split on each
    side (a leaf says positive when it holds no training negative). The tree with the most
    positives in such leaves (the veto/rescue margin)."""
    best = (0, None)
    idx = range(len(xs))
    for k in names:
        vals = sorted(x[k] for x in xs)
        for t in sorted({vals[len(vals) * q // cuts] for q in range(1, cuts)}):
            left = [i for i in idx if xs[i][k] < t]
            right = [i for i in idx if xs[i][k] >= t]
            nl, sl = pure_split(xs, ys, left, names)
            nr, sr = pure_split(xs, ys, right, names)
            if nl + nr > best[0]:
                best = (nl + nr, (k, t, sl, sr))
    return best


def tree_says(tree, x):
    if tree is None:
        return False
    k, t, sl, sr = tree
    leaf = sl if x[k] < t else sr
    if leaf is None:
        return False
    k2, t2, side = leaf
    return x[k2] >= t2 if side else x[k2] <= t2


def loso(rows, target, name):
    """Leave-one-set-out: `target(r)` the positives among `rows` (a list of (set, x, row))."""
    sets = sorted({s for s, _, _ in rows})
    total = {"lr": [0, 0], "tree": [0, 0], "pos": 0, "neg": 0}
    print(f"\n== {name}: per left-out set, positives caught / negatives caught (lr, tree)")
    for held in sets:
        train = [(x, target(r)) for s, x, r in rows if s != held]
        test = [(x, target(r), r) for s, x, r in rows if s == held]
        xs, ys = [x for x, _ in train], [y for _, y in train]
        (_, score, model, top) = best_logistic(xs, ys)
        _, tree = stumps(xs, ys, FEATURES)
        lr = [(y, r) for x, y, r in test if score(x) > top]
        tr = [(y, r) for x, y, r in test if tree_says(tree, x)]
        npos = sum(1 for _, y, _ in test if y)
        total["pos"] += npos
        total["neg"] += len(test) - npos
        for key, got in (("lr", lr), ("tree", tr)):
            total[key][0] += sum(1 for y, _ in got if y)
            total[key][1] += sum(1 for y, _ in got if not y)
        print(f"{held:16} pos {npos:3} of {len(test):3} | lr {model[0]} caught "
              f"{sum(1 for y, _ in lr if y)} pos, {sum(1 for y, _ in lr if not y)} neg | "
              f"tree {tree} caught {sum(1 for y, _ in tr if y)} pos, "
              f"{sum(1 for y, _ in tr if not y)} neg")
        for y, r in lr + tr:
            print(f"    {'+' if y else '-'} {r['a']} / {r['b']} ({r['kind']})")
    print(f"all sets: positives {total['pos']}, negatives {total['neg']}; "
          f"lr caught {total['lr'][0]} pos / {total['lr'][1]} neg; "
          f"tree caught {total['tree'][0]} pos / {total['tree'][1]} neg")
    return total


def main():
    corpora, table = Path(sys.argv[1]), sys.argv[2]
    text = reader(corpora)
    rows = [json.loads(line) for line in open(table, encoding="utf-8")]
    data = [(r["set"], features(r, extras(text, r["unit"], r["a"], r["b"])), r) for r in rows]
    linked = [d for d in data if d[2]["linked"]]
    use = sys.argv[3] if len(sys.argv) > 3 else "veto rescue"
    if "veto" in use:  # false links among linked pairs
        loso(linked, lambda r: not r["copy"], "veto (positive = false link, among linked pairs)")
    refused = [d for d in data if not d[2]["linked"] and d[2]["covered"] >= 0.3]
    if "rescue" in use:
        loso(refused, lambda r: r["copy"], "rescue (positive = copy, among refused candidates)")
    # The linked pairs' measures, false links beside the range of the copies.
    print("\n== false links against the linked copies (min-max of copies)")
    copies = [x for _, x, r in linked if r["copy"]]
    for _, x, r in linked:
        if not r["copy"]:
            print(r["set"], r["a"], r["b"], " ".join(f"{k}={x[k]:.2f}" for k in FEATURES))
    print("copies", " ".join(f"{k}={min(c[k] for c in copies):.2f}..{max(c[k] for c in copies):.2f}"
                             for k in FEATURES))


if __name__ == "__main__":
    main()
