"""The shipped reader: its hash is checked, it reads passages in one batch, and its spans are exact slices."""

from __future__ import annotations

import json
import shutil

import pytest

from qa.errors import ModelError
from qa.reader import CARD_DATA, MODEL_FILE, Reader, file_sha256

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


def test_reading_fewer_passages_is_what_reading_them_alone_gives():
    reader = Reader()
    both = reader.read("How much did the renovation cost?", PASSAGES)
    first = reader.read("How much did the renovation cost?", PASSAGES[:1])
    sub = both.first(1)
    # int8 activations are quantized per batch, so scores move a little with what shares the batch
    assert {(s.start, s.end) for s in sub.spans[:3]} == {(s.start, s.end) for s in first.spans[:3]}
    assert sub.spans[0].score == pytest.approx(first.spans[0].score, abs=0.5)
    assert sub.null_min == pytest.approx(first.null_min, abs=0.5)
