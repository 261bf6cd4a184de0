from hypothesis import given, strategies as st

from qa.text import sentences, stem, tokenize


def test_sentences_split_and_keep_offsets():
    text = "Putin landed in New Delhi. He met Modi! The U.S. Senate watched.\n• A Broad 2030 Roadmap\nNext line"
    spans = sentences(text)
    got = [text[s:e] for s, e in spans]
    assert got == ["Putin landed in New Delhi.", "He met Modi!", "The U.S. Senate watched.",
                   "A Broad 2030 Roadmap", "Next line"]


def test_heading_not_glued_to_next_sentence():
    text = "What's On the Agenda\nDuring the visit, they sign a plan."
    assert [text[s:e] for s, e in sentences(text)] == ["What's On the Agenda", "During the visit, they sign a plan."]


def test_tokenize_keeps_one_character_tokens_and_drops_stopwords():
    assert tokenize("The S-400 and 7 jets") == ["s", "400", "7", "jet"]


def test_stem_joins_inflections_and_spellings():
    assert stem("visits") == stem("visited") == stem("visiting") == stem("visit")
    assert stem("defense") == stem("defence")


@given(st.text())
def test_sentences_are_ordered_disjoint_slices(text):
    prev = 0
    for s, e in sentences(text):
        assert prev <= s < e <= len(text)
        assert text[s:e] == text[s:e].strip()
        prev = e
