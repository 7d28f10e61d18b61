# Draws the candidate pairs of tests/data/dedup_sample14.tsv (the twenty-second session's
# self-blind sample, drawn and labelled before its rules). Usage (from examples/):
#   python3 dedup_sample14_draw.py ../../shared/corpora \
#       ../tests/fixtures/dedup_labels/sina-2018.jsonl ../tests/data/dedup_heldout*.tsv \
#       ../tests/data/dedup_sample*.tsv > candidates.jsonl
"""A fresh sample drawn exactly as the fourth held-out set was (examples/dedup_heldout4_draw.py:
the pool of examples/pairs_pool.py, QUOTA per group and band, random same-day People's Daily and
same-category Sina pairs, more Sina and report copies, three random finance pairs of one day, a
third round from thinner bands), with seed 20262435 and a 3-gram selector no earlier set used:
crc32 % 9 == 6 (every residue of crc32 % 8 has served: the held-out sets 0, 3, 5, 6, samples
5 to 13 1, 2, 4, 7, 4, 7, 2, 5, 3). Every file or id of the earlier sets (the four held-out sets,
samples 5 to 13, the Sina labelled set) is left out by their a/b columns (no label read, nothing
of them printed). Labelled by reading both texts, never by tifa, with the kinds of the held-out
sets (see dedup_heldout4_draw.py). Stdlib only."""
from pairs_pool import heldout_pool  # examples/pairs_pool.py

SEED = 20262435
MODULUS, RESIDUE = 9, 6
pool, bands, rng = heldout_pool(SEED, RESIDUE, MODULUS)
out = pool.first_rounds(bands, rng)
out += pool.random_pairs(rng, "fin", 3)
out += pool.more(bands, out, [(("pd", "0.7"), 2), (("title", "0.5"), 4), (("gov", "0.5"), 3),
                              (("sina", "0.5"), 4)], rng)
# This selector leaves the report, finance and cross bands and People's Daily's 0.7 and 0.9
# empty (their files are nearly all in earlier sets): a fourth round from the bands that hold
# copies and hard negatives, to reach the size of the earlier sets.
out += pool.more(bands, out, [(("sina", "0.7"), 6), (("short", "0.7"), 4), (("short", "0.9"), 4),
                              (("pd", "0.3"), 3), (("sina", "0.3"), 3)], rng)
pool.print(out)
