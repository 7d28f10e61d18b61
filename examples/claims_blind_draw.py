#!/usr/bin/env python3
"""Draws the references of tests/data/claims_blind.tsv (issue 22's blind claims set).

Standalone, standard library only. Run from the repository root next to ../shared/corpora:

    python3 examples/claims_blind_draw.py [CORPORA_DIR] > /tmp/draws.tsv

Prints one row a draw: file, line (1-based; of sina-2018.jsonl the JSON line, the span then
in its "text"), char span [start, end) of the number and its unit, the draw's pool, and a
window of the line for labelling by hand (the window is for the labeller only: it is never
committed). Nothing here reads tifa's output.

Claims: with Python's random.Random(SEED), for each pool in turn until it has PER_POOL draws:
a random file of the pool (a random record of sina-2018), the lines of it holding a number
with a unit (NUMBER_WITH_UNIT below; a lone 一, a number after 第 and four-digit years
before 年 do not count),
not a line of claims_eval/heldout/fresh.tsv nor one drawn already, a random such line, and a
random such number of it. Non-claims: for each of the NOT_CLAIMS patterns in turn, NOT_PER
draws from a random pool, file and matching line the same way. Then a second round of
EXTRA_PER_POOL claims draws a pool (see main).
"""

import glob
import json
import os
import random
import re
import sys

SEED = 20261501
PER_POOL = 24
NOT_PER = 3
USED_SETS = ("claims_eval.tsv", "claims_heldout.tsv", "claims_fresh.tsv")
EXTRA_PER_POOL = 8

NUM = r"(?:[0-9０-９]+(?:[.,][0-9]+)*|百分之[零〇一二两三四五六七八九十百千点.0-9]+|[零〇一二两三四五六七八九十百千]+)"
UNITS = (
    "个百分点 百分点 个基点 基点 % ％ ‰ 倍 万亿元 亿元 万元 千元 元 块钱 亿美元 万美元 美元 港元 "
    "个工作日 个月 个小时 小时 分钟 年 天 亿股 万股 股 人次 户次 架次 个 名 家 项 次 人 户 件 所 座 "
    "条 只 头 台 辆 架 艘 套 处 批 场 篇 部 种 类 支 张 份 宗 起 间 栋 位 例 枚 株 棵 片 亿人 "
    "千瓦时 千瓦 兆瓦 平方公里 平方米 立方米 公里 千米 公顷 公斤 千克 吨 斤 亩 米 标箱 摄氏度 ℃ "
    "升 克 桶 吉瓦 立方 点"
).split()
UNITS.sort(key=len, reverse=True)
NUMBER_WITH_UNIT = re.compile(
    r"(?<![0-9０-９.,零〇一二两三四五六七八九十百千万亿第])"
    + "(" + NUM + r")((?:万亿|亿|万|千)?(?:余|多)?)(" + "|".join(map(re.escape, UNITS)) + ")"
)

NOT_CLAIMS = [
    ("date", re.compile(r"(?<![0-9])(?:[0-9]{4}年)?[0-9]{1,2}月[0-9]{1,2}日")),
    ("date-numeric", re.compile(r"(?<![0-9])[0-9]{4}[/.-][0-9]{1,2}[/.-][0-9]{1,2}(?![0-9])")),
    ("year", re.compile(r"(?<![0-9])(?:[0-9]{4}|[〇○零一二三四五六七八九]{4})年(?![0-9]{0,2}月)")),
    ("ordinal", re.compile(r"第([0-9]+|[一二三四五六七八九十百]+)(?:届|次|个|批|场|名|位|轮|期|季度)")),
    ("anniversary", re.compile(r"([0-9]+|[一二三四五六七八九十百]+)周年")),
    ("code", re.compile(r"(?<![0-9])([0-9]{6})(?:\.S[HZ]|(?=[）)]))")),
    ("article", re.compile(r"第([一二三四五六七八九十百零]+)条")),
]


def pools(root):
    """The five pools: name -> list of files (sina-2018: the one JSONL file)."""
    rel = lambda paths: sorted(os.path.relpath(p, root) for p in paths)
    return {
        "peoples-daily-2023h2": rel(glob.glob(f"{root}/news/peoples-daily-2023h2/*/*.txt")),
        "provincial-2026": rel(glob.glob(f"{root}/gov-reports/provincial-2026/*.txt")),
        "national-2023-2025": [f"gov-reports/wikisource/reports/{y}.txt" for y in (2023, 2024, 2025)],
        "finance-2026": rel(glob.glob(f"{root}/news/finance-2026/*/*.txt")),
        "sina-2018": ["news/sina-2018.jsonl"],
    }


def used_lines(repo, sets=USED_SETS):
    """(file, line) of the existing claims evaluation sets."""
    used = set()
    for name in sets:
        for row in open(os.path.join(repo, "tests/data", name), encoding="utf-8"):
            if not row.startswith("#") and "\t" in row:
                f = row.split("\t")
                used.add((f[0], int(f[1])))
    return used


class Texts:
    """Lines of corpus files, read once; of sina-2018, one record's text as its line."""

    def __init__(self, root):
        self.root, self.cache = root, {}

    def lines(self, path):
        if path not in self.cache:
            text = open(os.path.join(self.root, path), encoding="utf-8").read()
            self.cache[path] = text.split("\n")
        return self.cache[path]

    def pick(self, rng, path):
        """A random (line number, line) of `path`: a random record of a JSONL file, or None
        for the whole file's lines."""
        lines = self.lines(path)
        if not path.endswith(".jsonl"):
            return None
        n = rng.randrange(len(lines))
        if not lines[n].strip():
            return []
        return [(n + 1, json.loads(lines[n])["text"])]


def candidates(texts, rng, path, keep):
    """(line number, line, matches) of a random file of a pool whose matches `keep` accepts."""
    rows = texts.pick(rng, path)
    if rows is None:
        rows = list(enumerate(texts.lines(path), 1))
    out = []
    for n, line in rows:
        found = keep(line)
        if found:
            out.append((n, line, found))
    return out


def number_matches(line):
    """Numbers with a unit, not a lone 一, not a year."""
    out = []
    for m in NUMBER_WITH_UNIT.finditer(line):
        num, unit = m.group(1), m.group(3)
        if num == "一" or (unit == "年" and len(num) == 4):
            continue
        out.append(m)
    return out


def draw(texts, rng, files, keep, taken, used, tries=20000):
    """One (file, line number, line, match) of a random file of `files` with a match, or
    None after `tries` files."""
    for _ in range(tries):
        path = rng.choice(files)
        rows = [r for r in candidates(texts, rng, path, keep)
                if (path, r[0]) not in used and (path, r[0]) not in taken]
        if rows:
            n, line, found = rng.choice(rows)
            taken.add((path, n))
            return path, n, line, rng.choice(found)
    return None


def show(pool, path, n, line, m, start=None):
    start = m.start() if start is None else start
    window = line[max(0, start - 60):m.end() + 25]
    window = window.replace("\t", " ").replace("\r", "⏎").replace("\n", "⏎")
    print(f"{path}\t{n}\t{start}\t{m.end()}\t{pool}\t{window}")


def draw_any_pool(texts, rng, all_pools, keep, taken, used):
    """(pool, draw) of a random pool holding a match (a pool without one: another pool)."""
    while True:
        pool = rng.choice(sorted(all_pools))
        found = draw(texts, rng, all_pools[pool], keep, taken, used, tries=300)
        if found is not None:
            return pool, found


def main():
    root = sys.argv[1] if len(sys.argv) > 1 else "../shared/corpora"
    repo = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    rng, texts, used, taken = random.Random(SEED), Texts(root), used_lines(repo), set()
    all_pools = pools(root)
    for pool, files in all_pools.items():
        for _ in range(PER_POOL):
            show(pool, *draw(texts, rng, files, number_matches, taken, used))
    for name, pattern in NOT_CLAIMS:
        keep = lambda line, pattern=pattern: list(pattern.finditer(line))
        for _ in range(NOT_PER):
            pool, (path, n, line, m) = draw_any_pool(texts, rng, all_pools, keep, taken, used)
            # The number itself: after 第, else the match's start.
            start = m.start(1) if m.re.groups and name in ("ordinal", "article", "code") else m.start()
            show(f"none:{name}:{pool}", path, n, line, m, start)
    # A second round, drawn after the first was labelled: a third of the first round's
    # numbers with a unit were no claims (百年, 过去五年, “两个确立”), so each pool gets
    # EXTRA_PER_POOL more draws the same way, to bring the claims to about 100.
    for pool, files in all_pools.items():
        for _ in range(EXTRA_PER_POOL):
            show(pool, *draw(texts, rng, files, number_matches, taken, used))


if __name__ == "__main__":
    main()
