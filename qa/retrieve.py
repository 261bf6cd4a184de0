"""Dense (FAISS) and sparse (BM25) search, fused by reciprocal rank."""

from __future__ import annotations

import numpy as np

from qa.errors import IndexError_
from qa.index import Index
from qa.schema import Chunk, Hit
from qa.text import tokenize


def dense_search(index: Index, query_vector: np.ndarray, k: int) -> list[tuple[int, float]]:
    """Top ``k`` chunks by cosine similarity, as (chunk id, score); k is clamped to the index."""
    k = min(k, index.dense.ntotal)
    if k <= 0:
        return []
    scores, ids = index.dense.search(np.ascontiguousarray(query_vector.reshape(1, -1), dtype=np.float32), k)
    return [(int(i), float(s)) for i, s in zip(ids[0], scores[0]) if i >= 0]


def sparse_search(index: Index, tokens: list[str], k: int) -> list[tuple[int, float]]:
    """Top ``k`` chunks by BM25 with a positive score, as (chunk id, score)."""
    if not tokens or index.bm25.n_docs == 0:
        return []
    scores = index.bm25.get_scores(tokens)
    k = min(k, len(scores))
    top = np.argpartition(-scores, k - 1)[:k]
    top = top[np.argsort(-scores[top], kind="stable")]
    return [(int(i), float(scores[i])) for i in top if scores[i] > 0]


def rrf(rankings: list[list[tuple[int, float]]], k: int = 60) -> list[tuple[int, float]]:
    """Reciprocal rank fusion: score = Σ 1 / (k + rank) over the rankings a doc appears in."""
    fused: dict[int, float] = {}
    for ranking in rankings:
        for rank, (doc, _) in enumerate(ranking, start=1):
            fused[doc] = fused.get(doc, 0.0) + 1.0 / (k + rank)
    return sorted(fused.items(), key=lambda x: (-x[1], x[0]))


def retrieve(index: Index, question: str, k: int | None = None,
             prefer: list[int] | tuple[int, ...] = (), context: str = "") -> tuple[list[Hit], np.ndarray]:
    """Fused hits for a question (best first) and the question's vector.

    ``prefer``: chunk ids fused as one more ranking (a follow-up's previous answer passage), worth
    what a first place in one retriever is worth. ``context``: words of the conversation so far
    ("what was the vote?" after a question about Bridgewater's budget), searched with the question's
    own as one more BM25 ranking; the dense and BM25 rankings of the question alone still count twice.
    """
    s = index.settings
    vector = index.query_embedder.encode([question])[0]
    dense = dense_search(index, vector, s.k_dense)
    sparse = sparse_search(index, tokenize(question), s.k_sparse)
    d_rank = {doc: (r, sc) for r, (doc, sc) in enumerate(dense, start=1)}
    s_rank = {doc: r for r, (doc, _) in enumerate(sparse, start=1)}
    rankings = [dense, sparse] + ([[(doc, 0.0) for doc in prefer]] if prefer else [])
    if context:
        rankings.append(sparse_search(index, tokenize(f"{question} {context}"), s.k_sparse))
    hits = []
    for doc, score in rrf(rankings, s.rrf_k)[: k or s.k_passages]:
        dr = d_rank.get(doc)
        hits.append(Hit(_checked(index, doc), score, dr[0] if dr else None, s_rank.get(doc), dr[1] if dr else None))
    return hits, vector


def _checked(index: Index, doc: int) -> Chunk:
    """A hit's chunk, refused unless its text is its article's text at its offsets: the article
    is the truth, and an index damaged where no size or header shows it must not be read."""
    chunk = index.chunks[doc]
    article = index.articles.get(chunk.article_id)
    if article is None or article.text[chunk.start:chunk.end] != chunk.text:
        raise IndexError_(f"the index at {index.folder} does not match its articles (chunk {doc} of "
                          f"{chunk.article_id}); run `qa index --rebuild` to build it again")
    return chunk
