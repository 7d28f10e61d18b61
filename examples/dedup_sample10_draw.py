# Draws the candidate pairs of tests/data/dedup_sample10.tsv (the fifteenth session's self-blind
# sample, drawn and labelled before its rules). Usage (from examples/): as
# dedup_sample9_draw.py, with ../tests/data/dedup_sample9.tsv added to the earlier sets.
"""As examples/dedup_sample9_draw.py with seed 20262407 (residue 20262407 % 8 == 7, sample 8's:
the pairs are new since every file or id of the earlier sets, samples 5 to 9 included, is left
out of the pool by their a/b columns; the fourth held-out set passed by name, never opened).
Labelled by reading both texts, never by tifa, with the kinds of the held-out sets."""
import pairs_pool  # examples/pairs_pool.py

SEED = 20262407
POOL, OUT = pairs_pool.sample_draw(SEED, SEED % 8, pairs_pool.SAMPLE_ROUNDS)
POOL.print(OUT)
