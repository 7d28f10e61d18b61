# Draws the candidate pairs of tests/data/dedup_heldout3.tsv (a third, blind held-out set).
# Usage: python3 examples/dedup_pairs_heldout3.py ../shared/corpora \
#            tests/fixtures/dedup_labels/sina-2018.jsonl tests/data/dedup_heldout.tsv \
#            tests/data/dedup_heldout2.tsv > candidates.jsonl
"""Candidate pairs for a third held-out dedup label set, drawn independently of tifa.

Pool (examples/pairs_pool.py): People's Daily files (`doc`) and their first lines (`title`),
sina-2018.jsonl documents (`sina`), finance-2026, sina-finance-2022, and the government
reports and their copies (govcn, govcn-rawscrape, wikisource reports, provincial-2026) with the
NPC resolutions and CPC congress reports of wikisource (`doc`). Every file or id of the first
two held-out sets and of the Sina labelled set is left out. Candidates share a 3-gram sampled
by crc32 % 8 == 5 (the earlier sets: 0 and 3); pairs are drawn per group and band of
max(J, C) with random.Random(SEED), the quotas of the second set; plus random same-day People's
Daily pairs and same-category Sina pairs; a second round from the Sina and report bands above
0.9 and 0.7; and, since no finance pair reaches 0.3, every finance pair from 0.2 up and two
random finance pairs of one day. Stdlib only.

The output, in order, was labelled by reading both texts, never by tifa
(tests/data/dedup_heldout3.tsv, all 232 pairs kept), with the kinds of the second set. Copies:
`exact` (the same text; identical first lines are exact whatever their stories);
`edited_repost` (the same text with a headline, lead, source line, tags, page chrome or script,
a credit line or a few words changed, a sentence added or dropped, paragraphs dropped; a report
and its raw page scrape); `truncated_repost` (one text is the first part of the other, or an
excerpt of it under a new lead). Not copies: `templated` (one frame filled with other names,
places, numbers or topics: NPC resolutions, appointment and expulsion notices, editor rosters
with other names, kicker lines, daily figures), `quoted` (one text quoted whole, or nearly,
inside a longer article that adds its own: a letter in the reactions to it, a statement in a
round-up), `same_topic` (one event or subject written up again, a caption or commentary made
from a story, two agencies' reports of one notice, successive congress reports), `unrelated`
(sharing only phrases, a script or style block)."""
import itertools
from pairs_pool import heldout_pool  # examples/pairs_pool.py

SEED = 20261225
pool, bands, rng = heldout_pool(SEED, 5)
out = pool.first_rounds(bands, rng)
# Finance: no pair of its few files reaches 0.3, so every pair of them from 0.2 up, and two
# random pairs of one day.
fin = [i for i, u in enumerate(pool.units) if u[1] == "fin"]
for a, b in itertools.combinations(fin, 2):
    j, c = pool.score(a, b)
    if max(j, c) >= 0.2:
        out.append((a, b, j, c, "0.2"))
out += pool.random_pairs(rng, "fin", 2)
pool.print(out)
