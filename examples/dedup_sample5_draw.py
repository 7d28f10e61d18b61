# Draws the candidate pairs of tests/data/dedup_sample5.tsv (a self-blind sample of the tenth
# session, drawn and labelled before its rules).
# Usage: python3 examples/dedup_sample5_draw.py ../shared/corpora \
#            tests/fixtures/dedup_labels/sina-2018.jsonl tests/data/dedup_heldout.tsv \
#            tests/data/dedup_heldout2.tsv tests/data/dedup_heldout3.tsv \
#            tests/data/dedup_heldout4.tsv > candidates.jsonl
"""Candidate pairs for a self-blind dedup sample, drawn independently of tifa.

The pool of examples/pairs_pool.py (People's Daily files and first lines, sina-2018.jsonl,
finance, the government reports and their copies, the NPC resolutions and CPC congress
reports), every file or id of the four held-out sets and of the Sina labelled set left out (by
their a/b columns only: no label is read). Candidates share a 3-gram sampled by
crc32 % 8 == 1 (the earlier sets: 0, 3, 5 and 6). Weighted toward the hard kinds: few pairs of
band 1.0 (exact) and of titles, most from the bands 0.5–0.9 of People's Daily, Sina, the
reports and cross-group pairs (same topic, quoted, edited, truncated, templated), with
random.Random(SEED); then a second round from the Sina bands 0.9, 0.7 and 0.5, People's Daily 0.5, short
0.7 and 0.9, reports 0.3. Stdlib only.
Labelled by reading both texts, never by tifa, with the kinds of the held-out sets
(docs/dedup.md and examples/dedup_heldout4_draw.py)."""
from pairs_pool import sample_draw  # examples/pairs_pool.py

# This residue leaves the People's Daily bands 0.7 and 0.9 empty and Sina 0.7 thin: more pairs
# from the bands that have them.
pool, out = sample_draw(20262004, 1, [[(("sina", "0.9"), 4), (("sina", "0.7"), 7),
                                        (("sina", "0.5"), 8), (("pd", "0.5"), 10),
                                        (("short", "0.7"), 3), (("short", "0.9"), 3),
                                        (("gov", "0.3"), 2)]])
pool.print(out)
