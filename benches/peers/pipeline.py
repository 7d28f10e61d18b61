#!/usr/bin/env python3
"""The Python peer of `tifa analyze`, built from the usual libraries, on one core.

Usage: pipeline.py FOLDER [--num-perm 128] [--threshold 0.8] [--shingle 5]

Steps, each timed: read the .txt files under FOLDER; segment each document with jieba
(jieba.lcut, HMM on); split documents into paragraphs (non-empty lines); MinHash each
paragraph's character shingles (datasketch); insert all into a MinHashLSH, then query each
paragraph and keep the candidates whose estimated Jaccard reaches the threshold; extract
money amounts from each paragraph with jionlp (skipped when jionlp is not installed).

It writes nothing: the outputs tifa writes (JSON, indexes) have no counterpart here.
"""

import argparse
import contextlib
import io
import logging
import time
from pathlib import Path


class Steps:
    """Wall seconds per step, in order."""

    def __init__(self):
        self.seconds = {}

    @contextlib.contextmanager
    def step(self, name):
        start = time.perf_counter()
        yield
        self.seconds[name] = time.perf_counter() - start


def shingles(paragraph, k):
    """The paragraph's character k-grams as bytes (the whole paragraph when shorter)."""
    if len(paragraph) <= k:
        return [paragraph.encode()]
    return list({paragraph[i:i + k].encode() for i in range(len(paragraph) - k + 1)})


def main():
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("folder", type=Path)
    parser.add_argument("--num-perm", type=int, default=128)
    parser.add_argument("--threshold", type=float, default=0.8)
    parser.add_argument("--shingle", type=int, default=5)
    args = parser.parse_args()
    steps = Steps()

    with steps.step("import and load dictionaries"):
        import jieba
        from datasketch import MinHash, MinHashLSH

        jieba.setLogLevel(logging.WARNING)
        jieba.initialize()
        try:
            with contextlib.redirect_stdout(io.StringIO()):  # jionlp prints a banner
                import jionlp
            extract_money = jionlp.ner.extract_money
        except (ImportError, AttributeError):  # AttributeError: a leftover folder, no module
            extract_money = None

    with steps.step("read"):
        docs = [p.read_text("utf-8", errors="replace")
                for p in sorted(args.folder.rglob("*.txt"))]
    size = sum(len(d.encode()) for d in docs)

    with steps.step("segment (jieba.lcut, HMM)"):
        tokens = sum(len(jieba.lcut(d)) for d in docs)

    with steps.step("split paragraphs"):
        paragraphs = [line.strip() for d in docs for line in d.splitlines() if line.strip()]

    with steps.step(f"MinHash ({args.shingle}-char shingles, {args.num_perm} perm)"):
        signatures = list(MinHash.generator(
            (shingles(p, args.shingle) for p in paragraphs), num_perm=args.num_perm))

    lsh = MinHashLSH(threshold=args.threshold, num_perm=args.num_perm)
    with steps.step("LSH insert"):
        with lsh.insertion_session() as session:
            for key, m in enumerate(signatures):
                session.insert(key, m)

    with steps.step("LSH query and check"):
        pairs = 0
        duplicated = 0
        for key, m in enumerate(signatures):
            near = [c for c in lsh.query(m)
                    if c != key and m.jaccard(signatures[c]) >= args.threshold]
            pairs += len(near)
            duplicated += bool(near)

    money = None
    if extract_money is not None:
        with steps.step("money (jionlp.ner.extract_money)"):
            money = sum(len(extract_money(p)) for p in paragraphs)

    total = sum(steps.seconds.values())
    width = max(map(len, steps.seconds))
    for name, secs in steps.seconds.items():
        print(f"  {name:<{width}}  {secs:8.2f} s")
    print(f"  {'total':<{width}}  {total:8.2f} s  ({size / 1e6 / total:.2f} MB/s)")
    print(f"  {len(docs)} documents, {size / 1e6:.1f} MB, {tokens} tokens, "
          f"{len(paragraphs)} paragraphs, {duplicated} with a near-duplicate "
          f"({pairs // 2} pairs), "
          + (f"{money} money amounts" if money is not None
             else "money skipped: jionlp is not installed"))


if __name__ == "__main__":
    main()
