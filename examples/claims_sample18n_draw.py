# Draws the eighteenth non-claim sample, tests/data/claims_sample18n.tsv (docs/claims.md,
# round 18): run from the repository root as `python3 examples/claims_sample18n_draw.py
# 20262424 25`. The round-9/10 draw (tests/data/claims_nonclaims_draw.py) over six pools:
# People's Daily 2023h2, provincial-2026, national reports 2010-2025 (wikisource), finance-2026,
# sina-2018 and the raw page scrapes of the national reports (govcn-rawscrape, 1954-2018).
# PER numbers from each pool in turn; a pool whose lines run out (3000 draws in a row with none
# left) gives what it has and the others make up the total of 6*PER, one line at a time in
# turn. Every claims_*.tsv of tests/data is excluded by file and line (read here only for
# those two columns, the blind sets too, never printed). For each drawn line: EVERY number with
# a unit or classifier (a random four when it holds more), and a coin for half A or B. Prints
# file, line, char span, half and the number (of a .jsonl record: line = the JSON line, span
# in its "text"); labels are added by hand. Text is printed only to label it, never committed.
import glob, json, os, random, re, sys

ROOT = "../shared/corpora"
SEED = int(sys.argv[1]); PER = int(sys.argv[2])
SELF = "claims_sample18n.tsv"
NUM = (r"(?<![0-9０-９.零〇○一二两三四五六七八九十百千万亿])(?:[0-9０-９][0-9０-９,.]*"
       r"|[〇○二两三四五六七八九十][零〇○一二两三四五六七八九十百千万亿]*|一[零〇○一二两三四五六七八九十百千万亿]+)")
# Units and classifiers: the earlier samples' list and the classifiers of running text.
UNIT = (r"(?:%|个百分点|元|吨|人|家|个|项|次|件|户|亩|公里|千瓦|座|所|条|场|名|万|亿|股|倍|年|天"
        r"|只|台|辆|套|篇|部|批|种|类|平方米|立方米|千克|斤|头|张|册|位|份|届|期|轮|级|组|对|双"
        r"|枚|支|首|间|处|周|小时|分钟|岁|米|公斤|克|秒|点|大|方面|段|层|片|颗|块|栋|艘|架|本)")
PAT = re.compile(r"(?!(?:1[89]|20)[0-9]{2}年)" + NUM + r"(?:万亿|亿|万|千)?" + UNIT)
excluded = set()
for f in sorted(glob.glob("tests/data/claims_*.tsv")):
    if os.path.basename(f) == SELF: continue  # this sample itself
    for row in open(f, encoding="utf-8"):
        if row.startswith("#") or not row.strip(): continue
        p = row.split("\t"); excluded.add((p[0], int(p[1])))
pools = {
    "pd": sorted(glob.glob(ROOT + "/news/peoples-daily-2023h2/*/*.txt")),
    "prov": sorted(glob.glob(ROOT + "/gov-reports/provincial-2026/*.txt")),
    "nat": [ROOT + f"/gov-reports/wikisource/reports/{y}.txt" for y in range(2010, 2026)
            if os.path.exists(ROOT + f"/gov-reports/wikisource/reports/{y}.txt")],
    "fin": sorted(glob.glob(ROOT + "/news/finance-2026/*/*.txt")),
    "sina": [ROOT + "/news/sina-2018.jsonl"],
    "raw": sorted(glob.glob(ROOT + "/gov-reports/govcn-rawscrape/*.txt")),
}
rng = random.Random(SEED)


def plain_lines(path, lines):
    """Each of `lines` (Python's universal-newline lines, which the draw chooses from) as
    (line number, text, offset of the text in its line): numbered as the tests read the file,
    split at \\n only (a raw scrape's lone \\r, as in \\r\\r\\n, opens no line there)."""
    exact = open(path, encoding="utf-8", newline="").read()
    out, pos = [], 0
    for l in lines:
        line = exact.count("\n", 0, pos) + 1
        at = pos - (exact.rfind("\n", 0, pos) + 1)
        out.append((line, l, at))
        pos += len(l)
        pos += 2 if exact.startswith("\r\n", pos) else 1
    return out


def units(path):
    """(line number, text, offset of the text in the line's record) of each line of a file;
    a .jsonl record's text is one line of the file, split here at its line breaks."""
    raw = open(path, encoding="utf-8").read().split("\n")
    if not path.endswith(".jsonl"):
        return [[unit] for unit in plain_lines(path, raw)]
    out = []
    for i, l in enumerate(raw):
        text = json.loads(l)["text"] if l.strip() else ""
        parts, at = [], 0
        for part in text.split("\n"):
            parts.append((i + 1, part, at)); at += len(part) + 1
        out.append(parts)
    return out


CACHE = {}
rows = []


def draw_line(name, files):
    """Draws one line of the pool holding a number with a unit: its numbers, or None after
    3000 draws in a row with none left."""
    for _ in range(3000):
        f = rng.choice(files); rel = os.path.relpath(f, ROOT)
        if f not in CACHE: CACHE[f] = units(f)
        record = rng.choice(CACHE[f])
        cand = [u for u in record if PAT.search(u[1]) and (rel, u[0]) not in excluded]
        if not cand: continue
        line, text, at = rng.choice(cand)
        ms = list(PAT.finditer(text))
        if len(ms) > 4: ms = sorted(rng.sample(ms, 4), key=lambda m: m.start())
        half = "A" if rng.random() < 0.5 else "B"
        excluded.add((rel, line))
        return [(rel, line, at + m.start(), at + m.end(), half, m.group(), name) for m in ms]
    return None


spent = set()
for name, files in pools.items():
    got = 0
    while got < PER:
        drawn = draw_line(name, files)
        if drawn is None: spent.add(name); break
        rows += drawn; got += len(drawn)
while len(rows) < PER * len(pools):
    for name, files in pools.items():
        if name in spent or len(rows) >= PER * len(pools): continue
        drawn = draw_line(name, files)
        if drawn is None: spent.add(name)
        else: rows += drawn
for r in rows: print("\t".join(map(str, r)))
