"""The Python functions return what the CLI prints for the same input.

Expectations come from running the real ``tifa`` binary (``$TIFA_BIN``, or built here with
``cargo build --bin tifa``) on the seed documents of ``corpus/`` and on JSONL fixtures.
"""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path
from typing import Any, Dict, List

import pytest

import tifa

ROOT = Path(__file__).resolve().parents[2]
SEEDS = sorted((ROOT / "corpus").glob("*.txt"))


@pytest.fixture(scope="session")
def cli():
    """Runs the CLI from the repository root and returns its standard output."""
    exe = os.environ.get("TIFA_BIN")
    if not exe:
        subprocess.run(["cargo", "build", "--quiet", "--bin", "tifa"], cwd=ROOT, check=True)
        exe = str(Path(os.environ.get("CARGO_TARGET_DIR", ROOT / "target")) / "debug" / "tifa")

    def run(*args: str, stdin: str | None = None) -> str:
        done = subprocess.run(
            [exe, *args], cwd=ROOT, input=stdin, capture_output=True, text=True, check=True
        )
        return done.stdout

    return run


def seed_text(path: Path) -> str:
    return path.read_bytes().decode("utf-8")


def without_source(doc: Dict[str, Any]) -> Dict[str, Any]:
    return {k: v for k, v in doc.items() if k != "source"}


def test_there_are_seeds():
    assert len(SEEDS) == 5


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.name)
def test_clean_equals_cli(cli, path: Path):
    want = json.loads(cli("clean", str(path.relative_to(ROOT))))
    got = tifa.clean(seed_text(path), id=path.name)
    assert got["source"] == {"path": "-"}
    assert without_source(got) == without_source(want)
    assert got["schema_version"] == tifa.SCHEMA_VERSION


def test_clean_switches_equal_cli_flags(cli):
    path = SEEDS[2]
    flags = ["--no-reflow", "--no-boilerplate"]
    want = json.loads(cli("clean", *flags, str(path)))
    got = tifa.clean(seed_text(path), id=path.name, reflow=False, boilerplate=False)
    assert without_source(got) == without_source(want)


def test_clean_of_stdin_text_equals_cli(cli):
    text = "拥有43年党龄的老党员申德国说：“每次我们的党史学习和党建活动大家参与的积极性都非常高。”\n"
    assert tifa.clean(text) == json.loads(cli("clean", "-", stdin=text))


@pytest.mark.parametrize("path", SEEDS[:2], ids=lambda p: p.name)
def test_segment_equals_cli(cli, path: Path):
    want = json.loads(cli("segment", "--format", "json", str(path)))
    assert tifa.segment(seed_text(path)) == want["tokens"]


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.name)
def test_extract_equals_cli(cli, path: Path):
    want = json.loads(cli("extract", str(path)))
    assert tifa.extract(seed_text(path), id=path.name) == want


def test_batches_equal_single_calls():
    texts = [seed_text(p) for p in SEEDS]
    ids = [p.name for p in SEEDS]
    assert tifa.clean_batch(texts, ids=ids) == [tifa.clean(t, id=i) for t, i in zip(texts, ids)]
    assert tifa.extract_batch(texts, ids=ids) == [
        tifa.extract(t, id=i) for t, i in zip(texts, ids)
    ]
    assert tifa.clean_batch(texts[:1], template=False)[0]["id"] == "-"


def dedup_records() -> List[Dict[str, Any]]:
    """The seeds, a repost of one, and a story that copies paragraphs of two others."""
    seeds = [{"id": p.stem, "text": seed_text(p), "site": "seed"} for p in SEEDS]
    paragraphs = [s["text"].split("\n\n") for s in seeds]
    mixed = "\n\n".join(paragraphs[1][2:5] + ["本报讯 记者走访了多个社区。"] + paragraphs[3][1:3])
    return seeds + [
        {"id": "repost", "text": seeds[4]["text"]},
        {"id": 7, "text": mixed, "site": "other"},
    ]


def test_dedup_equals_cli_byte_for_byte(cli, tmp_path: Path):
    records = dedup_records()
    path = tmp_path / "records.jsonl"
    path.write_text(
        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8"
    )
    printed = cli("dedup", str(path))
    got = tifa.dedup(records)
    assert got == json.loads(printed)
    assert json.dumps(got, ensure_ascii=False, indent=2) + "\n" == printed
    assert got["documents"], "the repost is a duplicate document"


def test_dedup_fields_and_ids_as_on_stdin(cli):
    records = [{"body": r["text"], "key": r["id"]} for r in dedup_records()]
    del records[-1]["key"]
    stdin = "\n".join(json.dumps(r, ensure_ascii=False) for r in records)
    printed = cli("dedup", "--text-field", "body", "--id-field", "key", "-", stdin=stdin)
    assert tifa.dedup(records, text_field="body", id_field="key") == json.loads(printed)


def test_bad_input_raises():
    with pytest.raises(ValueError, match="text"):
        tifa.dedup([{"id": "a", "body": "正文"}])
    with pytest.raises(ValueError, match="not a text"):
        tifa.clean("a\0b")
    with pytest.raises(ValueError):
        tifa.clean_batch(["一", "二"], ids=["a"])


def test_pandas_column():
    pd = pytest.importorskip("pandas")
    df = pd.DataFrame({"id": [p.stem for p in SEEDS], "text": [seed_text(p) for p in SEEDS]})
    df["clean"] = [d["text"] for d in tifa.clean_batch(df["text"], ids=df["id"])]
    df["claims"] = [len(e["claims"]) for e in tifa.extract_batch(df["clean"], ids=df["id"])]
    assert df["clean"].str.len().sum() < df["text"].str.len().sum()
    assert df.loc[0, "clean"] == tifa.clean(df.loc[0, "text"])["text"]
    assert (df["claims"] > 0).all()


def test_datasets_map_batched():
    datasets = pytest.importorskip("datasets")
    ds = datasets.Dataset.from_dict({"text": [seed_text(p) for p in SEEDS]})
    ds = ds.map(lambda b: {"clean": [d["text"] for d in tifa.clean_batch(b["text"])]}, batched=True)
    assert ds[1]["clean"] == tifa.clean(ds[1]["text"])["text"]


def test_unit_keys_and_similarity_find_what_dedup_finds(cli):
    paragraphs = seed_text(SEEDS[0]).split("\n\n")
    long = [p for p in paragraphs if len(p) > 80]
    edited = long[1][:40] + "某" + long[1][41:]
    copy = long[0] + "\n\n" + edited
    units = tifa.unit_keys(seed_text(SEEDS[0]), id="a")
    copied = tifa.unit_keys(copy, id="b")
    keys = {u["key"] for u in units}
    bands = {b for u in units for b in u["bands"]}
    assert copied[0]["key"] in keys and len(copied[0]["bands"]) == 20
    assert copied[1]["key"] not in keys and bands & set(copied[1]["bands"])
    assert tifa.similarity(long[1], edited)["jaccard"] >= tifa.NEAR_THRESHOLD
    assert tifa.similarity(long[1][:60], long[1])["containment"] >= tifa.CONTAINMENT
    report = tifa.dedup([{"id": "a", "text": seed_text(SEEDS[0])}, {"id": "b", "text": copy}])
    in_b = [m for c in report["clusters"] for m in c["members"] if m["doc"] == "b"]
    assert {m["paragraph"] for m in in_b} == {0, 1}


def test_lead_joins_no_chain_and_reports_compared_templates():
    # 1~2 and 2~3 linked, 1/3 a template: 1 leads 2; 3, linked only to the taken 2, stays
    # alone; 1/3 was compared (both open when 1 led), so it is reported.
    found = tifa.lead([(1, 2, 0.9, []), (2, 3, 0.8, []), (1, 3, None, [("王雪峰", "何泽华")])])
    assert found["leaders"] == [[1, [[2, 0.9]]]]
    assert found["templated"] == [[1, 3, [["王雪峰", "何泽华"]]]]
