"""Nothing raw reaches the terminal: escape sequences in articles and control characters in file
names are printed as visible text, and article text is never read as markup or emoji codes."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from qa.cli import app
from tests.conftest import FakeModels, ScriptedReader, write_corpus

runner = CliRunner()
HOSTILE = ("The clipboard \x1b]52;c;ZXZpbA==\x07 was written and the screen \x1b[2J cleared; "
           "the fire :fire: [bold]spread[/bold] to Halden on May 3.\x9b31m\n")
ANSWER = "Halden"
RAW = ("\x1b", "\x07", "\x9b")


class HostileModels(FakeModels):
    def for_reading(self):
        return ScriptedReader({ANSWER: 8.0})


@pytest.fixture
def corpus(tmp_path, monkeypatch):
    monkeypatch.setattr("qa.index.Models", HostileModels)
    return write_corpus(tmp_path / "c", {
        "fire.txt": HOSTILE,
        "evil\x1b]0;pwned\x07\nerror: forged line.txt": "Nothing here but a name.\n",
        "bad\x1b[31m.txt": b"\xff\xfe not utf-8".decode("latin-1"),
    })


def no_raw(text: str) -> None:
    for ch in RAW:
        assert ch not in text, repr(text)


def test_answer_quote_and_citations_print_no_control_characters(corpus, tmp_path):
    (corpus / "bad\x1b[31m.txt").write_bytes(b"\xff\xfe not utf-8")
    r = runner.invoke(app, ["ask", "Where did the fire spread?", "--corpus", str(corpus),
                            "--index-dir", str(tmp_path / "i")])
    assert r.exit_code == 0, r.output
    no_raw(r.stdout)
    no_raw(r.stderr)
    assert "\\e]52;c;ZXZpbA==\\x07" in r.stdout and "\\e[2J" in r.stdout  # visible, as written
    assert ":fire: [bold]spread[/bold]" in r.stdout  # no emoji, no markup: the article's own characters
    assert "Halden" in r.stdout
    # the non-UTF-8 file's warning names it with its escape made visible, on one line
    warning = [line for line in r.stderr.splitlines() if "bad" in line]
    assert len(warning) == 1 and "bad\\e[31m" in warning[0]
    assert not any(line.startswith("error: forged") for line in (r.stdout + r.stderr).splitlines())


def test_sources_and_show_in_the_repl_print_no_control_characters(corpus, tmp_path):
    r = runner.invoke(app, ["ask", "--corpus", str(corpus), "--index-dir", str(tmp_path / "i")],
                      input="Where did the fire spread?\n/sources\n/show 1\n/quit\n")
    assert r.exit_code == 0, r.output
    no_raw(r.stdout)
    no_raw(r.stderr)
    assert r.stdout.count("\\e[2J") >= 3  # the quote, the passage list and /show each show it visibly


def test_eval_misses_and_errors_print_no_control_characters(corpus, tmp_path):
    gold = tmp_path / "gold\x1b[2J.jsonl"
    gold.write_text('{"id": "x\\u001b[2J", "question": "Who lit the fire\\u001b]0;t\\u0007?", "answers": ["Nobody"]}\n')
    r = runner.invoke(app, ["eval", "--gold", str(gold), "--corpus", str(corpus), "--index-dir", str(tmp_path / "i")])
    no_raw(r.stdout)
    no_raw(r.stderr)
    assert "x\\e[2J" in r.stdout
    missing = runner.invoke(app, ["eval", "--gold", str(tmp_path / "no\x1b[2Jsuch\n.jsonl"), "--corpus", str(corpus)])
    assert missing.exit_code != 0
    no_raw(missing.stderr)
    assert "no\\e[2Jsuch\\n.jsonl" in missing.stderr
