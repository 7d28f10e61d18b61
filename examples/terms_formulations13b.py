"""Candidates of the shapes of official formulations in some provincial-2026 reports, one report
at a time (thirteenth round, helper "vocab-b"; docs/terms.md "Thirteenth round (b)").

Earlier rounds (tests/data/terms_formulations.py) mined phrases standing in two or more
reports; the formulations still missed are mostly of ONE report: parallel maxims with no shared
char (A、B、C、D of four-char items), principles with no head, reforms named without a launching
verb, a province's named actions. This script prints, for each report given, every phrase of
one of these shapes that tifa does not already find whole, with its sentence around it:

- `list`: a clause (its opening verbs stripped, cut before 的 or a closing head) of 2-6 parallel
  short items joined by 、 (稳进提质、改革创新、除险固安、强企富民);
- `head`: a clause's words ending in a head of programme or principle (行动, 工程, 计划, 改革,
  试点, 机制, 体系, 战略, 工作法, 模式, 制度, 政策, 工具 …), opening verbs stripped;
- `yi-wei`: 以…为… (以科技创新为引领);
- `count`: a numbered formulation (三个…, 四大…, 五项…);
- `quote`: a quoted name “…” (with the head after it) that tifa types `other` or not at all.

Each candidate is printed with the number of the 31 provincial-2026 reports and of the
2023-2025 national reports holding it (plain substring), whether tifa finds it (`part`: the
terms tifa finds inside it), and 30 chars of context either side. The choice is by hand
(src/terms/vocabulary.txt's criteria).

    cargo build && python3 examples/terms_formulations13b.py 浙江省 河北省 > /tmp/cands.tsv

Columns: report, shape, provincial reports, national reports, found inside, candidate, context.
"""
import glob
import json
import os
import re
import subprocess
import sys

ROOT = os.path.join(os.path.dirname(__file__), "..")
REPORTS = os.path.join(ROOT, "..", "shared", "corpora", "gov-reports")
TIFA = os.environ.get("TIFA", os.path.join(ROOT, "target", "debug", "tifa"))
LEAD = set("""推动 加快 推进 实施 深化 加强 坚持 扎实 持续 大力 全面 深入 着力 积极推进 进一步 不断
完善 健全 建立 构建 打造 促进 提升 支持 开展 落实 巩固 提高 强化 优化 做好 抓好 稳步 有序 切实
的 和 与 及 等 是 在 对 为 把 将 要 更 更加 加速 扩大 实现 推广 深度 聚焦 坚定 牢牢 始终
围绕 着眼 加大 抓住 用好 全力 一批 重点 主要 我们 我省 我市 全省 全市 全区 加快推进 精准 认真
有效 并 同时 作为 通过 按照 取得 力争 保持 确保 培育 壮大 引导 鼓励 规范 创建 实行 出台
制定 启动 新增 增加 提出 突出 注重 以及 或 从 向 到 由 于 各 各类 多 也 都 贯彻 统筹
还 已 今年 明年 去年 全年 过去 未来 今后 深入实施 全面实施 扎实推进 深入推进 大力推进 统筹推进
纵深推进 稳妥推进 全面推进 主动 努力 着力推进 继续 加紧 坚决 全面落实 认真落实 深入开展
扎实开展 全面加强 切实加强 不断完善 加快建设 加快构建 加快发展 推动实现 持续推进 做强 做优 做大
融入 践行 树立 树立和践行 在于 加力 提速 加快形成 形成 探索 谋划 争创 用 完成 组建 设立 新建
深入贯彻 全面贯彻 认真贯彻 学习 学习贯彻 宣传 弘扬 传承 守住 筑牢 牢固树立 助力 参与 获批 入选
纵深 迭代 升级 拓展 全链条 常态化 高水平 高标准 大幅 率先 首次 首个 成功 顺利 基本 全部 一体
""".split())
HEADS = """行动 工程 计划 改革 试点 机制 体系 战略 工作法 模式 制度 政策 工具 品牌 行动计划 专项行动
攻坚战 攻坚 保卫战 战争 方略 篇章 格局 理念 思想 精神 方针 原则 路线 道路 经验 工作机制 责任制
清单 三年行动 提升行动 示范工程 创新工程 专项整治 整治 振兴 一体化 共同体""".split()
HEADS = sorted(set(HEADS), key=len, reverse=True)
SEP = set("，。；：！？（）《》,.;:!?()[]【】…=「」『』\n ")
CJK = re.compile(r"^[\u4e00-\u9fff]+$")


def load(path):
    """The cleaned text, its tokens and the terms tifa finds, of one report."""
    seg = json.loads(subprocess.run([TIFA, "segment", "--format", "json", "-j1", path],
                                    capture_output=True, text=True).stdout.splitlines()[0])
    ext = json.loads(subprocess.run([TIFA, "extract", "-j1", path], capture_output=True,
                                    text=True).stdout)
    return seg["text"], seg["tokens"], ext["terms"]


def clauses(tokens):
    """Runs of tokens between separators (、 and quotes stay inside)."""
    run = []
    for t in tokens:
        if any(c in SEP for c in t["text"]):
            if run:
                yield run
            run = []
        else:
            run.append(t)
    if run:
        yield run


def strip(run):
    """A clause without its opening verbs and function words."""
    i = 0
    while i < len(run) and (run[i]["text"] in LEAD or run[i]["text"] in "“”"):
        i += 1
    return run[i:]


def found_inside(terms, s, e):
    """The names tifa finds within [s, e), and whether one of them covers it all."""
    inside = [t for t in terms if t["span"][0] >= s - 1 and t["span"][1] <= e + 1]
    whole = any(t["span"][1] - t["span"][0] >= (e - s) * 0.85 and t["category"] != "other"
                for t in inside)
    return whole, [f'{t["name"]}:{t["category"][0]}' for t in inside]


def candidates(text, tokens):
    """(shape, start, end) of every phrase of a shape of formulation."""
    out = []
    for run in clauses(tokens):
        run = strip(run)
        if not run:
            continue
        s, e = run[0]["span"][0], run[-1]["span"][1]
        clause = text[s:e]
        # list: cut before 的 + rest, items of 2-8 chars joined by 、
        body = re.split(r"的(?=[\u4e00-\u9fff]{1,8}$)", clause)[0].replace("“", "").replace("”", "")
        items = body.split("、")
        if 2 <= len(items) <= 6 and all(2 <= len(i) <= 6 and CJK.match(i) for i in items):
            if len(set(len(i) for i in items)) == 1 and (len(items) >= 3 or len(items[0]) >= 3):
                out.append(("list", s, s + len(clause.split("的")[0]) if len(items[-1]) > 1 else e))
        # list inside a clause: equal-length items between token boundaries
        # (把握稳进提质、改革创新、除险固安、强企富民工作导向)
        bounds = {t["span"][0] for t in run} | {t["span"][1] for t in run}
        parts = clause.split("、")
        if len(parts) >= 2:
            k = len(parts[1])
            if 2 <= k <= 6 and all(len(x) == k for x in parts[1:-1]) and len(parts[0]) >= k and len(parts[-1]) >= k:
                ls = s + len(parts[0]) - k
                le = s + len(clause) - len(parts[-1]) + k
                n = len(parts)
                if ls in bounds and le in bounds and (n >= 3 or k >= 3) and CJK.match(text[ls:le].replace("、", "")):
                    out.append(("list", ls, le))
        # head: stripped clause up to the last head
        for k in range(len(run) - 1, -1, -1):
            w = run[k]["text"]
            if any(w.endswith(h) for h in HEADS):
                hs, he = s, run[k]["span"][1]
                if 4 <= he - hs <= 24 and CJK.match(text[hs:he].replace("、", "").replace("“", "").replace("”", "")):
                    out.append(("head", hs, he))
                break
        for m in re.finditer(r"以[\u4e00-\u9fff]{2,10}为[\u4e00-\u9fff]{1,8}", clause):
            out.append(("yi-wei", s + m.start(), s + m.end()))
        for m in re.finditer(r"(?:[一二三四五六七八九十两]|十[一二三四五六七八九])[个大项张条种支类化型][\u4e00-\u9fff“”]{2,12}", clause):
            out.append(("count", s + m.start(), s + m.end()))
    for m in re.finditer(r"“([^“”]{2,20})”([\u4e00-\u9fff]{0,4})", text):
        out.append(("quote", m.start(), m.end()))
    return out


def counter():
    texts = [open(p, encoding="utf-8").read() for p in sorted(glob.glob(os.path.join(REPORTS, "provincial-2026", "*.txt")))]
    national = [open(os.path.join(REPORTS, "wikisource", "reports", f"{y}.txt"), encoding="utf-8").read()
                for y in (2023, 2024, 2025)]
    return lambda s: (sum(s in t for t in texts), sum(s in t for t in national))


def main():
    count = counter()
    seen = set()
    for name in sys.argv[1:]:
        text, tokens, terms = load(os.path.join(REPORTS, "provincial-2026", name + ".txt"))
        for shape, s, e in candidates(text, tokens):
            phrase = text[s:e]
            if (name, phrase) in seen:
                continue
            seen.add((name, phrase))
            whole, inside = found_inside(terms, s, e)
            if whole:
                continue
            bare = phrase.replace("“", "").replace("”", "")
            p, n = count(bare)
            ctx = text[max(0, s - 30):s] + "【" + phrase + "】" + text[e:e + 30]
            print(f"{name}\t{shape}\t{p}\t{n}\t{' '.join(inside)}\t{bare}\t{ctx.replace(chr(10), ' ')}")


main()
