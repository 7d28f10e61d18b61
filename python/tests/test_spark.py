"""``tifa.spark`` finds what ``tifa dedup`` finds: Spark in local[2] on a fixture written here
and on the first documents of the Sina corpus (``../shared/corpora``, skipped when absent):
its ``duplicates.json`` is the CLI's byte for byte, and its clean corpus (``--write-clean``)
the CLI's.

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

import pandas as pd  # noqa: E402
import tifa.spark  # noqa: E402

from test_cli_equality import ROOT, cli, dedup_records  # noqa: E402,F401

SINA = ROOT.parent / "shared" / "corpora" / "news" / "sina-2018.jsonl"
#: Documents of Sina compared (the first lines of the file).
SINA_DOCS = int(os.environ.get("TIFA_SPARK_DOCS", "3000"))


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


def shared() -> List[Dict[str, Any]]:
    """Paragraphs that share runs of sentences without being copies of each other as wholes,
    one of them printed twice (its repeat keeps no sentences of its own), beside a heading
    repeated next to a repeated paragraph (short clusters go with their neighbours)."""
    s1 = "国家统计局今天发布数据显示，十月份全国规模以上工业增加值同比增长百分之四点六。"
    s2 = "从环比看，十月份规模以上工业增加值比上月增长百分之零点三九，增速有所回升。"
    own = [
        "分行业看，四十一个大类行业中有二十八个行业增加值保持同比增长，其中汽车制造业增长明显。",
        "市场人士认为，随着一系列稳增长政策持续发力，工业生产有望继续保持平稳恢复的态势。",
        "分地区看，东部地区增加值同比增长，中部地区和西部地区也都实现了不同程度的增长。",
    ]
    repeated = "会议强调，要坚持稳中求进工作总基调，完整准确全面贯彻新发展理念，加快构建新发展格局。"
    return [
        {"id": "stats-a", "text": s1 + s2 + own[0] + "\n\n各位代表：\n\n" + repeated},
        {"id": "stats-b", "text": own[1] + s1 + s2 + "\n\n各位代表：\n\n" + repeated},
        {"id": "stats-c", "text": s2 + own[2] + s1 + "\n\n" + s1 + s2 + own[0]},
    ]


def headlines() -> List[Dict[str, Any]]:
    """Short documents: a headline copied with other punctuation (one group), edited twice
    (headlines are copies only when identical: never merged), two dated items of one series
    and another headline on the topic."""
    return [
        {"id": "headline", "text": "全省春运首日铁路客流同比下降七成以上"},
        {"id": "headline-copy", "text": "全省春运首日，铁路客流同比下降七成以上！"},
        {"id": "headline-edited", "text": "全省春运首日铁路客流同比下降超七成"},
        {"id": "headline-tagged", "text": "快讯！全省春运首日铁路客流同比下降七成以上"},
        {"id": "medals-25", "text": "运动会奖牌榜（截至9月25日）"},
        {"id": "medals-28", "text": "运动会奖牌榜（截至9月28日）"},
        {"id": "topic", "text": "全省春运首日公路客流平稳有序"},
    ]


def rosters() -> List[Dict[str, Any]]:
    """Pages that cleaning empties (an editor roster, removed as a byline): the same page twice
    and once with a design credit (one group, by the lines cleaning removed), another roster."""
    roster = "本版责编：沈  寅  白之羽  林子夜"
    return [
        {"id": "roster", "text": roster},
        {"id": "roster-again", "text": roster + "\n"},
        {"id": "roster-design", "text": roster + "\n\n　　版式设计：汪哲平"},
        {"id": "roster-other", "text": "本版责编：张彦春  宋  宇  刘涓溪"},
    ]


def write_jsonl(path: Path, records: List[Dict[str, Any]]) -> Path:
    lines = (json.dumps(r, ensure_ascii=False) + "\n" for r in records)
    path.write_text("".join(lines), encoding="utf-8")
    return path


def assert_same(printed: str, spark_report: Dict[str, Any]) -> None:
    """Section by section (for a readable failure), then byte for byte."""
    want = json.loads(printed)
    assert list(spark_report) == list(want)
    for section, value in want.items():
        assert spark_report[section] == value, section
    assert json.dumps(spark_report, ensure_ascii=False, indent=2) + "\n" == printed


def clean_lines(folder: Path) -> Dict[str, List[str]]:
    """The files of a clean corpus, but the CLI's mark of a folder it wrote."""
    files = (f for f in sorted(folder.iterdir()) if f.name != ".tifa-output.json")
    return {f.name: f.read_text(encoding="utf-8").splitlines() for f in files}


@pytest.mark.parametrize("lead_on", ["driver", "spark"])
def test_dataframe_dedup_equals_cli(cli, spark, tmp_path: Path, monkeypatch, lead_on: str):
    if lead_on == "spark":  # components by star rounds, a Python task a component
        monkeypatch.setattr(tifa.spark, "DRIVER_LINKS", 0)
    records = dedup_records() + notices() + shared() + headlines() + rosters()
    path = write_jsonl(tmp_path / "fixture.jsonl", records)
    printed = cli("dedup", "--write-clean", str(tmp_path / "cli"), str(path))
    rows = [(i, str(r["id"]), r["text"]) for i, r in enumerate(records)]
    df = spark.createDataFrame(rows, "n long, id string, text string")
    found = tifa.spark.dedup(df, order_col="n")
    collected = tifa.spark.collect(found)
    report = tifa.spark.report(collected)
    assert_same(printed, report)
    for section in ["templated", "contained", "documents", "passages", "clusters"]:
        assert report[section], section
    assert report["stats"]["duplicate_paragraphs"] > 0
    grouped = [[m["doc"] for m in g["members"]] for g in report["documents"]]
    assert ["headline", "headline-copy"] in grouped
    assert not any("headline-edited" in g or "headline-tagged" in g for g in grouped)
    emptied = [[m["doc"] for m in g["members"]] for g in report["documents"] if g.get("removed_lines")]
    assert emptied == [["roster", "roster-again", "roster-design"]]
    # The clean corpus: the same texts and removals (records here lack the CLI's extra fields).
    got = tifa.spark.clean(found, collected).orderBy("d").collect()
    want = clean_lines(tmp_path / "cli")
    texts = lambda lines: [(str(json.loads(x)["id"]), json.loads(x)["text"]) for x in lines]  # noqa: E731
    assert texts([r.line for r in got]) == texts(want["fixture.jsonl"])
    assert [r.removed for r in got if r.removed] == want["dedup-removed.jsonl"]
    kept = {json.loads(r.record)["id"] for r in found.keep.collect()}
    assert {"repost", "story-repost"}.isdisjoint(kept) and "notice-he" in kept


def test_command_on_sina_equals_cli(cli, spark, tmp_path: Path):
    if not SINA.exists():
        pytest.skip(f"{SINA} is absent")
    with SINA.open(encoding="utf-8") as f:
        head = [next(f) for _ in range(SINA_DOCS)]
    path = tmp_path / "sina.jsonl"
    path.write_text("".join(head), encoding="utf-8")
    printed = cli("dedup", "--write-clean", str(tmp_path / "cli"), str(path))
    out = tmp_path / "out"
    argv = ["dedup", str(path), "--output", str(out), "--write-clean", str(tmp_path / "spark"), "--partitions", "4"]
    assert tifa.spark.main(argv) == 0
    assert (out / "duplicates.json").read_text(encoding="utf-8") == printed
    report = json.loads(printed)
    assert report["clusters"] and report["documents"] and report["passages"]
    assert clean_lines(tmp_path / "spark") == clean_lines(tmp_path / "cli")


def test_digest_rows_keep_64_bit_keys():
    """A batch holding a document too short for a key keeps every other key exact (a column
    inferred with a missing value is float64, which rounds 64-bit keys: equal texts in two
    batches got different keys)."""
    records = [
        {"id": "long", "text": "本市今年新建改建城乡公路一千二百公里，完成农村危房改造三千四百户。"},
        {"id": "short", "text": "好"},
    ]
    lines = [json.dumps(r, ensure_ascii=False) for r in records]
    batch = pd.DataFrame({"d": [0, 1], "path": ["x.jsonl"] * 2, "line": [1, 2], "record": lines})
    frame = tifa.spark._digest_rows("text", "id")(batch)
    want = json.loads(tifa._tifa.doc_rows([("x.jsonl", 1, lines[0])], "text", "id")[0])
    assert frame[frame.d == 1]["key"].isna().all()
    keys = [want["key"]] + [u["key"] for u in want["units"]]
    assert any(abs(k) > 2**53 for k in keys)  # keys a float64 cannot hold
    assert list(frame[frame.d == 0]["key"]) == keys
