# Draws the candidate pairs of tests/data/dedup_sample7.tsv (a self-blind sample of the twelfth
# session, drawn and labelled before its rules).
# Usage (from examples/): python3 dedup_sample7_draw.py ../../shared/corpora \
#            ../tests/fixtures/dedup_labels/sina-2018.jsonl ../tests/data/dedup_heldout.tsv \
#            ../tests/data/dedup_heldout2.tsv ../tests/data/dedup_heldout3.tsv \
#            ../tests/data/dedup_heldout4.tsv ../tests/data/dedup_sample5.tsv \
#            ../tests/data/dedup_sample6.tsv > candidates.jsonl
"""Candidate pairs for a self-blind dedup sample, drawn independently of tifa.

The pool of examples/pairs_pool.py, every file or id of the four held-out sets, of the tenth
and eleventh sessions' samples and of the Sina labelled set left out (by their a/b columns
only: no label is read). Candidates share a 3-gram sampled by crc32 % 8 == 4 (the earlier
sets: 0, 3, 5, 6, 1 and 2). Weighted toward the hard kinds as the earlier samples: the
SAMPLE_QUOTA of pairs_pool.py, then two rounds more from the Sina and People's Daily bands where
edited, truncated and quoted stories and two write-ups of one event stand, with
random.Random(SEED). Stdlib only.
Labelled by reading both texts, never by tifa, with the kinds of the held-out sets
(docs/dedup.md and examples/dedup_heldout4_draw.py)."""
from pairs_pool import SAMPLE_ROUNDS, sample_draw  # examples/pairs_pool.py

# Residue 4 leaves many bands empty (Sina 0.7, People's Daily 0.7 and 0.9, finance, cross-group):
# a second and a third round from the Sina and People's Daily bands that hold pairs.
pool, out = sample_draw(20262203, 4, SAMPLE_ROUNDS)
pool.print(out)
