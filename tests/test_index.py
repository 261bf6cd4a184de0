import json

import numpy as np
import pytest

from qa.bm25 import FILES as BM25_FILES
from qa.config import Settings
from qa.errors import IndexError_
from qa.chunkstore import FILES as CHUNK_FILES, TABLE, TEXT, ChunkStore
from qa.index import DENSE, MANIFEST, MARKER, WORDS, build_index, open_index
from qa.retrieve import dense_search, retrieve, rrf
from tests.conftest import FakeModels


def test_build_writes_the_index_files_with_exact_slices(corpus, tmp_path, fake_models):
    idx_dir = tmp_path / "idx"
    report = build_index(corpus, idx_dir, Settings(), fake_models)
    assert report.embedded == report.chunks > 0
    assert sorted(p.name for p in idx_dir.iterdir()) == sorted([MANIFEST, *CHUNK_FILES, DENSE, MARKER, WORDS, *BM25_FILES.values()])
    manifest = json.loads((idx_dir / MANIFEST).read_text())
    assert manifest["model"] == "fake-embedder" and manifest["weights_sha256"] == "f" * 64
    texts = {p.relative_to(corpus).with_suffix("").as_posix(): p.read_text() for p in corpus.rglob("*.*")}
    chunks = list(ChunkStore.load(idx_dir))
    assert len(chunks) == report.chunks and [c.id for c in chunks] == list(range(len(chunks)))
    for c in chunks:
        assert texts[c.article_id][c.start:c.end] == c.text


def test_second_build_embeds_nothing_and_edit_reembeds_one(corpus, tmp_path, fake_models):
    idx_dir = tmp_path / "idx"
    build_index(corpus, idx_dir, Settings(), fake_models)
    again = build_index(corpus, idx_dir, Settings(), fake_models)
    assert again.nothing_changed and again.embedded == 0
    assert "nothing changed" in again.summary()
    (corpus / "trade.txt").write_text("Trade grew to $70 billion in 2025.\n")
    edited = build_index(corpus, idx_dir, Settings(), fake_models)
    assert edited.changed == ["trade"] and edited.added == [] and edited.embedded == 1
    (corpus / "visit.txt").unlink()
    removed = build_index(corpus, idx_dir, Settings(), fake_models)
    assert removed.removed == ["visit"] and removed.embedded == 0


def test_stale_index_is_refreshed_on_open(corpus, tmp_path, fake_models, capsys):
    idx_dir = tmp_path / "idx"
    build_index(corpus, idx_dir, Settings(), fake_models)
    (corpus / "new.txt").write_text("A new article about oil.")
    idx = open_index(corpus, idx_dir, Settings(), fake_models)
    assert "1 article added (new)" in capsys.readouterr().err
    assert "new" in {c.article_id for c in idx.chunks}


@pytest.mark.parametrize("name", [DENSE, TABLE, TEXT, MANIFEST])
@pytest.mark.parametrize("damage", ["truncate", "empty"])
def test_damaged_files_are_rebuilt(corpus, tmp_path, fake_models, capsys, name, damage):
    idx_dir = tmp_path / "idx"
    build_index(corpus, idx_dir, Settings(), fake_models)
    path = idx_dir / name
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2] if damage == "truncate" else b"")
    idx = open_index(corpus, idx_dir, Settings(), fake_models)
    assert len(idx.chunks) > 0 and idx.dense.ntotal == len(idx.chunks)
    assert "rebuilding the index" in capsys.readouterr().err


def test_newer_format_is_refused(corpus, tmp_path, fake_models):
    idx_dir = tmp_path / "idx"
    build_index(corpus, idx_dir, Settings(), fake_models)
    m = json.loads((idx_dir / MANIFEST).read_text())
    m["format"] = 99
    (idx_dir / MANIFEST).write_text(json.dumps(m))
    with pytest.raises(IndexError_, match="newer than this program"):
        open_index(corpus, idx_dir, Settings(), fake_models)


def test_other_model_triggers_rebuild(corpus, tmp_path, fake_models, capsys):
    idx_dir = tmp_path / "idx"
    build_index(corpus, idx_dir, Settings(), fake_models)
    m = json.loads((idx_dir / MANIFEST).read_text())
    m["model"] = "another/model"
    (idx_dir / MANIFEST).write_text(json.dumps(m))
    open_index(corpus, idx_dir, Settings(), fake_models)
    assert "built with model another/model" in capsys.readouterr().err


def test_failed_build_keeps_previous_index(corpus, tmp_path, fake_models):
    idx_dir = tmp_path / "idx"
    build_index(corpus, idx_dir, Settings(), fake_models)
    before = (idx_dir / TEXT).read_bytes()

    class Boom(FakeModels):
        def for_build(self, settings):
            raise KeyboardInterrupt

    (corpus / "trade.txt").write_text("Changed text.")
    with pytest.raises(KeyboardInterrupt):
        build_index(corpus, idx_dir, Settings(), Boom())
    assert (idx_dir / TEXT).read_bytes() == before
    assert not list(tmp_path.glob(".idx.tmp-*"))


def test_faiss_matches_numpy_bruteforce(index):
    vecs = index.dense.reconstruct_n(0, index.dense.ntotal)
    q = index.query_embedder.encode(["trade between India and Russia"])[0]
    got = dense_search(index, q, 100)  # k larger than the index is clamped
    assert len(got) == len(index.chunks)
    expect = np.argsort(-(vecs @ q), kind="stable")
    np.testing.assert_allclose([s for _, s in got], (vecs @ q)[expect], rtol=1e-5)
    assert [i for i, _ in got][:3] == list(expect[:3])


def test_rrf_fuses_ranks():
    fused = rrf([[(1, 0.9), (2, 0.5)], [(2, 3.0), (3, 1.0)]], k=60)
    assert fused[0][0] == 2
    assert fused[0][1] == pytest.approx(1 / 62 + 1 / 61)


def test_retrieve_keeps_both_ranks(index):
    hits, _ = retrieve(index, "How much was bilateral trade?")
    assert hits and hits[0].chunk.article_id == "trade"
    assert hits[0].sparse_rank == 1 and hits[0].dense_rank is not None


def test_build_summary_counts_in_words():
    from qa.index import BuildReport

    one = BuildReport(articles=1, chunks=1, embedded=1, added=["a"], changed=[], removed=[], reasons=[], seconds=0.5)
    assert one.summary().startswith("indexed 1 article, 1 chunk:") and "embedded 1 chunk in" in one.summary()


def as_older_format(idx_dir, fmt):
    """Rewrite a fresh index as formats 1 (chunks.jsonl, no BM25 arrays) or 2 (BM25 arrays without
    term frequencies) wrote it, with float32 vectors."""
    with open(idx_dir / "chunks.jsonl", "w") as f:
        for c in ChunkStore.load(idx_dir):
            f.write(json.dumps({"id": c.id, "article_id": c.article_id, "start": c.start, "end": c.end,
                                "text": c.text}) + "\n")
    for name in CHUNK_FILES:
        (idx_dir / name).unlink()
    gone = BM25_FILES.values() if fmt == 1 else [BM25_FILES["tfs"], BM25_FILES["doc_len"]]
    for name in gone:
        (idx_dir / name).unlink()
    manifest = json.loads((idx_dir / MANIFEST).read_text())
    import faiss

    from qa import vectors as dense_files

    flat = faiss.IndexFlatIP(manifest["dim"])  # float32, as those formats stored it
    flat.add(dense_files.all_vectors(dense_files.read(idx_dir, manifest["n_chunks"], manifest["dim"], manifest["dense"])))
    faiss.write_index(flat, str(idx_dir / DENSE))
    manifest["format"] = fmt
    del manifest["dense"]
    (idx_dir / MANIFEST).write_text(json.dumps(manifest))


@pytest.mark.parametrize("fmt", [1, 2])
def test_an_index_of_an_older_format_is_upgraded_with_a_notice_embedding_nothing(corpus, tmp_path, fake_models,
                                                                                  capsys, fmt):
    idx_dir = tmp_path / "idx"
    build_index(corpus, idx_dir, Settings(), fake_models)
    before = [(c.article_id, c.start, c.end, c.text) for c in ChunkStore.load(idx_dir)]
    as_older_format(idx_dir, fmt)
    capsys.readouterr()
    embedded = fake_models.embedder.encoded
    index = open_index(corpus, idx_dir, Settings(), fake_models)
    assert f"index format {fmt}, now 3" in capsys.readouterr().err
    assert fake_models.embedder.encoded == embedded  # no chunk embedded again
    assert json.loads((idx_dir / MANIFEST).read_text())["format"] == 3
    assert [(c.article_id, c.start, c.end, c.text) for c in index.chunks] == before
    assert retrieve(index, "banquet", 1)[0][0].chunk.article_id == "visit"


def test_damaged_bm25_arrays_are_rebuilt(corpus, tmp_path, fake_models, capsys):
    idx_dir = tmp_path / "idx"
    build_index(corpus, idx_dir, Settings(), fake_models)
    (idx_dir / BM25_FILES["rows"]).write_bytes(b"not an array")
    capsys.readouterr()
    index = open_index(corpus, idx_dir, Settings(), fake_models)
    assert "bm25_rows.npy" in capsys.readouterr().err
    assert index.bm25.get_scores(["banquet"]).max() > 0


def test_freshness_reads_only_files_whose_size_or_time_changed(corpus, tmp_path, fake_models, monkeypatch):
    import os

    import qa.corpus

    idx_dir = tmp_path / "idx"
    open_index(corpus, idx_dir, Settings(), fake_models)
    parsed = []
    real_parse = qa.corpus.parse_article
    monkeypatch.setattr(qa.corpus, "parse_article", lambda *a, **k: parsed.append(a[0]) or real_parse(*a, **k))
    embedded = fake_models.embedder.encoded

    index = open_index(corpus, idx_dir, Settings(), fake_models)
    assert parsed == []  # nothing read: every file has the recorded size and time
    assert "Droupadi Murmu" in index.articles["visit"].text  # read when a passage of it is needed

    st = os.stat(corpus / "trade.txt")
    os.utime(corpus / "trade.txt", ns=(st.st_atime_ns, st.st_mtime_ns + 5_000_000_000))  # touched, unchanged
    open_index(corpus, idx_dir, Settings(), fake_models)
    assert parsed == ["trade"]
    assert fake_models.embedder.encoded == embedded  # the hash is the truth: not embedded again

    text = (corpus / "visit.txt").read_text()
    (corpus / "visit.txt").write_text(text.replace("23rd", "24th"))  # same size, new content
    (corpus / "new.txt").write_text("A new article about the summit.\n")
    (corpus / "other" / "plans.md").unlink()
    parsed.clear()
    index = open_index(corpus, idx_dir, Settings(), fake_models)
    assert sorted(parsed) == ["new", "visit"]
    assert sorted(index.articles) == ["new", "trade", "visit"]
    assert "24th" in index.articles["visit"].text


def test_an_article_changed_after_opening_is_never_quoted(corpus, tmp_path, fake_models):
    from qa.errors import CorpusError

    idx_dir = tmp_path / "idx"
    open_index(corpus, idx_dir, Settings(), fake_models)
    index = open_index(corpus, idx_dir, Settings(), fake_models)
    (corpus / "visit.txt").write_text("Something else entirely.\n")
    with pytest.raises(CorpusError, match="changed after the index was opened"):
        index.articles["visit"].text


def test_an_updated_index_is_the_index_a_fresh_build_makes(corpus, tmp_path, fake_models):
    """Kept chunks are not tokenized or embedded again, yet every file equals a build from scratch."""
    idx_dir = tmp_path / "idx"
    build_index(corpus, idx_dir, Settings(), fake_models)
    (corpus / "aaa.txt").write_text("An article sorted first, about wheat exports and tariffs.\n")
    (corpus / "trade.txt").write_text("Trade grew to $70 billion in 2025, driven by oil and wheat.\n")
    (corpus / "visit.txt").unlink()
    embedded = fake_models.embedder.encoded
    report = build_index(corpus, idx_dir, Settings(), fake_models)
    assert report.added == ["aaa"] and report.changed == ["trade"] and report.removed == ["visit"]
    assert fake_models.embedder.encoded - embedded == report.embedded == 2
    fresh = tmp_path / "fresh"
    build_index(corpus, fresh, Settings(), FakeModels())
    for name in [*BM25_FILES.values(), *CHUNK_FILES]:
        assert (idx_dir / name).read_bytes() == (fresh / name).read_bytes(), name
    assert json.loads((idx_dir / WORDS).read_text()) == json.loads((fresh / WORDS).read_text())
    assert "wheat" in json.loads((idx_dir / WORDS).read_text()) and "banquet" not in json.loads((idx_dir / WORDS).read_text())
    a, b = open_index(corpus, idx_dir, Settings(), fake_models), open_index(corpus, fresh, Settings(), FakeModels())
    np.testing.assert_array_equal(a.dense.reconstruct_n(0, a.dense.ntotal), b.dense.reconstruct_n(0, b.dense.ntotal))


def test_a_chunk_whose_stored_text_was_altered_is_refused_when_read(corpus, tmp_path, fake_models):
    idx_dir = tmp_path / "idx"
    build_index(corpus, idx_dir, Settings(), fake_models)
    text = (idx_dir / TEXT).read_bytes()
    (idx_dir / TEXT).write_bytes(text.replace(b"a", b"\xc3\xa9", 1)[: len(text)])  # same size, one character fewer
    index = open_index(corpus, idx_dir, Settings(), fake_models)
    with pytest.raises(IndexError_, match="chunk_text.bin is damaged.*qa index --rebuild"):
        [c.text for c in index.chunks]


@pytest.mark.parametrize("n, ann_min_chunks, kind", [(3000, 10_000, "flat16"), (3000, 1000, "ivf16")])
def test_the_dense_index_kind_follows_the_size_and_reads_back_its_vectors(tmp_path, n, ann_min_chunks, kind):
    from qa import vectors as dense_files

    rng = np.random.default_rng(0)
    centers = rng.standard_normal((30, 64)).astype(np.float32)
    x = centers[rng.integers(0, 30, n)] + 0.3 * rng.standard_normal((n, 64)).astype(np.float32)
    x /= np.linalg.norm(x, axis=1, keepdims=True)
    entry = dense_files.write(tmp_path, x, 64, ann_min_chunks)
    assert entry["kind"] == kind
    index = dense_files.read(tmp_path, n, 64, entry)
    np.testing.assert_allclose(dense_files.all_vectors(index), x, atol=1e-3)  # fp16: about 3 decimals
    queries = x[:200] + 0.05 * rng.standard_normal((200, 64)).astype(np.float32)
    _, got = index.search(queries, 10)
    truth = np.argsort(-(queries @ x.T), axis=1)[:, :10]
    recall = np.mean([len(set(a) & set(b)) / 10 for a, b in zip(got, truth)])
    assert recall >= 0.98
    if kind == "ivf16":
        assert entry["nprobe"] < entry["nlist"] and entry["build_recall_at_10"] >= dense_files.RECALL_TARGET
    with pytest.raises(IndexError_, match="expected 2999 of 64"):
        dense_files.read(tmp_path, n - 1, 64, entry)


def test_an_ivf_index_rewritten_at_about_its_size_keeps_its_centroids(tmp_path):
    from qa import vectors as dense_files

    rng = np.random.default_rng(1)
    x = rng.standard_normal((6000, 32)).astype(np.float32)
    x /= np.linalg.norm(x, axis=1, keepdims=True)
    first = dense_files.write(tmp_path, x[:4000], 32, 1000)
    old = dense_files.read(tmp_path, 4000, 32, first)
    (tmp_path / "again").mkdir()
    near = dense_files.write(tmp_path / "again", x[:4400], 32, 1000, (old, first))
    assert near["trained_on"] == 4000 and near["nlist"] == first["nlist"]
    again = dense_files.read(tmp_path / "again", 4400, 32, near)
    import faiss

    np.testing.assert_array_equal(faiss.extract_index_ivf(again).quantizer.reconstruct_n(0, near["nlist"]),
                                  faiss.extract_index_ivf(old).quantizer.reconstruct_n(0, first["nlist"]))
    (tmp_path / "grown").mkdir()
    grown = dense_files.write(tmp_path / "grown", x, 32, 1000, (old, first))
    assert grown["trained_on"] == 6000  # half again as many: trained anew
