# Draws the nineteenth non-claim sample, tests/data/claims_sample19n.tsv (docs/claims.md,
# round 19): run from the repository root as `python3 examples/claims_sample19n_draw.py
# 20262429 25`. Unlike the round-18 draw (every number with a unit of a random line), this one
# is rich in the shapes the held-out check names: for each draw a FAMILY is chosen at random
# (dates in every written form, ordinals and enumerations, codes, clock times and ages,
# sessions and named periods, or a number with a unit or classifier as the control), then random
# lines of the pool until one holds a match of it, then one random match of that line. Six pools,
# PER rows each in turn: People's Daily 2023h2, sina-2018, finance-2026, provincial-2026, the
# national reports 2010-2025 (wikisource) and the CPC congress reports with the NPC resolutions
# (wikisource); a pool whose lines run out (3000 draws in a row with none left) gives what it
# has and the others make up the total. Every claims_*.tsv of tests/data is excluded by file
# and line (read here only for those two columns, the blind sets too, never printed). Prints
# file, line, char span, half (a coin), family and the match (of a .jsonl record: line = the
# JSON line, span in its "text"); labels are added by hand. Text is printed only to label it,
# never committed.
import glob, os, random, re, sys

ROOT = "../shared/corpora"
SEED = int(sys.argv[1]); PER = int(sys.argv[2])
SELF = "claims_sample19n.tsv"
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "tests", "data"))
from claims_draw_shapes import PAT, five_pools, labelled_lines, units

D = r"[0-9０-９]"
C = r"[〇○零一二两三四五六七八九十]"
FAMILIES = {
    "date": re.compile(
        rf"{D}{{4}}[/\-.]{D}{{1,2}}[/\-.]{D}{{1,2}}|{C}{{4}}年(?:{C}{{1,2}}月(?:{C}{{1,3}}日)?)?"
        rf"|(?:{D}{{4}}年)?{D}{{1,2}}月{D}{{1,2}}日|{C}{{1,2}}月{C}{{1,3}}日|{D}{{4}}年{D}{{1,2}}月"
        rf"|{D}{{4}}年(?:底|初|末|以来|前|后)|{D}{{1,2}}月(?:份|底|初|末|中旬|上旬|下旬)"
    ),
    "ordinal": re.compile(
        rf"第(?:{D}+|{C}+)[届次名位条款章批期轮个项号节部轮场季]?|(?<![0-9一二三四五六七八九十])"
        rf"[一二三四五六七八九十]是|其[一二三四五]|{D}+号|(?:前|后){C}{{1,2}}(?:名|位)"
    ),
    "code": re.compile(
        rf"{D}{{6}}(?:\.(?:SH|SZ|BJ|HK))?|〔{D}{{4}}〕{D}+号|{D}{{3,4}}-{D}{{7,8}}|1[3-9]{D}{{9}}"
        rf"|[A-Za-z]{{1,6}}-?{D}+[A-Za-z]*|{D}+(?:\.{D}+)+版?|[Vv]{D}+(?:\.{D}+)*|{D}+[A-Z]{{1,3}}\b"
    ),
    "time": re.compile(
        rf"[上下中]午{D}{{1,2}}[时点](?:{D}{{1,2}}分)?|{D}{{1,2}}[:：]{D}{{2}}|{D}{{1,2}}时{D}{{1,2}}分"
        rf"|(?:{D}+|{C}+)岁|(?:凌晨|晚上|早上){C}{{1,2}}点|{D}{{1,2}}点{D}{{1,2}}分"
    ),
    "session": re.compile(
        rf"{C}{{1,3}}届(?:全国人大|中央|省委|市委)?{C}{{1,3}}次(?:会议|全会)?|(?<![0-9〇一二三四五六七八九十])"
        rf"(?:十[一二三四五六七八九]|二十|[一二三四五六七八九])大(?![小型量批])"
        rf"|十[一二三四五六七八九]五|{C}{{1,2}}年(?:行动|计划|规划)|(?:{D}+|{C}+)年(?:来|以来|间)"
        rf"|(?:{D}+|{C}+)周年|(?:{D}+|{C}+)个五年"
    ),
    "control": PAT,
}
NAMES = list(FAMILIES)
WEIGHTS = [4, 3, 3, 3, 3, 4]
excluded = labelled_lines(SELF)
pools = five_pools(ROOT)
pools["cpc"] = sorted(glob.glob(ROOT + "/gov-reports/wikisource/cpc_congress/*.txt")) + sorted(
    glob.glob(ROOT + "/gov-reports/wikisource/resolutions/*.txt"))
pools = {k: pools[k] for k in ["pd", "sina", "fin", "prov", "nat", "cpc"]}
rng = random.Random(SEED)
CACHE, SPENT = {}, set()


def draw_line(name, files):
    """Draws a family at random, then lines of the pool until one holds a match of it: one row,
    or None when every family of the pool is spent (3000 lines in a row with none left; a spent
    family is drawn again for that pool no more)."""
    while True:
        left = [(n, w) for n, w in zip(NAMES, WEIGHTS) if (name, n) not in SPENT]
        if not left: return None
        family = rng.choices([n for n, _ in left], [w for _, w in left])[0]
        row = draw_family(name, files, family)
        if row is not None: return row
        SPENT.add((name, family))


def draw_family(name, files, family):
    """One random match of `family` in a random line of the pool, or None after 3000 lines."""
    for _ in range(3000):
        f = rng.choice(files); rel = os.path.relpath(f, ROOT)
        if f not in CACHE: CACHE[f] = units(f)
        record = rng.choice(CACHE[f])
        cand = [u for u in record if FAMILIES[family].search(u[1]) and (rel, u[0]) not in excluded]
        if not cand: continue
        line, text, at = rng.choice(cand)
        m = rng.choice(list(FAMILIES[family].finditer(text)))
        half = "A" if rng.random() < 0.5 else "B"
        excluded.add((rel, line))
        return (rel, line, at + m.start(), at + m.end(), half, family, m.group())
    return None


rows, spent = [], set()
for name, files in pools.items():
    for _ in range(PER):
        drawn = draw_line(name, files)
        if drawn is None: spent.add(name); break
        rows.append(drawn)
while len(rows) < PER * len(pools) and len(spent) < len(pools):
    for name, files in pools.items():
        if name in spent or len(rows) >= PER * len(pools): continue
        drawn = draw_line(name, files)
        if drawn is None: spent.add(name)
        else: rows.append(drawn)
for r in rows: print("\t".join(map(str, r)))
