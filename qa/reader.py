"""The trained extractive reader: passages in, scored spans with character offsets out.

The model (``qa/models/reader.int8.onnx``, made by ``train/``; see its card ``READER.md``) gives
a start and an end logit for every token of a window ``[CLS] question [SEP] passage piece [SEP]``.
A span scores start + end; the window's no-answer score is the [CLS] token's start + end. All
windows of one question go through ONNX Runtime in one call; no torch here.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from qa.embed import file_sha256
from qa.errors import ModelError
from qa.windows import load_tokenizer, pad_batch, windows_from_encodings

MODELS = Path(__file__).resolve().parent / "models"
MODEL_FILE = MODELS / "reader.int8.onnx"
CARD_DATA = MODELS / "reader.json"
TOP_N = 20  # starts and ends considered per window
MAX_ANSWER_TOKENS = 30


@dataclass(frozen=True)
class Span:
    """A span of one passage the reader proposes, and the no-answer scores it is weighed against."""

    passage: int  # index into the passages read
    start: int  # character offsets into that passage
    end: int
    score: float  # start + end logit
    null: float  # no-answer score of the span's own window
    window: int  # index of the window over all passages of this read
    reach: int | None = None  # where the words it answers from end, when not at ``end`` (qa.speakers)


@dataclass(frozen=True)
class Reading:
    """What the reader saw for one question: its spans, best first, and its no-answer scores."""

    spans: tuple[Span, ...]
    null_min: float  # the lowest no-answer score over every window read
    nulls: tuple[float, ...] = ()  # no-answer score per window
    owners: tuple[int, ...] = ()  # passage index per window

    def first(self, k: int) -> Reading:
        """What reading only the first ``k`` passages would have given (windows are independent)."""
        keep = [i for i, o in enumerate(self.owners) if o < k]
        nulls = [self.nulls[i] for i in keep]
        return Reading(tuple(s for s in self.spans if s.passage < k), _lowest(nulls), tuple(nulls),
                       tuple(self.owners[i] for i in keep))


def _lowest(nulls: list[float]) -> float:
    """The lowest no-answer score of windows that had a passage to read (0 when none had)."""
    low = min(nulls, default=float("inf"))
    return low if low != float("inf") else 0.0


def card_data(path: Path = CARD_DATA) -> dict:
    """The reader's recorded facts: hash, window settings, abstention coefficients."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ModelError(f"the reader's card data {path} is missing or damaged; reinstall qa") from exc
    if not isinstance(data, dict) or not isinstance(data.get("model_sha256"), str):
        raise ModelError(f"the reader's card data {path} has no model_sha256; reinstall qa")
    return data


class Reader:
    """The int8 ONNX reader. ``warm_up()`` loads it (checking its SHA-256); ``read()`` runs it."""

    def __init__(self, model: Path = MODEL_FILE, card: Path = CARD_DATA, tokenizer: Path | None = None):
        self.model_path, self.card_path, self.tokenizer_path = model, card, tokenizer
        self.session = None
        self._card: dict = {}

    @property
    def card(self) -> dict:
        """The model card's data (``k``, the abstention model, …), loaded with the model: the first
        question of a process reads as many passages as every later one."""
        self.warm_up()
        return self._card

    def warm_up(self) -> None:
        """Load the model and tokenizer once; refuse a model whose hash is not the card's."""
        if self.session is not None:
            return
        import onnxruntime as ort

        self._card = card_data(self.card_path)
        if not self.model_path.is_file():
            raise ModelError(f"the reader model {self.model_path} is missing; reinstall qa")
        actual = file_sha256(self.model_path)
        if actual != self._card["model_sha256"]:
            raise ModelError(f"the reader model {self.model_path} has SHA-256 {actual}, its card says "
                             f"{self._card['model_sha256']}; reinstall qa")
        if self.tokenizer_path is None:
            from qa.embed import model_dir

            self.tokenizer_path = model_dir() / "tokenizer.json"
        self.tokenizer = load_tokenizer(self.tokenizer_path)
        cfg = self._card.get("training", {}).get("config", {})
        self.max_length, self.stride = int(cfg.get("max_length", 192)), int(cfg.get("stride", 64))
        opts = ort.SessionOptions()
        opts.intra_op_num_threads = min(2, os.cpu_count() or 1)
        opts.add_session_config_entry("session.intra_op.allow_spinning", "0")
        opts.log_severity_level = 3
        try:
            self.session = ort.InferenceSession(str(self.model_path), opts, providers=["CPUExecutionProvider"])
        except Exception as exc:  # onnxruntime raises its own types for a damaged file
            raise ModelError(f"the reader model {self.model_path} cannot be loaded ({exc}); reinstall qa") from exc

    def logits(self, windows) -> tuple[np.ndarray, np.ndarray]:
        """Start and end logits of a batch of windows, padded to the longest."""
        batch = pad_batch(windows)
        start, end = self.session.run(None, batch)
        return start, end

    def read(self, question: str, passages: list[str], top: int = 20) -> Reading:
        """The best ``top`` spans over all windows of all ``passages`` for ``question``."""
        self.warm_up()
        if not passages:
            return Reading((), 0.0)
        windows, owner = self.windows(question, passages)
        start, end = self.logits(windows)
        return decode(windows, owner, start, end, top)

    def windows(self, question: str, passages: list[str]) -> tuple[list, list[int]]:
        """Every window of every passage (qa.windows, as in training) and the passage each is of."""
        self.warm_up()
        q_enc = self.tokenizer.encode(question, add_special_tokens=False)
        windows, owner = [], []
        for i, p_enc in enumerate(self.tokenizer.encode_batch(passages, add_special_tokens=False)):
            for w in windows_from_encodings(q_enc, p_enc, self.tokenizer, self.max_length, self.stride):
                windows.append(w)
                owner.append(i)
        return windows, owner


def decode(windows, owner: list[int], start: np.ndarray, end: np.ndarray, top: int = 20) -> Reading:
    """Spans from logits: top starts × top ends, end ≥ start, ≤ 30 tokens, inside the passage."""
    spans = []
    nulls = []
    for w_i, w in enumerate(windows):
        lo, hi = w.context_start, w.context_end
        null = float(start[w_i, 0] + end[w_i, 0])
        nulls.append(null)
        if hi <= lo:  # nothing to read: its no-answer score says nothing either
            nulls[-1] = float("inf")
            continue
        s_log, e_log = start[w_i, lo:hi], end[w_i, lo:hi]
        n = min(TOP_N, hi - lo)
        s_top = np.argpartition(-s_log, n - 1)[:n]
        e_top = np.argpartition(-e_log, n - 1)[:n]
        for s in s_top:
            for e in e_top:
                if e < s or e - s + 1 > MAX_ANSWER_TOKENS:
                    continue
                c0, c1 = int(w.offsets[lo + s][0]), int(w.offsets[lo + e][1])
                spans.append(Span(owner[w_i], c0, c1, float(s_log[s] + e_log[e]), null, w_i))
    spans.sort(key=lambda x: -x.score)
    kept, seen = [], set()
    for sp in spans:
        key = (sp.passage, sp.start, sp.end)
        if key not in seen:
            seen.add(key)
            kept.append(sp)
            if len(kept) == top:
                break
    return Reading(tuple(kept), _lowest(nulls), tuple(nulls), tuple(owner))
