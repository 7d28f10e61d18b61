"""Candidates for the vocabulary's thirteenth round (c): the GENERAL national formulations.

A candidate is a phrase of tifa's own words (`tifa segment --format json`) inside one clause
(text between punctuation other than 、) of the national reports 2013-2025, 4-12 chars, no
digit or Latin letter, opening with no verb or function word of LEAD and ending with no word of
TAIL (both from tests/data/terms_formulations.py), that stands in 2 or more of those reports
and is not found by tifa today: not a name of programs.json or slogans.json of `tifa index` of
the national reports or of People's Daily 2023h2, not holding one of 4 chars or more (a phrase
inside a longer name, 文化自信 in 道路自信、理论自信、制度自信、文化自信, stays a candidate). Counted:
distinct People's Daily 2023h2 documents holding it (plain substring). A phrase held by a
longer candidate in nearly all its documents is left out. Printed most documents first:
People's Daily documents, national reports, the phrase, one sentence of People's Daily.

    cargo build && T=target/debug/tifa
    $T segment --format json DIR_OF_NATIONAL_2013_2025 > /tmp/nat.jsonl
    $T index -q -o /tmp/idx-nat DIR_OF_NATIONAL_2013_2025
    $T index -q -o /tmp/idx-pd ../shared/corpora/news/peoples-daily-2023h2
    python3 examples/terms_vocab13c.py /tmp/nat.jsonl /tmp/idx-nat /tmp/idx-pd \
        ../shared/corpora/news/peoples-daily-2023h2 > /tmp/cands.tsv
"""
import collections
import glob
import json
import os
import re
import sys



def _words(name):
    """LEAD and TAIL of tests/data/terms_formulations.py (read, not imported: it runs on import)."""
    src = open(os.path.join(os.path.dirname(__file__), "..", "tests", "data", "terms_formulations.py"),
               encoding="utf-8").read()
    return set(re.search(name + r' = set\("""(.*?)"""', src, re.S).group(1).split())


LEAD, TAIL = _words("LEAD"), _words("TAIL")

CLAUSE = re.compile(r"[，。；：！？（）()《》“”‘’\n,;:!?]")
BAD = re.compile(r"[0-9A-Za-z０-９％%．.]")


def clauses(doc):
    """Token lists of each clause of one segmented document."""
    out, cur = [], []
    for tok in doc["tokens"]:
        t = tok["text"]
        if CLAUSE.search(t) or t.isspace():
            if cur:
                out.append(cur)
            cur = []
        else:
            cur.append(t)
    if cur:
        out.append(cur)
    return out


def grams(words):
    """Word n-grams of 4-12 chars with an allowed first and last word."""
    for i, w in enumerate(words):
        if w in LEAD or w == "、":
            continue
        s = ""
        for j in range(i, len(words)):
            s += words[j]
            if len(s) > 12:
                break
            if len(s) >= 4 and words[j] not in TAIL and words[j] != "、" and not BAD.search(s):
                yield s


def indexed(dirs):
    names = set()
    for d in dirs:
        for f in ("programs.json", "slogans.json"):
            for e in json.load(open(os.path.join(d, f)))["entries"]:
                names.add(e["name"])
                names.update(e.get("variants", {}))
    return names


def main():
    nat, idx_nat, idx_pd, pd_dir = sys.argv[1:5]
    reports = collections.defaultdict(set)
    for line in open(nat):
        doc = json.loads(line)
        for words in clauses(doc):
            for g in grams(words):
                reports[g].add(doc["id"])
    cands = {g for g, r in reports.items() if len(r) >= 2}
    names = indexed([idx_nat, idx_pd])
    by4 = collections.defaultdict(list)
    for n in names:
        if len(n) >= 4:
            by4[n[:2]].append(n)

    def found(g):
        if g in names:
            return True
        for i in range(len(g) - 1):
            for n in by4.get(g[i : i + 2], ()):
                if g.startswith(n, i):
                    return True
        return False

    cands = {g for g in cands if not found(g)}
    first = collections.defaultdict(list)
    for g in cands:
        first[g[:4]].append(g)
    docs = collections.defaultdict(set)
    example = {}
    for path in sorted(glob.glob(os.path.join(pd_dir, "**", "*.txt"), recursive=True)):
        text = open(path, encoding="utf-8", errors="replace").read()
        seen = set()
        for i in range(len(text) - 3):
            for g in first.get(text[i : i + 4], ()):
                if g not in seen and text.startswith(g, i):
                    seen.add(g)
                    if g not in example:
                        a = max(text.rfind("。", 0, i), text.rfind("\n", 0, i)) + 1
                        b = text.find("。", i)
                        example[g] = text[a : b + 1 if b > 0 else i + 80][:160]
        for g in seen:
            docs[g].add(path)
    # a phrase held by a longer candidate in nearly all its documents is left out
    keep = []
    for g in cands:
        n = len(docs[g])
        if n == 0:
            continue
        longer = [h for h in first.get(g[:4], ()) if h != g and h.startswith(g)]
        if any(len(docs[h]) >= 0.8 * n for h in longer):
            continue
        keep.append(g)
    keep.sort(key=lambda g: (-len(docs[g]), -len(reports[g]), g))
    for g in keep:
        ex = example.get(g, "").replace("\t", " ").replace("\n", " ")
        print(f"{len(docs[g])}\t{len(reports[g])}\t{g}\t{ex}")


if __name__ == "__main__":
    main()
