#!/usr/bin/env python3
"""The numbers and dates one text of a linked labelled pair holds and the other does not
(eighteenth session: can the who/when/how-much tell tifa's false links from its copies?).

Pairs: the `doc` and `sina` pairs of tests/data/dedup_sample5.tsv … dedup_sample13.tsv (the
held-out sets are not read). Whether tifa links a pair is read from the `wrong:` lines of the
labelled-set test (second argument). For every pair tifa links, prints whether it is a copy, its
kind, and, shorter text first (raw, Sina's trailing script cut): the digit runs of the shorter
absent from the longer, all of the shorter's, those of the longer absent from the shorter, all
of the longer's; then the same for dates (`11月5日`); then a count per side.

    cargo test --test dedup_labels -- --skip heldout --nocapture --test-threads=1 \\
        > /tmp/labels.txt
    python3 examples/dedup_pairs_facts.py ../shared/corpora /tmp/labels.txt
"""

import json
import re
import sys
from pathlib import Path

COPIES = {"exact", "edited_repost", "truncated_repost"}
NUMBER = re.compile(r"\d+(?:\.\d+)?")
DATE = re.compile(r"(\d{1,2})月(\d{1,2})日")


def main():
    corpora, labels = Path(sys.argv[1]), sys.argv[2]
    repo = Path(__file__).resolve().parent.parent
    sina = {}
    for line in open(corpora / "news/sina-2018.jsonl", encoding="utf-8"):
        v = json.loads(line)
        sina[v["id"]] = v["text"]

    def raw(unit, ref):
        text = sina[ref] if unit == "sina" else (corpora / ref).read_text(encoding="utf-8")
        return re.sub(r"\(function\(\).*", "", text, flags=re.S)

    wrong = set()
    for line in open(labels, encoding="utf-8"):
        m = re.search(r"wrong: (?:sina|doc|title) (\S+) (\S+) \(", line)
        if m:
            wrong.add(frozenset(m.groups()))
    counts = {}
    for n in range(5, 14):
        for line in open(repo / f"tests/data/dedup_sample{n}.tsv", encoding="utf-8"):
            f = line.rstrip("\n").split("\t")
            if line.startswith("#") or f[0] not in ("sina", "doc"):
                continue
            copy = f[3] in COPIES
            if copy == (frozenset([f[1], f[2]]) in wrong):  # not linked
                continue
            a, b = raw(f[0], f[1]), raw(f[0], f[2])
            short, long_ = (a, b) if len(a) <= len(b) else (b, a)
            row = [copy, f[3], f[1], f[2]]
            for pattern in (NUMBER, DATE):
                s, l = set(pattern.findall(short)), set(pattern.findall(long_))
                row += [len(s - l), len(s), len(l - s), len(l)]
            print(*row)
            c = counts.setdefault(copy, [0, 0, 0])
            c[0] += 1
            c[1] += row[4] > 0
            c[2] += row[8] > 0
    for copy, (n, nums, dates) in counts.items():
        print(f"# {'copies' if copy else 'false links'}: {n}; a number of the shorter's own: "
              f"{nums}; a date of the shorter's own: {dates}")


if __name__ == "__main__":
    main()
