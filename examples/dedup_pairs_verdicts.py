#!/usr/bin/env python3
"""Every labelled document pair of the dev sets measured on the text tifa compares (thirteenth
session: the false links and misses tabulated with every labelled pair at once).

Pairs: tests/data/dedup_heldout.tsv, dedup_heldout2.tsv, dedup_heldout3.tsv, dedup_sample5.tsv,
dedup_sample6.tsv to dedup_sample11.tsv (`doc` and `sina` units; sample 9 since the fifteenth
session, samples 10 and 11 since the sixteenth: sample 11 is a sample of what tifa links, read
to tabulate its false links) and tests/fixtures/dedup_labels/sina-2018.jsonl; the fourth
held-out set is not read.
Whether tifa links a pair is read from the `wrong:` lines of the labelled-set test (second
argument). The measures come from `cargo run --example dedup_norm` (examples/dedup_norm.rs:
cleaned, normalized, each paragraph once; Jaccard, covered share, Myers alignment in runs of 8,
the longer's own text; with `--verdict`, what the shared document verdict says of the pair
and its template slots). Writes one JSON line a pair to the third argument.

    cargo test --test dedup_labels -- --skip heldout4 --nocapture \\
        --test-threads=1 > /tmp/labels.txt
    cargo build --example dedup_norm
    python3 examples/dedup_pairs_verdicts.py ../shared/corpora /tmp/labels.txt /tmp/pairs.jsonl
"""

import json
import subprocess
import sys
from pathlib import Path

from dedup_pairs_datelines import SETS, pairs, reader, wrong_pairs


def main():
    corpora, labels, out = Path(sys.argv[1]), sys.argv[2], sys.argv[3]
    repo = Path(__file__).resolve().parent.parent
    wrong, text = wrong_pairs(labels), reader(corpora)
    rows = list(pairs(repo, SETS + ["dedup_sample7", "dedup_sample8", "dedup_sample9",
                                    "dedup_sample10", "dedup_sample11"]))
    if len(sys.argv) > 4:  # only the pairs of an earlier output whose covered share is ≥ 0.3
        keep = {(m["a"], m["b"]) for m in map(json.loads, open(sys.argv[4], encoding="utf-8"))
                if m["covered"] >= 0.3}
        rows = [r for r in rows if (r[2], r[3]) in keep]
    feed = "".join(json.dumps({"a": text(u, a), "b": text(u, b)}, ensure_ascii=False) + "\n"
                   for _, u, a, b, _, _ in rows)
    tool = repo / "target/debug/examples/dedup_norm"
    got = subprocess.run([str(tool), "--verdict"], input=feed, capture_output=True, text=True, check=True)
    with open(out, "w", encoding="utf-8") as f:
        for (st, unit, a, b, kind, copy), line in zip(rows, got.stdout.splitlines()):
            m = json.loads(line)
            m.update({"set": st, "unit": unit, "a": a, "b": b, "kind": kind, "copy": copy,
                      "linked": copy != ((a, b) in wrong)})
            f.write(json.dumps(m, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
