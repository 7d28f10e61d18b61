#!/usr/bin/env python3
"""One size's line of the Spark benchmark (benches/scale/spark.sh): wall clock and peak RSS of
`tifa dedup` and of the Spark job, bytes shuffled, Spark jobs / stages run, and the wall time and bytes shuffled of
each of tifa's stages (the jobs python/tifa/spark.py names ``tifa: STAGE``; standard library
only).

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
    """Wall seconds and bytes shuffled per tifa stage (job description), and the Spark jobs
    and (run, not skipped) Spark stages of the whole run."""
    wall = collections.Counter()
    count = collections.Counter()
    moved = collections.Counter()
    stage_of = {}
    started = {}
    for log in Path(log_dir).iterdir():
        for line in log.open():
            event = json.loads(line)
            kind = event.get("Event")
            if kind == "SparkListenerJobStart":
                name = (event.get("Properties") or {}).get("spark.job.description") or "other"
                name = name.removeprefix("tifa: ")
                started[event["Job ID"]] = (name, event["Submission Time"])
                for s in event["Stage IDs"]:
                    stage_of[s] = name
                count["jobs"] += 1
            elif kind == "SparkListenerStageCompleted":
                count["stages"] += 1
            elif kind == "SparkListenerJobEnd":
                name, t = started[event["Job ID"]]
                wall[name] += (event["Completion Time"] - t) / 1000
            elif kind == "SparkListenerTaskEnd":
                metrics = event.get("Task Metrics") or {}
                written = metrics.get("Shuffle Write Metrics", {}).get("Shuffle Bytes Written", 0)
                moved[stage_of.get(event["Stage ID"], "other")] += written
    return wall, moved, count


def main():
    docs, mb, cli_time, spark_time, log_dir = sys.argv[1:]
    cli_s, cli_rss = wall_and_rss(cli_time)
    spark_s, spark_rss = wall_and_rss(spark_time)
    wall, moved, count = stages(log_dir)
    top = ", ".join(f"{name} {s:.0f} s / {moved[name] / 1e6:.0f} MB" for name, s in wall.most_common())
    print(
        f"| {docs} | {mb} | {cli_s:.1f} | {cli_rss} | {spark_s:.1f} | {spark_rss} | "
        f"{sum(moved.values()) / 1e6:.1f} | {count['jobs']} / {count['stages']} | {top} |"
    )


if __name__ == "__main__":
    main()
