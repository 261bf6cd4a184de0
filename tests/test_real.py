"""Tests with the real model (marked slow; `make test` runs them)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from qa.cli import app
from qa.index import PROJECT_ROOT

pytestmark = pytest.mark.slow
SEEDS = PROJECT_ROOT / "seeds"
QA_BIN = Path(sys.executable).parent / "qa"


@pytest.fixture(scope="session")
def real_env(tmp_path_factory):
    """One cache (ONNX export) and one seeds index for the whole session."""
    base = tmp_path_factory.mktemp("real")
    env = {"XDG_CACHE_HOME": str(base / "cache"), "QA_INDEX_DIR": str(base / "index"),
           "QA_CORPUS_DIR": str(SEEDS), "QA_HISTORY_FILE": str(base / "history"), "HF_HUB_OFFLINE": "1"}
    old = {k: os.environ.get(k) for k in env}
    os.environ.update(env)
    try:
        result = CliRunner().invoke(app, ["index", "--quiet"])
        assert result.exit_code == 0, result.output
    finally:
        for k, v in old.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v
    return env


@pytest.fixture
def use_real_env(real_env, monkeypatch):
    for k, v in real_env.items():
        monkeypatch.setenv(k, v)
    return real_env


def test_onnx_matches_sentence_transformers(use_real_env):
    from qa.embed import OnnxEmbedder, SentenceTransformerEmbedder

    articles = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    from qa.text import sentences

    texts = [a[s:e] for a in articles for s, e in sentences(a)]
    texts += ["", "x", "🚀 emoji", "Когда Путин посетит Индию?", "a " * 400, "S-400 $68.7 bn 2024–25"]
    texts += [" ".join(texts[i : i + 3]) for i in range(len(texts))]
    assert len(texts) >= 200
    st = SentenceTransformerEmbedder()
    ox = OnnxEmbedder(st.weights_hash)
    cos = (st.encode(texts) * ox.encode(texts)).sum(axis=1)
    assert cos.min() >= 0.9999, texts[int(cos.argmin())]


def test_answer_path_imports_no_torch(use_real_env):
    code = (
        "import sys, json\n"
        "from qa.cli import app\n"
        "try:\n    app(['ask', 'Who will host the banquet?', '--json'])\n"
        "except SystemExit:\n    pass\n"
        "bad = [m for m in ('torch', 'transformers', 'sentence_transformers') if m in sys.modules]\n"
        "print('HEAVY', bad)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=os.environ | use_real_env,
                         timeout=120)
    assert "Murmu" in out.stdout
    assert "HEAVY []" in out.stdout, out.stdout + out.stderr


def _ask_json(question: str) -> dict:
    result = CliRunner().invoke(app, ["ask", question, "--json", "--quiet"])
    assert result.exit_code == 0, result.output
    d = json.loads(result.stdout)
    texts = {p.stem: p.read_text(encoding="utf-8") for p in SEEDS.glob("*.txt")}
    for c in d["citations"] + [c for a in d["alternatives"] for c in a["citations"]]:
        assert texts[c["article"]][c["start"]:c["end"]] == c["quote"]
    assert d["answer"] in d["quote"]
    return d


def test_the_two_visit_dates_are_shown_with_their_sources(use_real_env):
    from qa.values import value_key

    d = _ask_json("When will Putin visit India?")
    values = {value_key(d["answer"], "date")} | {value_key(a["answer"], "date") for a in d["alternatives"]}
    assert values == {value_key("December 4-5", "date"), value_key("December 5-6", "date")}
    cited = {c["article"] for c in d["citations"]} | {c["article"] for a in d["alternatives"] for c in a["citations"]}
    assert {"001_e014ce27d4f9c4f0", "002_e5502f474a8e0458"} <= cited  # 5-6 and 4-5, each from its article


@pytest.mark.xfail(strict=True, reason="the reader (CPU-trained, and the GPU-trained one after it) answers Indian "
                                       "exports ($4.88 billion) to this question; it passes once the reader reads the total")
def test_trade_totals_disagree_and_exports_are_no_rival(use_real_env):
    from qa.values import value_key

    d = _ask_json("How much is trade between India and Russia worth?")
    values = {value_key(d["answer"], "money")} | {value_key(a["answer"], "money") for a in d["alternatives"]}
    assert values == {value_key("$68.7 billion", "money"), value_key("$65-67 billion", "money")}
    assert "4.88" not in json.dumps(d["alternatives"])  # Indian exports are another quantity


def test_repl_in_a_terminal(use_real_env):
    pexpect = pytest.importorskip("pexpect")
    child = pexpect.spawn(str(QA_BIN), ["ask"], env=os.environ | use_real_env, encoding="utf-8", timeout=60,
                          dimensions=(40, 200))
    try:
        child.expect("ready")
        child.expect_exact("qa> ")
        child.sendline("Who will host the banquet?")
        child.expect("Murmu")
        child.expect_exact("qa> ")
        child.sendline("What is her title?")
        child.expect("understood as: What is .*Murmu.*title")
        child.expect_exact("qa> ")
        child.send("half a line")
        child.expect_exact("half a line")  # typed and echoed before Ctrl-C, as a person would
        child.sendintr()
        child.expect_exact("qa> ")
        child.sendline("/quit")
        child.expect(pexpect.EOF)
    finally:
        child.close(force=True)
    assert Path(use_real_env["QA_HISTORY_FILE"]).read_text().count("Murmu") == 0  # history holds questions
    assert "What is her title?" in Path(use_real_env["QA_HISTORY_FILE"]).read_text()


def test_repl_appends_to_a_users_history_file_and_keeps_its_mode(use_real_env, tmp_path):
    pexpect = pytest.importorskip("pexpect")
    history = tmp_path / "my-history"
    lines = [f"old question {i}" for i in range(1500)]
    history.write_text("\n".join(lines) + "\n")
    history.chmod(0o640)
    env = os.environ | use_real_env | {"QA_HISTORY_FILE": str(history)}
    child = pexpect.spawn(str(QA_BIN), ["ask"], env=env, encoding="utf-8", timeout=60, dimensions=(40, 200))
    try:
        child.expect_exact("qa> ")
        child.sendline("Who will host the banquet?")
        child.expect("Murmu")
        child.expect_exact("qa> ")
        child.sendline("/quit")
        child.expect(pexpect.EOF)
    finally:
        child.close(force=True)
    assert history.read_text().splitlines() == lines + ["Who will host the banquet?", "/quit"]  # appended, none cut
    assert history.stat().st_mode & 0o777 == 0o640


def test_a_question_encoder_missing_its_tokenizer_is_exported_again_by_qa_index(use_real_env):
    from qa.config import WEIGHTS_SHA256
    from qa.embed import onnx_path

    tok = onnx_path(WEIGHTS_SHA256).parent / "tokenizer.json"
    tok.unlink()  # as a kill between the export's two copies left it
    r = CliRunner().invoke(app, ["index"])
    assert r.exit_code == 0, r.output
    assert "the question encoder was missing or incomplete and was exported again" in " ".join(r.stdout.split())
    assert tok.is_file()
    d = json.loads(CliRunner().invoke(app, ["ask", "Who will host the banquet?", "--json", "--quiet"]).stdout)
    assert "Murmu" in d["answer"]


def test_the_readme_example_is_what_the_tool_prints(use_real_env):
    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    command = '$ qa ask "When will Putin visit India?"\n'
    block = readme.split(command, 1)[1].split("```", 1)[0]
    result = subprocess.run([sys.executable, "-m", "qa.cli", "ask", "When will Putin visit India?", "--quiet"],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout == block
