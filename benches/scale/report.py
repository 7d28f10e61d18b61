#!/usr/bin/env python3
"""Turns the logs of benches/scale/run.sh into Markdown tables.

Usage: report.py LOGS NAME...   (NAME: the inputs, in the order to show them)

For each NAME, LOGS holds
  NAME.jieba.out, NAME.jieba.time    bare_jieba's output and its `/usr/bin/time -v` report
  NAME.jJ.summary.json, NAME.jJ.time tifa analyze -j J: its summary.json and time report
"""

import json
import re
import sys
from pathlib import Path

# The inputs whose time per MB is compared: the 1 GB corpus against the 85 MB one.
SCALE_FROM, SCALE_TO = "news", "news-1g"


def time_report(path):
    """Wall seconds and peak RSS (MB) from a `/usr/bin/time -v` report."""
    text = path.read_text()
    clock = re.search(r"Elapsed \(wall clock\) time.*: (.+)", text).group(1).strip()
    seconds = 0.0
    for part in clock.split(":"):  # [h:]m:ss.ss
        seconds = seconds * 60 + float(part)
    rss_kb = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", text).group(1))
    return seconds, rss_kb / 1024


def runs(logs, name):
    """The runs on one input: dicts with label, seconds, bytes, docs, rss, threads, stages."""
    out = (logs / f"{name}.jieba.out").read_text()
    m = re.search(r"hmm=true docs=(\d+) bytes=(\d+) .* ([\d.]+) MB/s", out)
    docs, size, mbps = int(m.group(1)), int(m.group(2)), float(m.group(3))
    _, rss = time_report(logs / f"{name}.jieba.time")
    # The floor is the cut alone, as bare_jieba times it (its files are read beforehand);
    # seconds from its MB/s, which it prints with more digits than its seconds.
    result = [dict(label="bare jieba-rs cut (HMM)", seconds=size / 1e6 / mbps,
                   bytes=size, docs=docs, rss=rss, threads=None)]
    summaries = sorted(logs.glob(f"{name}.j*.summary.json"),
                       key=lambda p: int(p.name.split(".")[1][1:]))
    for path in summaries:
        summary = json.loads(path.read_text())
        seconds, rss = time_report(path.with_name(path.name.replace(".summary.json", ".time")))
        result.append(dict(label=f"tifa analyze -j {summary['threads']}", seconds=seconds,
                           bytes=summary["totals"]["bytes_in"],
                           docs=summary["totals"]["documents"], rss=rss,
                           threads=summary["threads"], timings=summary["timings"]))
    for r in result:
        r["mbps"] = r["bytes"] / 1e6 / r["seconds"]
    return result


def table(header, rows):
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(str(c) for c in row) + " |" for row in rows]
    return "\n".join(lines)


def main():
    logs = Path(sys.argv[1])
    names = sys.argv[2:]
    by_input = {name: runs(logs, name) for name in names}

    rows = []
    for name, rs in by_input.items():
        floor, one_thread = rs[0], rs[1]
        for r in rs:
            is_tifa = r["threads"] is not None
            speedup = (f"{one_thread['seconds'] / r['seconds']:.2f}×"
                       if is_tifa and r["threads"] > 1 else "")
            rows.append([name, f"{r['bytes'] / 1e6:.1f}", r["docs"], r["label"],
                         f"{r['seconds']:.2f}", f"{r['mbps']:.1f}",
                         f"{r['docs'] / r['seconds']:.0f}",
                         f"{r['mbps'] / floor['mbps']:.2f}" if is_tifa else "1",
                         speedup, f"{r['rss']:.0f}"])
    print("## Throughput\n")
    print(table(["input", "MB", "docs", "run", "seconds", "MB/s", "docs/s",
                 "MB/s ÷ bare jieba-rs", "speedup vs -j 1", "peak RSS MB"], rows))
    print("\nseconds: bare jieba-rs as it times its cut (files already read); tifa: the whole "
          "process, wall clock from /usr/bin/time (read, clean, segment, dedup, claims, "
          "terms, indexes, write). MB: bytes of document text (a JSONL line's text field).")

    if SCALE_FROM in by_input and SCALE_TO in by_input:
        rows = []
        for small, big in zip(by_input[SCALE_FROM], by_input[SCALE_TO]):
            per_mb_small = small["seconds"] / (small["bytes"] / 1e6)
            per_mb_big = big["seconds"] / (big["bytes"] / 1e6)
            rows.append([big["label"], f"{per_mb_small * 1e3:.1f}", f"{per_mb_big * 1e3:.1f}",
                         f"{per_mb_big / per_mb_small:.2f}"])
        print(f"\n## Scaling: time per MB at {SCALE_TO} ÷ time per MB at {SCALE_FROM}\n")
        print(table(["run", f"ms/MB {SCALE_FROM}", f"ms/MB {SCALE_TO}", "ratio"], rows))

    stages = sorted({s for rs in by_input.values() for r in rs[1:]
                     for s in r["timings"]["stage_cpu_seconds"]})
    rows = []
    for name, rs in by_input.items():
        for r in rs[1:]:
            cpu = r["timings"]["stage_cpu_seconds"]
            rows.append([name, r["label"]] + [f"{cpu.get(s, 0):.2f}" for s in stages]
                        + [f"{sum(cpu.values()):.2f}", f"{r['timings']['wall_seconds']:.2f}"])
    print("\n## tifa stages (summary.json: CPU seconds summed over workers)\n")
    print(table(["input", "run"] + stages + ["sum", "wall (summary)"], rows))


if __name__ == "__main__":
    main()
