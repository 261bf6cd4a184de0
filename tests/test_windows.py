"""One windowing function for training and answering: both must cut the same windows."""

from __future__ import annotations

import numpy as np
import pytest

from qa.embed import model_dir
from qa.reader import Reader
from qa.windows import load_tokenizer, make_windows

TOK = load_tokenizer(model_dir() / "tokenizer.json")
QUESTION = "When did Putin land in New Delhi?"
PASSAGE = ("On December 4–5, 2025, Vladimir Putin landed in New Delhi for what marks his first visit "
           "in four years. ") * 12


def test_windows_match_the_tokenizers_own_pair_encoding_and_overlap():
    windows = make_windows(TOK, QUESTION, PASSAGE, max_length=96, stride=32)
    assert len(windows) > 3
    enc = TOK.encode(QUESTION, PASSAGE[:200])
    w = windows[0]
    assert list(w.ids[:30]) == enc.ids[:30] and list(w.type_ids[:30]) == enc.type_ids[:30]
    assert all(len(x.ids) <= 96 for x in windows)
    for a, b in zip(windows, windows[1:]):  # consecutive pieces share exactly `stride` tokens
        assert a.offsets[a.context_end - 32].tolist() == b.offsets[b.context_start].tolist()
    last = windows[-1]
    assert last.offsets[last.context_end - 1][1] == len(PASSAGE.rstrip())
    for x in windows:  # every passage token maps back to its own characters
        for i in range(x.context_start, x.context_end):
            s, e = x.offsets[i]
            assert PASSAGE[s:e].lower() in TOK.decode([int(x.ids[i])]).replace("##", "") or PASSAGE[s:e] == "–"


def test_training_and_answering_cut_the_same_windows():
    pytest.importorskip("torch")
    from train.train import label
    from train.squad import Example

    reader = Reader()
    reader.warm_up()
    answer = ("New Delhi", PASSAGE.index("New Delhi", 700))
    mine, owner = reader.windows(QUESTION, [PASSAGE, "A short one."])
    assert owner.count(1) == 1
    from train.train import build_windows_for

    ex = Example("q", QUESTION, PASSAGE, (answer,), 1, "t", 0)
    items = build_windows_for([(ex, PASSAGE, answer)],
                              {"max_length": reader.max_length, "stride": reader.stride})
    theirs = [w for w, o in zip(mine, owner) if o == 0]
    assert len(items) == len(theirs)
    for (ids, types, s, e), w in zip(items, theirs):
        assert np.array_equal(ids, w.ids) and np.array_equal(types, w.type_ids)
        if s:  # the label points at the answer's characters
            assert PASSAGE[w.offsets[s][0]:w.offsets[e][1]] == "New Delhi"
    assert sum(1 for it in items if it[2]) >= 1 and sum(1 for it in items if it[2] == 0) >= 1
    assert label(theirs[0], None) == (0, 0)
