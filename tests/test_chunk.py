from pathlib import Path

from hypothesis import given, settings, strategies as st

from qa.chunk import chunk_article
from qa.corpus import parse_article
from qa.text import sentences

PIECES = st.sampled_from(list("ab .!?\n•-–7é\u2028\r") + ["Word", "U.S.", "Dec.", "  ", "Long" * 40])
TEXT = st.one_of(st.text(max_size=400), st.lists(PIECES, max_size=150).map("".join))


@given(TEXT, st.integers(50, 300), st.integers(0, 49))
@settings(max_examples=200)
def test_chunks_are_exact_slices_covering_every_sentence(text, size, overlap):
    art = parse_article("x", text, Path("x.txt"))
    chunks = chunk_article(art, size, overlap)
    covered = set()
    for c in chunks:
        assert c.text == art.text[c.start:c.end]
        assert c.end - c.start <= size
        covered.update(range(c.start, c.end))
    for s, e in sentences(text, art.body_start):
        assert all(i in covered for i in range(s, e) if not text[i].isspace())


def test_overlap_repeats_trailing_sentences():
    text = " ".join(f"Sentence number {i} is here." for i in range(20))
    chunks = chunk_article(parse_article("x", text, Path("x")), 120, 60)
    assert len(chunks) > 2
    assert all(a.end > b.start for a, b in zip(chunks, chunks[1:]))


def test_date_line_never_in_a_chunk():
    art = parse_article("x", "date 2025-01-02\nBody text here.", Path("x"))
    assert all("2025-01-02" not in c.text for c in chunk_article(art))
