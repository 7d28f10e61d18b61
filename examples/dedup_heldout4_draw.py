# Draws the candidate pairs of tests/data/dedup_heldout4.tsv (a fourth, blind held-out set).
# Usage: python3 examples/dedup_heldout4_draw.py ../shared/corpora \
#            tests/fixtures/dedup_labels/sina-2018.jsonl tests/data/dedup_heldout.tsv \
#            tests/data/dedup_heldout2.tsv tests/data/dedup_heldout3.tsv > candidates.jsonl
"""Candidate pairs for a fourth held-out dedup label set, drawn independently of tifa.

Pool (examples/pairs_pool.py): People's Daily files (`doc`) and their first lines (`title`),
sina-2018.jsonl documents (`sina`), finance-2026, sina-finance-2022, and the government
reports and their copies (govcn, govcn-rawscrape, wikisource reports, provincial-2026) with the
NPC resolutions and CPC congress reports of wikisource (`doc`). Every file or id of the three
earlier held-out sets and of the Sina labelled set is left out (so every pair and unit of
them). Candidates share a 3-gram sampled by crc32 % 8 == 6 (the earlier sets: 0, 3 and 5);
pairs are drawn per group and band of max(J, C) with random.Random(SEED), the quotas of the
earlier sets; plus random same-day People's Daily pairs and same-category Sina pairs; and a
second round from the Sina bands above 0.9 and 0.7 and the report band above 0.9; three random
finance pairs of one day (no finance pair is a candidate); a third round from thinner bands.
Stdlib only.

The output, in order, was labelled by reading both texts, never by tifa
(tests/data/dedup_heldout4.tsv: 224 of the 225 pairs; left out, unclear: one page's editor
roster and a four-page roster holding it), with the kinds of the earlier sets. Copies: `exact`
(the same text; identical first lines are exact whatever their stories); `edited_repost` (the
same text with a headline, lead, source line, tags, page chrome or script, a credit line or a
few words changed, a sentence added or dropped, paragraphs dropped; a report and its raw page
scrape); `truncated_repost` (one text is the first part of the other, or an excerpt of it under
a new lead). Not copies: `templated` (one frame filled with other names, places, numbers or
topics: notices, editor rosters with other names, kicker lines, daily figures), `quoted` (one
text quoted whole, or nearly, inside a longer article that adds its own), `same_topic` (one
event or subject written up again, a caption or commentary made from a story), `unrelated`
(sharing only phrases, a script or style block)."""
from pairs_pool import heldout_pool  # examples/pairs_pool.py

SEED = 20261306
pool, bands, rng = heldout_pool(SEED, 6)
out = pool.first_rounds(bands, rng)
# No finance pair reaches 0.3 (its files of the earlier sets left out) and the title band 0.9 is
# empty: random finance pairs of one day, and more pairs from the thinner bands.
out += pool.random_pairs(rng, "fin", 3)
out += pool.more(bands, out, [(("pd", "0.7"), 2), (("title", "0.5"), 4), (("gov", "0.5"), 3),
                              (("sina", "0.5"), 4)], rng)
pool.print(out)
