"""Frozen dataclasses passed between modules."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path


@dataclass(frozen=True)
class Article:
    """One file of the corpus.

    ``text`` is the file's exact text; ``body_start`` is where the content begins
    (after a ``date YYYY-MM-DD`` metadata line, which never reaches a chunk or a quote).
    """

    id: str
    text: str
    title: str
    date: str | None
    path: Path
    body_start: int = 0
    size: int = 0  # the file's size and modification time when read: the index's freshness check
    mtime_ns: int = 0
    sha256: str = ""

    @property
    def stat(self) -> tuple[int, int]:
        return self.size, self.mtime_ns


@dataclass(frozen=True)
class Chunk:
    """A slice of an article: ``text == article.text[start:end]``."""

    id: int
    article_id: str
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Hit:
    """A retrieved chunk with its ranks (1-based, None when absent) and fused score."""

    chunk: Chunk
    score: float
    dense_rank: int | None
    sparse_rank: int | None
    dense_score: float | None


@dataclass(frozen=True)
class Citation:
    """A quote cut from an article by its character offsets."""

    article: str
    title: str
    date: str | None
    start: int
    end: int
    quote: str


@dataclass(frozen=True)
class Alternative:
    """Another value the articles give for the same question, with its sources."""

    text: str
    citations: tuple[Citation, ...]


@dataclass(frozen=True)
class Answer:
    """The reply to one question. ``text is None`` means the corpus does not answer it."""

    question: str
    text: str | None
    confidence: float
    citations: tuple[Citation, ...] = ()
    alternatives: tuple[Alternative, ...] = ()
    passages: tuple[Hit, ...] = ()
    answer_start: int | None = None  # offsets of the short answer inside the article
    answer_end: int | None = None
    kind: str = "other"
    rewritten: str | None = None  # the question as understood, when a follow-up was rewritten
    notes: tuple[str, ...] = field(default=())

    @property
    def abstained(self) -> bool:
        return self.text is None

    @property
    def quote(self) -> str | None:
        return self.citations[0].quote if self.citations else None
