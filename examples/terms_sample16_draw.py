#!/usr/bin/env python3
"""The split of the reports and the windows of tests/data/terms-sample16.tsv (issue 22,
eighteenth round, helper vocab; docs/terms.md "Round 18: the vocabulary …").

Standard library only, with examples/terms_blind_draw.py and examples/terms_sample9_draw.py
beside it (file reading, line lookup and the other sets' lines reused by import). Run from the
repository root next to ../shared/corpora:

    python3 examples/terms_sample16_draw.py split [CORPORA_DIR]     # building / held-out halves
    python3 examples/terms_sample16_draw.py draw [CORPORA_DIR] > /tmp/windows.tsv

With Python's random.Random(20262426): the 31 provincial-2026 reports are split into a building
half of 16 (with the 2023-2025 national reports: the only text examples/terms_vocab18.py builds
candidates from) and a held-out half of 15; then, with the same generator, WINDOWS random
200-char windows of the held-out half, each covering only lines no other tests/data/terms-*.tsv
uses (file + line) and no line of an earlier window. The blind sets (terms-blind*.tsv) are left
out by name and never opened. Prints file, window offset and the window; the labeller takes by
hand the official formulations standing there WITHOUT quotes and hard negatives (ordinary
phrases of the same length and shape); only file, offset, label and name are committed.
"""

import glob
import os
import random
import sys

import terms_blind_draw as first
import terms_sample9_draw as ninth

SEED = 20262426
BUILDING = 16
WINDOWS = 45


def split(root, rng):
    """(building, held_out): the provincial-2026 reports (paths relative to `root`), sorted."""
    files = sorted(
        os.path.relpath(p, root) for p in glob.glob(f"{root}/gov-reports/provincial-2026/*.txt")
    )
    building = sorted(rng.sample(files, BUILDING))
    return building, [f for f in files if f not in building]


def national():
    """The national reports of the building half."""
    return [f"gov-reports/wikisource/reports/{y}.txt" for y in (2023, 2024, 2025)]


def used_lines(repo, texts):
    """(file, line index) of every row of the non-blind terms sets."""
    blind = tuple(os.path.basename(p) for p in glob.glob(f"{repo}/tests/data/terms-blind*.tsv"))
    ninth.SKIPPED = blind + ("terms-sample16.tsv",)
    return {
        (file, first.line_of(texts.text(file), at))
        for file, at in ninth.references(repo)
        if file.startswith("gov-reports/provincial-2026/")
    }


def windows(root, repo, rng, held_out):
    """WINDOWS (file, offset, window) of the held-out half on lines no set uses."""
    texts = first.Texts(root)
    used = used_lines(repo, texts)
    kept = []
    while len(kept) < WINDOWS:
        path = rng.choice(held_out)
        text = texts.text(path)
        at = rng.randrange(len(text) - 200)
        lines = range(first.line_of(text, at), first.line_of(text, at + 199) + 1)
        if not used.isdisjoint((path, n) for n in lines):
            continue
        used.update((path, n) for n in lines)
        kept.append((path, at, text[at : at + 200].replace("\n", "⏎")))
    return kept


def main():
    command = sys.argv[1] if len(sys.argv) > 1 else "split"
    root = sys.argv[2] if len(sys.argv) > 2 else "../shared/corpora"
    repo = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    rng = random.Random(SEED)
    building, held_out = split(root, rng)
    if command == "split":
        print("building\t" + " ".join(national() + building))
        print("held-out\t" + " ".join(held_out))
    else:
        for path, at, window in windows(root, repo, rng, held_out):
            print(f"{path}\t{at}\t{window}")


if __name__ == "__main__":
    main()
