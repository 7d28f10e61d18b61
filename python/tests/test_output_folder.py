"""The output folders of ``tifa.spark`` follow the CLI's rules (``tifa::output``): never an
input or a folder holding one, never a folder of files tifa did not write; built aside and
swapped in whole."""

from pathlib import Path

import pytest

from tifa import _tifa


def test_an_input_is_never_written_over(tmp_path: Path):
    data = tmp_path / "data"
    data.mkdir()
    source = data / "news.jsonl"
    source.write_text('{"text": "正文"}\n', encoding="utf-8")
    # The input's folder, a folder holding it, and (when the input is the folder) a folder
    # inside it.
    for target, inputs in ((data, [source]), (tmp_path, [source]), (data / "clean", [data])):
        with pytest.raises(ValueError):
            _tifa.OutputFolder(str(target), [str(p) for p in inputs], "tifa.spark dedup")
    assert source.read_text(encoding="utf-8") == '{"text": "正文"}\n'
    assert sorted(p.name for p in data.iterdir()) == ["news.jsonl"]


def test_a_folder_of_other_files_is_refused_and_kept(tmp_path: Path):
    other = tmp_path / "notes"
    other.mkdir()
    (other / "mine.txt").write_text("keep", encoding="utf-8")
    with pytest.raises(ValueError):
        _tifa.OutputFolder(str(other), [], "tifa.spark dedup")
    assert [p.name for p in other.iterdir()] == ["mine.txt"]


def test_a_folder_is_swapped_in_whole_and_replaced_by_the_same_command(tmp_path: Path):
    out = tmp_path / "out"
    report = out / "duplicates.json"
    for before, text in ((None, "first"), ("first", "second")):
        stage = _tifa.OutputFolder(str(out), [], "tifa.spark dedup")
        Path(stage.path(), "duplicates.json").write_text(text, encoding="utf-8")
        # Until the commit, the previous output stays as it was.
        assert (report.read_text(encoding="utf-8") if report.exists() else None) == before
        stage.commit()
        assert report.read_text(encoding="utf-8") == text
    with pytest.raises(ValueError):
        _tifa.OutputFolder(str(out), [], "another command")
