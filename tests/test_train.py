"""A few training steps on a handful of SQuAD questions: the script runs, checkpoints and resumes."""

from __future__ import annotations

import json

import pytest

from train.squad import DATA, FILES


@pytest.mark.slow
@pytest.mark.skipif(not all((DATA / f).is_file() for f in FILES.values()), reason="training data not here")
def test_smoke_training_runs_checkpoints_and_resumes(tmp_path):
    pytest.importorskip("transformers")
    from train.train import main

    run = tmp_path / "run"
    assert main(["--max-windows", "16", "--limit-examples", "12", "--run", str(run), "--threads", "1"]) == 0
    meta = json.loads((run / "model" / "train_meta.json").read_text())
    assert meta["steps"] == 1 and 0 < meta["windows_seen"] <= 16
    first = meta["windows_seen"]
    assert meta["data"]["null_share"] >= 0.33  # negatives added until a third of the windows have no answer
    assert (run / "model" / "model.safetensors").is_file()
    assert main(["--max-windows", "32", "--limit-examples", "12", "--run", str(run), "--threads", "1"]) == 0
    meta = json.loads((run / "model" / "train_meta.json").read_text())
    assert meta["steps"] == 2 and first < meta["windows_seen"] <= 32  # resumed at step 1, not restarted
    log = (run / "log.txt").read_text()
    assert "resumed at step 1" in log and "loss nan" not in log


def test_each_pass_reads_every_window_once_in_an_order_of_its_own():
    from train.train import batches

    items = [(list(range(n % 7 + 1)), None, 0, 0) for n in range(1000)]
    one = batches(items, 16, seed=13)
    three = batches(items, 16, seed=13, epochs=3)
    assert three[: len(one)] == one  # the first pass is the one-pass plan
    passes = [three[i * len(one):(i + 1) * len(one)] for i in range(3)]
    for p in passes:
        assert sorted(i for b in p for i in b) == list(range(1000))
    assert passes[1] != passes[0] and passes[2] != passes[1]
