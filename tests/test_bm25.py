import numpy as np
from hypothesis import assume, given, settings, strategies as st
from rank_bm25 import BM25Okapi

from qa.bm25 import SparseBM25

WORDS = st.sampled_from(list("abcdefgh"))


@given(st.lists(st.lists(WORDS, max_size=12), min_size=1, max_size=30), st.lists(WORDS, max_size=6))
@settings(max_examples=200)
def test_scores_equal_rank_bm25(corpus, query):
    assume(any(corpus))  # rank_bm25 itself divides by zero on a corpus without words
    np.testing.assert_allclose(SparseBM25(corpus).get_scores(query), BM25Okapi(corpus).get_scores(query), atol=1e-9)


def test_empty_corpus_scores_nothing():
    assert SparseBM25([]).get_scores(["a"]).shape == (0,)
