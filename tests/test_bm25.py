import numpy as np
import pytest
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


@given(st.lists(st.lists(WORDS | st.sampled_from(["é", "ß", "日本", "zz"]), max_size=12), min_size=1, max_size=20),
       st.lists(WORDS | st.sampled_from(["é", "日本", "absent"]), max_size=6))
@settings(max_examples=50, deadline=None)
def test_saved_and_memory_mapped_scores_equal_the_built(tmp_path_factory, corpus, query):
    folder = tmp_path_factory.mktemp("bm25")
    built = SparseBM25(corpus)
    built.save(folder)
    loaded = SparseBM25.load(folder, len(corpus))
    np.testing.assert_array_equal(loaded.get_scores(query), built.get_scores(query))
    for word in set(query):
        np.testing.assert_array_equal(loaded.docs_with(word), built.docs_with(word))


def test_arrays_that_disagree_are_refused(tmp_path):
    SparseBM25([["a", "b"], ["b", "c"]]).save(tmp_path)
    np.save(tmp_path / "bm25_rows.npy", np.array([0, 1, 7], dtype=np.int32))  # a chunk that does not exist
    with pytest.raises(ValueError):
        SparseBM25.load(tmp_path, 2)


def test_a_pickled_array_is_refused(tmp_path):
    SparseBM25([["a"]]).save(tmp_path)
    np.save(tmp_path / "bm25_idf.npy", np.array([{"x": 1}], dtype=object), allow_pickle=True)
    with pytest.raises(ValueError):
        SparseBM25.load(tmp_path, 1)


@given(st.lists(st.lists(WORDS | st.sampled_from(["é", "日本"]), max_size=10), min_size=1, max_size=20),
       st.lists(st.booleans(), min_size=20, max_size=20),
       st.lists(st.lists(WORDS | st.sampled_from(["new", "日本"]), max_size=10), max_size=8),
       st.lists(WORDS | st.sampled_from(["new", "é"]), max_size=6))
@settings(max_examples=150, deadline=None)
def test_merged_postings_equal_postings_built_from_scratch(corpus, kept, added, query):
    keep = np.full(len(corpus), -1)
    survivors = [i for i in range(len(corpus)) if kept[i]]
    keep[survivors] = np.arange(len(survivors))
    merged = SparseBM25(corpus).merged(keep, added)
    docs = [corpus[i] for i in survivors] + added
    scratch = SparseBM25(docs)
    assert merged.n_docs == len(docs)
    assert merged.words() == scratch.words()
    np.testing.assert_allclose(merged.get_scores(query), scratch.get_scores(query), atol=1e-12)
    if any(docs):
        np.testing.assert_allclose(merged.get_scores(query), BM25Okapi(docs).get_scores(query), atol=1e-9)
    for word in set(query):
        np.testing.assert_array_equal(merged.docs_with(word), scratch.docs_with(word))


def test_added_documents_take_the_rows_they_are_given():
    merged = SparseBM25([["a"], ["b"], ["c"]]).merged(np.array([0, -1, 2]), [["d", "d"]], at=np.array([1]))
    scratch = SparseBM25([["a"], ["d", "d"], ["c"]])
    np.testing.assert_array_equal(merged.docs_with("d"), [1])
    assert not merged.has("b")
    np.testing.assert_allclose(merged.get_scores(["d", "c"]), scratch.get_scores(["d", "c"]))
