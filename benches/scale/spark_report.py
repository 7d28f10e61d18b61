#!/usr/bin/env python3
"""One size's line of the Spark benchmark (benches/scale/spark.sh): wall clock and peak RSS of
`tifa dedup` and of the Spark job, bytes shuffled, and the Spark stages' time grouped by the
line of python/tifa/spark.py that made them (standard library only).

  spark_report.py DOCS MB CLI_TIME SPARK_TIME EVENT_LOG_DIR
"""

import collections
import json
import re
import sys
from pathlib import Path


def wall_and_rss(path):
    text = Path(path).read_text()
    clock = re.search(r"Elapsed \(wall clock\) time.*: (?:(\d+):)?(\d+):([\d.]+)", text)
    h, m, s = clock.groups()
    seconds = int(h or 0) * 3600 + int(m) * 60 + float(s)
    rss = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", text).group(1))
    return seconds, rss // 1024


def stages(log_dir):
    """Seconds a stage group ran (by call site) and bytes shuffled, from the event log."""
    busy = collections.Counter()
    shuffled = 0
    for log in Path(log_dir).iterdir():
        for line in log.open():
            event = json.loads(line)
            kind = event.get("Event")
            if kind == "SparkListenerStageCompleted":
                info = event["Stage Info"]
                site = re.sub(r" at .*spark\.py:", " @", info["Stage Name"])
                busy[site] += (info["Completion Time"] - info["Submission Time"]) / 1000
            elif kind == "SparkListenerTaskEnd":
                metrics = event.get("Task Metrics") or {}
                shuffled += metrics.get("Shuffle Write Metrics", {}).get("Shuffle Bytes Written", 0)
    return busy, shuffled


def main():
    docs, mb, cli_time, spark_time, log_dir = sys.argv[1:]
    cli_s, cli_rss = wall_and_rss(cli_time)
    spark_s, spark_rss = wall_and_rss(spark_time)
    busy, shuffled = stages(log_dir)
    top = ", ".join(f"{site} {s:.0f} s" for site, s in busy.most_common(6))
    print(
        f"| {docs} | {mb} | {cli_s:.1f} | {cli_rss} | {spark_s:.1f} | {spark_rss} | "
        f"{shuffled / 1e6:.1f} | {top} |"
    )


if __name__ == "__main__":
    main()
