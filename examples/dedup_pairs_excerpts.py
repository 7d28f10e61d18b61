#!/usr/bin/env python3
"""Truncations and excerpts among the labelled document pairs: the evidence behind
docs/dedup.md (twelfth session, second helper: short copies of long sources).

For every `doc` or `sina` pair of the dev sets (tests/data/dedup_heldout.tsv, dedup_heldout2.tsv,
dedup_heldout3.tsv, dedup_sample5.tsv, dedup_sample6.tsv, dedup_sample7.tsv, and
tests/fixtures/dedup_labels/sina-2018.jsonl; the fourth held-out set is not read) whose shorter
normalized text has at least MIN_COVER of its 5-char shingles in the longer, prints one line of
measures on the raw texts, normalized as tifa normalizes (NFKC, letters and digits, lower case):

    label (copy/not), linked by tifa (from the `wrong:` lines of the labelled-set test, the
    second argument), set, kind, shorter's length, its share of the longer's length, the share
    of its 5-char shingles in the longer, the share of its chars aligned in order in runs of 8
    (difflib), where the first and last aligned runs stand in the longer (shares of it), the
    longer's own text between them (share of the longer), and the pair.

    cargo test --test dedup_labels -- --skip heldout4 --nocapture --test-threads=1 \\
        > /tmp/labels.txt
    python3 examples/dedup_pairs_excerpts.py ../shared/corpora /tmp/labels.txt
"""

import difflib
import sys
from pathlib import Path

from dedup_pairs_datelines import SETS, norm, pairs, reader, wrong_pairs

MIN_COVER = 0.5
RUN = 8


def grams(s):
    return {s[i:i + 5] for i in range(len(s) - 4)}


def measures(short, long):
    blocks = [b for b in difflib.SequenceMatcher(None, short, long, autojunk=False)
              .get_matching_blocks() if b.size >= RUN]
    if not blocks:
        return 0.0, 1.0, 1.0, 0.0
    aligned = sum(b.size for b in blocks)
    first, last = blocks[0].b, blocks[-1].b + blocks[-1].size
    inside = (last - first) - aligned
    n = len(long)
    return aligned / len(short), first / n, last / n, inside / n


def main():
    corpora, labels = Path(sys.argv[1]), sys.argv[2]
    repo = Path(__file__).resolve().parent.parent
    wrong, text = wrong_pairs(labels), reader(corpora)

    for st, unit, a, b, kind, copy in pairs(repo, SETS + ["dedup_sample7"]):
        na, nb = norm(text(unit, a)), norm(text(unit, b))
        short, long = (na, nb) if len(na) <= len(nb) else (nb, na)
        gs, gl = grams(short), grams(long)
        if len(gs) < 10 or len(gs & gl) < MIN_COVER * len(gs):
            continue
        linked = copy != ((a, b) in wrong)
        cover = len(gs & gl) / len(gs)
        aligned, first, last, inside = measures(short, long)
        print(f"{'copy' if copy else 'not '} {'linked' if linked else 'missed' if copy else '-'}"
              f"\t{st}\t{kind}\t{len(short)}\t{len(short) / len(long):.3f}\t{cover:.3f}"
              f"\t{aligned:.3f}\t{first:.3f}\t{last:.3f}\t{inside:.3f}\t{a} {b}")


if __name__ == "__main__":
    main()
