# Draws the candidate pairs of tests/data/dedup_sample8.tsv (a self-blind sample of the
# thirteenth session, drawn and labelled before its rules).
# Usage (from examples/): python3 dedup_sample8_draw.py ../../shared/corpora \
#            ../tests/fixtures/dedup_labels/sina-2018.jsonl ../tests/data/dedup_heldout.tsv \
#            ../tests/data/dedup_heldout2.tsv ../tests/data/dedup_heldout3.tsv \
#            ../tests/data/dedup_heldout4.tsv ../tests/data/dedup_sample5.tsv \
#            ../tests/data/dedup_sample6.tsv ../tests/data/dedup_sample7.tsv > candidates.jsonl
"""Candidate pairs for a self-blind dedup sample, drawn independently of tifa.

As examples/dedup_sample7_draw.py, with seed 20262303 and the last unused sampling residue
(candidates share a 3-gram sampled by crc32 % 8 == 7; the earlier sets: 0, 3, 5, 6, 1, 2, 4);
every file or id of the four held-out sets, of samples 5, 6 and 7 and of the Sina labelled set
left out (by their a/b columns only: no label is read). The SAMPLE_QUOTA of pairs_pool.py, then
two rounds more from the Sina and People's Daily bands where edited, truncated and quoted
stories and two write-ups of one event stand. Stdlib only.
Labelled by reading both texts, never by tifa, with the kinds of the held-out sets."""
from pairs_pool import SAMPLE_ROUNDS, sample_draw  # examples/pairs_pool.py

pool, out = sample_draw(20262303, 7, SAMPLE_ROUNDS)
pool.print(out)
