# Draws the strict dev sample of claims_sample.tsv (docs/claims.md, round 6): run from the
# repository root as `python3 tests/data/claims_sample.py 20261408 12`; prints file, line,
# char span and text of each number drawn (labels were added by hand). The second sample:
# `python3 tests/data/claims_sample.py 20261409 6 --second`. The third (round 7, every earlier
# set excluded): `python3 tests/data/claims_sample.py 20261601 12 --third`. The fourth (round 8,
# every earlier set excluded, the second blind set too; national numbers from the 2019,
# 2021 and 2022 reports): `… 20261801 12 --fourth`. The fifth (round 9, every claims_*.tsv
# excluded; national numbers from the 2016-2022 reports): `… 20261901 20 --fifth`. The sixth
# (round 10, seed 20262001): `… 20262001 12 --sixth`, the fifth's pools, every claims_*.tsv
# excluded again (sample5, nonclaims and blind4 included: only their file and line columns
# are read). The eighth (round 11, seed 20262101): `… 20262101 15 --eighth`, as the sixth (every
# claims_*.tsv excluded by file and line, blind4 and sample7 included). The ninth (round 11,
# seed 20262102): `… 20262102 15 --ninth`, the same pools, every claims_*.tsv there is excluded
# again (sample6, sample7 and blind4 included: only their file and line columns are read).
# The tenth (round 12, seed 20262201): `… 20262201 15 --tenth`, the same pools, every
# claims_*.tsv there excluded by file and line (sample8, sample9 and blind4 included).
# The eleventh (round 13, seed 20262301): `… 20262301 15 --eleventh`, the same pools, every
# claims_*.tsv there excluded by file and line (sample10 and blind4 included: only the file
# and line columns of blind4 are read, never its labels). The twelfth (round 14, seed
# 20262401): `… 20262401 15 --twelfth`, the same pools, every claims_*.tsv there excluded by
# file and line (sample11 and blind4 included: blind4 by its file and line columns only).
# The thirteenth (round 14, seed 20262402, non-claims): `… 20262402 15 --thirteenth`, the same
# pools, the same exclusions as the twelfth. The fourteenth (round 15, seed 20262405,
# subjects): `… 20262405 15 --fourteenth`, the same pools, every claims_*.tsv there excluded
# by file and line (sample12, sample13 and blind4 included: blind4 by its file and line
# columns only, read by this script, never opened by hand). The fifteenth (round 16, seed
# 20262408, subjects): `… 20262408 15 --fifteenth`, the same pools and exclusions (every
# claims_*.tsv there by file and line, sample14 and blind4 included: blind4 by its file and
# line columns only, read by this script, never opened by hand). The sixteenth (round 17, seed
# 20262417, subjects): `… 20262417 15 --sixteenth`, the same pools and exclusions (every
# claims_*.tsv there by file and line, sample15, claims_pd16 and blind4 included: blind4 by its
# file and line columns only, read by this script, never opened by hand). The seventeenth (round 17, seed
# 20262419, non-claims): `… 20262419 22 --seventeenth`, the same pools and exclusions (every
# claims_*.tsv there by file and line, sample15 and claims_pd16 included, blind4 by its file
# and line columns only, read by this script, never opened by hand).
import random, re, json, glob, os, sys
ROOT = "../shared/corpora"
SEED = int(sys.argv[1]); PER = int(sys.argv[2])
NUM = r"(?<![0-9０-９.零〇○一二两三四五六七八九十百千万亿])(?:[0-9０-９][0-9０-９,.]*|[〇○二两三四五六七八九十][零〇○一二两三四五六七八九十百千万亿]*|一[零〇○一二两三四五六七八九十百千万亿]+)"
UNIT = r"(?:%|个百分点|元|吨|人|家|个|项|次|件|户|亩|公里|千瓦|座|所|条|场|名|万|亿|股|倍|年|天|只|台|辆|套|篇|部|批|种|类|平方米|立方米|千克|斤|头|张|册)"
PAT = re.compile(r"(?!(?:1[89]|20)[0-9]{2}年)" + NUM + r"(?:万亿|亿|万|千)?" + UNIT)
excluded = set()
EXCLUDED = ["claims_eval.tsv", "claims_heldout.tsv", "claims_fresh.tsv"]
# The second sample (seed 20261409) also excludes the first: pass --second.
if "--second" in sys.argv: EXCLUDED.append("claims_sample.tsv")
# The third sample (seed 20261601) excludes every earlier set: pass --third.
if "--third" in sys.argv:
    EXCLUDED += ["claims_sample.tsv", "claims_sample2.tsv", "claims_blind.tsv"]
# The fourth sample (seed 20261801) excludes every earlier set: pass --fourth.
if "--fourth" in sys.argv:
    EXCLUDED += ["claims_sample.tsv", "claims_sample2.tsv", "claims_sample3.tsv",
                 "claims_blind.tsv", "claims_blind2.tsv"]
# The fifth sample (seed 20261901) excludes every claims_*.tsv there is: pass --fifth.
FIFTH = any(a in sys.argv for a in ("--fifth", "--sixth", "--eighth", "--ninth", "--tenth", "--eleventh",
                                   "--twelfth", "--thirteenth", "--fourteenth", "--fifteenth", "--sixteenth",
                                   "--seventeenth"))
if FIFTH:
    EXCLUDED = sorted(os.path.basename(f) for f in glob.glob("tests/data/claims_*.tsv"))
for f in EXCLUDED:
    for row in open("tests/data/" + f):
        if row.startswith("#"): continue
        p = row.split("\t"); excluded.add((p[0], int(p[1])))
pools = {
 "pd": sorted(glob.glob(ROOT + "/news/peoples-daily-2023h2/*/*.txt")),
 "prov": sorted(glob.glob(ROOT + "/gov-reports/provincial-2026/*.txt")),
 "nat": [ROOT + f"/gov-reports/wikisource/reports/{y}.txt" for y in (2023, 2024, 2025)],
 "fin": sorted(f for f in glob.glob(ROOT + "/news/finance-2026/*/*.txt")),
 "sina": [ROOT + "/news/sina-2018.jsonl"],
}
# Every numbered line of the 2023-2025 reports is in an earlier set: the fourth sample draws
# its national numbers from the 2019, 2021 and 2022 reports instead.
if "--fourth" in sys.argv:
    pools["nat"] = [ROOT + f"/gov-reports/wikisource/reports/{y}.txt" for y in (2019, 2021, 2022)]
# Earlier sets used most numbered lines of finance-2026: the fifth also draws from
# sina-finance-2022 there, and a pool with fewer free lines gives what it has.
if FIFTH:
    pools["fin"] += sorted(glob.glob(ROOT + "/news/sina-finance-2022/*.txt"))
    pools["nat"] = [ROOT + f"/gov-reports/wikisource/reports/{y}.txt"
                    for y in (2016, 2017, 2018, 2019, 2021, 2022)]
rng = random.Random(SEED)
CACHE = {}
def lines(path):
    if path not in CACHE: CACHE[path] = read_lines(path)
    return CACHE[path]
MATCHING = {}
def matching(path, ls):
    if path not in MATCHING: MATCHING[path] = [i for i, l in enumerate(ls) if PAT.search(l)]
    return MATCHING[path]
def read_lines(path):
    raw = open(path, encoding="utf-8").read().split("\n")
    if path.endswith(".jsonl"):
        return [json.loads(l)["text"] if l.strip() else "" for l in raw]
    return raw
out = []
for name, files in pools.items():
    got = 0
    free = sum(1 for f in files for i in matching(f, lines(f))
               if (os.path.relpath(f, ROOT), i + 1) not in excluded)
    while got < min(PER, free):
        f = rng.choice(files); rel = os.path.relpath(f, ROOT)
        ls = lines(f)
        cand = [i for i in matching(f, ls) if (rel, i + 1) not in excluded]
        if not cand: continue
        i = rng.choice(cand)
        ms = list(PAT.finditer(ls[i]))
        m = rng.choice(ms)
        excluded.add((rel, i + 1))
        out.append((rel, i + 1, m.start(), m.end(), m.group()))
        got += 1
for r in out: print("\t".join(map(str, r)))
