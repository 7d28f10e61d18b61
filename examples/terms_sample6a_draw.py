#!/usr/bin/env python3
"""Draws the windows of tests/data/terms-sample6-a.tsv (issue 22, tenth round, helper terms-a).

Standard library only, with examples/terms_blind_draw.py beside it (its file reading and line
lookup are reused by import). Run from the repository root next to ../shared/corpora:

    python3 examples/terms_sample6a_draw.py [CORPORA_DIR] > /tmp/windows.tsv

With Python's random.Random(SEED): WINDOWS random 200-char windows of the fifteen
provincial-2026 reports that the helper terms-a did NOT read for vocabulary entries (the other
helper's half), each covering only lines that no existing tests/data/terms-*.tsv uses (every
set's file + line is excluded, read here without being printed) and no line of an earlier
window. Prints file, window offset and the window; the labeller takes by hand the official
formulations standing there without quotes and an ordinary phrase (never committed: only
file, offset, label and name are).
"""

import glob
import os
import random
import sys

import terms_blind_draw as first

SEED = 20262003
WINDOWS = 40
HELD_OUT_HALF = (
    "河南省", "湖北省", "湖南省", "甘肃省", "福建省", "西藏自治区", "贵州省", "辽宁省", "重庆市",
    "陕西省", "青海省", "黑龙江省", "海南省", "浙江省", "江西省",
)


def used_lines(repo, texts):
    """(file, line index) of every row of every existing terms set."""
    used = set()
    for path in sorted(glob.glob(os.path.join(repo, "tests/data/terms-*.tsv"))):
        for row in open(path, encoding="utf-8"):
            f = row.rstrip("\n").split("\t")
            if row.startswith("#") or len(f) != 4 or "#" in f[0] or not f[1].isdigit():
                continue
            if f[0].startswith("gov-reports/provincial-2026/"):
                used.add((f[0], first.line_of(texts.text(f[0]), int(f[1]))))
    return used


def main():
    root = sys.argv[1] if len(sys.argv) > 1 else "../shared/corpora"
    repo = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    rng, texts = random.Random(SEED), first.Texts(root)
    used = used_lines(repo, texts)
    files = [f"gov-reports/provincial-2026/{name}.txt" for name in HELD_OUT_HALF]
    out = 0
    while out < WINDOWS:
        path = rng.choice(files)
        text = texts.text(path)
        at = rng.randrange(len(text) - 200)
        first_line, last_line = first.line_of(text, at), first.line_of(text, at + 199)
        span = {(path, n) for n in range(first_line, last_line + 1)}
        if span & used:
            continue
        used |= span
        out += 1
        print(f"{path}\t{at}\t{text[at:at + 200].replace(chr(10), '⏎')}")


if __name__ == "__main__":
    main()
