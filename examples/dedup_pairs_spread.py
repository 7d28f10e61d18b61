#!/usr/bin/env python3
"""Where two texts differ (seventeenth session): the spread of each text's own text along the
alignment the verdict makes, over every labelled pair of the dev sets tifa links, copies
against false links (a table in docs/dedup.md).

Input: the output of examples/dedup_pairs_verdicts.py (its `runs`: the shared runs of 4 chars
or more of the shorter text in the longer, Myers, from examples/dedup_norm.rs). Shared runs
of 8 chars or more anchor the alignment; between two anchors each text has a stretch of its
own (empty, or chars not in such a run). Measures:

- twoN: stretches between anchors of at least N chars on BOTH sides (a sentence in the place
  of another sentence), counted;
- two_share: those stretches' smaller side, summed, as a share of the shorter;
- midsK / midlK: the shorter's / longer's own chars outside its first and last K% (of its
  middle);
- inside_s / inside_l: the shorter's / longer's own chars between its first and last anchor,
  as a share of it (head and tail left out: where a repost rewrites a lead or cuts).

    python3 examples/dedup_pairs_spread.py /tmp/pairs.jsonl
"""

import json
import sys


def measures(m, run=8):
    """The spread measures of one pair, or None when nothing is shared in runs of `run`."""
    ls, ll = sorted([m["len_a"], m["len_b"]])
    anchors = [r for r in m["runs"] if r[2] >= run]
    if not anchors or ls == 0:
        return None
    gaps = [(q[0] - p[0] - p[2], q[1] - p[1] - p[2]) for p, q in zip(anchors, anchors[1:])]
    out = {f"two{n}": sum(1 for s, t in gaps if min(s, t) >= n) for n in (8, 16, 32)}
    out["two_share"] = sum(min(s, t) for s, t in gaps) / ls
    for k in (0.1, 0.2):
        for side, n, at in (("s", ls, 0), ("l", ll, 1)):
            shared = bytearray(n)
            for r in anchors:
                shared[r[at]:min(n, r[at] + r[2])] = b"\x01" * (min(n, r[at] + r[2]) - r[at])
            a, b = int(k * n), int((1 - k) * n)
            out[f"mid{side}{int(k * 100)}"] = (b - a - sum(shared[a:b])) / max(1, b - a)
    first, last = anchors[0], anchors[-1]
    held = sum(r[2] for r in anchors)
    out["inside_s"] = (last[0] + last[2] - first[0] - held) / ls
    out["inside_l"] = (last[1] + last[2] - first[1] - held) / ll
    return out


def main():
    rows = [json.loads(line) for line in open(sys.argv[1], encoding="utf-8")]
    linked = [(m, x) for m in rows if m["linked"] for x in [measures(m)] if x]
    copies = [x for m, x in linked if m["copy"]]
    false = [(m, x) for m, x in linked if not m["copy"]]
    print(f"linked {len(linked)}: copies {len(copies)}, false links {len(false)}")
    for k in copies[0]:
        cv = sorted(x[k] for x in copies)
        fv = sorted(x[k] for _, x in false)
        above = sum(1 for v in fv if v > cv[-1])
        print(f"{k:10} copies max {cv[-1]:.2f} p99 {cv[int(0.99 * len(cv))]:.2f} "
              f"p95 {cv[int(0.95 * len(cv))]:.2f} | false links {fv[0]:.2f}-{fv[-1]:.2f}, "
              f"above every copy {above}")
    for m, x in sorted(false, key=lambda t: -t[1]["inside_s"]):
        print(f"  {m['set']} {m['kind']} {m['a']} {m['b']} inside {x['inside_s']:.2f} / "
              f"{x['inside_l']:.2f} two16 {x['two16']}")


if __name__ == "__main__":
    main()
