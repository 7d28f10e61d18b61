#!/usr/bin/env python3
"""Candidates of the vocabulary's eighteenth round, built from text by stated evidence (issue 22,
Deliver 5; docs/terms.md "Round 18: the vocabulary …"). Standard library only; run from the
repository root, examples/terms_vocab16.py and examples/terms_sample16_draw.py beside it (their
reading, vocabulary check, tifa check and report split are reused by import).

    candidates CORPORA TIFA [REV] [--seen] [--vocabulary]

The texts: the BUILDING half of the split of examples/terms_sample16_draw.py (seed 20262426: the
national reports 2023-2025 and 16 provincial-2026 reports); with --seen, the 15 held-out reports
instead (the second step: candidates the building half does not give, reported apart). Each
report is read with its white space removed and cut into clauses at punctuation. A candidate has
one of three SHAPES:

  series   a run of 2-4 parallel segments joined by 、 (防风险、保安全、护稳定; 夯实基础、全面发力):
           the segments after the first of equal length L (2-4 chars; 3 segments or more when
           L = 2), the first cut to its last L chars (a verb before it dropped), each segment
           opening with a verb or an adverb of jieba's dictionary (a list of nouns — 汽车、钢铁、
           化工 — is not a formulation), or all segments sharing a char at one place (强科技、
           强工业、强省会);
  quoted   a name a report of the texts quotes (“…”, 2-16 chars, no punctuation inside, not
           digits only): a name the texts mark as one, which tifa finds only where quoted
           unless it is listed;
  headed   a program named with its head after a launching verb (实施|开展|推进|深化|落实|启动|
           推动|完成 + 2-14 chars + 行动|工程|计划|改革|试点|战略|机制|专项行动|三年行动).

EVIDENCE (the keep rule, the brief's): the candidate stands in 2 reports of the texts or more,
or in a national report (2023-2025); it is not a common word of jieba's dictionary (one word
not tagged nz or j: 一体化, 一站式 stay out); it is not listed (a line of
src/terms/vocabulary.txt at REV, or of the working tree); tifa (the binary TIFA, of the round's
base) does not find it with a program or slogan type when it stands alone in a sentence
(terms_vocab16.found_today). The rows passing are then REVIEWED by hand (REVIEW below: the
accepted names with their type and category; every other passing row is left out with the
reason of its class). Output: TSV on stdout (shape, name, reports, national, decision), a
summary on stderr.
"""

import collections
import glob
import os
import random
import re
import sys

import terms_sample16_draw as split16
import terms_vocab16 as sixteenth

PUNCT = "，。；：！？、（）()《》“”‘’「」【】—…·/,.;:!?\"' "
CJK = r"\u4e00-\u9fff"
VERBS = "实施|开展|推进|深化|落实|启动|推动|完成"
HEADS = "专项行动|三年行动|行动|工程|计划|改革|试点|战略|机制"
HEADED = re.compile(f"(?:{VERBS})([{CJK}]{{2,14}}?(?:{HEADS}))(?=[，。；、])")
QUOTED = re.compile(f"“([{CJK}A-Za-z0-9+＋×]{{2,16}})”")


def dictionary():
    """jieba's dictionary: word → tag (the one jieba-rs embeds)."""
    paths = glob.glob(os.path.expanduser("~/.cargo/registry/src/*/jieba-rs-*/src/data/dict.txt"))
    words = {}
    for line in open(sorted(paths)[-1], encoding="utf-8") if paths else []:
        parts = line.split()
        if len(parts) == 3:
            words[parts[0]] = parts[2]
    return words


def generic(name, words):
    """A common word of jieba's dictionary (not a proper name nz nor an abbreviation j)."""
    return name in words and words[name] not in ("nz", "j")


def verbal(segment, words):
    """The segment opens with a verb or an adverb (one char or two)."""
    return any(words.get(segment[:n], "").startswith(("v", "d", "ad")) for n in (1, 2))


def series(clause, words):
    """The parallel series of a clause (segments joined by 、), cut to equal lengths."""
    parts = clause.split("、")
    if len(parts) < 2:
        return None
    length = len(parts[1])
    if not 2 <= length <= 4 or any(len(p) != length for p in parts[1:-1]):
        return None
    first, last = parts[0][-length:], parts[-1][:length]
    segments = [first] + parts[1:-1] + [last]
    if len(parts[0]) < length or len(parts[-1]) < length or (length == 2 and len(segments) < 3):
        return None
    if len(segments) > 4 or any(not re.fullmatch(f"[{CJK}]+", s) for s in segments):
        return None
    shared = any(len({s[i] for s in segments}) == 1 for i in range(length))
    if shared or all(verbal(s, words) for s in segments):
        return "、".join(segments)
    return None


def clauses(text):
    """The clauses of `text`: runs between punctuation other than 、."""
    return re.split("[" + re.escape(PUNCT.replace("、", "")) + "]", text)


def shapes(text, words):
    """(shape, name) of every candidate of one report."""
    for clause in clauses(text):
        found = series(clause, words)
        if found:
            yield "series", found
    for name in set(QUOTED.findall(text)):
        if not name.isdigit():
            yield "quoted", name
    for name in HEADED.findall(text):
        yield "headed", name


def sources(corpora, seen):
    """{path: text} of the texts: the building half, or with `seen` the held-out half."""
    building, held_out = split16.split(corpora, random.Random(split16.SEED))
    files = held_out if seen else split16.national() + building
    return {f: sixteenth.read(os.path.join(corpora, f)) for f in files}


# The hand review of the passing rows (written after reading them with their contexts): the
# accepted names, by category, with their type. A passing row not here is left out; its reason
# is its class in LEFT_OUT.
REVIEW = {
    # (a) maxims and series of the national reports: economic policy and governance
    "市场化、法治化、国际化": ("maxims", "slogan"),
    "稳增长、稳就业、稳物价": ("maxims", "slogan"),
    "稳预期、稳增长、稳就业": ("maxims", "slogan"),
    "转方式、调结构、提质量、增效益": ("maxims", "slogan"),
    "遏制增量、化解存量": ("maxims", "slogan"),
    "放宽准入、减少限制、优化监管": ("maxims", "slogan"),
    "进得来、能发展、有作为": ("maxims", "slogan"),
    "适度加力、提质增效": ("maxims", "slogan"),
    "大农业观、大食物观": ("maxims", "slogan"),
    "干一件、成一件": ("maxims", "slogan"),
    # completed from a series: the other spelling of a listed formulation
    "医保、医疗、医药协同发展和治理": ("maxims", "slogan"),
    # (b) programs and campaigns of the reports
    "免申即享、直达快享": ("programs", "program"),
    "直达快享、免申即享": ("programs", "program"),
    "国防发展重大工程": ("programs", "program"),
    "服务贸易创新发展试点": ("programs", "program"),
    "高职扩招和职业技能提升三年行动": ("programs", "program"),
    "十件民生实事": ("programs", "program"),
    "乙类乙管": ("programs", "program"),
    "打非治违": ("programs", "program"),
    "碳达峰十大行动": ("programs", "program"),
}
# The second step (--seen): the review of the rows the HELD-OUT half gives, by the same rules;
# measured apart (the sample's windows come from these reports: the figure is "seen").
REVIEW_SEEN = {
    "教育强省、科技强省、人才强省": ("maxims, seen", "slogan"),
    "源头化解、多元化解、有序化解": ("maxims, seen", "slogan"),
    "调结构、防风险、促改革": ("maxims, seen", "slogan"),
    "经济增长保持在合理区间": ("maxims, seen", "slogan"),
    "民呼我为": ("maxims, seen", "slogan"),
    "可信数据空间创新发展试点": ("programs, seen", "program"),
    "新一轮服务业扩大开放综合试点": ("programs, seen", "program"),
    "新一轮农村公路提升行动": ("programs, seen", "program"),
    "农村电商高质量发展工程": ("programs, seen", "program"),
    "医保支付方式和医疗服务价格改革": ("programs, seen", "program"),
    "财政科学管理综合试点": ("programs, seen", "program"),
    "水预算管理试点": ("programs, seen", "program"),
    "川渝通办": ("programs, seen", "program"),
    "跨域通办": ("programs, seen", "program"),
    "登峰计划": ("programs, seen", "program"),
    "综合查一次": ("programs, seen", "program"),
}
LEFT_OUT = {
    "a listed name with its scope or verb, or a span cut": set(
        "新一轮国资国企改革 落实自贸试验区提升战略 居民增收计划 内卷式 办就办好 千亿斤粮食 提质行动 "
        "铸牢 安全生产治本攻坚行动 林权制度改革 拼出来、干出来、奋斗出 性住房、安置房 免陪照护服务 "
        "医疗、医保、医药 医保、医疗、医药 间品贸易、绿色贸易 一批产业基础再造工程 和努力普及健康中国行动".split()
    ),
    "problems named (形式主义、官僚主义, 校园餐, 非粮化)": set(
        "形式主义、官僚主义 面子工程、形象工程 单边主义、保护主义 乱作为、不作为、不善为 "
        "乱收费、乱罚款、乱摊派 监管缺位、重放轻管 顾此失彼、相互掣肘 校园餐 新官不理旧账 非农化 非粮化 "
        "政绩工程 登记难 断头路 大水漫灌".split()
    ),
    "places, brands, designations, entities, events and works": set(
        "小巨人 灯塔工厂 投资中国 三区三州 沙戈荒 几字弯 北大门 文华奖 全国十大考古新发现 嫦娥六号 村BA "
        "村晚 村超 国家森林城市 瞪羚 两院 世界500强 快递小哥 幸福里 新春第一会 生态岛 科创飞地 美丽系列 "
        "两委 两高 石榴籽".split()
    ),
}
LEFT_OUT_OTHERWISE = (
    "reviewed: a generic phrase, list or mechanism (工作机制, 重点领域改革, 数字贸易、绿色贸易, "
    "真抓实干、埋头苦干, 一企一策), a figure (金角银边, 护城河, 烟火气), or a short name of "
    "several readings (双控, 三保, 三医, 四化, 动态清零)"
)


def decide(name, texts, lines, found, words):
    """(reports, national, decision) of one candidate."""
    reports = sum(name in t for t in texts.values())
    national = sum(name in t for f, t in texts.items() if "wikisource" in f)
    if reports < 2 and national < 1:
        return reports, national, "out:one report"
    if generic(name, words):
        return reports, national, "out:common word"
    if name in lines:
        return reports, national, "listed"
    if found.get(name) in ("program", "slogan"):
        return reports, national, "found by a rule"
    if name in REVIEW:
        return reports, national, "keep:" + REVIEW[name][1]
    why = next((k for k, names in LEFT_OUT.items() if name in names), LEFT_OUT_OTHERWISE)
    return reports, national, "out:" + why


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    if len(args) < 3 or args[0] != "candidates":
        sys.exit(__doc__)
    corpora, tifa = args[1], args[2]
    lines = set(sixteenth.vocabulary(args[3] if len(args) > 3 else None))
    words = dictionary()
    texts = sources(corpora, "--seen" in sys.argv)
    found_shapes = {}
    for text in texts.values():
        for shape, name in shapes(text, words):
            found_shapes.setdefault(name, shape)
    if "--seen" in sys.argv:
        REVIEW.clear()
        REVIEW.update(REVIEW_SEEN)
    for name in REVIEW:
        found_shapes.setdefault(name, "completed")
    names = sorted(found_shapes)
    counted = {n: sum(n in t for t in texts.values()) for n in names}
    asked = [n for n in names if counted[n] >= 2 or any(n in t for f, t in texts.items() if "wikisource" in f)]
    found = sixteenth.found_today(tifa, asked) if asked else {}
    summary = collections.Counter()
    print("shape\tname\treports\tnational\ttifa_alone\tdecision")
    for name in names:
        reports, national, decision = decide(name, texts, lines, found, words)
        summary[(found_shapes[name], decision.split(":")[0] if decision.startswith("keep") else decision)] += 1
        if decision != "out:one report":
            print(f"{found_shapes[name]}\t{name}\t{reports}\t{national}\t{found.get(name, '')}\t{decision}")
    for key, n in sorted(summary.items()):
        print(*key, n, sep="\t", file=sys.stderr)
    if "--vocabulary" in sys.argv:
        block(names, texts, lines, found, words)


def block(names, texts, lines, found, words):
    """The kept rows as vocabulary lines, by category (stderr)."""
    for category in sorted({c for c, _ in REVIEW.values()}):
        for name in names:
            if name in REVIEW and REVIEW[name][0] == category:
                if decide(name, texts, lines, found, words)[2].startswith("keep"):
                    print(f"{name}\t{REVIEW[name][1]}", file=sys.stderr)


if __name__ == "__main__":
    main()
