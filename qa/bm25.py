"""BM25 (Okapi) over a sparse term matrix, scoring exactly as rank_bm25.BM25Okapi.

rank_bm25 scores every document in a Python loop per query term; here each term's
posting list is added with numpy, so a query costs what its terms' postings cost.
rank_bm25 stays the reference: tests compare the two score for score.

The postings are written into the index folder at build time as plain ``.npy`` arrays (no
pickle) and memory-mapped when the index is opened: opening tokenizes nothing, and a query
reads only its terms' postings. Terms are kept sorted (by their UTF-8 bytes) and found by
binary search. Term frequencies and document lengths are kept too, so adding and removing
documents (:meth:`SparseBM25.merged`) recomputes the weights without tokenizing the rest.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from pathlib import Path

import numpy as np

FILES = {"terms": "bm25_terms.npy", "term_offsets": "bm25_term_offsets.npy", "idf": "bm25_idf.npy",
         "indptr": "bm25_indptr.npy", "rows": "bm25_rows.npy", "weights": "bm25_weights.npy",
         "tfs": "bm25_tfs.npy", "doc_len": "bm25_doc_len.npy"}
KINDS = {"terms": "u1", "term_offsets": "i8", "idf": "f8", "indptr": "i8", "rows": "i4", "weights": "f8",
         "tfs": "i4", "doc_len": "i4"}


def _encode_terms(words: list[str]) -> tuple[np.ndarray, np.ndarray]:
    """Sorted words as one UTF-8 byte array and the offsets of each."""
    encoded = [w.encode("utf-8") for w in words]
    offsets = np.zeros(len(encoded) + 1, dtype=np.int64)
    np.cumsum([len(e) for e in encoded], out=offsets[1:])
    return np.frombuffer(b"".join(encoded), dtype=np.uint8), offsets


def _count(docs: Sequence[Sequence[str]]) -> tuple[list[str], np.ndarray, np.ndarray, np.ndarray]:
    """(words, word number, row, term frequency) of every (word, document) pair of ``docs``."""
    vocab: dict[str, int] = {}
    words, rows, tfs = [], [], []
    for d, doc in enumerate(docs):
        for word, tf in Counter(doc).items():
            words.append(vocab.setdefault(word, len(vocab)))
            rows.append(d)
            tfs.append(tf)
    return (list(vocab), np.array(words, dtype=np.int64), np.array(rows, dtype=np.int32),
            np.array(tfs, dtype=np.int32))


class SparseBM25:
    """BM25Okapi (k1=1.5, b=0.75, epsilon=0.25) with rank_bm25's IDF floor."""

    def __init__(self, corpus: Sequence[Sequence[str]], k1: float = 1.5, b: float = 0.75, epsilon: float = 0.25):
        vocab, words, rows, tfs = _count(corpus)
        self._postings(vocab, words, rows, tfs, np.array([len(d) for d in corpus], dtype=np.int32), k1, b, epsilon)

    def _postings(self, vocab: list[str], words: np.ndarray, rows: np.ndarray, tfs: np.ndarray, doc_len: np.ndarray,
                  k1: float = 1.5, b: float = 0.75, epsilon: float = 0.25) -> None:
        """Set every array from the (word number into ``vocab``, row, tf) triples and the documents' lengths."""
        self.n_docs = len(doc_len)
        used = np.unique(words)  # a word whose documents were all removed is no term
        if len(used) < len(vocab):
            vocab, words = [vocab[i] for i in used], np.searchsorted(used, words)
        rank = np.argsort(np.array([w.encode("utf-8") for w in vocab], dtype=object), kind="stable") \
            if vocab else np.zeros(0, dtype=np.int64)
        new_number = np.empty(len(vocab), dtype=np.int64)
        new_number[rank] = np.arange(len(vocab))
        terms = new_number[words] if len(words) else words
        order = np.lexsort((rows, terms))
        self._rows, self._tfs = rows[order].astype(np.int32), tfs[order].astype(np.int32)
        self._terms, self._term_offsets = _encode_terms([vocab[i] for i in rank])
        self._indptr = np.zeros(len(vocab) + 1, dtype=np.int64)
        np.cumsum(np.bincount(terms, minlength=len(vocab)), out=self._indptr[1:])
        self._doc_len = doc_len.astype(np.int32)
        self._idf = np.zeros(len(vocab), dtype=np.float64)
        self._weights = np.zeros(len(self._rows), dtype=np.float64)
        if self.n_docs == 0 or not len(vocab):
            return
        df = np.diff(self._indptr).astype(np.float64)
        raw = np.log(self.n_docs - df + 0.5) - np.log(df + 0.5)
        floor = epsilon * raw.sum() / len(raw)
        self._idf = np.where(raw < 0, floor, raw)
        avgdl = self._doc_len.sum() / self.n_docs
        tf = self._tfs.astype(np.float64)
        norm = k1 * (1 - b + b * self._doc_len[self._rows] / max(avgdl, 1e-12))
        self._weights = tf * (k1 + 1) / (tf + norm)

    def words(self) -> list[str]:
        """Every term, in the stored order."""
        data, offsets = self._terms.tobytes(), self._term_offsets
        return [data[offsets[i]:offsets[i + 1]].decode("utf-8") for i in range(len(self._idf))]

    def merged(self, keep: np.ndarray, added: Sequence[Sequence[str]], at: np.ndarray | None = None) -> SparseBM25:
        """The postings of the kept documents (``keep[old row]``: the new row, or -1 for dropped) and of
        the ``added`` tokenized documents (at rows ``at``; after the kept ones when None), without
        tokenizing a kept document again."""
        keep = np.asarray(keep, dtype=np.int64)
        n_kept = int((keep >= 0).sum())
        at = np.arange(n_kept, n_kept + len(added)) if at is None else np.asarray(at, dtype=np.int64)
        old_words = self.words()
        vocab, words, rows, tfs = _count(added)
        rows = at[rows] if len(rows) else rows
        number = {w: i for i, w in enumerate(old_words)}
        for w in vocab:
            number.setdefault(w, len(number))
        new_words = np.array([number[w] for w in vocab], dtype=np.int64)[words] if len(words) else words
        old_terms = np.repeat(np.arange(len(old_words), dtype=np.int64), np.diff(self._indptr))
        moved = keep[np.asarray(self._rows, dtype=np.int64)] if len(self._rows) else np.zeros(0, np.int64)
        alive = moved >= 0
        doc_len = np.zeros(n_kept + len(added), dtype=np.int32)
        doc_len[keep[keep >= 0]] = np.asarray(self._doc_len)[keep >= 0]
        doc_len[at] = [len(d) for d in added]
        out = SparseBM25.__new__(SparseBM25)
        out._postings(list(number), np.concatenate([old_terms[alive], new_words]),
                      np.concatenate([moved[alive], rows]).astype(np.int32),
                      np.concatenate([np.asarray(self._tfs)[alive], tfs]), doc_len)
        return out

    # ------------------------------------------------------------ on disk

    def save(self, folder: Path) -> list[Path]:
        """Write the arrays into ``folder``; returns the files written."""
        arrays = {key: getattr(self, f"_{key}") for key in FILES}
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
        for key, kind in KINDS.items():
            a = arrays[key]
            if a.ndim != 1 or a.dtype.str.lstrip("<>|=") != kind:
                raise ValueError(f"{FILES[key]} is {a.dtype} of shape {a.shape}, expected a 1-d {kind} array")
        n_terms = len(arrays["idf"])
        offsets, indptr = arrays["term_offsets"], arrays["indptr"]
        if (len(offsets) != n_terms + 1 or len(indptr) != n_terms + 1 or int(offsets[-1]) != len(arrays["terms"])
                or int(indptr[-1]) != len(arrays["rows"]) or len(arrays["rows"]) != len(arrays["weights"])
                or len(arrays["tfs"]) != len(arrays["rows"]) or len(arrays["doc_len"]) != n_docs):
            raise ValueError("BM25 arrays disagree in length")
        rows = arrays["rows"]
        if len(rows) and (int(rows.min()) < 0 or int(rows.max()) >= n_docs):
            raise ValueError(f"BM25 postings point past the {n_docs} chunks")
        for key in FILES:
            setattr(self, f"_{key}", arrays[key])
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
