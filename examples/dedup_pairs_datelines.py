#!/usr/bin/env python3
"""Dateline days of the labelled document pairs: the evidence behind docs/dedup.md (twelfth
session, items dated on other days).

For every document pair of the dev sets (tests/data/dedup_heldout.tsv, dedup_heldout2.tsv,
dedup_heldout3.tsv, dedup_sample5.tsv, dedup_sample6.tsv: `doc` and `sina` units; and
tests/fixtures/dedup_labels/sina-2018.jsonl) whose shorter text has at least 30% of its 5-char
shingles in the longer (the pairs a document rule could link), the first dated dateline in the
first 300 normalized chars of each raw text (an outlet, a place and a date before 电, 讯 or 消息,
or 讯/电 then the date: the pattern of `dedup::cluster::credit::dated`) is read, and the pairs
are counted by label (copy or not), by whether tifa links them, and by whether both texts are
dated and the days differ. Whether tifa links a pair is read from the output of
`cargo test --test dedup_labels -- --skip heldout4 --skip sample7 --nocapture --test-threads=1`
(its `wrong:` lines), given as the second argument; the fourth set and sample 7 are not read.

    cargo test --test dedup_labels -- --skip heldout4 --skip sample7 --nocapture \\
        --test-threads=1 > /tmp/labels.txt
    python3 examples/dedup_pairs_datelines.py ../shared/corpora /tmp/labels.txt
"""

import collections
import json
import re
import sys
import unicodedata
from pathlib import Path

COPIES = {"exact", "edited_repost", "truncated_repost"}
OUTLET = r"(?:[\u4e00-\u9fff]{0,4}(?:社|报|网|台|在线|新闻|娱乐|科技|体育|财经|教育|时尚|健康|汽车)|[a-z]{3,})"
DATE = r"(?:\d{1,4}年)?(?:(\d{1,2})月)?(\d{1,2})日"
DATED = re.compile(
    OUTLET + r"[\u4e00-\u9fff]{0,4}?" + DATE + r"(?:上午|下午|中午|晚间|早间|凌晨|晚|早)?(?:电|讯|消息)"
    + "|" + OUTLET + r"(?:讯|电)(?:北京时间)?" + DATE)


def norm(text):
    return "".join(c.lower() for c in unicodedata.normalize("NFKC", text) if c.isalnum())


def day(text):
    m = DATED.search(norm(text)[:300])
    if not m:
        return None
    g = m.groups()
    return (g[0], g[1]) if g[1] else (g[2], g[3])


SETS = ["dedup_heldout", "dedup_heldout2", "dedup_heldout3", "dedup_sample5", "dedup_sample6"]


def pairs(repo, sets=SETS):
    """The labelled `doc` and `sina` pairs of `sets` and of the Sina labelled set: (set, unit,
    a, b, kind, whether a copy)."""
    for name in sets:
        for line in open(repo / "tests/data" / f"{name}.tsv", encoding="utf-8"):
            f = line.rstrip("\n").split("\t")
            if line.startswith("#") or f[0] in ("unit", "title"):
                continue
            yield name, f[0], f[1], f[2], f[3], f[3] in COPIES
    for line in open(repo / "tests/fixtures/dedup_labels/sina-2018.jsonl", encoding="utf-8"):
        v = json.loads(line)
        yield "sina-labelled", "sina", v["a"], v["b"], v["kind"], v["duplicate"]


def wrong_pairs(labels):
    """The pairs tifa got wrong, from the `wrong:` lines of the labelled-set test's output."""
    wrong = set()
    for line in open(labels, encoding="utf-8"):
        m = re.search(r"wrong: (?:(?:doc|sina|title) )?(\S+) (\S+) \(", line)
        if m:
            wrong.add((m.group(1), m.group(2)))
    return wrong


def reader(corpora):
    """text(unit, path): a corpus file, or a `sina-2018.jsonl` document by id."""
    sina = {}
    for line in open(corpora / "news/sina-2018.jsonl", encoding="utf-8"):
        v = json.loads(line)
        sina[v["id"]] = v["text"]

    def text(unit, path):
        return sina[path] if unit == "sina" else (corpora / path).read_text(errors="replace")
    return text


def main():
    corpora, labels = Path(sys.argv[1]), sys.argv[2]
    repo = Path(__file__).resolve().parent.parent
    wrong, text = wrong_pairs(labels), reader(corpora)

    def grams(s):
        return {s[i:i + 5] for i in range(len(s) - 4)}

    counts = collections.Counter()
    for st, unit, a, b, kind, copy in pairs(repo):
        ta, tb = text(unit, a), text(unit, b)
        ga, gb = grams(norm(ta)), grams(norm(tb))
        small = min(len(ga), len(gb))
        if small == 0 or len(ga & gb) < 0.3 * small:
            continue
        linked = copy != ((a, b) in wrong)
        da, db = day(ta), day(tb)
        apart = bool(da and db and (da[1] != db[1] or (da[0] and db[0] and da[0] != db[0])))
        counts[(copy, linked, apart)] += 1
        if apart and (linked or copy):
            print(f"{'copy' if copy else 'not'} {'linked' if linked else 'missed'} {da} {db} "
                  f"{st} {kind} {a} {b}")
    for (copy, linked, apart), n in sorted(counts.items()):
        print(f"{'copy' if copy else 'not':4} {'linked' if linked else 'unlinked':8} "
              f"{'other days' if apart else '-':10} {n}")


if __name__ == "__main__":
    main()
