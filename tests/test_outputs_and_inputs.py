"""Outputs never replace inputs, and inputs are read with bounds: the report, the gold file, history."""

from __future__ import annotations

import os

import pytest
from typer.testing import CliRunner

from qa.cli import app
from tests.conftest import FakeModels, write_corpus

runner = CliRunner()
GOLD = '{"id": "t1", "question": "How much did bilateral trade reach?", "answers": ["$68.7 billion"]}\n'


@pytest.fixture
def env(tmp_path, monkeypatch):
    monkeypatch.setattr("qa.index.Models", FakeModels)
    corpus = write_corpus(tmp_path / "corpus")
    gold = tmp_path / "gold.jsonl"
    gold.write_text(GOLD)
    return tmp_path, corpus, gold


def evaluate(corpus, gold, *extra):
    return runner.invoke(app, ["eval", "--gold", str(gold), "--corpus", str(corpus), *map(str, extra)])


@pytest.mark.parametrize("target", ["gold", "article", "new file in corpus", "corpus"])
def test_report_never_replaces_the_gold_file_or_the_corpus(env, target):
    tmp, corpus, gold = env
    path = {"gold": gold, "article": corpus / "trade.txt", "new file in corpus": corpus / "report.json",
            "corpus": corpus}[target]
    before = {p: p.read_bytes() for p in [gold, *corpus.rglob("*.*")]}
    r = evaluate(corpus, gold, "--report", path, "--index-dir", tmp / "i")
    assert r.exit_code == 1 and r.stderr.count("error:") == 1, r.output
    assert "--report" in r.stderr and "Traceback" not in r.output
    assert {p: p.read_bytes() for p in [gold, *corpus.rglob("*.*")]} == before
    assert not (corpus / "report.json").exists()


def test_report_elsewhere_is_written(env):
    tmp, corpus, gold = env
    r = evaluate(corpus, gold, "--report", tmp / "out" / "report.json", "--index-dir", tmp / "i")
    assert (tmp / "out" / "report.json").is_file(), r.output


@pytest.mark.parametrize("kind", ["fifo", "device", "folder", "huge"])
def test_gold_that_is_no_regular_file_or_too_big_is_refused_at_once(env, kind, monkeypatch):
    tmp, corpus, _ = env
    if kind == "fifo":
        path = tmp / "pipe.jsonl"
        os.mkfifo(path)  # opening it for reading would block forever
    elif kind == "device":
        path = "/dev/zero"  # reading it would never end
    elif kind == "folder":
        path = tmp
    else:
        monkeypatch.setattr("qa.evaluate.GOLD_MAX_BYTES", 100)
        path = tmp / "big.jsonl"
        path.write_text(GOLD * 5)
    r = evaluate(corpus, path, "--index-dir", tmp / "i")
    assert r.exit_code == 1 and r.stderr.count("error:") == 1, r.output
    assert ("not a regular file" if kind != "huge" else "over the limit") in " ".join(r.stderr.split())


def test_a_users_history_file_is_only_appended_to(tmp_path, monkeypatch):
    readline = pytest.importorskip("readline")
    from qa.repl import _setup_readline

    path = tmp_path / "my-history"
    lines = [f"line {i}" for i in range(1500)]
    path.write_text("\n".join(lines) + "\n")
    path.chmod(0o640)
    monkeypatch.setenv("QA_HISTORY_FILE", str(path))
    readline.clear_history()
    save = _setup_readline()
    readline.add_history("Who hosts the banquet?")
    save()
    assert path.read_text().splitlines() == lines + ["Who hosts the banquet?"]  # nothing cut
    assert path.stat().st_mode & 0o777 == 0o640


def test_qas_own_history_file_is_trimmed(tmp_path, monkeypatch):
    readline = pytest.importorskip("readline")
    from qa.repl import _setup_readline, history_path

    monkeypatch.delenv("QA_HISTORY_FILE", raising=False)
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    path = history_path()
    path.parent.mkdir(parents=True)
    path.write_text("".join(f"q {i}\n" for i in range(1200)))
    readline.clear_history()
    save = _setup_readline()
    readline.add_history("last one")
    save()
    kept = path.read_text().splitlines()
    assert len(kept) == 1000 and kept[-1] == "last one"
