import pytest

from qa.corpus import load_corpus
from qa.errors import CorpusError


def test_ids_dates_titles(corpus):
    arts = {a.id: a for a in load_corpus(corpus)}
    assert set(arts) == {"visit", "trade", "other/plans"}
    v = arts["visit"]
    assert v.date == "2025-11-29"
    assert v.title.startswith("President Vladimir Putin will visit")
    assert "date" not in v.text[v.body_start:v.body_start + 10]
    assert arts["trade"].date is None


def test_bad_files_are_skipped_with_a_warning(tmp_path, capsys):
    (tmp_path / "ok.txt").write_text("A fine article.")
    (tmp_path / "latin1.txt").write_bytes("caf\xe9".encode("latin-1"))
    (tmp_path / "bin.txt").write_bytes(b"\x00\x01\x02")
    (tmp_path / "big.txt").write_text("x" * 200)
    (tmp_path / "empty.txt").write_text("")
    arts = load_corpus(tmp_path, max_file_bytes=100)
    assert [a.id for a in arts] == ["ok"]
    err = capsys.readouterr().err
    for name in ("latin1.txt", "bin.txt", "big.txt", "empty.txt"):
        assert name in err


def test_same_id_twice_is_an_error(tmp_path):
    (tmp_path / "a.txt").write_text("One.")
    (tmp_path / "a.md").write_text("Two.")
    with pytest.raises(CorpusError, match="two files have the id 'a'"):
        load_corpus(tmp_path)


@pytest.mark.parametrize("make", ["missing", "empty"])
def test_missing_or_empty_folder_is_an_error(tmp_path, make):
    folder = tmp_path / "c"
    if make == "empty":
        folder.mkdir()
    with pytest.raises(CorpusError):
        load_corpus(folder)
