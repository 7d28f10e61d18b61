"""What the claim draws share (tests/data/claims_nonclaims_draw.py,
examples/claims_sample18n_draw.py): the pattern of a number with a unit or classifier, and the
lines the labelled samples already hold."""
import glob, os, re

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
