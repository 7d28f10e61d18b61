#!/usr/bin/env python3
"""The dev sets' last false links against the linked copies (twenty-first session): does the
longer text's structure tell a follow-up or a second write-up from a copy?

Pairs: the `doc` and `sina` pairs of tests/data/dedup_sample5.tsv … dedup_sample13.tsv and the
Sina labelled set (the held-out sets are not read). Whether tifa links a pair is read from the
`wrong:` lines of the labelled-set test (second argument). Every labelled pair is normalized as
tifa compares documents (`dedup_norm --texts`). Candidates, each counted on the false links and
on the linked copies, then over every labelled pair:

- quoted, a follow-up's lead: the longer's text before its first run of 8 chars shared with the
  shorter (aligned, Myers: `runs`) names a date (`11月9日`) later than every date of the
  shorter (`later`), a word for earlier (此前 …) stands within the lead's last N chars
  (`lead_in`, N = 8, 12, 16, 30, or anywhere in the lead), or both — as
  `dedup::cluster::credit::follow_up` reads them (N = 16);
- same topic, sentences (raw texts split at 。！？；, normalized, ≥ 12 chars; a sentence found
  when it stands whole in the other's normalized text): the share of the shorter's sentences
  found (`found`), the longest run of them found in order (`in_order`), their chars (`chars`),
  whether one of its first two is found (`first`), and `first` false with `in_order` under a
  bound.

    cargo test --test dedup_labels -- --skip heldout --nocapture --test-threads=1 \\
        > /tmp/labels.txt
    cargo build --example dedup_norm
    python3 examples/dedup_pairs_followups.py ../shared/corpora /tmp/labels.txt
"""

import re
import sys
from pathlib import Path

from dedup_pairs_authors import labelled, norm

MONTH_DAY = re.compile(r"(\d{1,2})月(\d{1,2})日")
LEAD_IN = re.compile(r"此前|日前|前不久|不久前|早前|先前|之前|据报道|回顾|背景")


def dates(text):
    return [(int(m), int(d)) for m, d in MONTH_DAY.findall(text)
            if 1 <= int(m) <= 12 and 1 <= int(d) <= 31]


def lead(m):
    na, nb = m["norm_a"], m["norm_b"]
    short, long_ = (na, nb) if len(na) <= len(nb) else (nb, na)
    runs = [r for r in m["runs"] if r[2] >= 8]
    return (short, long_[: min(r[1] for r in runs)]) if runs else (short, None)


def later(m):
    short, head = lead(m)
    if head is None or not dates(short):
        return False
    return any(d > max(dates(short)) for d in dates(head))


def lead_in(m, reach):
    _, head = lead(m)
    return head is not None and bool(LEAD_IN.search(head[-reach:] if reach else head))


def sentences(text):
    text = re.sub(r"\(function\(\).*", "", text, flags=re.S)
    return [n for n in (norm(p) for p in re.split(r"[。！？；!?;\n]+", text)) if len(n) >= 12]


def sentence_measures(m, ta, tb):
    na, nb = m["norm_a"], m["norm_b"]
    ts, long_ = (ta, nb) if len(na) <= len(nb) else (tb, na)
    ss = sentences(ts)
    if not ss:
        return None
    found = [s in long_ for s in ss]
    best = run = 0
    at = -1
    for s, f in zip(ss, found):
        if f:
            p = long_.find(s)
            run = run + 1 if p >= at else 1
            at = p + len(s)
        else:
            run, at = 0, -1
        best = max(best, run)
    return {"found": sum(found) / len(ss), "in_order": best / len(ss),
            "chars": sum(len(s) for s, f in zip(ss, found) if f) / sum(map(len, ss)),
            "first": any(found[:2])}


def main():
    corpora, labels = Path(sys.argv[1]), sys.argv[2]
    rows = []
    for p, (ta, tb), m, linked in labelled(corpora, labels):
        row = {"pair": p, "linked": linked, "copy": p[5], "later": later(m)}
        for reach in (8, 12, 16, 30, 0):
            row[f"lead_in{reach or ''}"] = lead_in(m, reach)
            row[f"follow_up{reach or ''}"] = row["later"] and row[f"lead_in{reach or ''}"]
        row["s"] = sentence_measures(m, ta, tb) if linked else None
        rows.append(row)
    false = [r for r in rows if r["linked"] and not r["copy"]]
    copies = [r for r in rows if r["linked"] and r["copy"]]
    print(f"linked: {len(false)} false links, {len(copies)} copies")
    keys = ["later", "lead_in16", "lead_in"] + [f"follow_up{x}" for x in (8, 12, 16, 30, "")]
    for key in keys:
        every = [r for r in rows if r[key]]
        print(f"{key}: false links {sum(r[key] for r in false)}, linked copies "
              f"{sum(r[key] for r in copies)}; every labelled pair: "
              f"{sum(not r['copy'] for r in every)} negatives, {sum(r['copy'] for r in every)} copies")
        if key.startswith("follow_up"):
            for r in every:
                print("   ", "copy" if r["copy"] else "negative",
                      "linked" if r["linked"] else "refused", *r["pair"][:5])
    fs = [r for r in false if r["s"]]
    cs = [r for r in copies if r["s"]]
    for key in ("found", "in_order", "chars"):
        f, c = sorted(r["s"][key] for r in fs), sorted(r["s"][key] for r in cs)
        print(f"{key}: false links {f[0]:.2f}–{f[-1]:.2f}; copies {c[0]:.2f}–{c[-1]:.2f}, "
              f"copies at or under the false links' highest: {sum(x <= f[-1] for x in c)} "
              f"of {len(c)}")
    print(f"first: false links {sum(r['s']['first'] for r in fs)} of {len(fs)}, copies "
          f"{sum(r['s']['first'] for r in cs)} of {len(cs)}")
    for bound in (0.15, 0.25, 0.3):
        hit = lambda r: not r["s"]["first"] and r["s"]["in_order"] < bound
        print(f"no first sentence and in order under {bound}: false links "
              f"{sum(map(hit, fs))}, copies {sum(map(hit, cs))}")


if __name__ == "__main__":
    main()
