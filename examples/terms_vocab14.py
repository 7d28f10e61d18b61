"""Candidates for the vocabulary's fourteenth round: the formulations the papers write daily.

Round (c) (examples/terms_vocab13c.py) took phrases standing in 2 or more national reports; this
one takes them from People's Daily itself. A candidate is a phrase of tifa's own words (`tifa
segment --format json`) inside one clause (tokens between punctuation other than 、, or a gap of
white space), 4-14 chars, no digit or Latin letter, opening with no word of LEAD and ending with
no word of TAIL (both from tests/data/terms_formulations.py), that stands in MIN_PD or more
distinct documents of People's Daily 2023h2 (any report or none), or in 3 or more provincial-2026
reports; and is not found by tifa today: not a name (or variant) of programs.json / slogans.json
of `tifa index` of People's Daily, the national reports and the provincial-2026 reports, nor a
line of src/terms/vocabulary.txt, and holding none of 4 chars or more. A phrase inside a longer
candidate in 80% of its documents (and reports) is left out. Word n-grams are counted level by
level (a phrase of n words is counted only where its first n-1 words are frequent).

Printed most People's Daily documents first: documents, provincial reports, the phrase, one
sentence (People's Daily, else a provincial report).

    cargo build && T=target/debug/tifa && mkdir /tmp/nat && cp ../shared/corpora/gov-reports/wikisource/reports/20{13..25}.txt /tmp/nat/
    $T segment --format json ../shared/corpora/news/peoples-daily-2023h2 > /tmp/pd.jsonl
    $T segment --format json ../shared/corpora/gov-reports/provincial-2026 > /tmp/prov.jsonl
    $T index -q -o /tmp/idx-pd ../shared/corpora/news/peoples-daily-2023h2
    $T index -q -o /tmp/idx-nat /tmp/nat
    $T index -q -o /tmp/idx-prov ../shared/corpora/gov-reports/provincial-2026
    python3 examples/terms_vocab14.py /tmp/pd.jsonl /tmp/prov.jsonl /tmp/idx-pd /tmp/idx-nat \
        /tmp/idx-prov > /tmp/cands14.tsv
"""
import collections
import json
import os
import re
import sys

MIN_PD = 15
MIN_PROV = 3

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from terms_vocab13c import LEAD, TAIL  # noqa: E402  (round (c)'s exclusions, read from terms_formulations.py)
PUNCT = re.compile(r"[，。；：！？（）()《》“”‘’\"'\[\]【】—…·,;:!?\s/|]")
BAD = re.compile(r"[0-9A-Za-z０-９％%．.]")


def load(path):
    """Each document as (id, text, clauses of word ids); words interned."""
    vocab, docs = {}, []
    for line in open(path, encoding="utf-8"):
        doc = json.loads(line)
        clauses, cur, end = [], [], None
        for tok in doc["tokens"]:
            t, (a, b) = tok["text"], tok["span"]
            if PUNCT.search(t) or (end is not None and a != end):
                if cur:
                    clauses.append(cur)
                cur = []
            if not PUNCT.search(t):
                cur.append(vocab.setdefault(t, len(vocab)))
            end = b
        if cur:
            clauses.append(cur)
        docs.append((doc["id"], doc["text"], clauses))
    words = [None] * len(vocab)
    for w, i in vocab.items():
        words[i] = w
    return docs, words


def frequent(docs, words, least):
    """Word sequences of at most 14 chars standing in `least` or more documents: {tuple: docs}."""
    out = {}
    level = None
    n = 1
    while True:
        df = collections.Counter()
        for _, _, clauses in docs:
            seen = set()
            for c in clauses:
                for i in range(len(c) - n + 1):
                    g = tuple(c[i : i + n])
                    if level is not None and g[:-1] not in level:
                        continue
                    if sum(len(words[w]) for w in g) > 14:
                        continue
                    seen.add(g)
            df.update(seen)
        level = {g: k for g, k in df.items() if k >= least}
        if not level:
            return out
        out.update(level)
        n += 1


def shaped(g, words):
    s = "".join(words[w] for w in g)
    first, last = words[g[0]], words[g[-1]]
    if not 4 <= len(s) <= 14 or BAD.search(s):
        return None
    if first in LEAD or first == "、" or last in TAIL or last == "、":
        return None
    return s


def known_names(dirs, vocabulary):
    names = set()
    for d in dirs:
        for f in ("programs.json", "slogans.json"):
            for e in json.load(open(os.path.join(d, f), encoding="utf-8"))["entries"]:
                names.add(e["name"])
                names.update(e.get("variants", {}))
    for line in open(vocabulary, encoding="utf-8"):
        if line.strip() and not line.startswith("#"):
            names.add(line.split("\t")[0])
    return names


def main():
    pd_path, prov_path, *idx = sys.argv[1:]
    vocabulary = os.path.join(os.path.dirname(__file__), "..", "src", "terms", "vocabulary.txt")
    names = known_names(idx, vocabulary)
    by2 = collections.defaultdict(list)
    for n in names:
        if len(n) >= 4:
            by2[n[:2]].append(n)

    def found(s):
        return s in names or any(s.startswith(n, i) for i in range(len(s) - 3) for n in by2.get(s[i : i + 2], ()))

    pd_docs, pd_words = load(pd_path)
    prov_docs, prov_words = load(prov_path)
    counts = collections.defaultdict(lambda: [0, 0])
    for col, (docs, words, least) in enumerate(((pd_docs, pd_words, MIN_PD),
                                                (prov_docs, prov_words, MIN_PROV))):
        for g, k in frequent(docs, words, least).items():
            s = shaped(g, words)
            if s:
                counts[s][col] = max(counts[s][col], k)
    # People's Daily documents of a provincial candidate below MIN_PD: plain substring
    low = {s for s, (p, _) in counts.items() if p == 0}
    first = collections.defaultdict(list)
    for s in low:
        first[s[:4]].append(s)
    for _, text, _ in pd_docs:
        seen = set()
        for i in range(len(text) - 3):
            for s in first.get(text[i : i + 4], ()):
                if text.startswith(s, i):
                    seen.add(s)
        for s in seen:
            counts[s][0] += 1
    cands = {s: c for s, c in counts.items() if not found(s)}
    # a phrase inside a longer candidate in 80% of its documents and reports is left out
    drop = set()
    for h, (hp, hr) in cands.items():
        for i in range(len(h)):
            for j in range(i + 4, len(h) + 1):
                s = h[i:j]
                if s != h and s in cands:
                    p, r = cands[s]
                    if hp >= 0.8 * p and hr >= 0.8 * r:
                        drop.add(s)
    keep = sorted((s for s in cands if s not in drop), key=lambda s: (-cands[s][0], -cands[s][1], s))
    example = {}
    for docs, want in ((pd_docs, {s for s in keep if cands[s][0]}), (prov_docs, {s for s in keep if not cands[s][0]})):
        for _, text, _ in docs:
            for s in want:
                i = text.find(s)
                if i >= 0:
                    a = max(text.rfind("。", 0, i), text.rfind("\n", 0, i)) + 1
                    b = text.find("。", i)
                    example[s] = text[a : b + 1 if b > 0 else i + 80][:160].replace("\t", " ").replace("\n", " ")
            want = {s for s in want if s not in example}
            if not want:
                break
    for s in keep:
        p, r = cands[s]
        print(f"{p}\t{r}\t{s}\t{example.get(s, '')}")


if __name__ == "__main__":
    main()
