"""What the claim draws share (tests/data/claims_nonclaims_draw.py,
examples/claims_sample18n_draw.py): the pattern of a number with a unit or classifier, and the
lines the labelled samples already hold."""
import glob, json, os, re

NUM = (r"(?<![0-9０-９.零〇○一二两三四五六七八九十百千万亿])(?:[0-9０-９][0-9０-９,.]*"
       r"|[〇○二两三四五六七八九十][零〇○一二两三四五六七八九十百千万亿]*|一[零〇○一二两三四五六七八九十百千万亿]+)")
# Units and classifiers: the earlier samples' list and the classifiers of running text.
UNIT = (r"(?:%|个百分点|元|吨|人|家|个|项|次|件|户|亩|公里|千瓦|座|所|条|场|名|万|亿|股|倍|年|天"
        r"|只|台|辆|套|篇|部|批|种|类|平方米|立方米|千克|斤|头|张|册|位|份|届|期|轮|级|组|对|双"
        r"|枚|支|首|间|处|周|小时|分钟|岁|米|公斤|克|秒|点|大|方面|段|层|片|颗|块|栋|艘|架|本)")
PAT = re.compile(r"(?!(?:1[89]|20)[0-9]{2}年)" + NUM + r"(?:万亿|亿|万|千)?" + UNIT)


def labelled_lines(own):
    """(file, line) of every labelled row of tests/data/claims_*.tsv but the sample `own`'s
    (run from the repository root; read for those two columns only, never printed)."""
    excluded = set()
    for f in sorted(glob.glob("tests/data/claims_*.tsv")):
        if os.path.basename(f) == own:
            continue
        for row in open(f, encoding="utf-8"):
            if row.startswith("#") or not row.strip():
                continue
            p = row.split("\t")
            excluded.add((p[0], int(p[1])))
    return excluded


def record_lines(raw):
    """The lines of a .jsonl file's records: for each JSON line, its "text" split at its line
    breaks as (JSON line, text of the line, offset of the line in the text)."""
    out = []
    for i, l in enumerate(raw):
        text = json.loads(l)["text"] if l.strip() else ""
        parts, at = [], 0
        for part in text.split("\n"):
            parts.append((i + 1, part, at)); at += len(part) + 1
        out.append(parts)
    return out


def five_pools(root):
    """The five pools of the draws: People's Daily 2023h2, provincial-2026, the national
    reports 2010-2025 (wikisource), finance-2026 and sina-2018, each a sorted list of files."""
    reports = [root + f"/gov-reports/wikisource/reports/{y}.txt" for y in range(2010, 2026)]
    return {
        "pd": sorted(glob.glob(root + "/news/peoples-daily-2023h2/*/*.txt")),
        "prov": sorted(glob.glob(root + "/gov-reports/provincial-2026/*.txt")),
        "nat": [f for f in reports if os.path.exists(f)],
        "fin": sorted(glob.glob(root + "/news/finance-2026/*/*.txt")),
        "sina": [root + "/news/sina-2018.jsonl"],
    }


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
    return record_lines(raw)
