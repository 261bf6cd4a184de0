import json

import pytest
from typer.testing import CliRunner

from qa.cli import app
from qa.text import normalize
from tests.conftest import FakeModels


@pytest.fixture
def cli(monkeypatch, corpus, tmp_path):
    monkeypatch.setattr("qa.index.Models", FakeModels)
    monkeypatch.setenv("QA_CORPUS_DIR", str(corpus))
    monkeypatch.setenv("QA_INDEX_DIR", str(tmp_path / "idx"))
    return CliRunner()


def test_index_then_nothing_changed(cli):
    first = cli.invoke(app, ["index"])
    assert first.exit_code == 0 and "3 added" in first.stdout
    second = cli.invoke(app, ["index"])
    assert second.exit_code == 0 and "nothing changed" in second.stdout


def test_ask_json_shape(cli):
    r = cli.invoke(app, ["ask", "How much did bilateral trade reach?", "--json", "--quiet"])
    assert r.exit_code == 0, r.output
    d = json.loads(r.stdout)
    for key in ("question", "answer", "abstained", "confidence", "quote", "citations", "alternatives", "passages"):
        assert key in d
    assert normalize(d["answer"] or "") == normalize("$68.7 billion") and d["citations"][0]["article"] == "trade"


@pytest.mark.parametrize("q", ["", "  "])
def test_blank_question_is_an_error(cli, q):
    r = cli.invoke(app, ["ask", q])
    assert r.exit_code == 1 and "question is empty" in r.output


def test_repl_conversation_with_typed_input(cli):
    typed = "Who will host the banquet?\n/show 1\n/show 9\nWhat is her title?\n/sources\n/reset\n/help\n/quit\n"
    r = cli.invoke(app, ["ask"], input=typed)
    assert r.exit_code == 0, r.output
    assert "Droupadi Murmu" in r.stdout
    assert "[reverse]" not in r.stdout and ">>>A banquet will be hosted by President Droupadi Murmu.<<<" in r.stdout
    assert "/show takes a citation number from 1 to 1, got 9" in r.stdout
    assert "understood as: What is Droupadi Murmu's title?" in r.stdout
    assert "(dense #1, bm25 #1)" in r.stdout  # /sources
    assert "conversation forgotten" in r.stdout and "/sources" in r.stdout
    # piped in, each question is echoed before its answer
    assert r.stdout.index("qa> Who will host the banquet?") < r.stdout.index("Droupadi Murmu")
    assert r.stdout.index("qa> What is her title?") < r.stdout.index("understood as: What is Droupadi Murmu's title?")


def test_eval_gates_and_report(cli, tmp_path):
    gold = tmp_path / "gold.jsonl"
    gold.write_text(
        '{"id": "a", "question": "How much did bilateral trade reach?", "answers": ["$68.7 billion"], "sources": ["trade"]}\n'
        '{"id": "b", "question": "What is the population of Tokyo metropolis?", "answers": [], "answerable": false}\n'
    )
    report = tmp_path / "r.json"
    ok = cli.invoke(app, ["eval", "--gold", str(gold), "--report", str(report), "--min-em", "1.0"])
    assert ok.exit_code == 0, ok.output
    m = json.loads(report.read_text())["metrics"]
    assert m["em"] == 1.0 and m["grounded"] == 1.0 and m["n"] == 2
    bad = cli.invoke(app, ["eval", "--gold", str(gold), "--report", str(report), "--max-false-abstain", "-1"])
    assert bad.exit_code == 1 and "threshold not met" in bad.output and report.exists()


def test_show_opens_a_closest_passage_after_an_abstention(cli):
    import re

    typed = "What is the population of Tokyo metropolis?\n/show 1\n/show 4\n/quit\n"
    r = cli.invoke(app, ["ask"], input=typed)
    assert r.exit_code == 0, r.output
    assert "The articles don't say." in r.stdout
    article, span = re.search(r"\[1\] (\S+) chars (\d+–\d+):", r.stdout).groups()  # the first closest passage
    assert re.search(rf"^{re.escape(article)} .*chars {span}$", r.stdout, re.MULTILINE)  # what /show 1 opened
    assert "/show takes a passage number from 1 to 3, got 4" in r.stdout


def test_sources_list_the_answers_passage_first():
    from qa.repl import sources
    from qa.schema import Answer, Chunk, Citation, Hit

    hits = tuple(Hit(Chunk(i, a, s, s + 50, "x" * 50), 1.0 / (i + 1), i + 1, None, None)
                 for i, (a, s) in enumerate([("a", 0), ("b", 0), ("b", 50)]))
    answer = Answer("q", "x", 0.9, (Citation("b", "t", None, 60, 80, "x" * 20),), passages=hits,
                    answer_start=62, answer_end=65)
    assert [h.chunk.id for h in sources(answer)] == [2, 0, 1]


@pytest.mark.parametrize("command", [["--help"], ["ask", "--help"], ["index", "--help"], ["eval", "--help"]])
def test_help_shows_flags_without_a_type(cli, command):
    r = cli.invoke(app, command)
    assert r.exit_code == 0
    assert "<bool>" not in r.stdout and "--help" in r.stdout


def test_show_puts_paragraphs_one_blank_line_apart(tmp_path, fake_models):
    from rich.console import Console

    from qa.config import Settings
    from qa.conversation import Conversation
    from qa.index import open_index
    from qa.repl import _show
    from qa.schema import Answer, Citation
    from tests.conftest import write_corpus

    text = "The summit opens.\n\n\n\nA banquet will be hosted by Murmu.\n\n\n\nTrade is discussed.\n"
    conv = Conversation(open_index(write_corpus(tmp_path / "c", {"a.txt": text}), tmp_path / "i", Settings(), fake_models))
    start = text.index("A banquet")
    cite = Citation("a", "", "", start, start + len("A banquet will be hosted by Murmu."), "")
    out = Console(record=True, width=200)
    _show(conv, Answer("q", "Murmu", 0.9, (cite,)), "1", out)
    shown = out.export_text()
    assert "The summit opens.\n\n>>>A banquet will be hosted by Murmu.<<<\n\nTrade is discussed." in shown


def test_quit_typed_without_its_slash_leaves(cli):
    r = cli.invoke(app, ["ask"], input="Who will host the banquet?\nquit\nWhat is her title?\n")
    assert r.exit_code == 0, r.output
    assert "Droupadi Murmu" in r.stdout and "qa> What is her title?" not in r.stdout
