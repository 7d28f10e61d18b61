#!/usr/bin/env python3
"""Where the shared text of labelled document pairs sits: the evidence behind docs/dedup.md
(eighth session, what separates a copy from a story quoted or written again).

For every document pair of the labelled sets (tests/data/dedup_heldout*.tsv, `doc` and `sina`
units, and tests/fixtures/dedup_labels/sina-2018.jsonl), the raw texts are normalized (NFKC,
letters and digits, lower case: close to tifa's normalized text, without cleaning) and aligned
(difflib, runs of 8 chars or more, as `edited_copy` counts them). Printed for pairs whose
shorter text is at least 40% aligned: set, copy or not, kind, lengths, r (shorter/longer), cS
(share of the shorter aligned), cL (of the longer), lA/lB (chars before the first run on each
side), tA/tB (after the last), gA/gB (longest gap between runs), oL (the longer's own text before
its last run, lead and gaps together, as a share of it: the eleventh session's rule), n (runs),
and the two names. Sample 5 ("5") is read too; the later samples and the fourth set are not.

    python3 examples/dedup_pairs_features.py ../shared/corpora | sort -k2,2 -k7
"""

import difflib
import json
import sys
import unicodedata
from pathlib import Path

COPIES = {"exact", "edited_repost", "truncated_repost"}
RUN = 8


def norm(text):
    return "".join(c.lower() for c in unicodedata.normalize("NFKC", text) if c.isalnum())


def pairs(repo):
    for name in ["dedup_heldout", "dedup_heldout2", "dedup_heldout3", "dedup_sample5"]:
        for line in open(repo / "tests/data" / f"{name}.tsv", encoding="utf-8"):
            f = line.rstrip("\n").split("\t")
            if line.startswith("#") or f[0] in ("unit", "title"):
                continue
            yield name[-1] if name[-1].isdigit() else "1", f[0], f[1], f[2], f[3], f[3] in COPIES
    for line in open(repo / "tests/fixtures/dedup_labels/sina-2018.jsonl", encoding="utf-8"):
        v = json.loads(line)
        yield "S", "sina", v["a"], v["b"], v["kind"], v["duplicate"]


def main():
    corpora = Path(sys.argv[1] if len(sys.argv) > 1 else "../shared/corpora")
    repo = Path(__file__).resolve().parent.parent
    sina = {}
    for line in open(corpora / "news/sina-2018.jsonl", encoding="utf-8"):
        v = json.loads(line)
        sina[v["id"]] = v["text"]

    def text(unit, path):
        if unit == "sina":
            return sina[path]
        return (corpora / path).read_text(encoding="utf-8", errors="replace")

    for st, unit, a, b, kind, copy in pairs(repo):
        x, y = norm(text(unit, a)), norm(text(unit, b))
        if len(x) > len(y):
            x, y = y, x
        if len(x) < 64 or len(y) > 20_000:
            continue
        matcher = difflib.SequenceMatcher(None, x, y, autojunk=False)
        runs = [m for m in matcher.get_matching_blocks() if m.size >= RUN]
        matched = sum(m.size for m in runs)
        if matched < 0.4 * len(x):
            continue
        gaps = lambda side: max(
            (getattr(runs[i + 1], side) - getattr(runs[i], side) - runs[i].size
             for i in range(len(runs) - 1)), default=0)
        last = runs[-1]
        own = runs[0].b + sum(runs[i + 1].b - runs[i].b - runs[i].size for i in range(len(runs) - 1))
        print(f"{st} {'COPY' if copy else 'not'} {kind[:14]} {len(x)} {len(y)} "
              f"r{len(x) / len(y):.2f} cS{matched / len(x):.2f} cL{matched / len(y):.2f} "
              f"lA{runs[0].a} lB{runs[0].b} tA{len(x) - last.a - last.size} "
              f"tB{len(y) - last.b - last.size} gA{gaps('a')} gB{gaps('b')} oL{own / len(y):.2f} n{len(runs)} "
              f"{a.rsplit('/', 1)[-1]} {b.rsplit('/', 1)[-1]}")


if __name__ == "__main__":
    main()
