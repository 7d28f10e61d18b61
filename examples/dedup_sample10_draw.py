# Draws the candidate pairs of tests/data/dedup_sample10.tsv (a self-blind sample of the
# fifteenth session, drawn and labelled before its rules).
# Usage (from examples/): python3 dedup_sample10_draw.py ../../shared/corpora \
#            ../tests/fixtures/dedup_labels/sina-2018.jsonl ../tests/data/dedup_heldout.tsv \
#            ../tests/data/dedup_heldout2.tsv ../tests/data/dedup_heldout3.tsv \
#            ../tests/data/dedup_heldout4.tsv ../tests/data/dedup_sample5.tsv \
#            ../tests/data/dedup_sample6.tsv ../tests/data/dedup_sample7.tsv \
#            ../tests/data/dedup_sample8.tsv ../tests/data/dedup_sample9.tsv > candidates.jsonl
"""Candidate pairs for a self-blind dedup sample, drawn independently of tifa.

As examples/dedup_sample9_draw.py, with seed 20262407. Every residue of crc32 % 8 has served
an earlier set; the pairs differ anyway, since every file or id of the four held-out sets, of
samples 5 to 9 and of the Sina labelled set is left out of the pool (by their a/b columns
only: no label is read; the fourth held-out set is passed by name and never opened), so the
residue is the seed's (20262407 % 8 == 7). The SAMPLE_QUOTA of pairs_pool.py, then the two
rounds more of SAMPLE_ROUNDS. Stdlib only.
Labelled by reading both texts, never by tifa, with the kinds of the held-out sets."""
from pairs_pool import SAMPLE_ROUNDS, sample_draw  # examples/pairs_pool.py

SEED = 20262407
pool, out = sample_draw(SEED, SEED % 8, SAMPLE_ROUNDS)
pool.print(out)
