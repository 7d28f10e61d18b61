#!/usr/bin/env python3
"""Prepares inputs for the scale benchmark (standard library only).

  slice SRC OUT --mb N
      Copies the first .txt files of SRC (in path order) into OUT, up to N MB.
  replicate --pd DIR --sina FILE --copies N [--seed S] OUT
      Writes N copies of People's Daily (.txt files) and Sina (JSONL) under OUT/copy-KK/.
      Copy 0 is verbatim; copies 1.. are edited deterministically (by seed, copy and
      document), so that deduplication meets exact, near and no-longer duplicates.
  txt-view OUT SOURCE...
      The same documents as one folder of .txt files, for bare jieba-rs (which reads only
      .txt): .txt files are hard-linked (copied across file systems), each line of a .jsonl
      file becomes one .txt file holding its "text" field.
"""

import argparse
import json
import multiprocessing
import os
import random
import re
import shutil
from pathlib import Path


def txt_files(root):
    """The .txt files under root, in path order."""
    return sorted(p for p in Path(root).rglob("*.txt") if p.is_file())


def cmd_slice(args):
    budget = int(args.mb * 1e6)
    used = 0
    for path in txt_files(args.src):
        size = path.stat().st_size
        if used + size > budget:
            break
        dest = args.out / path.relative_to(args.src)
        dest.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(path, dest)
        used += size
    print(f"slice: {used / 1e6:.1f} MB of {args.src} in {args.out}")


# --- replicate --------------------------------------------------------------------------

# Which kind of copy a document gets in copies 1..: (kind, probability).
FATES = [("exact", 0.25), ("near", 0.50), ("rewritten", 0.25)]
DIGITS = re.compile(r"\d+")

# Sources, loaded once in the parent and inherited by the forked workers.
PD_DOCS = []  # (relative path, text)
SINA_DOCS = []  # parsed JSON objects


def edit_chars(rng, para, n):
    """Drops or replaces n characters of para (a replacement is drawn from para itself)."""
    chars = list(para)
    for _ in range(min(n, len(chars) - 1)):
        i = rng.randrange(len(chars))
        if rng.random() < 0.5:
            del chars[i]
        else:
            chars[i] = rng.choice(chars)
    return "".join(chars)


def vary_number(rng, para):
    """Changes the last digit of one number in para, if it has any."""
    numbers = list(DIGITS.finditer(para))
    if not numbers:
        return para
    end = rng.choice(numbers).end()
    return para[: end - 1] + str(rng.randrange(10)) + para[end:]


def edit_document(text, seed, copy, key):
    """The copy's version of one document; the same arguments give the same text."""
    rng = random.Random(f"{seed}:{copy}:{key}")
    fate = rng.choices([f for f, _ in FATES], [p for _, p in FATES])[0]
    if fate == "exact":
        return text
    paras = text.split("\n")
    if fate == "near":
        # A few characters in half the paragraphs, a number here and there, and
        # sometimes two neighbouring paragraphs swapped: still a near-duplicate.
        for i, para in enumerate(paras):
            if len(para) > 10 and rng.random() < 0.5:
                para = edit_chars(rng, para, rng.randint(1, 3))
            if rng.random() < 0.3:
                para = vary_number(rng, para)
            paras[i] = para
        if len(paras) > 2 and rng.random() < 0.2:
            i = rng.randrange(len(paras) - 1)
            paras[i], paras[i + 1] = paras[i + 1], paras[i]
    else:
        # About 15% of the characters of every paragraph and the paragraph order:
        # too far from the original to be called a duplicate.
        paras = [edit_chars(rng, p, len(p) * 15 // 100) if len(p) > 10 else p for p in paras]
        rng.shuffle(paras)
    return "\n".join(paras)


def write_copy(job):
    out, copy, seed = job
    root = out / f"copy-{copy:02d}"
    for rel, text in PD_DOCS:
        dest = root / "peoples-daily" / rel
        dest.parent.mkdir(parents=True, exist_ok=True)
        dest.write_text(text if copy == 0 else edit_document(text, seed, copy, rel), "utf-8")
    with open(root / "sina.jsonl", "w", encoding="utf-8") as f:
        for doc in SINA_DOCS:
            if copy > 0:
                doc = dict(doc, id=f"{doc['id']}#copy{copy}",
                           text=edit_document(doc["text"], seed, copy, doc["id"]))
            f.write(json.dumps(doc, ensure_ascii=False) + "\n")
    return copy


def cmd_replicate(args):
    PD_DOCS.extend(
        (str(p.relative_to(args.pd)), p.read_text("utf-8")) for p in txt_files(args.pd)
    )
    with open(args.sina, encoding="utf-8") as f:
        SINA_DOCS.extend(json.loads(line) for line in f if line.strip())
    jobs = [(args.out, k, args.seed) for k in range(args.copies)]
    with multiprocessing.get_context("fork").Pool(os.cpu_count()) as pool:
        for copy in pool.imap_unordered(write_copy, jobs):
            print(f"replicate: copy {copy} written", flush=True)


# --- txt-view ---------------------------------------------------------------------------


def link_or_copy(src, dest):
    dest.parent.mkdir(parents=True, exist_ok=True)
    try:
        os.link(src, dest)
    except OSError:
        shutil.copyfile(src, dest)


def add_to_view(source, dest):
    if source.is_dir():
        for path in txt_files(source):
            link_or_copy(path, dest / path.relative_to(source))
        for path in sorted(source.rglob("*.jsonl")):
            add_to_view(path, dest / path.relative_to(source).with_suffix(""))
    elif source.suffix == ".jsonl":
        dest.mkdir(parents=True, exist_ok=True)
        with open(source, encoding="utf-8") as f:
            for n, line in enumerate(f):
                if line.strip():
                    (dest / f"{n:06d}.txt").write_text(json.loads(line)["text"], "utf-8")
    else:
        link_or_copy(source, dest.with_suffix(source.suffix))


def cmd_txt_view(args):
    for source in args.sources:
        add_to_view(source, args.out / source.stem)


def main():
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(required=True)

    p = sub.add_parser("slice")
    p.add_argument("src", type=Path)
    p.add_argument("out", type=Path)
    p.add_argument("--mb", type=float, required=True)
    p.set_defaults(run=cmd_slice)

    p = sub.add_parser("replicate")
    p.add_argument("--pd", type=Path, required=True)
    p.add_argument("--sina", type=Path, required=True)
    p.add_argument("--copies", type=int, required=True)
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("out", type=Path)
    p.set_defaults(run=cmd_replicate)

    p = sub.add_parser("txt-view")
    p.add_argument("out", type=Path)
    p.add_argument("sources", type=Path, nargs="+")
    p.set_defaults(run=cmd_txt_view)

    args = parser.parse_args()
    args.run(args)


if __name__ == "__main__":
    main()
