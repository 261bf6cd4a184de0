"""SQuAD files of ../shared/data/qa-train/ as flat examples, and the dev file's article splits.

No torch here: the script that writes eval/squad/ uses this too.
"""

from __future__ import annotations

import gzip
import json
import os
from dataclasses import dataclass
from pathlib import Path

def _data_dir() -> Path:
    """$QA_TRAIN_DATA, else ../shared/data/qa-train beside the checkout, else this workplace's copy."""
    if os.environ.get("QA_TRAIN_DATA"):
        return Path(os.environ["QA_TRAIN_DATA"])
    beside = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "qa-train"
    workplace = Path("/work/shared/data/qa-train")  # where a clone elsewhere (CI's) still finds it
    return beside if beside.is_dir() or not workplace.is_dir() else workplace


DATA = _data_dir()
FILES = {
    "v1_train": "squad-v1.1-train.json.gz",
    "v2_train_first10": "squad-v2.0-train-first10.json.gz",
    "v2_dev": "squad-v2.0-dev-30articles.json.gz",
}
# The dev file, by its article order (1-based, as the issue states them).
DEV_TRAIN = range(1, 21)  # may be trained on
DEV_TUNE = range(21, 26)  # thresholds, k, checkpoints
DEV_TEST = range(26, 31)  # reported, never tuned on


@dataclass(frozen=True)
class Example:
    """One question over one paragraph; ``answers`` empty when it is unanswerable there."""

    qid: str
    question: str
    context: str
    answers: tuple[tuple[str, int], ...]  # (text, answer_start)
    article: int  # 1-based article number within its file
    title: str
    paragraph: int


def load(name: str, data_dir: Path = DATA, articles: range | None = None) -> list[Example]:
    """Examples of one file, optionally only the articles numbered in ``articles``."""
    with gzip.open(data_dir / FILES[name], "rt", encoding="utf-8") as f:
        data = json.load(f)["data"]
    out = []
    for a, art in enumerate(data, 1):
        if articles is not None and a not in articles:
            continue
        for p, para in enumerate(art["paragraphs"]):
            for qa in para["qas"]:
                answers = () if qa.get("is_impossible") else tuple(
                    (x["text"], x["answer_start"]) for x in qa["answers"])
                out.append(Example(qa["id"], qa["question"].strip(), para["context"], answers,
                                   a, art["title"], p))
    return out


def training_examples(data_dir: Path = DATA) -> list[Example]:
    """v1.1 train, the unanswerable questions of v2 train's first 10 articles, dev articles 1–20."""
    first10 = [e for e in load("v2_train_first10", data_dir) if not e.answers]
    return load("v1_train", data_dir) + first10 + load("v2_dev", data_dir, DEV_TRAIN)
