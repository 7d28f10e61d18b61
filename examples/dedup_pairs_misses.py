#!/usr/bin/env python3
"""The copies tifa misses, by why (seventeenth session): every labelled copy of the dev sets
that tifa does not link (the output of examples/dedup_pairs_verdicts.py, first argument) and,
with a second argument, the Sohu copies it misses (the `wrong:` lines of
`labelled_sohu_pairs` in the labelled-set test's output), each put under the first rule that
refuses it, read from the measures of examples/dedup_norm.rs on the text tifa compares:

- no candidate: the shared document verdict links the pair alone (`verdict`), so tifa never
  compared it (its candidate search missed it);
- pages cleaning empties: a text under 8 normalized chars (editor rosters, compared by the
  lines cleaning removed);
- short documents: both under 64 normalized chars (copies only when identical);
- template: the word-level check found slots;
- under every measure: Jaccard < 0.7, the shorter's shingles < 0.8 in the longer, < 0.75 of it
  (or < half the longer) aligned in runs of 8;
- a quarter: the containment would link it but the shorter is under a quarter of the longer
  and no excerpt;
- own text: the containment or alignment links it but the longer's own text (or the shorter's
  own text inside the shared span) refuses it as quoted or written apart;
- credits, datelines, a refilled frame: every measure passes and no slot, yet refused.

    cargo build --example dedup_norm
    python3 examples/dedup_pairs_misses.py /tmp/pairs.jsonl [/tmp/labels.txt ../shared/corpora]
"""

import collections
import json
import subprocess
import sys
from pathlib import Path


def why(m):
    """The first rule that refuses a copy tifa misses."""
    short, long = sorted([m["len_a"], m["len_b"]])
    if m.get("verdict"):
        return "no candidate"
    if short < 8:
        return "pages cleaning empties"
    if long < 64:
        return "short documents"
    if m.get("slots"):
        return "template"
    if m["j"] < 0.7 and m["covered"] < 0.8 and (m["aligned8"] < 0.75 or m["aligned8_long"] < 0.5):
        return "under every measure"
    if m["j"] < 0.7 and m["covered"] >= 0.8 and short < 0.25 * long:
        return "a quarter"
    if m["j"] < 0.7 and (m["own_longest"] >= 0.4 or m["own_total"] >= 0.5):
        return "own text"
    return "credits, datelines, frame, own inside"


def sohu(labels, corpora):
    """Measures of the Sohu copies the labelled-set test reports missed."""
    ids, on = {}, False
    for line in open(labels, encoding="utf-8"):
        on = on or "labelled_sohu_pairs" in line
        if on and "wrong: " in line:
            f = line.split("wrong: ")[1].split()
            ids[f[0]] = f[1].strip("()")
        if on and "all: precision" in line:
            break
    rows = []
    path = Path(corpora) / "labeled/sohu2021_text_match_samples/pairs.tsv.txt"
    for line in open(path, encoding="utf-8").read().splitlines()[1:]:
        f = line.split("\t")
        if f[0] in ids and ids[f[0]] not in ("same_topic", "different"):
            rows.append((f[0], ids[f[0]], f[5], f[6]))
    feed = "".join(json.dumps({"a": a, "b": b}, ensure_ascii=False) + "\n" for _, _, a, b in rows)
    tool = Path(__file__).resolve().parent.parent / "target/debug/examples/dedup_norm"
    got = subprocess.run([str(tool), "--verdict"], input=feed, capture_output=True, text=True,
                         check=True)
    for (i, kind, _, _), line in zip(rows, got.stdout.splitlines()):
        m = json.loads(line)
        m.update({"set": "sohu", "a": i, "b": "", "kind": kind})
        yield m


def main():
    missed = [m for m in map(json.loads, open(sys.argv[1], encoding="utf-8"))
              if m["copy"] and not m["linked"]]
    if len(sys.argv) > 3:
        missed += list(sohu(sys.argv[2], sys.argv[3]))
    by = collections.defaultdict(list)
    for m in missed:
        by[why(m)].append(m)
    for cause, ms in sorted(by.items(), key=lambda kv: -len(kv[1])):
        print(f"{cause}: {len(ms)}")
        for m in ms:
            print(f"    {m['set']} {m['kind']} {m['a']} {m['b']} len {m['len_a']}/{m['len_b']} "
                  f"j={m['j']:.2f} covered={m['covered']:.2f} aligned8={m['aligned8']:.2f} "
                  f"own={m['own_longest']:.2f}/{m['own_total']:.2f} slots={m.get('slots')}")


if __name__ == "__main__":
    main()
