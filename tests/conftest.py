"""Shared test helpers: a deterministic fake embedder and tiny corpora."""

from __future__ import annotations

import hashlib
import signal
from pathlib import Path

import numpy as np
import pytest

from qa.config import Settings
from qa.index import Models, open_index
from qa.reader import Reading, Span
from qa.text import tokenize

# A shell starts a background job ("make test &") with Ctrl-C ignored, and an ignored signal stays ignored in
# every process it starts: the tests that press Ctrl-C in a child (the REPL, an interrupted build) need it heard.
if signal.getsignal(signal.SIGINT) == signal.SIG_IGN:
    signal.signal(signal.SIGINT, signal.default_int_handler)

DIM = 64


class FakeEmbedder:
    """Bag of hashed stems: similar words give similar vectors, deterministically."""

    name = "fake-embedder"
    weights_hash = "f" * 64
    dim = DIM

    def __init__(self):
        self.calls = 0
        self.encoded = 0

    def encode(self, texts, progress=None):
        self.calls += 1
        self.encoded += len(texts)
        out = np.zeros((len(texts), DIM), dtype=np.float32)
        for i, t in enumerate(texts):
            for tok in tokenize(t) or ["<empty>"]:
                h = int(hashlib.md5(tok.encode()).hexdigest(), 16)
                out[i, h % DIM] += 1.0
                out[i, (h >> 8) % DIM] += 0.5
        out /= np.maximum(np.linalg.norm(out, axis=1, keepdims=True), 1e-12)
        if progress:
            progress(len(texts))
        return out


class FakeModels(Models):
    """Models that never load torch: the fake embedder for build and query."""

    def __init__(self):
        self.embedder = FakeEmbedder()

    def for_build(self, settings):
        return self.embedder

    def expected(self):
        return FakeEmbedder.name, DIM

    def query_ready(self, weights_hash):
        return True

    def for_query(self, weights_hash, settings):
        return self.embedder


CARD = {"abstain": {"coef": [1.0, 0.0, 0.0], "intercept": 0.0, "mean": [0.0, 0.0, 0.0],
                    "scale": [1.0, 1.0, 1.0], "threshold": 0.5}}


class ScriptedReader:
    """Proposes the given strings, wherever a passage holds them, with the given scores."""

    def __init__(self, scores: dict[str, float], null: float = 0.0):
        self.scores, self.null, self.card = scores, null, CARD
        self.passages: list[str] = []

    def read(self, question, passages, top=20):
        self.passages = passages
        spans = []
        for i, p in enumerate(passages):
            for text, score in self.scores.items():
                at = p.find(text)
                if at >= 0:
                    spans.append(Span(i, at, at + len(text), score, self.null, i))
        spans.sort(key=lambda s: -s.score)
        return Reading(tuple(spans[:top]), self.null, tuple(self.null for _ in passages), tuple(range(len(passages))))


ARTICLES = {
    "visit.txt": "date 2025-11-29\nPresident Vladimir Putin will visit India on December 4-5, 2025. "
    "The summit is the 23rd annual meeting.\nA banquet will be hosted by President Droupadi Murmu.\n",
    "trade.txt": "Bilateral trade between India and Russia reached a record $68.7 billion in 2024-25. "
    "Indian exports to Russia remain modest at $4.88 billion.\n• A Broad 2030 Economic Roadmap\n"
    "The roadmap covers industry, aerospace and agriculture.\n",
    "other/plans.md": "Putin is expected to visit India on December 5-6 for the summit. "
    "Foreign Minister Sergey Lavrov will visit India in November to finalize the agenda.\n",
}


def write_corpus(folder: Path, articles: dict[str, str] = ARTICLES) -> Path:
    for name, text in articles.items():
        p = folder / name
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(text, encoding="utf-8")
    return folder


@pytest.fixture(autouse=True)
def isolated_home(tmp_path, monkeypatch):
    """No test writes the user's cache, state or history."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    monkeypatch.setenv("QA_HISTORY_FILE", str(tmp_path / "history"))
    monkeypatch.delenv("QA_CORPUS_DIR", raising=False)
    monkeypatch.delenv("QA_INDEX_DIR", raising=False)


@pytest.fixture
def corpus(tmp_path) -> Path:
    return write_corpus(tmp_path / "corpus")


@pytest.fixture
def fake_models() -> FakeModels:
    return FakeModels()


@pytest.fixture
def index(corpus, tmp_path, fake_models):
    return open_index(corpus, tmp_path / "index", Settings(), fake_models)
