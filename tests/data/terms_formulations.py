"""Candidates for the built-in vocabulary (src/terms/vocabulary.txt): the formulations of the
2023-2025 national and 31 provincial-2026 government work reports (34 documents), with the
national reports of 2003-2022 as evidence of recurrence across years.

Each report is split into words by `tifa segment`. Two kinds of phrase are taken from every
clause (text between punctuation other than 、): word n-grams of 1-8 words, and the clause
itself once its opening verbs are stripped (坚持|以经济建设为中心, 实施|积极的财政政策). A phrase
holds 4-20 chars, no digit or Latin letter, opens with no verb or function word of LEAD and
ends with no word of TAIL. It is a candidate when it has a policy shape (SHAPES below: a
head such as 体系, 机制, 一体化, 法治化, 全国统筹, 建设, 战略, 政策, 关系, 改革, 行动, 工程; or a
fixed form: 以…为…, a char repeated in three parallel pairs as in 共商共建共享, AABB, three or
more two-char words before a head as in 严格规范公正文明执法, a list joined by 、) and recurs:
used by 2 or more of the 34 reports, or by one of them and one earlier national report. A
phrase mostly held by a longer candidate (in 80% of its reports) is left out.

Prints: reports using it (of the 34), earlier national years using it, its shape, the phrase;
most used first. The choice among them is by hand (see docs/terms.md: an official
formulation, not an institution, place, statistic, industry, field or generic noun; typed
program when it names something carried out — a head of action, project, reform, system,
mechanism, construction, policy, pilot, coordination —, slogan when it states a principle,
goal, relation or line of thought).

    cargo build && python3 tests/data/terms_formulations.py > /tmp/candidates.tsv
    python3 tests/data/terms_formulations.py --headless 6 > /tmp/candidates.tsv

`--wide` widens the net and prints only phrases not already in the vocabulary: heads also
from the vocabulary's own endings (a last two chars shared by 2 or more entries: 力量, 合作,
富裕, 修复工程 via 工程) and openings of brand (智慧, 美丽 + noun); recurrence evidence also
from every national report 1954-2022 and from the documents of People's Daily 2023h2
(counted as distinct documents, by plain substring); a phrase is a candidate when it stands
in 2 or more of the 34 reports, or in one and in an earlier national report or 2 or more
People's Daily documents. Headless phrases (maxims such as 一张蓝图绘到底) are printed when
they stand in 3 or more of the 34 reports and in 3 or more earlier reports or documents.
Columns: reports, earlier national years, People's Daily documents, shape, phrase.

    python3 tests/data/terms_formulations.py --wide > /tmp/wide.tsv
"""
import collections
import glob
import os
import re
import subprocess
import sys

ROOT = os.path.join(os.path.dirname(__file__), "..", "..")
CORPORA = os.path.join(ROOT, "..", "shared", "corpora", "gov-reports")
TIFA = os.environ.get("TIFA", os.path.join(ROOT, "target", "debug", "tifa"))
LEAD = set("""推动 加快 推进 实施 深化 加强 坚持 扎实 持续 大力 全面 深入 着力 积极推进 进一步 不断
完善 健全 建立 构建 打造 促进 提升 支持 开展 落实 巩固 提高 强化 优化 做好 抓好 稳步 有序 切实
的 和 与 及 等 是 在 对 为 把 将 要 更 更加 加速 扩大 实现 推广 发展 深度 聚焦 坚定 牢牢 始终
围绕 着眼 加大 抓住 用好 全力 一批 重点 主要 我们 我省 我市 全省 全市 全区 加快推进 精准 认真
有效 并 同时 作为 通过 按照 取得 力争 保持 保障 确保 培育 壮大 引导 鼓励 规范 创建 实行 出台
制定 启动 新增 增加 提出 突出 注重 以及 或 从 向 到 由 于 各 各类 多 大 小 好 一 不 也 都 贯彻
还 已 今年 明年 去年 全年 过去 未来 年 今后 深入实施 全面实施 扎实推进 深入推进 大力推进 统筹推进
纵深推进 稳妥推进 全面推进 主动 努力 着力推进 继续 加紧 坚决 全面落实 认真落实 深入开展
扎实开展 全面加强 切实加强 不断完善 加快建设 加快构建 加快发展 推动实现 持续推进 做强 做优 做大
融入 践行 树立 树立和践行 在于 因地制宜 服务 加力 提速 加快形成 形成 探索 谋划 争创 创新 用
深入贯彻 全面贯彻 认真贯彻 学习 学习贯彻 宣传 弘扬 传承 守住 筑牢 牢固树立 服务和融入 助力 参与""".split())
TAIL = set("""的 和 与 及 等 了 中 上 下 是 在 为 方面 工作 问题 作用 能力 水平 领域 措施 任务 基础 成效
需求 项目 企业 产业 行业 地区 城市 农村 群众 人口 人员 部门 单位 政府 市场 资金 资源 方式 条件""".split())
PUNCT = set("，。；：！？（）“”《》‘’,.;:!?()[]【】—…·=「」『』")
HEADS = """体系 机制 一体化 法治化 全国统筹 建设 战略 政策 关系 方略 篇章 改革 行动 工程 制度 试点
计划 攻坚战 攻坚 保卫战 专项行动 专项整治 整治 执法 理念 思想 观 格局 方针 原则 路线 道路 模式
方案 示范区 先行区 新模式 新机制 新体系 新格局 新征程 新篇章 现代化 共同体 大市场 安全 统筹
协同 联动 融合 一体 贯通 衔接 兜底 协作 帮扶 振兴 转型 升级 提质 增效 强基 扩容 强国 强省
自立自强 高质量发展 生产力 经济 新动能 双控 达峰 中和 法治 责任制 长效机制 总基调 主线 底线
红线 清单 市场化 城镇化 市民化 国际化 均等化 便利化 数字化 智能化 绿色化 标准化 规范化 全覆盖
三年行动 五年行动 政商关系 作风 精神 战争 保险""".split()
# Heads of a named programme: one report is enough (a province's own 龙头企业培优扶强行动).
NAMED = set("行动 工程 计划 行动计划 三年行动 专项行动 攻坚战 保卫战 战争 方略 篇章 战略 保险".split())
HEADS = sorted(HEADS, key=len, reverse=True)


def report_paths():
    """The 34 recent reports, then the earlier national ones (2003-2022) as (path, recent)."""
    recent = [os.path.join(CORPORA, "wikisource", "reports", f"{y}.txt") for y in (2023, 2024, 2025)]
    recent += sorted(glob.glob(os.path.join(CORPORA, "provincial-2026", "*.txt")))
    older = [os.path.join(CORPORA, "wikisource", "reports", f"{y}.txt") for y in range(2013, 2023)]
    older += [os.path.join(CORPORA, "govcn", f"{y}.txt") for y in range(2003, 2013)]
    return [(p, True) for p in recent] + [(p, False) for p in older if os.path.exists(p)]


def clauses(text):
    """The clauses of a segmented text: runs of words between punctuation."""
    for line in text.split("\n"):
        clause = []
        for w in line.split(" ") + ["。"]:
            if w and not any(c in PUNCT for c in w):
                clause.append(w)
            elif clause:
                yield clause
                clause = []


def plain(s):
    return 4 <= len(s) <= 20 and not any(c.isascii() and c.isalnum() for c in s) and not re.search(
        "[０-９0-9〇一二三四五六七八九十百千万亿]{2,}|[年月日]", s[:1]
    )


def phrases(text):
    """The candidate phrases of one report: word n-grams, and clauses with their opening
    verbs stripped, each with its words."""
    out = {}
    for clause in clauses(text):
        for n in range(1, 9):
            for i in range(len(clause) - n + 1):
                ws = clause[i : i + n]
                s = "".join(ws)
                if plain(s):
                    out[s] = ws
        ws = list(clause)
        while ws and ws[0] in LEAD:
            ws = ws[1:]
        s = "".join(ws)
        if ws and plain(s):
            out[s] = ws
    return out


def shape(s, ws):
    """The policy shape of a phrase (its head or its form), or None."""
    if re.fullmatch(r"以.{2,8}为.{1,8}", s):
        return "以…为…"
    if "、" in s and len(s.split("、")) >= 2 and all(len(p) >= 2 for p in s.split("、")):
        return "、list"
    if len(s) >= 6 and s[0] == s[2] == s[4] and s[0] != s[1]:
        return "ABACAD"
    if len(s) == 4 and s[0] == s[1] and s[2] == s[3]:
        return "AABB"
    for h in HEADS:
        if s.endswith(h) and len(s) > len(h) + 1:
            if len(ws) >= 4 and all(len(w) == 2 for w in ws[:-1]) and len(ws[-1]) <= 2:
                return "parallel+" + h
            return h
    return None


VOCABULARY = os.path.join(ROOT, "src", "terms", "vocabulary.txt")
PEOPLES_DAILY = os.path.join(ROOT, "..", "shared", "corpora", "news", "peoples-daily-2023h2")
BRANDS = ("智慧", "美丽")


def vocabulary():
    """The entries of the built-in vocabulary."""
    with open(VOCABULARY, encoding="utf-8") as f:
        return {l.split("\t")[0] for l in f if l.strip() and not l.startswith("#")}


def vocabulary_heads(entries):
    """Endings shared by two or more entries (their last two chars), longest first."""
    ends = collections.Counter(e[-2:] for e in entries if len(e) >= 4)
    return sorted({h for h, n in ends.items() if n >= 2} | set(HEADS), key=len, reverse=True)


def national_texts():
    """Every earlier national report (1954-2022), one text a year."""
    years = {}
    for sub in ("wikisource/reports", "govcn", "govcn-rawscrape"):
        for p in sorted(glob.glob(os.path.join(CORPORA, sub, "*.txt"))):
            y = os.path.basename(p)[:4]
            if y.isdigit() and int(y) < 2023:
                years.setdefault(y, open(p, encoding="utf-8", errors="replace").read())
    return list(years.values())


def document_counter(texts):
    """A function counting the texts a phrase stands in (plain substring)."""
    import bisect

    starts, pos = [], 0
    for t in texts:
        starts.append(pos)
        pos += len(t) + 1
    whole = "\n".join(texts)

    def count(s):
        seen, i = set(), whole.find(s)
        while i >= 0:
            d = bisect.bisect_right(starts, i) - 1
            seen.add(d)
            i = whole.find(s, starts[d + 1] if d + 1 < len(starts) else len(whole))
        return len(seen)

    return count


def wide():
    """Candidates of the widened net, not already in the vocabulary, most used first."""
    global HEADS
    entries = vocabulary()
    HEADS = vocabulary_heads(entries)
    recent, words = collections.Counter(), {}
    for path, is_recent in report_paths():
        if not is_recent:
            continue
        text = subprocess.run([TIFA, "segment", "-j1", path], capture_output=True, text=True).stdout
        found = phrases(text)
        recent.update(found.keys())
        for s, ws in found.items():
            words.setdefault(s, ws)
    national = document_counter(national_texts())
    # People's Daily by substring is slow (tens of minutes): only with TERMS_DAILY=1.
    paths = sorted(glob.glob(os.path.join(PEOPLES_DAILY, "*", "*.txt"))) if os.environ.get("TERMS_DAILY") else []
    daily = document_counter([open(p, encoding="utf-8", errors="replace").read() for p in paths])
    rows = {}
    for s, ws in words.items():
        n = recent[s]
        if s in entries or ws[0] in LEAD or ws[-1] in TAIL or len(ws) < 2:
            continue
        form = shape(s, ws) or ("brand" if s.startswith(BRANDS) and len(s) <= 6 else None)
        if form is None and (n < 3 or len(s) < 5):
            continue
        m, d = national(s), daily(s)
        if form and (n >= 2 or m >= 1 or d >= 2):
            rows[s] = (n, m, d, form)
        elif form is None and m + d >= 3:
            rows[s] = (n, m, d, "-")
    held = collections.Counter()
    for s in rows:
        ws = words[s]
        for inner in (ws[1:], ws[:-1]):
            key = "".join(inner)
            held[key] = max(held[key], recent[s])
    for s, (n, m, d, form) in sorted(rows.items(), key=lambda x: (-x[1][0] - x[1][1] - x[1][2] / 10, x[0])):
        if s in held and held[s] >= 0.8 * n and n > 0:
            continue
        print(f"{n}\t{m}\t{d}\t{form}\t{s}")


def main():
    if sys.argv[1:2] == ["--wide"]:
        return wide()
    # `--headless N`: also phrases of no policy shape standing in N or more of the 34 reports
    # (有效市场和有为政府), printed with the shape "-".
    headless = int(sys.argv[2]) if sys.argv[1:2] == ["--headless"] else None
    recent, older, words = collections.Counter(), collections.Counter(), {}
    for path, is_recent in report_paths():
        text = subprocess.run([TIFA, "segment", "-j1", path], capture_output=True, text=True).stdout
        found = phrases(text)
        (recent if is_recent else older).update(found.keys())
        if is_recent:
            for s, ws in found.items():
                words.setdefault(s, ws)
    shaped = {}
    for s, ws in words.items():
        n, m = recent[s], older[s]
        if ws[0] in LEAD or ws[-1] in TAIL:
            continue
        form = shape(s, ws)
        if form and (n >= 2 or m >= 1 or (form in NAMED and len(s) >= 6)):
            shaped[s] = form
        elif headless and n >= headless and len(ws) > 1:
            shaped[s] = "-"
    # A candidate mostly held by a longer candidate (one word more) adds nothing.
    held = collections.Counter()
    for s in shaped:
        ws = words[s]
        for inner in (ws[1:], ws[:-1]):
            key = "".join(inner)
            held[key] = max(held[key], recent[s])
    for s, form in sorted(shaped.items(), key=lambda x: (-recent[x[0]], -older[x[0]], x[0])):
        if held[s] >= 0.8 * recent[s]:
            continue
        print(f"{recent[s]}\t{older[s]}\t{form}\t{s}")


main()
