"""The shipped reader: its hash is checked, it reads passages in one batch, and its spans are exact slices."""

from __future__ import annotations

import json
import shutil

import pytest

from qa.errors import ModelError
from qa.embed import file_sha256
from qa.reader import CARD_DATA, MODEL_FILE, Reader
from qa.text import normalize

PASSAGES = [
    "The museum reopened on Saturday after a two-year renovation that cost $14 million.",
    "   ",
    "Director Anna Keller said the new wing would house the city's collection of maps.",
]


def test_card_records_the_shipped_file():
    card = json.loads(CARD_DATA.read_text())
    assert card["model_sha256"] == file_sha256(MODEL_FILE)
    assert 15e6 < MODEL_FILE.stat().st_size < 30e6  # int8, not the 90 MB fp32 graph


def test_a_model_whose_hash_differs_is_refused(tmp_path):
    bad = tmp_path / "reader.int8.onnx"
    shutil.copy(MODEL_FILE, bad)
    with open(bad, "ab") as f:
        f.write(b"\0")
    with pytest.raises(ModelError, match="SHA-256"):
        Reader(bad, CARD_DATA).warm_up()


def test_spans_are_slices_of_the_passages_and_name_the_answer():
    reading = Reader().read("Who is the director of the museum?", PASSAGES)
    assert reading.spans and all(PASSAGES[s.passage][s.start:s.end].strip() for s in reading.spans)
    best = reading.spans[0]
    assert PASSAGES[best.passage][best.start:best.end] == "Anna Keller"
    assert len(reading.owners) == len(reading.nulls) == 3  # one window each; the blank one read too
    assert all(s.passage != 1 for s in reading.spans)
    scores = [s.score for s in reading.spans]
    assert scores == sorted(scores, reverse=True)


def test_first_k_keeps_the_spans_and_no_answer_scores_of_those_passages_only():
    both = Reader().read("How much did the renovation cost?", PASSAGES)
    sub = both.first(1)
    assert sub.spans and sub.spans == tuple(s for s in both.spans if s.passage == 0)
    assert sub.owners == (0,) and sub.nulls == both.nulls[:1] and sub.null_min == both.nulls[0]
    assert normalize(PASSAGES[0][sub.spans[0].start:sub.spans[0].end]) == normalize("$14 million")


def test_a_fresh_reader_gives_its_card_before_any_question_is_read():
    # the first question of a process reads the card's k passages, as every later one does (not a default of 8)
    card = json.loads(CARD_DATA.read_text())
    assert Reader().card["k"] == card["k"]


def test_the_card_says_how_and_where_the_reader_was_trained():
    from train.card import render

    card = json.loads(CARD_DATA.read_text())
    t = card["training"]
    gpu = dict(t, windows_seen=3 * t["data"]["windows"],
               trained_on={"machine": "a lent GPU", "precision": "bf16 autocast", "torch": "2.11", "transformers": "5.17"})
    text = render(dict(card, training=gpu))
    assert "every one of the" in text and "3 passes" in text and "a lent GPU (bf16 autocast" in text
    assert "Interim" not in text and "make reader CONFIG=train/config.gpu.json" in text
    cpu = {k: v for k, v in t.items() if k != "trained_on"} | {"windows_seen": t["data"]["windows"] // 2}
    text = render(dict(card, training=cpu))
    assert text.count("**Interim (CPU-trained).**") == 1 and "2 CPU cores" in text
