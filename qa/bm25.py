"""BM25 (Okapi) over a sparse term matrix, scoring exactly as rank_bm25.BM25Okapi.

rank_bm25 scores every document in a Python loop per query term; here each term's
posting list is added with numpy, so a query costs what its terms' postings cost.
rank_bm25 stays the reference: tests compare the two score for score.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence

import numpy as np


class SparseBM25:
    """BM25Okapi (k1=1.5, b=0.75, epsilon=0.25) with rank_bm25's IDF floor."""

    def __init__(self, corpus: Sequence[Sequence[str]], k1: float = 1.5, b: float = 0.75, epsilon: float = 0.25):
        self.n_docs = len(corpus)
        vocab: dict[str, int] = {}
        postings: list[list[tuple[int, int]]] = []
        doc_len = np.zeros(self.n_docs, dtype=np.float64)
        for d, doc in enumerate(corpus):
            doc_len[d] = len(doc)
            for word, tf in Counter(doc).items():
                t = vocab.setdefault(word, len(vocab))
                if t == len(postings):
                    postings.append([])
                postings[t].append((d, tf))
        self.vocab = vocab
        self.idf = np.zeros(len(vocab), dtype=np.float64)
        if self.n_docs == 0:
            self._indptr = np.zeros(1, dtype=np.int64)
            self._rows = np.zeros(0, dtype=np.int32)
            self._weights = np.zeros(0, dtype=np.float64)
            return
        avgdl = doc_len.sum() / self.n_docs
        raw = np.array([math.log(self.n_docs - len(p) + 0.5) - math.log(len(p) + 0.5) for p in postings])
        if len(raw):
            floor = epsilon * raw.sum() / len(raw)
            self.idf = np.where(raw < 0, floor, raw)
        lengths = np.array([len(p) for p in postings], dtype=np.int64)
        self._indptr = np.concatenate([[0], np.cumsum(lengths)])
        rows = np.fromiter((d for p in postings for d, _ in p), dtype=np.int32, count=int(lengths.sum()))
        tfs = np.fromiter((tf for p in postings for _, tf in p), dtype=np.float64, count=int(lengths.sum()))
        norm = k1 * (1 - b + b * doc_len[rows] / max(avgdl, 1e-12))
        self._rows = rows
        self._weights = tfs * (k1 + 1) / (tfs + norm)

    def get_scores(self, query: Sequence[str]) -> np.ndarray:
        """BM25 score of every document for the tokenized ``query`` (repeats count)."""
        scores = np.zeros(self.n_docs, dtype=np.float64)
        for word, count in Counter(query).items():
            t = self.vocab.get(word)
            if t is None:
                continue
            lo, hi = self._indptr[t], self._indptr[t + 1]
            scores[self._rows[lo:hi]] += count * self.idf[t] * self._weights[lo:hi]
        return scores

    def docs_with(self, word: str) -> np.ndarray:
        """Indices of the documents that hold a token."""
        t = self.vocab.get(word)
        if t is None:
            return np.zeros(0, dtype=np.int32)
        return self._rows[self._indptr[t]:self._indptr[t + 1]]

    def idf_of(self, word: str) -> float | None:
        """The IDF of a token, None when the corpus never has it."""
        t = self.vocab.get(word)
        return None if t is None else float(self.idf[t])
