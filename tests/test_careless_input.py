"""Careless and odd input through the CLI: each case ends in the outcome a person expects."""

from __future__ import annotations

import os

import pytest
from typer.testing import CliRunner

from qa.cli import app
from qa.index import MANIFEST
from tests.conftest import FakeModels, write_corpus

runner = CliRunner()


@pytest.fixture
def corpus(tmp_path, monkeypatch):
    monkeypatch.setattr("qa.index.Models", FakeModels)
    return write_corpus(tmp_path / "corpus")


def index(corpus, idx, *extra, env=None):
    return runner.invoke(app, ["index", "--corpus", str(corpus), "--index-dir", str(idx), *extra], env=env)


def test_a_file_name_that_is_not_utf8_is_skipped_with_one_warning(corpus, tmp_path):
    with open(os.path.join(os.fsencode(corpus), b"bad\xff name.txt"), "wb") as f:
        f.write(b"Some text about trade.\n")
    r = index(corpus, tmp_path / "i")
    assert r.exit_code == 0, r.output
    assert "Traceback" not in r.output
    lines = [line for line in r.stderr.splitlines() if "not valid UTF-8" in line]
    assert len(lines) == 1 and "bad\\xff name.txt" in lines[0]
    assert "trade" in (tmp_path / "i" / MANIFEST).read_text()


def test_many_skipped_files_of_one_kind_are_summarized_after_ten(corpus, tmp_path):
    for i in range(25):
        (corpus / f"empty{i:02d}.txt").write_text("")
    r = index(corpus, tmp_path / "i")
    assert r.exit_code == 0, r.output
    assert sum("empty file" in line for line in r.stderr.splitlines()) == 11
    assert "15 more files skipped: empty file" in r.stderr


def test_tilde_in_the_environment_is_the_home_folder(corpus, tmp_path, monkeypatch):
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.chdir(tmp_path)
    r = runner.invoke(app, ["index", "--corpus", str(corpus)], env={"QA_INDEX_DIR": "~/qa-index"})
    assert r.exit_code == 0, r.output
    assert (home / "qa-index" / MANIFEST).is_file()
    assert not (tmp_path / "~").exists()


@pytest.mark.parametrize("which", ["root", "home"])
@pytest.mark.parametrize("cmd", ["index", "ask"])
def test_root_or_home_as_corpus_asks_for_yes(tmp_path, monkeypatch, which, cmd):
    home = tmp_path / "home"
    write_corpus(home)
    monkeypatch.setenv("HOME", str(home))
    corpus = "/" if which == "root" else str(home)
    args = [cmd, *(["Who?"] if cmd == "ask" else []), "--corpus", corpus, "--index-dir", str(tmp_path / "i")]
    r = runner.invoke(app, args)
    assert r.exit_code == 1 and r.stderr.count("error:") == 1, r.output
    assert "--yes" in r.stderr and not (tmp_path / "i").exists()


def test_a_full_disk_is_one_error_line_and_the_old_index_stays(corpus, tmp_path, monkeypatch):
    idx = tmp_path / "i"
    assert index(corpus, idx).exit_code == 0
    before = (idx / MANIFEST).read_bytes()
    (corpus / "new.txt").write_text("Putin met Modi in Delhi.\n")

    def full(*_):
        raise RuntimeError("Error in faiss::FileIOWriter: write failed: No space left on device")

    monkeypatch.setattr("faiss.write_index", full)
    r = index(corpus, idx)
    assert r.exit_code == 1 and r.stderr.count("error:") == 1, r.output
    assert "No space left on device" in " ".join(r.stderr.split()) and "Traceback" not in r.output
    assert (idx / MANIFEST).read_bytes() == before
    assert [p.name for p in tmp_path.iterdir() if ".tmp-" in p.name] == []
