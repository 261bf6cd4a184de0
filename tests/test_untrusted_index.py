"""An index folder and a model cache are files anyone can edit: every field is checked before use;
anything unexpected is "damaged" and rebuilt, never used as a path, never a large allocation."""

from __future__ import annotations

import json
import struct

import numpy as np
import pytest
from typer.testing import CliRunner

from qa.cli import app
from qa.chunkstore import ARTICLE_IDS, TABLE, TEXT
from qa.index import DENSE, MANIFEST
from tests.conftest import FakeModels, write_corpus

runner = CliRunner()


@pytest.fixture
def env(tmp_path, monkeypatch):
    monkeypatch.setattr("qa.index.Models", FakeModels)
    corpus = write_corpus(tmp_path / "corpus")
    idx = tmp_path / "idx"
    r = runner.invoke(app, ["index", "--corpus", str(corpus), "--index-dir", str(idx)])
    assert r.exit_code == 0, r.output
    return tmp_path, corpus, idx


def qa_index(corpus, idx):
    return runner.invoke(app, ["index", "--corpus", str(corpus), "--index-dir", str(idx)])


def edit_manifest(idx, **fields):
    m = json.loads((idx / MANIFEST).read_text())
    m.update(fields)
    (idx / MANIFEST).write_text(json.dumps(m))


def edit_first_chunk(idx, column, value):
    table = np.load(idx / TABLE)
    table[0, column] = value
    np.save(idx / TABLE, table)


CASES = {
    "article number past the list": lambda idx: edit_first_chunk(idx, 0, 10**9),
    "start past the end": lambda idx: edit_first_chunk(idx, 1, 10**6),
    "text offset past the file": lambda idx: edit_first_chunk(idx, 3, 10**9),
    "chunk table of floats": lambda idx: np.save(idx / TABLE, np.load(idx / TABLE).astype(float)),
    "article ids not a list": lambda idx: (idx / ARTICLE_IDS).write_text('{"a": 1}'),
    "articles a list": lambda idx: edit_manifest(idx, articles=["trade"]),
    "dim a string": lambda idx: edit_manifest(idx, dim="abc"),
    "n_chunks null": lambda idx: edit_manifest(idx, n_chunks=None),
    "weights hash a path": lambda idx: edit_manifest(idx, weights_sha256="/etc"),
    "deeply nested json": lambda idx: (idx / MANIFEST).write_text("[" * 100_000 + "]" * 100_000),
}


@pytest.mark.parametrize("case", CASES)
def test_a_field_of_the_wrong_type_is_damage_that_qa_index_rebuilds(env, case):
    _, corpus, idx = env
    CASES[case](idx)
    r = qa_index(corpus, idx)
    assert r.exit_code == 0 and "Traceback" not in r.output, r.output
    assert "nothing changed" not in r.stdout and "previous index unreadable" in r.stdout
    assert "nothing changed" in qa_index(corpus, idx).stdout  # healed


def test_a_dense_header_claiming_2_gb_is_damage_not_an_allocation(env):
    _, corpus, idx = env
    data = bytearray((idx / DENSE).read_bytes())
    struct.pack_into("<q", data, 8, 2**31 // (4 * 64))  # ntotal as if 2 GB of vectors followed
    (idx / DENSE).write_bytes(bytes(data))
    r = qa_index(corpus, idx)
    assert r.exit_code == 0, r.output
    assert "previous index unreadable" in r.stdout and "expected 3 of 64" in " ".join(r.stdout.split())


def test_leftovers_of_killed_builds_are_removed_by_the_next_build(env):
    tmp, corpus, idx = env
    killed = tmp / ".idx.tmp-4242-abcd"
    killed.mkdir()
    (killed / ".qa-index").write_text("")
    (killed / TEXT).write_text("half")
    old = tmp / ".idx.old-4242-efgh"
    old.mkdir()
    (old / ".qa-index").write_text("")
    users = tmp / ".idx.tmp-notes"  # not ours: no marker
    users.mkdir()
    (users / "mine.txt").write_text("keep")
    cache = tmp / "cache" / "qa" / "models" / "0123456789abcdef"
    cache.mkdir(parents=True)
    (cache / "tmpx.onnx.tmp").write_bytes(b"partial")
    (corpus / "new.txt").write_text("Putin met Modi in Delhi.\n")
    r = qa_index(corpus, idx)
    assert r.exit_code == 0, r.output
    assert not killed.exists() and not old.exists() and not (cache / "tmpx.onnx.tmp").exists()
    assert (users / "mine.txt").read_text() == "keep"


def test_a_question_encoder_cache_missing_its_tokenizer_is_exported_again(tmp_path, monkeypatch):
    """The real export path is slow; here the readiness check alone: all three files, none empty."""
    from qa.embed import encoder_ready, onnx_path

    h = "ab" * 32
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    path = onnx_path(h)
    path.parent.mkdir(parents=True)
    path.write_bytes(b"onnx")
    assert not encoder_ready(h)  # killed between the two copies: the tokenizer is missing
    (path.parent / "tokenizer.json").write_text("")
    assert not encoder_ready(h)
    (path.parent / "tokenizer.json").write_text("{}")
    assert not encoder_ready(h)  # an export of an earlier version: the weights inside the graph
    (path.parent / "model.onnx.data").write_bytes(b"weights")
    assert encoder_ready(h)
    with pytest.raises(Exception, match="not a SHA-256"):
        onnx_path("../../etc")
