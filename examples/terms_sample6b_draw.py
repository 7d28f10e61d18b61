#!/usr/bin/env python3
"""Draws the windows of tests/data/terms-sample6-b.tsv (issue 22, tenth round, helper terms-b).

Standard library only, with examples/terms_blind_draw.py beside it (file reading, line lookup
and other-set exclusion reused by import). Run from the repository root next to
../shared/corpora:

    python3 examples/terms_sample6b_draw.py [CORPORA_DIR] > /tmp/windows.tsv

With Python's random.Random(SEED): WINDOWS random 200-char windows of the provincial-2026
reports this helper did NOT read for vocabulary entries (the other helper's half, REPORTS),
each on a line that no other terms set uses (terms-blind4.tsv is not read: it is a held-out
set no helper may open). Prints file, window offset and the window; the labeller takes by
hand the official formulations standing there without quotes and an ordinary phrase or two
(never committed: only file, offset, label and name are).
"""

import terms_sample5_draw as fifth

SEED = 20262005
WINDOWS = 40
REPORTS = (
    "上海市 云南省 内蒙古自治区 北京市 吉林省 四川省 天津市 宁夏回族自治区 安徽省 山东省 山西省 "
    "广东省 广西壮族自治区 新疆维吾尔自治区 江苏省 河北省"
).split()
OTHER_SETS = fifth.OTHER_SETS + ("terms-sample5.tsv",)


def main():
    _, rng, texts, used = fifth.prepare(SEED, OTHER_SETS)
    files = [f"gov-reports/provincial-2026/{name}.txt" for name in REPORTS]
    for path, at, window in fifth.windows(texts, rng, files, WINDOWS, used):
        print(f"{path}\t{at}\t{window.replace(chr(10), '⏎')}")


if __name__ == "__main__":
    main()
