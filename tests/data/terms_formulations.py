"""Candidates for the built-in vocabulary (src/terms/vocabulary.txt): the phrases of the
2023-2025 national and 2026 provincial government work reports (34 documents) that recur in
several distinct reports. Each report is split into words by `tifa segment`; word n-grams of
1-6 words (4-16 chars, no digits) within a clause are counted once per report; n-grams that
open with a verb or function word, or end with a generic noun, are skipped, and so is an
n-gram that a longer one (one word more) holds in 70% of its reports. Prints reports using the
phrase (of the 34), reports of 2021-2022 using it, the phrase. The choice among them is by hand
(a policy phrase, not an institution, place, statistic, industry or generic noun).

    python3 tests/data/terms_formulations.py [MIN_REPORTS] > /tmp/candidates.tsv
"""
import collections
import glob
import os
import subprocess
import sys

ROOT = os.path.join(os.path.dirname(__file__), "..", "..")
CORPORA = os.path.join(ROOT, "..", "shared", "corpora", "gov-reports")
TIFA = os.path.join(ROOT, "target", "debug", "tifa")
LEAD = set("""推动 加快 推进 实施 深化 加强 坚持 扎实 持续 大力 全面 深入 着力 积极 进一步 不断 统筹
完善 健全 建立 构建 打造 促进 提升 支持 开展 落实 巩固 提高 强化 优化 做好 抓好 稳步 有序 切实
的 和 与 及 等 是 在 对 为 以 把 将 要 更 更加 加速 扩大 实现 推广 发展 建设 深度 高水平 新 聚焦
围绕 着眼 加大 抓住 用好 全力 一批 重点 主要 我们 我省 我市 全省 全市 全区 加快推进 系统 精准
有效 并 同时 作为 通过 按照 取得 力争 保持 保障 确保 培育 壮大 引导 鼓励 规范 创建 实行 出台
制定 启动 新增 增加 提出 突出 注重 始终 以及 或 从 向 到 由 于 各 各类 多 大 小 好 一 不 也 都
还 已 今年 明年 去年 全年 过去 未来 年 今后""".split())
TAIL = set("的 和 与 及 等 了 中 上 下 是 在 为 方面 工作 问题 作用 能力 水平 领域 措施 政策 任务".split())
PUNCT = set("，。；：！？（）“”《》‘’,.;:!?()[]【】—…·=")


def reports():
    years = ["2021", "2022", "2023", "2024", "2025"]
    paths = [os.path.join(CORPORA, "wikisource", "reports", y + ".txt") for y in years]
    paths += sorted(glob.glob(os.path.join(CORPORA, "provincial-2026", "*.txt")))
    for p in paths:
        text = subprocess.run([TIFA, "segment", "-j1", p], capture_output=True, text=True).stdout
        yield os.path.basename(p)[:4] in ("2021", "2022"), text


def grams(text):
    out = {}
    for line in text.split("\n"):
        clause = []
        for w in line.split(" ") + ["。"]:
            if w and not any(c in PUNCT for c in w):
                clause.append(w)
                continue
            for n in range(1, 7):
                for i in range(len(clause) - n + 1):
                    s = "".join(clause[i : i + n])
                    if 4 <= len(s) <= 16 and not any(c.isascii() and c.isalnum() for c in s):
                        out[s] = clause[i : i + n]
            clause = []
    return out


def main():
    least = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    df, old, words = collections.Counter(), collections.Counter(), {}
    for older, text in reports():
        g = grams(text)
        words.update(g)
        (old if older else df).update(g.keys())
    held = collections.Counter()
    for s, ws in words.items():
        for inner, extra in ((ws[1:], ws[0]), (ws[:-1], ws[-1])):
            if len(ws) > 1 and extra not in LEAD and extra not in TAIL:
                key = "".join(inner)
                held[key] = max(held[key], df[s])
    for s, n in sorted(df.items(), key=lambda x: (-x[1], x[0])):
        ws = words[s]
        if n < least or ws[0] in LEAD or ws[-1] in TAIL or held[s] >= 0.7 * n:
            continue
        print(f"{n}\t{old[s]}\t{s}")


main()
