#!/usr/bin/env python3
"""Who wrote each text of a linked labelled pair (twentieth session): do the dev sets' false
links differ from the linked copies in authorship, where no measure of the text told them apart?

Pairs: the `doc` and `sina` pairs of tests/data/dedup_sample5.tsv … dedup_sample13.tsv and the
Sina labelled set (the held-out sets are not read). Whether tifa links a pair is read from the
`wrong:` lines of the labelled-set test (second argument). Every labelled pair is normalized as
tifa compares documents (`dedup_norm --texts`); the tables compare the pairs tifa links, false
links against copies, then count over every labelled pair.

- credits: the heads' bylines (记者/作者 and a name beginning with a surname) and outlets
  (dateline credits, 来源/原载/来自 lines; a portal's channels one outlet), as
  `dedup::cluster::credit::other_authors` reads them;
- a follow-up's lead: the longer's text before the first shared run of 8 opens with a date or a
  dated dateline later than every date of the shorter;
- sentences (raw texts split at 。！？；, normalized, ≥ 8 chars; a sentence is shared when half
  its 8-grams are in the other text): the shorter's own share, the longer's own blocks and
  sentences between its first and last shared one, its own lead, shared sentences out of order.

    cargo test --test dedup_labels -- --skip heldout --nocapture --test-threads=1 \\
        > /tmp/labels.txt
    cargo build --example dedup_norm
    python3 examples/dedup_pairs_authors.py ../shared/corpora /tmp/labels.txt
"""

import json
import re
import statistics
import subprocess
import sys
import unicodedata
from pathlib import Path

import regex

COPIES = {"exact", "edited_repost", "truncated_repost", "edited_lead", "edited_headline",
          "edited_body", "truncated"}
OUTLET = r"(?:\p{Han}{0,4}(?:社|报|网|台|在线|新闻|娱乐|科技|体育|财经|教育|时尚|健康|汽车)|[a-z]{3,})"
DATE = r"(?:\d{1,4}年)?\d{1,2}月\d{1,2}日"
WHEN = rf"(?:\p{{Han}}{{0,4}}?{DATE}|北京时间{DATE}\p{{Han}}{{0,2}})?"
DATELINE = regex.compile(rf"({OUTLET}){WHEN}(?:电|讯|消息)")
SOURCE = regex.compile(rf"(?:来源|原载|来自)({OUTLET})")
BYLINE = regex.compile(r"(?:记者|作者)(\p{Han}{2})")
CHANNELS = ("娱乐", "科技", "体育", "财经", "教育", "时尚", "健康", "汽车")
DATED = regex.compile(
    rf"{OUTLET}\p{{Han}}{{0,4}}?(?:\d{{1,4}}年)?(?:(\d{{1,2}})月)?(\d{{1,2}})日"
    rf"(?:上午|下午|中午|晚间|早间|凌晨|晚|早)?(?:电|讯|消息)"
    rf"|{OUTLET}(?:讯|电)(?:北京时间)?(?:\d{{1,4}}年)?(?:(\d{{1,2}})月)?(\d{{1,2}})日")
START = regex.compile(r"^(?:北京时间)?(\d{1,2})月(\d{1,2})日")
MONTH_DAY = re.compile(r"(\d{1,2})月(\d{1,2})日")


def surnames():
    src = (Path(__file__).resolve().parent.parent / "src/dedup/cluster/credit.rs").read_text()
    body = src.split("const SURNAMES: &str = \"", 1)[1].split("\";", 1)[0]
    return set(regex.sub(r"[\\\s]", "", body))


SURNAMES = surnames()


def outlet(name):
    if name.endswith("本报"):
        return "本报"
    for ch in CHANNELS:
        if name.endswith(ch):
            rest = name[: -len(ch)]
            return rest[-2:] if len(rest) >= 2 else name
    return name[-3:]


def authors(norm):
    head = norm[:300]
    outlets = {outlet(m.group(1)) for m in DATELINE.finditer(head)}
    outlets |= {outlet(m.group(1)) for m in SOURCE.finditer(head)}
    persons = {m.group(1) for m in BYLINE.finditer(head) if m.group(1)[0] in SURNAMES}
    return outlets, persons


def other_authors(na, nb):
    (oa, pa), (ob, pb) = authors(na), authors(nb)
    persons = pa and pb and not pa & pb
    outlets = oa and ob and not oa & ob and (pa or pb) and not pa & pb
    if not (persons or outlets):
        return False
    return not any(x in nb for x in oa | pa) and not any(x in na for x in ob | pb)


def follow_up(m):
    na, nb = m["norm_a"], m["norm_b"]
    short, long_ = (na, nb) if len(na) <= len(nb) else (nb, na)
    runs = [r for r in m["runs"] if r[2] >= 8]
    if not runs:
        return False
    lead = long_[: min(r[1] for r in runs)]
    s = START.match(lead)
    d = DATED.search(lead)
    if s:
        when = (int(s.group(1)), int(s.group(2)))
    elif d and (d.group(1) or d.group(3)):
        when = (int(d.group(1) or d.group(3)), int(d.group(2) or d.group(4)))
    else:
        return False
    dates = [(int(a), int(b)) for a, b in MONTH_DAY.findall(short) if 1 <= int(a) <= 12]
    return bool(dates) and when > max(dates)


def norm(s):
    s = unicodedata.normalize("NFKC", s).lower()
    return "".join(ch for ch in s if ch.isalnum())


def sentences(text):
    text = re.sub(r"\(function\(\).*", "", text, flags=re.S)
    return [n for n in (norm(p) for p in re.split(r"[。！？；!?;\n]+", text)) if len(n) >= 8]


def grams(s, k=8):
    return {s[i:i + k] for i in range(len(s) - k + 1)}


def sentence_measures(ta, tb):
    a, b = sentences(ta), sentences(tb)
    short, long_ = (a, b) if sum(map(len, a)) <= sum(map(len, b)) else (b, a)
    gs = set().union(*map(grams, short)) if short else set()
    gl = set().union(*map(grams, long_)) if long_ else set()
    found = lambda s, g: len(grams(s) & g) >= 0.5 * max(1, len(grams(s)))
    s_shared = [found(x, gl) for x in short]
    l_shared = [found(x, gs) for x in long_]
    at = [i for i, x in enumerate(l_shared) if x]
    out = {"short_own": 1 - sum(s_shared) / max(1, len(short))}
    if at:
        inner = l_shared[at[0]: at[-1] + 1]
        out["blocks"] = sum(1 for i in range(1, len(inner)) if not inner[i] and inner[i - 1])
        out["inner_own"] = inner.count(False) / len(long_)
        out["lead"] = at[0] / len(long_)
    else:
        out.update(blocks=0, inner_own=0.0, lead=0.0)
    where = {}
    for j, x in enumerate(short):
        for g in grams(x):
            where.setdefault(g, j)
    pos = []
    for i, x in enumerate(long_):
        if l_shared[i]:
            votes = {}
            for g in grams(x):
                if g in where:
                    votes[where[g]] = votes.get(where[g], 0) + 1
            pos.append(max(votes, key=votes.get))
    pos = pos[:400]
    pairs = len(pos) * (len(pos) - 1) / 2
    inversions = sum(1 for i in range(len(pos)) for j in range(i + 1, len(pos)) if pos[i] > pos[j])
    out["order"] = inversions / pairs if pairs else 0.0
    return out


def labelled(corpora, labels):
    """Every labelled `doc`/`sina` pair of samples 5–13 and the Sina labelled set, with its raw
    texts, its `dedup_norm --texts` measures and whether tifa links it (from the `wrong:` lines
    of the labelled-set test's output `labels`): (pair, (text a, text b), measures, linked)."""
    repo = Path(__file__).resolve().parent.parent
    sina = {}
    for line in open(corpora / "news/sina-2018.jsonl", encoding="utf-8"):
        v = json.loads(line)
        sina[v["id"]] = v["text"]
    raw = lambda unit, ref: sina[ref] if unit == "sina" else (corpora / ref).read_text("utf-8")
    wrong = set()
    for line in open(labels, encoding="utf-8"):
        m = re.search(r"wrong: (?:(?:sina|doc|title) )?(\S+/\S+) (\S+/\S+) \(", line)
        if m:
            wrong.add(frozenset(m.groups()))
    pairs = []
    for n in range(5, 14):
        for line in open(repo / f"tests/data/dedup_sample{n}.tsv", encoding="utf-8"):
            f = line.rstrip("\n").split("\t")
            if not line.startswith("#") and f[0] in ("sina", "doc"):
                pairs.append((f"sample{n}", f[0], f[1], f[2], f[3], f[3] in COPIES))
    for line in open(repo / "tests/fixtures/dedup_labels/sina-2018.jsonl", encoding="utf-8"):
        v = json.loads(line)
        pairs.append(("sina", "sina", v["a"], v["b"], v["kind"], v["duplicate"]))
    texts = [(raw(u, a), raw(u, b)) for _, u, a, b, _, _ in pairs]
    lines = "".join(json.dumps({"a": a, "b": b}, ensure_ascii=False) + "\n" for a, b in texts)
    exe = repo / "target/debug/examples/dedup_norm"
    measured = subprocess.run([str(exe), "--texts"], input=lines, capture_output=True,
                              text=True, check=True).stdout.splitlines()
    return [(p, t, json.loads(m), p[5] != (frozenset(p[2:4]) in wrong))
            for p, t, m in zip(pairs, texts, measured)]


def main():
    corpora, labels = Path(sys.argv[1]), sys.argv[2]
    rows = []
    for p, (ta, tb), m, linked in labelled(corpora, labels):
        row = {"pair": p, "linked": linked, "copy": p[5],
               "authors": other_authors(m["norm_a"], m["norm_b"]), "follow_up": follow_up(m)}
        if linked:
            row.update(sentence_measures(ta, tb))
        rows.append(row)
    false = [r for r in rows if r["linked"] and not r["copy"]]
    copies = [r for r in rows if r["linked"] and r["copy"]]
    print(f"linked: {len(false)} false links, {len(copies)} copies")
    for key in ("authors", "follow_up"):
        every = [r for r in rows if r[key]]
        print(f"{key}: false links {sum(r[key] for r in false)}, linked copies "
              f"{sum(r[key] for r in copies)}; every labelled pair: "
              f"{sum(not r['copy'] for r in every)} negatives, {sum(r['copy'] for r in every)} copies")
        for r in every:
            if r["linked"] or r["copy"]:
                print("   ", "copy" if r["copy"] else "false", *r["pair"][:5])
    for key in ("short_own", "blocks", "inner_own", "lead", "order"):
        f, c = sorted(r[key] for r in false), sorted(r[key] for r in copies)
        p95 = c[int(0.95 * (len(c) - 1))]
        print(f"{key}: false links {f[0]:.2f}–{f[-1]:.2f} (median {statistics.median(f):.2f}); "
              f"copies {c[0]:.2f}–{c[-1]:.2f} (median {statistics.median(c):.2f}, p95 {p95:.2f}); "
              f"false links above every copy: {sum(x > c[-1] for x in f)}")


if __name__ == "__main__":
    main()
