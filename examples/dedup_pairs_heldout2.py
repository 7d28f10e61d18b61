# Draws the candidate pairs of tests/data/dedup_heldout2.tsv (a second, blind held-out set).
# Usage: python3 examples/dedup_pairs_heldout2.py ../shared/corpora tests/data/dedup_heldout.tsv \
#            tests/fixtures/dedup_labels/sina-2018.jsonl > candidates.jsonl
"""Candidate pairs for a second held-out dedup label set, drawn independently of tifa.

Pool: People's Daily files (`doc`) and their first lines (`title`), sina-2018.jsonl documents
(`sina`), finance-2026, sina-finance-2022 and the government reports (govcn, wikisource,
govcn-rawscrape, provincial-2026: `doc`). Every file or id of the first held-out set and every
id of the Sina labelled set is left out. Score: char-3-gram Jaccard J and containment C (share
of the smaller set in the larger) of the normalized text (NFKC, lower-cased, letters and digits
only). Candidates share a 3-gram sampled by crc32 % 8 == 3 (titles: any 3-gram); pairs are drawn
per group and band of max(J, C) with random.Random(SEED); plus random same-day People's Daily
pairs and random same-category Sina pairs; then a second round from the Sina and report bands
above 0.9 and 0.7 for more copies. Stdlib only.

The output, in order, was labelled by reading both texts (tests/data/dedup_heldout2.tsv; one
pair left out: a two-page staff roster holding a one-page one). Copies: `exact`; `edited_repost`
(the same text with a headline, lead, source line, tags, page chrome or a few words changed, a
sentence added or dropped; a report and its raw page scrape); `truncated_repost` (one text is
the first part of the other, or an excerpt of it under a new lead). Not copies: `templated` (one
frame filled with other names, places, numbers or topics: notices, obituaries, rosters, kicker
lines), `quoted` (one text quoted whole inside a longer article that adds its own: a speech in
the report on it, a news item in a weekly round-up), `same_topic` (one event or subject written
up again, captions written from a story), `unrelated` (sharing only phrases, a script or style
block). Titles that are identical are `exact`; other titles are judged by their stories."""
import sys, random
from pairs_pool import Pool, excluded_refs  # examples/pairs_pool.py

ROOT, FIRST, SINA_FIX = sys.argv[1], sys.argv[2], sys.argv[3]
SEED = 20261215
rng = random.Random(SEED)

pool = Pool(ROOT, excluded_refs([FIRST], SINA_FIX),
            [("news/finance-2026", "fin"), ("news/sina-finance-2022", "fin"),
             ("gov-reports/govcn", "gov"), ("gov-reports/govcn-rawscrape", "gov"),
             ("gov-reports/wikisource/reports", "gov"), ("gov-reports/provincial-2026", "gov")])
bands = pool.bands(pool.candidates(3))
# Quotas per band (1.0, 0.9, 0.7, 0.5, 0.3); the first set took every People's Daily file pair
# above 0.9, so the copies come mostly from Sina, the reports and the short items.
quota = {"pd": [4, 0, 15, 15, 14], "title": [4, 8, 12, 12, 10], "sina": [4, 20, 15, 14, 8],
         "short": [2, 5, 4, 4, 0], "fin": [3, 3, 3, 3, 3], "gov": [1, 5, 3, 3, 3], "cross": [0, 3, 3, 3, 3]}
out = pool.draw(bands, quota, rng)
out += pool.random_pairs(rng, "pd", 8)
out += pool.random_pairs(rng, "sina", 5)
# A second round for more copies (few People's Daily file pairs are left above 0.9).
out += pool.more(bands, out, [(("sina", "0.9"), 16), (("sina", "0.7"), 8), (("gov", "0.9"), 3)], rng)
pool.print(out)
