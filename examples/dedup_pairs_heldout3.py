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
import sys, random, itertools
from pairs_pool import Pool, excluded_refs  # examples/pairs_pool.py

ROOT, SINA_FIX, EARLIER = sys.argv[1], sys.argv[2], sys.argv[3:]
SEED = 20261225
rng = random.Random(SEED)

pool = Pool(ROOT, excluded_refs(EARLIER, SINA_FIX),
            [("news/finance-2026", "fin"), ("news/sina-finance-2022", "fin"),
             ("gov-reports/govcn", "gov"), ("gov-reports/govcn-rawscrape", "gov"),
             ("gov-reports/wikisource/reports", "gov"), ("gov-reports/provincial-2026", "gov"),
             ("gov-reports/wikisource/resolutions", "gov"),
             ("gov-reports/wikisource/cpc_congress", "gov")])
bands = pool.bands(pool.candidates(5))
# Quotas per band (1.0, 0.9, 0.7, 0.5, 0.3), as in the second set.
quota = {"pd": [4, 0, 15, 15, 14], "title": [4, 8, 12, 12, 10], "sina": [4, 20, 15, 14, 8],
         "short": [2, 5, 4, 4, 0], "fin": [3, 3, 3, 3, 3], "gov": [1, 5, 3, 3, 3],
         "cross": [0, 3, 3, 3, 3]}
out = pool.draw(bands, quota, rng)
out += pool.random_pairs(rng, "pd", 8)
out += pool.random_pairs(rng, "sina", 5)
out += pool.more(bands, out, [(("sina", "0.9"), 16), (("sina", "0.7"), 8), (("gov", "0.9"), 3)], rng)
# Finance: no pair of its few files reaches 0.3, so every pair of them from 0.2 up, and two
# random pairs of one day.
fin = [i for i, u in enumerate(pool.units) if u[1] == "fin"]
for a, b in itertools.combinations(fin, 2):
    j, c = pool.score(a, b)
    if max(j, c) >= 0.2:
        out.append((a, b, j, c, "0.2"))
out += pool.random_pairs(rng, "fin", 2)
pool.print(out)
