"""BM25 (Okapi) over a sparse term matrix, scoring exactly as rank_bm25.BM25Okapi.

rank_bm25 scores every document in a Python loop per query term; here each term's
posting list is added with numpy, so a query costs what its terms' postings cost.
rank_bm25 stays the reference: tests compare the two score for score.

The postings are written into the index folder at build time as plain ``.npy`` arrays (no
pickle) and memory-mapped when the index is opened: opening tokenizes nothing, and a query
reads only its terms' postings. Terms are kept sorted (by their UTF-8 bytes) and found by
binary search.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

import numpy as np

FILES = {"terms": "bm25_terms.npy", "term_offsets": "bm25_term_offsets.npy", "idf": "bm25_idf.npy",
         "indptr": "bm25_indptr.npy", "rows": "bm25_rows.npy", "weights": "bm25_weights.npy"}


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
        order = sorted(vocab, key=lambda w: w.encode("utf-8"))
        postings = [postings[vocab[w]] for w in order]
        encoded = [w.encode("utf-8") for w in order]
        self._terms = np.frombuffer(b"".join(encoded), dtype=np.uint8)
        self._term_offsets = np.concatenate([[0], np.cumsum([len(e) for e in encoded], dtype=np.int64)]).astype(np.int64)
        self._idf = np.zeros(len(order), dtype=np.float64)
        lengths = np.array([len(p) for p in postings], dtype=np.int64)
        self._indptr = np.concatenate([[0], np.cumsum(lengths)]).astype(np.int64)
        self._rows = np.fromiter((d for p in postings for d, _ in p), dtype=np.int32, count=int(lengths.sum()))
        self._weights = np.zeros(len(self._rows), dtype=np.float64)
        if self.n_docs == 0 or not len(order):
            return
        avgdl = doc_len.sum() / self.n_docs
        raw = np.array([math.log(self.n_docs - len(p) + 0.5) - math.log(len(p) + 0.5) for p in postings])
        floor = epsilon * raw.sum() / len(raw)
        self._idf = np.where(raw < 0, floor, raw)
        tfs = np.fromiter((tf for p in postings for _, tf in p), dtype=np.float64, count=int(lengths.sum()))
        norm = k1 * (1 - b + b * doc_len[self._rows] / max(avgdl, 1e-12))
        self._weights = tfs * (k1 + 1) / (tfs + norm)

    # ------------------------------------------------------------ on disk

    def save(self, folder: Path) -> list[Path]:
        """Write the arrays into ``folder``; returns the files written."""
        arrays = {"terms": self._terms, "term_offsets": self._term_offsets, "idf": self._idf,
                  "indptr": self._indptr, "rows": self._rows, "weights": self._weights}
        out = []
        for key, name in FILES.items():
            np.save(folder / name, arrays[key], allow_pickle=False)
            out.append(folder / name)
        return out

    @classmethod
    def load(cls, folder: Path, n_docs: int) -> SparseBM25:
        """Memory-map the arrays written by :meth:`save`.

        Raises:
            ValueError: a file is missing, not a plain array, or disagrees with the others.
        """
        self = cls.__new__(cls)
        self.n_docs = n_docs
        arrays = {}
        for key, name in FILES.items():
            try:
                arrays[key] = np.load(folder / name, mmap_mode="r", allow_pickle=False)
            except (OSError, ValueError, EOFError) as exc:
                reason = "missing" if isinstance(exc, FileNotFoundError) else "not a plain numpy array"
                raise ValueError(f"{name} is {reason}") from exc
        kinds = {"terms": "u1", "term_offsets": "i8", "idf": "f8", "indptr": "i8", "rows": "i4", "weights": "f8"}
        for key, kind in kinds.items():
            a = arrays[key]
            if a.ndim != 1 or a.dtype.str.lstrip("<>|=") != kind:
                raise ValueError(f"{FILES[key]} is {a.dtype} of shape {a.shape}, expected a 1-d {kind} array")
        n_terms = len(arrays["idf"])
        offsets, indptr = arrays["term_offsets"], arrays["indptr"]
        if (len(offsets) != n_terms + 1 or len(indptr) != n_terms + 1 or int(offsets[-1]) != len(arrays["terms"])
                or int(indptr[-1]) != len(arrays["rows"]) or len(arrays["rows"]) != len(arrays["weights"])):
            raise ValueError("BM25 arrays disagree in length")
        rows = arrays["rows"]
        if len(rows) and (int(rows.min()) < 0 or int(rows.max()) >= n_docs):
            raise ValueError(f"BM25 postings point past the {n_docs} chunks")
        self._terms, self._term_offsets, self._idf = arrays["terms"], offsets, arrays["idf"]
        self._indptr, self._rows, self._weights = indptr, rows, arrays["weights"]
        return self

    # ------------------------------------------------------------ scoring

    def _term(self, word: str) -> int | None:
        """The index of a term (binary search over the sorted terms), None when absent."""
        key = word.encode("utf-8")
        lo, hi = 0, len(self._idf)
        offsets, terms = self._term_offsets, self._terms
        while lo < hi:
            mid = (lo + hi) // 2
            t = terms[int(offsets[mid]):int(offsets[mid + 1])].tobytes()
            if t == key:
                return mid
            if t < key:
                lo = mid + 1
            else:
                hi = mid
        return None

    def get_scores(self, query: Sequence[str]) -> np.ndarray:
        """BM25 score of every document for the tokenized ``query`` (repeats count)."""
        scores = np.zeros(self.n_docs, dtype=np.float64)
        for word, count in Counter(query).items():
            t = self._term(word)
            if t is None:
                continue
            lo, hi = int(self._indptr[t]), int(self._indptr[t + 1])
            scores[self._rows[lo:hi]] += count * self._idf[t] * self._weights[lo:hi]
        return scores

    def docs_with(self, word: str) -> np.ndarray:
        """Indices of the documents that hold a token."""
        t = self._term(word)
        if t is None:
            return np.zeros(0, dtype=np.int32)
        return np.asarray(self._rows[int(self._indptr[t]):int(self._indptr[t + 1])])

    def idf_of(self, word: str) -> float | None:
        """The IDF of a token, None when the corpus never has it."""
        t = self._term(word)
        return None if t is None else float(self._idf[t])

    def has(self, word: str) -> bool:
        """Whether any document holds the token."""
        return self._term(word) is not None
