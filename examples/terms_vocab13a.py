#!/usr/bin/env python3
"""Candidate formulations of a set of reports for the built-in vocabulary (issue 22,
thirteenth round, helper vocab-a; docs/terms.md "Thirteenth round (a)").

Standard library only. Unlike tests/data/terms_formulations.py (phrases standing in 2 or more
reports), this reads ONE report at a time and prints every phrase of the shapes a formulation
takes, even when no other report holds it, with its sentence, for reading by hand:

- list: 2-6 parallel items of equal length (2-5 chars) joined by 、 (稳进提质、改革创新、除险固安),
  the first item's leading verb (坚持, 做到 ...) stripped;
- head: a phrase closed by a program head (行动, 工程, 计划, 改革, 试点, 机制, 体系, 战略, 工作法,
  模式, 攻坚战, 保卫战, 品牌, 制度 ...), cut after the last verb or function word before it;
- yi-wei: 以…为… (以县城为重要载体);
- numbered: a count opening a short name (三个…, 四大…, 十二个…);
- quoted: every “…” of 2-16 chars.

A candidate the vocabulary lists (src/terms/vocabulary.txt) is left out. Prints: shape,
report, phrase, and 30 chars either side. Run from the repository root:

    python3 examples/terms_vocab13a.py ../shared/corpora REPORT... > /tmp/candidates.tsv

REPORT is a path under the corpora (gov-reports/wikisource/reports/2025.txt,
gov-reports/provincial-2026/上海市.txt).
"""

import os
import re
import sys

HAN = "\u4e00-\u9fff"
HEADS = (
    "三年行动计划|行动计划|三年行动|专项行动|行动|工程|计划|综合改革|改革|试点|长效机制|机制|体系|战略|"
    "工作法|模式|攻坚战|保卫战|品牌|制度|新篇章|篇章|先行区|示范区"
)
VERBS = re.compile(
    "^(?:.*?(?:实施|推进|推动|开展|深化|加快|启动|落实|建设|建立|健全|完善|构建|打造|创建|"
    "开展|争创|推行|探索|出台|制定|坚持|实行|深入|持续|扎实|全面|大力|加强|强化|优化|抓好|"
    "做好|提升|支持|用好|发挥|组织|谋划|承担|获批|入选|纳入|一批|新一轮|以及|和|与|的|等|在|对|把|将))"
)
LEAD = re.compile(
    "^(?:坚持|做到|实现|推动|推进|深化|加快|着力|突出|强化|坚决|全面|持续|深入|统筹|"
    "促进|聚焦|围绕|按照|落实|践行|弘扬|树立|秉持|强调|要|更加|注重|做好|抓好|加强|当好|争当)+"
)


def sentences(text):
    """Sentences of `text` (split after 。；！？ and line ends)."""
    return [s for s in re.split(r"(?<=[。；！？\n])", text) if s.strip()]


def lists(sentence):
    """Runs of 2-6 items of equal length joined by 、."""
    for m in re.finditer(f"[{HAN}]+(?:、[{HAN}]+){{1,5}}", sentence):
        items = m.group(0).split("、")
        items[0] = LEAD.sub("", items[0])
        n = len(items[-1])
        if 2 <= n <= 5 and all(len(i) == n for i in items):
            yield "、".join(items)


def heads(sentence):
    """Phrases of 5-20 chars closed by a program head, cut after the last verb before it."""
    for m in re.finditer(f"[{HAN}“”·（）+]{{3,40}}?(?:{HEADS})(?![{HAN}])", sentence):
        phrase = VERBS.sub("", m.group(0)).strip("“”")
        if 5 <= len(phrase) <= 20:
            yield phrase


def shapes(sentence):
    """(shape, phrase) of every candidate of one sentence."""
    yield from (("list", p) for p in lists(sentence))
    yield from (("head", p) for p in heads(sentence))
    for m in re.finditer(f"以[{HAN}]{{2,12}}为[{HAN}]{{2,10}}", sentence):
        yield "yi-wei", m.group(0)
    for m in re.finditer(f"(?<![{HAN}])[一二三四五六七八九十两]+(?:个|大|项|张|条)?[{HAN}]{{2,6}}", sentence):
        yield "numbered", m.group(0)
    for m in re.finditer("“([^”]{2,16})”", sentence):
        yield "quoted", m.group(1)


def main():
    root, reports = sys.argv[1], sys.argv[2:]
    repo = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    listed = {
        line.split("\t")[0]
        for line in open(os.path.join(repo, "src/terms/vocabulary.txt"), encoding="utf-8")
        if not line.startswith("#")
    }
    for report in reports:
        text = open(os.path.join(root, report), encoding="utf-8").read()
        seen = set()
        for sentence in sentences(text):
            for shape, phrase in shapes(sentence):
                if phrase in listed or phrase in seen:
                    continue
                seen.add(phrase)
                at = sentence.find(phrase)
                context = sentence[max(0, at - 30):at + len(phrase) + 30].replace("\n", " ")
                print(f"{shape}\t{os.path.basename(report)}\t{phrase}\t{context}")


if __name__ == "__main__":
    main()
