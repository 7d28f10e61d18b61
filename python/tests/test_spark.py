"""``tifa.spark`` finds what ``tifa dedup`` finds: Spark in local[2] on a fixture written here
and on the first documents of the Sina corpus (``../shared/corpora``, skipped when absent),
compared with the CLI's ``duplicates.json`` section by section.

Spark needs pyspark and java; without them these tests are skipped.
"""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path
from typing import Any, Dict, List

import pytest

pytest.importorskip("pyspark")
if not shutil.which("java"):
    pytest.skip("java is not installed", allow_module_level=True)

import tifa.spark  # noqa: E402

from test_cli_equality import ROOT, cli, dedup_records  # noqa: E402,F401

SINA = ROOT.parent / "shared" / "corpora" / "news" / "sina-2018.jsonl"
#: Documents of Sina compared (the first lines of the file).
SINA_DOCS = int(os.environ.get("TIFA_SPARK_DOCS", "3000"))
#: What the Spark report holds, and the fields of each entry compared (the others,
#: chars a clean corpus would drop, are not computed on Spark).
SECTIONS = ["clusters", "contained", "documents", "templated", "templated_documents", "giant_buckets"]
NOT_COMPUTED = {"removable_chars", "chars", "members_truncated"}


@pytest.fixture(scope="module")
def spark():
    session = tifa.spark.session("local[2]", partitions=4)
    yield session
    session.stop()


@pytest.fixture(autouse=True)
def fresh(spark):
    """Each test starts without the data the one before kept."""
    yield
    spark.catalog.clearCache()


def notices() -> List[Dict[str, Any]]:
    """Two expulsion notices from one template (names differ: never merged), a repost with
    another headline, and a lead that is a truncated copy of its story's first paragraph."""
    notice = (
        "经查，{n}丧失理想信念，背弃初心使命，对抗组织审查，违规收受礼品礼金，利用职务上的便利"
        "为他人在企业经营等方面谋取利益并非法收受巨额财物。依据有关规定，经中央纪委常委会会议"
        "研究并报中共中央批准，决定给予{n}开除党籍处分，按规定取消其享受的待遇。"
    )
    story = (
        "本市今年新建改建城乡公路一千二百公里，完成农村危房改造三千四百户，新增城镇就业岗位"
        "五万二千个，城乡居民人均可支配收入分别增长百分之六点一和百分之七点三。\n\n"
        "市政府有关负责人表示，明年将继续加大民生投入，重点推进教育、医疗和养老服务设施建设。"
    )
    lead = story.split("\n\n")[0][:40]
    return [
        {"id": "notice-wang", "text": notice.format(n="王雪峰")},
        {"id": "notice-he", "text": notice.format(n="何泽华")},
        {"id": "story", "text": story},
        {"id": "story-repost", "text": "民生实事项目全部完成\n\n" + story},
        {"id": "lead", "text": lead + "……"},
    ]


def write_jsonl(path: Path, records: List[Dict[str, Any]]) -> Path:
    lines = (json.dumps(r, ensure_ascii=False) + "\n" for r in records)
    path.write_text("".join(lines), encoding="utf-8")
    return path


def comparable(report: Dict[str, Any]) -> Dict[str, List[Dict[str, Any]]]:
    return {
        s: [{k: v for k, v in entry.items() if k not in NOT_COMPUTED} for entry in report[s]]
        for s in SECTIONS
    }


def assert_same(cli_json: str, spark_report: Dict[str, Any]) -> None:
    want, got = comparable(json.loads(cli_json)), comparable(spark_report)
    for section in SECTIONS:
        assert got[section] == want[section], section
    counts = ["documents", "paragraphs", "paragraphs_too_short", "clusters", "contained"]
    assert {k: spark_report["stats"][k] for k in counts} == {
        k: json.loads(cli_json)["stats"][k] for k in counts
    }


def test_dataframe_dedup_equals_cli(cli, spark, tmp_path: Path):
    records = dedup_records() + notices()
    path = write_jsonl(tmp_path / "fixture.jsonl", records)
    printed = cli("dedup", str(path))
    rows = [(i, str(r["id"]), r["text"]) for i, r in enumerate(records)]
    df = spark.createDataFrame(rows, "n long, id string, text string")
    found = tifa.spark.dedup(df, order_col="n")
    report = tifa.spark.report(found)
    assert_same(printed, report)
    assert report["templated"] and report["contained"] and report["documents"]
    kept = {json.loads(r.record)["id"] for r in found.keep.collect()}
    assert {"repost", "story-repost"}.isdisjoint(kept) and "notice-he" in kept


def test_command_on_sina_equals_cli(cli, spark, tmp_path: Path):
    if not SINA.exists():
        pytest.skip(f"{SINA} is absent")
    with SINA.open(encoding="utf-8") as f:
        head = [next(f) for _ in range(SINA_DOCS)]
    path = tmp_path / "sina.jsonl"
    path.write_text("".join(head), encoding="utf-8")
    printed = cli("dedup", str(path))
    clean = tmp_path / "kept.jsonl"
    out = tmp_path / "out"
    assert tifa.spark.main(["dedup", str(path), "--output", str(out), "--write-clean", str(clean)]) == 0
    report = json.loads((out / "duplicates.json").read_text(encoding="utf-8"))
    assert_same(printed, report)
    assert report["clusters"] and report["documents"]
    repeats = sum(len(g["members"]) - 1 for g in report["documents"])
    assert len(clean.read_text(encoding="utf-8").splitlines()) == SINA_DOCS - repeats
