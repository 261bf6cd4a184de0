"""Sentence-aware chunks that keep their character offsets into the article."""

from __future__ import annotations

from qa.schema import Article, Chunk
from qa.text import sentences


def _pieces(text: str, start: int, size: int) -> list[tuple[int, int]]:
    """Sentences of the body, with any sentence longer than ``size`` cut at white space."""
    out = []
    for s, e in sentences(text, start):
        while e - s > size:
            cut = text.rfind(" ", s + size // 2, s + size)
            cut = s + size if cut == -1 else cut
            out.append((s, cut))
            s = cut
            while s < e and text[s].isspace():
                s += 1
        if e > s:
            out.append((s, e))
    return out


def chunk_article(article: Article, size: int = 500, overlap: int = 150, first_id: int = 0) -> list[Chunk]:
    """Pack whole sentences into chunks of at most ``size`` characters.

    The next chunk starts with the trailing sentences of the previous one that fit in
    ``overlap`` characters. ``chunk.text == article.text[chunk.start:chunk.end]`` always.
    """
    text = article.text
    pieces = _pieces(text, article.body_start, size)
    chunks: list[Chunk] = []
    i = 0
    while i < len(pieces):
        j = i
        while j + 1 < len(pieces) and pieces[j + 1][1] - pieces[i][0] <= size:
            j += 1
        s, e = pieces[i][0], pieces[j][1]
        chunks.append(Chunk(first_id + len(chunks), article.id, s, e, text[s:e]))
        if j + 1 >= len(pieces):
            break
        k = j + 1
        while k - 1 > i and pieces[j][1] - pieces[k - 1][0] <= overlap:
            k -= 1
        i = k
    return chunks
