#!/usr/bin/env python3
"""The formulations nothing finds: the gap and the candidate lists of the vocabulary's
fifteenth round (issue 22, Deliver 5; docs/terms.md "Fifteenth round: the formulations nothing
finds"). Standard library only; run from the repository root.

    gap TESTOUT OUT        counts, per dev terms set, the real names (P/S/D) typed right and
                           listed by the vocabulary, typed right by a rule or a quote, missed
                           with something over them, or missed with nothing over them;
                           TESTOUT is the output of
                           `TERMS_SAMPLE6_MISSES=1 … TERMS_SAMPLE10_MISSES=1 cargo test --test
                           terms evaluation -- --skip blind4 --nocapture --test-threads=1`.
                           Writes the "nothing" names to OUT (one per line, set<TAB>name), which
                           the recall reads; the names themselves are not printed.
    lists CORPORA DIR      writes the candidate lists (a)–(e) below into DIR/<list>.tsv
                           (candidate, reports holding it, People's Daily documents holding it,
                           one context).
    recall OUT DIR         each list's recall of the "nothing" names of OUT (and its size);
                           a measure of the list, not a selection.
    read DIR LIST IDX...   the candidates of one list that tifa does not find today (not a
                           name or variant of programs/slogans/documents.json of the `tifa
                           index` directories IDX, not a line of the vocabulary), most reports
                           then most documents first, with a context: what is read by hand.

Lists (text: the national reports 2019-2025, wikisource, and the 31 provincial-2026 reports;
People's Daily 2023h2 for the quotes, and to count documents):
  (a) series: the items (4-8 chars) of parallel series — X、Y、Z, or clauses of one sentence
      separated by ， of 3-8 chars each with two or more of equal length — and the series
      itself (two or more items, each 2-8 chars), with an opening verb of its first item
      (坚持, 做到, 推动 …) stripped;
  (b) quotes: every “…” of 2-24 chars of the reports and of People's Daily;
  (c) objects: the phrase after 坚持, 推进, 实施, 深化, 践行, 弘扬, 贯彻, 落实, 推动, 开展, 打造,
      建设, 构建, 实行, 统筹, 健全, 完善 up to the clause's end (，。；：), its first 、 item too;
  (d) shapes: one report's phrases of the earlier rounds' shapes (examples/terms_vocab13a.py):
      lists of equal items, phrases closed by a program head, 以…为…, counted names;
  (e) place programs: 4-char words closed by a province's abbreviation after a verb char
      (润疆, 援藏, 兴渝, 强省 …) and 对口援X / 对口支援X.
"""

import collections
import json
import os
import re
import sys

HAN = re.compile(r"^[\u4e00-\u9fff]+$")
CLAUSE_END = re.compile(r"[，。；：！？\n]")
SENTENCE_END = re.compile(r"[。；！？\n]")
SETS = [
    "eval", "heldout", "fresh", "dev2", "sample", "dev3", "blind", "blind2", "sample5",
    "sample6-b", "sample6-a", "blind3", "sample7", "sample8", "sample9", "sample10",
]
# test name → data file
TESTS = {
    "evaluation": "terms-eval.tsv",
    "evaluation_held_out": "terms-heldout.tsv",
    "evaluation_fresh": "terms-fresh.tsv",
    "evaluation_dev2": "terms-dev2.tsv",
    "evaluation_sample": "terms-sample.tsv",
    "evaluation_dev3": "terms-dev3.tsv",
    "evaluation_blind": "terms-blind.tsv",
    "evaluation_blind2": "terms-blind2.tsv",
    "evaluation_sample5": "terms-sample5.tsv",
    "evaluation_sample6_b": "terms-sample6-b.tsv",
    "evaluation_sample6_a": "terms-sample6-a.tsv",
    "evaluation_blind3": "terms-blind3.tsv",
    "evaluation_sample7": "terms-sample7.tsv",
    "evaluation_sample8": "terms-sample8.tsv",
    "evaluation_sample9": "terms-sample9.tsv",
    "evaluation_sample10": "terms-sample10.tsv",
}
VERBS = "坚持 推进 实施 深化 践行 弘扬 贯彻 落实 推动 开展 打造 建设 构建 实行 统筹 健全 完善".split()
OPENERS = sorted(
    "坚持 做到 推动 推进 实施 深化 践行 弘扬 贯彻 落实 开展 打造 构建 实行 统筹 健全 完善 加快 "
    "加强 强化 突出 围绕 聚焦 牢记 树立 秉持 把握 锚定 紧扣 按照 遵循 全面 持续 着力 大力 深入 "
    "切实 更加 不断 积极 努力 扎实 奋力 要 把 以 在 和 并 与 及 是 为 抓好 做好".split(),
    key=len,
    reverse=True,
)
PROVINCES = "京津冀晋蒙辽吉黑沪苏浙皖闽赣鲁豫鄂湘粤桂琼渝川蜀黔贵滇云藏陕秦甘陇青宁新疆港澳台"


def vocabulary():
    """The keys of src/terms/vocabulary.txt."""
    keys = set()
    for line in open("src/terms/vocabulary.txt", encoding="utf-8"):
        if line.startswith("#") or "\t" not in line:
            continue
        keys.add(line.split("\t")[0])
    return keys


def gap(testout, out):
    """Per set: real names listed and right, right by a rule, missed under something, missed
    under nothing; the nothing names written to `out`."""
    keys = vocabulary()
    misses = collections.defaultdict(list)
    current = None
    for line in open(testout, encoding="utf-8"):
        m = re.match(r"^test (evaluation\w*) \.\.\. ", line)
        if m:
            current = m.group(1)
            continue
        if line.startswith("names typed right"):
            current = None  # a second figure of the same set (its unquoted names): counted once
            continue
        m = re.match(r"^(.+): (None|Some\(\w+\)), labelled ([PSDO|]+)( \[(\w+).*\])?$", line.rstrip())
        if m and current and "O" != m.group(3):
            misses[current].append((m.group(1), m.group(5) or "typed"))
    total = collections.Counter()
    with open(out, "w", encoding="utf-8") as w:
        print("set\tnames\tlisted, right\trule, right\tmissed, under a term\tmissed, wrong type\tnothing")
        for test, data in TESTS.items():
            names = []
            for row in open(os.path.join("tests/data", data), encoding="utf-8"):
                f = row.rstrip("\n").split("\t")
                if row.startswith("#") or len(f) != 4 or f[2] == "O":
                    continue
                names.append(f[3])
            missed = collections.Counter(misses[test])
            nothing = under = typed = 0
            left = collections.Counter(names)
            for (name, cause), k in missed.items():
                left[name] -= k
                if cause == "nothing":
                    nothing += k
                    for _ in range(k):
                        w.write(f"{test}\t{name}\n")
                elif cause == "typed":
                    typed += k
                else:
                    under += k
            listed = sum(k for n, k in left.items() if n in keys and k > 0)
            rule = sum(k for n, k in left.items() if n not in keys and k > 0)
            row = [len(names), listed, rule, under, typed, nothing]
            total.update(dict(zip("nlrutz", row)))
            print(test, *row, sep="\t")
        print("all", *(total[c] for c in "nlrutz"), sep="\t")


def reports(corpora):
    """The national reports 2019-2025 and the provincial-2026 reports: [(name, text)]."""
    out = []
    nat = os.path.join(corpora, "gov-reports/wikisource/reports")
    for y in range(2019, 2026):
        p = os.path.join(nat, f"{y}.txt")
        if os.path.exists(p):
            out.append((f"national-{y}", open(p, encoding="utf-8").read()))
    prov = os.path.join(corpora, "gov-reports/provincial-2026")
    for f in sorted(os.listdir(prov)):
        out.append((f[:-4], open(os.path.join(prov, f), encoding="utf-8").read()))
    return out


def daily(corpora):
    """People's Daily 2023h2: [(name, text)]."""
    root = os.path.join(corpora, "news/peoples-daily-2023h2")
    out = []
    for d, _, files in os.walk(root):
        for f in sorted(files):
            if f.endswith(".txt"):
                out.append((f, open(os.path.join(d, f), encoding="utf-8").read()))
    return out


def strip_opener(s):
    """`s` without an opening verb or adverb (坚持, 推动, 全面 …), repeatedly."""
    changed = True
    while changed:
        changed = False
        for o in OPENERS:
            if s.startswith(o) and len(s) - len(o) >= 2:
                s = s[len(o):]
                changed = True
                break
    return s


def series(text):
    """List (a): items and series of parallel lists (、 inside a clause; ， across clauses)."""
    for sent in SENTENCE_END.split(text):
        for clause in re.split(r"[，：]", sent):
            items = [strip_opener(clause.split("、")[0])] + clause.split("、")[1:]
            if len(items) >= 2:
                # the last item runs to the clause's end: cut it to the first item's length
                n = len(items[0])
                last = items[-1]
                items[-1] = last[:n] if len(last) > n else last
                if all(HAN.match(i) and 2 <= len(i) <= 8 for i in items):
                    yield "、".join(items)
                    for i in items:
                        if 4 <= len(i) <= 8:
                            yield i
                    for k in range(2, len(items)):
                        yield "、".join(items[:k])
        clauses = [c for c in sent.split("，")]
        if len(clauses) >= 2:
            parts = [strip_opener(c) for c in clauses]
            lens = collections.Counter(len(p) for p in parts)
            if all(HAN.match(p) and 3 <= len(p) <= 8 for p in parts) and max(lens.values()) >= 2:
                yield "、".join(parts)
                yield "，".join(parts)
                for p in parts:
                    if 4 <= len(p) <= 8:
                        yield p


def quotes(text):
    """List (b): every “…” of 2-24 chars."""
    for m in re.finditer(r"“([^“”\n]{2,24})”", text):
        yield m.group(1)


def objects(text):
    """List (c): what a programmatic verb opens, up to the clause's end (and its first item)."""
    for v in VERBS:
        for m in re.finditer(v, text):
            rest = text[m.end(): m.end() + 40]
            obj = CLAUSE_END.split(rest)[0]
            obj = strip_opener(obj)
            if 3 <= len(obj) <= 30:
                yield obj
                first = obj.split("、")[0]
                if first != obj and len(first) >= 3:
                    yield first
                # the object without a trailing verb phrase (…，推动…): up to 和/与/及 too
                for cut in ("和", "与", "及"):
                    if cut in obj[2:]:
                        yield obj[: obj.index(cut, 2)]


HEADS = (
    "行动 工程 计划 改革 试点 机制 体系 战略 工作法 模式 攻坚战 保卫战 品牌 制度 政策 工作 "
    "示范区 先行区 建设 革命 战役 方略".split()
)


def shapes(text):
    """List (d): one report's phrases of the earlier rounds' shapes."""
    for clause in CLAUSE_END.split(text):
        for part in re.split(r"[，（）()“”《》]", clause):
            for h in HEADS:
                i = part.find(h)
                while i >= 0:
                    start = max(0, i - 14)
                    for s in range(start, i - 1):
                        cand = strip_opener(part[s: i + len(h)])
                        if len(cand) >= 4 and HAN.match(cand):
                            yield cand
                    i = part.find(h, i + 1)
            for m in re.finditer(r"以[\u4e00-\u9fff]{2,14}?为[\u4e00-\u9fff]{2,6}", part):
                yield m.group(0)
            for m in re.finditer(r"[一二三四五六七八九十两][个大项条种][\u4e00-\u9fff]{2,8}", part):
                for k in range(4, len(m.group(0)) + 1):
                    yield m.group(0)[:k]


def places(text):
    """List (e): place programs (X润疆, 对口援X)."""
    for m in re.finditer(r"(?=([\u4e00-\u9fff]{3}[" + PROVINCES + r"]))", text):
        w = m.group(1)
        if w[2] in "润援兴稳建强富治助支惠联进出":
            yield w
    for m in re.finditer(r"对口(?:支)?援[\u4e00-\u9fff]{1,3}", text):
        for k in range(4, len(m.group(0)) + 1):
            yield m.group(0)[:k]


LISTS = {"a-series": series, "b-quotes": quotes, "c-objects": objects, "d-shapes": shapes, "e-places": places}


def lists(corpora, outdir):
    os.makedirs(outdir, exist_ok=True)
    reps = reports(corpora)
    pd = daily(corpora)
    for name, fn in LISTS.items():
        where = collections.defaultdict(set)
        ctx = {}
        for rname, text in reps:
            for c in fn(text):
                where[c].add(rname)
                if c not in ctx:
                    i = text.find(c)
                    ctx[c] = text[max(0, i - 20): i + len(c) + 20].replace("\n", " ").replace("\t", " ")
        docs = collections.Counter()
        if name == "b-quotes":
            for dname, text in pd:
                for c in set(quotes(text)):
                    docs[c] += 1
                    if c not in ctx:
                        i = text.find(c)
                        ctx[c] = text[max(0, i - 20): i + len(c) + 20].replace("\n", " ").replace("\t", " ")
        cands = set(where) | set(docs)
        # People's Daily occurrences (plain substring) of the candidates of 2 or more reports,
        # for ranking (a proxy for documents; the others are counted when read)
        if name != "b-quotes":
            big = "\u0000".join(t for _, t in pd)
            for c in cands:
                if len(where[c]) >= 2 and len(c) >= 4:
                    docs[c] = big.count(c)
        with open(os.path.join(outdir, name + ".tsv"), "w", encoding="utf-8") as w:
            for c in sorted(cands, key=lambda c: (-len(where[c]), -docs[c], c)):
                w.write(f"{c}\t{len(where[c])}\t{docs[c]}\t{ctx.get(c, '')}\n")
        print(name, len(cands), file=sys.stderr)


def recall(out, listdir):
    nothing = [l.rstrip("\n").split("\t") for l in open(out, encoding="utf-8")]
    names = [n for _, n in nothing]
    cands = {}
    for f in sorted(os.listdir(listdir)):
        if f.endswith(".tsv"):
            cands[f[:-4]] = {l.split("\t")[0] for l in open(os.path.join(listdir, f), encoding="utf-8")}
    union = set().union(*cands.values())
    print("list\tcandidates\trecall of the names nothing finds")
    for k, s in list(cands.items()) + [("union", union)]:
        hit = sum(1 for n in names if n in s or n.replace("、", "") in s)
        print(f"{k}\t{len(s)}\t{hit}/{len(names)} ({100 * hit / max(1, len(names)):.1f}%)")


def found_by_tifa(idxs):
    names = set()
    for d in idxs:
        for f in ("programs.json", "slogans.json", "documents.json"):
            p = os.path.join(d, f)
            if not os.path.exists(p):
                continue
            data = json.load(open(p, encoding="utf-8"))
            for e in data.get("entries", data if isinstance(data, list) else []):
                names.add(e.get("name", ""))
                for v in e.get("variants", []) or []:
                    names.add(v if isinstance(v, str) else v.get("name", ""))
    return names


def read(listdir, which, idxs):
    """The candidates of one list tifa does not find: not a name (or variant) of the indexes
    `idxs` nor a line of the vocabulary, and holding none of 4 chars or more."""
    found = found_by_tifa(idxs) | vocabulary()
    long = {f for f in found if len(f) >= 4}
    sizes = sorted({len(f) for f in long})

    def holds(c):
        return any(c[i: i + n] in long for n in sizes if n <= len(c) for i in range(len(c) - n + 1))

    for line in open(os.path.join(listdir, which + ".tsv"), encoding="utf-8"):
        c = line.split("\t")[0]
        if c in found or c.replace("、", "") in found or holds(c):
            continue
        sys.stdout.write(line)


if __name__ == "__main__":
    cmd, args = sys.argv[1], sys.argv[2:]
    {"gap": gap, "lists": lists, "recall": recall}.get(cmd, lambda *a: read(a[0], a[1], a[2:]))(*args)
