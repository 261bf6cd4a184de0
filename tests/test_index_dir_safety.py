"""qa replaces only what it wrote: an index folder given by mistake must never cost a user files.

Each case goes through the CLI (and the QA_INDEX_DIR variable) and checks every file under the
test's folder, byte for byte, after the command.
"""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from qa.cli import app
from qa.text import normalize

from qa.index import MANIFEST, MARKER, build_lock, cached_indexes, default_index_dir, remove_cached
from tests.conftest import FakeModels, write_corpus

runner = CliRunner()
QUESTION = "How much did bilateral trade reach?"


@pytest.fixture(autouse=True)
def fake_models(monkeypatch):
    monkeypatch.setattr("qa.index.Models", FakeModels)


def tree(root: Path) -> dict[str, bytes | str]:
    """Every path under root (hidden ones too): file bytes, a link's target, or 'dir'."""
    out: dict[str, bytes | str] = {}
    for dirpath, dirnames, filenames in os.walk(root):
        for name in dirnames + filenames:
            p = Path(dirpath, name)
            key = str(p.relative_to(root))
            out[key] = ("link:" + os.readlink(p)) if p.is_symlink() else "dir" if p.is_dir() else p.read_bytes()
    return out


def run(cmd: str, corpus: Path, index_dir: Path | None, env: dict | None = None):
    args = [cmd, *([QUESTION, "--json"] if cmd == "ask" else []), "--corpus", str(corpus)]
    if index_dir is not None:
        args += ["--index-dir", str(index_dir)]
    return runner.invoke(app, args, env=env)


def refused(r, path: Path) -> None:
    assert r.exit_code == 1, r.output
    assert "Traceback" not in r.output
    assert r.stdout == ""
    lines = [line for line in r.stderr.splitlines() if line.strip()]
    text = " ".join(r.stderr.split())
    assert text.startswith("error: refusing to use"), r.stderr
    assert str(path.absolute()).replace(" ", "") in text.replace(" ", ""), r.stderr
    assert "--index-dir" in text
    assert len(r.stderr.split("error:")) == 2, r.stderr  # one message
    assert lines


def _corpus_itself(tmp: Path):
    news = write_corpus(tmp / "news")
    return news, news


def _folder_holding_the_corpus(tmp: Path):
    news = write_corpus(tmp / "outer" / "corp")
    (tmp / "outer" / "notes.txt").write_text("my notes\n")
    return news, tmp / "outer"


def _folder_with_user_files(tmp: Path):
    news = write_corpus(tmp / "news")
    (tmp / "docs").mkdir()
    (tmp / "docs" / "thesis.txt").write_bytes(b"chapter one\x00\xff")
    return news, tmp / "docs"


def _regular_file(tmp: Path):
    news = write_corpus(tmp / "news")
    (tmp / "afile").write_text("precious\n")
    return news, tmp / "afile"


def _folder_inside_the_corpus(tmp: Path):
    news = write_corpus(tmp / "news")
    return news, news / "other"


def _empty_folder_inside_the_corpus(tmp: Path):
    news = write_corpus(tmp / "news")
    (news / "idx").mkdir()
    return news, news / "idx"


def _symlink_to_a_user_folder(tmp: Path):
    news = write_corpus(tmp / "news")
    (tmp / "docs").mkdir()
    (tmp / "docs" / "thesis.txt").write_text("thesis\n")
    (tmp / "link").symlink_to(tmp / "docs")
    return news, tmp / "link"


def _symlink_to_an_empty_folder(tmp: Path):
    news = write_corpus(tmp / "news")
    (tmp / "empty").mkdir()
    (tmp / "link").symlink_to(tmp / "empty")
    return news, tmp / "link"


def _folder_with_only_a_foreign_manifest(tmp: Path):
    news = write_corpus(tmp / "news")
    (tmp / "app").mkdir()
    (tmp / "app" / MANIFEST).write_text('{"name": "my web app", "version": 3}')
    return news, tmp / "app"


CASES = [_corpus_itself, _folder_holding_the_corpus, _folder_with_user_files, _regular_file,
         _folder_inside_the_corpus, _empty_folder_inside_the_corpus, _symlink_to_a_user_folder,
         _symlink_to_an_empty_folder, _folder_with_only_a_foreign_manifest]


@pytest.mark.parametrize("how", ["option", "env"])
@pytest.mark.parametrize("cmd", ["index", "ask"])
@pytest.mark.parametrize("case", CASES, ids=lambda f: f.__name__.strip("_"))
def test_refused_and_nothing_changes(tmp_path, case, cmd, how):
    root = tmp_path / "home"
    root.mkdir()
    corpus, target = case(root)
    before = tree(root)
    if how == "option":
        r = run(cmd, corpus, target)
    else:
        r = run(cmd, corpus, None, env={"QA_INDEX_DIR": str(target)})
    refused(r, target)
    assert tree(root) == before


def _build(corpus: Path, idx: Path) -> None:
    r = run("index", corpus, idx)
    assert r.exit_code == 0, r.output


@pytest.mark.parametrize("cmd", ["index", "ask"])
def test_new_path_and_empty_folder_are_used(tmp_path, cmd):
    corpus = write_corpus(tmp_path / "news")
    for idx in (tmp_path / "new" / "idx", tmp_path / "empty"):
        if idx.name == "empty":
            idx.mkdir()
        r = run(cmd, corpus, idx)
        assert r.exit_code == 0, r.output
        assert (idx / MANIFEST).is_file() and (idx / MARKER).is_file()


def test_an_index_of_ours_is_refreshed(tmp_path):
    corpus = write_corpus(tmp_path / "news")
    idx = tmp_path / "idx"
    _build(corpus, idx)
    (corpus / "new.txt").write_text("Putin met Modi in Delhi on Friday.\n")
    r = run("index", corpus, idx)
    assert r.exit_code == 0, r.output
    assert "new" in json.loads((idx / MANIFEST).read_text())["articles"]
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".idx.")] == [".idx.lock"]


@pytest.mark.parametrize("damage", ["no marker, old format", "marker, no manifest"])
def test_older_or_damaged_index_of_ours_is_rebuilt(tmp_path, damage):
    corpus = write_corpus(tmp_path / "news")
    idx = tmp_path / "idx"
    _build(corpus, idx)
    if damage == "no marker, old format":
        (idx / MARKER).unlink()
        m = json.loads((idx / MANIFEST).read_text())
        (idx / MANIFEST).write_text(json.dumps(m | {"format": 0}))
    else:
        (idx / MANIFEST).unlink()
    r = run("ask", corpus, idx)
    assert r.exit_code == 0, r.output
    assert normalize(json.loads(r.stdout)["answer"] or "") == normalize("$68.7 billion")
    assert (idx / MARKER).is_file()


def test_a_user_folder_named_like_our_leftovers_is_kept(tmp_path):
    corpus = write_corpus(tmp_path / "news")
    idx = tmp_path / "idx"
    _build(corpus, idx)
    keep = tmp_path / f".idx.old-{os.getpid()}"
    keep.mkdir()
    (keep / "diary.txt").write_text("mine\n")
    (corpus / "new.txt").write_text("Putin met Modi in Delhi on Friday.\n")
    _build(corpus, idx)
    assert (keep / "diary.txt").read_text() == "mine\n"


def test_indexes_lists_the_cache_and_prune_removes_only_indexes_of_vanished_corpora(tmp_path):
    kept, gone = write_corpus(tmp_path / "kept"), write_corpus(tmp_path / "gone")
    for corpus in (kept, gone):
        assert runner.invoke(app, ["index", "--quiet", "--corpus", str(corpus)]).exit_code == 0
    cache = tmp_path / "cache" / "qa" / "indexes"
    foreign = cache / "notes-0000000000000000"  # a folder qa did not write
    foreign.mkdir()
    (foreign / "todo.txt").write_text("mine\n")
    (cache / "link-1111111111111111").symlink_to(kept, target_is_directory=True)
    shutil.rmtree(gone)

    listed = runner.invoke(app, ["indexes"])
    assert listed.exit_code == 0, listed.output
    lines = [line for line in listed.stdout.splitlines() if "articles" in line]
    assert len(lines) == 2 and all("3 articles" in line for line in lines)
    assert [str(gone) in line and "(corpus gone)" in line for line in lines].count(True) == 1
    assert "notes-" not in listed.stdout and "link-" not in listed.stdout
    assert "1 index of a corpus that is gone" in listed.stdout
    before = tree(tmp_path / "kept") | {"foreign": tree(foreign)}

    pruned = runner.invoke(app, ["indexes", "--prune"])
    assert pruned.exit_code == 0, pruned.output
    assert "removed 1 index" in pruned.stdout
    assert sorted(p.name for p in cache.iterdir() if not p.name.startswith(".")) == [
        default_index_dir(kept).name, "link-1111111111111111", "notes-0000000000000000"]
    assert tree(tmp_path / "kept") | {"foreign": tree(foreign)} == before
    r = runner.invoke(app, ["ask", QUESTION, "--json", "--quiet", "--corpus", str(kept)])
    assert json.loads(r.stdout)["answer"] == "$68.7 billion"  # the kept index still answers


def test_prune_leaves_an_index_a_build_holds(tmp_path):
    gone = write_corpus(tmp_path / "gone")
    assert runner.invoke(app, ["index", "--quiet", "--corpus", str(gone)]).exit_code == 0
    shutil.rmtree(gone)
    [entry] = cached_indexes()
    with build_lock(entry.folder):
        assert remove_cached(entry) is False
    assert entry.folder.is_dir()
    assert remove_cached(entry) is True and not entry.folder.exists()
