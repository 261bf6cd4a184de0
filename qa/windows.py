"""Windows of question + passage for the reader: the one function training and answering share.

A window is ``[CLS] question [SEP] piece of passage [SEP]``. Long passages are cut into
overlapping pieces. Every passage token keeps its character offsets into the passage, so a span
the reader picks maps back to an exact slice of the article.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np

MAX_LENGTH = 192  # tokens per window, special tokens included
STRIDE = 64  # tokens two neighbouring pieces of one passage share
MAX_QUESTION_TOKENS = 64


@dataclass(frozen=True)
class Window:
    """One model input and the map from its passage tokens to passage characters."""

    ids: np.ndarray  # int64 [n]
    type_ids: np.ndarray  # int64 [n]: 0 for [CLS] question [SEP], 1 for the passage and its [SEP]
    offsets: np.ndarray  # int64 [n, 2]: character span in the passage; (-1, -1) outside the passage
    context_start: int  # index of the first passage token in the window
    context_end: int  # index one past the last passage token


def load_tokenizer(path: Path):
    """The fast WordPiece tokenizer of the model, without its own truncation or padding."""
    from tokenizers import Tokenizer

    tok = Tokenizer.from_file(str(path))
    tok.no_truncation()
    tok.no_padding()
    return tok


def make_windows(tokenizer, question: str, passage: str, max_length: int = MAX_LENGTH,
                 stride: int = STRIDE) -> list[Window]:
    """Cut ``passage`` into windows that each carry the whole (capped) question.

    Args:
        tokenizer: a ``tokenizers.Tokenizer`` from :func:`load_tokenizer`.
        question: the question; its tokens beyond ``MAX_QUESTION_TOKENS`` are dropped.
        passage: the text to read; offsets in the windows index into it.
        max_length: tokens per window, special tokens included.
        stride: tokens shared by consecutive windows.

    Returns:
        At least one window (an empty passage gives a window with no passage tokens).
    """
    return windows_from_encodings(tokenizer.encode(question, add_special_tokens=False),
                                  tokenizer.encode(passage, add_special_tokens=False),
                                  tokenizer, max_length, stride)


def windows_from_encodings(q_enc, p_enc, tokenizer, max_length: int = MAX_LENGTH,
                           stride: int = STRIDE) -> list[Window]:
    """:func:`make_windows` on encodings already made (batch tokenizing is faster)."""
    cls_id, sep_id = tokenizer.token_to_id("[CLS]"), tokenizer.token_to_id("[SEP]")
    q_ids = q_enc.ids[:MAX_QUESTION_TOKENS]
    p_ids, p_off = p_enc.ids, p_enc.offsets
    room = max(8, max_length - len(q_ids) - 3)
    step = max(1, room - stride)
    head = [cls_id, *q_ids, sep_id]
    windows = []
    start = 0
    while True:
        piece = p_ids[start : start + room]
        ids = np.array(head + list(piece) + [sep_id], dtype=np.int64)
        type_ids = np.zeros(len(ids), dtype=np.int64)
        type_ids[len(head):] = 1
        offsets = np.full((len(ids), 2), -1, dtype=np.int64)
        if piece:
            offsets[len(head) : len(head) + len(piece)] = p_off[start : start + len(piece)]
        windows.append(Window(ids, type_ids, offsets, len(head), len(head) + len(piece)))
        if start + room >= len(p_ids):
            return windows
        start += step


def pad_batch(windows) -> dict[str, np.ndarray]:
    """Stack windows (or unpadded tokenizer encodings: anything with ``ids`` and ``type_ids``)
    into model inputs, padded to the longest of them."""
    width = max(len(w.ids) for w in windows)
    ids = np.zeros((len(windows), width), dtype=np.int64)
    mask = np.zeros_like(ids)
    types = np.zeros_like(ids)
    for r, w in enumerate(windows):
        n = len(w.ids)
        ids[r, :n], mask[r, :n], types[r, :n] = w.ids, 1, w.type_ids
    return {"input_ids": ids, "attention_mask": mask, "token_type_ids": types}
