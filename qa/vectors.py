"""The dense index on disk (``dense.faiss``): exact search while it is the better choice, an
approximate inverted-file index (FAISS IVF) past ``Settings.ann_min_chunks``.

Vectors are stored as 16-bit floats (FAISS's fp16 scalar quantizer): half the memory of float32,
scores within about 1e-4 of it, and faster to scan. Both kinds are memory-mapped when opened, so
opening reads no vectors; the kind and its parameters are recorded in the manifest (``"dense"``).
A later build takes the stored vectors back, so nothing is embedded again. An index of format 1
or 2 (float32, no ``"dense"`` entry) is read once, to be upgraded.
"""

from __future__ import annotations

import math
import os
import struct
from pathlib import Path

import numpy as np

from qa.errors import IndexError_, damaged

DENSE = "dense.faiss"
FLAT_HEADER = 45  # fourcc, d, ntotal, two dummies, is_trained, metric, float count: then n·d float32
FP16_HEADER = 81  # the same to the metric, then the quantizer's fields, empty training, code count: n·d fp16
# The IVF's nprobe is chosen at build time to reach this recall@10 against exact search on probe
# questions: midpoints of two stored vectors. A question sits farther from its passages than a
# passage from itself, and a midpoint lies between topics, near the lists' borders: on real
# questions the chosen nprobe reached 0.99 and more (`make bench`, 100k and 1M sections).
RECALL_TARGET = 0.995
PROBE_QUERIES = 200


def write(folder: Path, vectors: np.ndarray, dim: int, ann_min_chunks: int, previous=None) -> dict:
    """Write ``dense.faiss`` for these (unit-length) vectors; returns the manifest's ``dense`` entry.

    ``previous``: the index being replaced and its manifest entry; an IVF index trained on about
    as many vectors lends its lists' centroids, so an update of a large index does not train again."""
    import faiss

    vectors = np.ascontiguousarray(vectors, dtype=np.float32).reshape(-1, dim)
    n = len(vectors)
    if n < ann_min_chunks:
        index = faiss.IndexScalarQuantizer(dim, faiss.ScalarQuantizer.QT_fp16, faiss.METRIC_INNER_PRODUCT)
        entry = {"kind": "flat16"}
        if n:
            index.add(vectors)
    else:
        index, entry = _ivf(vectors, dim, previous)
    try:
        faiss.write_index(index, str(folder / DENSE))
    except RuntimeError as exc:  # FAISS reports a full disk (or any write error) as its own type
        full = "No space" in str(exc)
        raise OSError(28 if full else 5, "FAISS could not write dense.faiss: "
                      + (os.strerror(28) if full else str(exc).splitlines()[0][:200])) from exc
    return entry


def _ivf(vectors: np.ndarray, dim: int, previous=None):
    """An IVF index with about 4·√n lists, trained on a sample (or the centroids of ``previous``,
    when it was trained on 0.8–1.25 times as many vectors); nprobe is the smallest power of two
    whose recall@10 against exact search reaches RECALL_TARGET on the probe questions."""
    import faiss

    n = len(vectors)
    rng = np.random.default_rng(0)
    quantizer = faiss.IndexFlatIP(dim)
    old_index, old_entry = previous or (None, {})
    old = faiss.extract_index_ivf(old_index) if isinstance(old_index, faiss.IndexIVF) else None
    trained_on = (old_entry or {}).get("trained_on", 0)
    if old is not None and old.d == dim and type(trained_on) is int and 0.8 <= n / max(trained_on, 1) <= 1.25:
        nlist = old.nlist
        quantizer.add(old.quantizer.reconstruct_n(0, nlist))  # trained already: IVF's train skips it
    else:
        nlist, trained_on = max(1, min(int(4 * math.sqrt(n)), n // 39)), n  # k-means wants 39 points a list
    index = faiss.IndexIVFScalarQuantizer(quantizer, dim, nlist, faiss.ScalarQuantizer.QT_fp16,
                                          faiss.METRIC_INNER_PRODUCT)
    index.train(vectors[np.sort(rng.choice(n, size=min(n, 64 * nlist), replace=False))])
    index.add(vectors)
    queries = vectors[rng.choice(n, size=(PROBE_QUERIES, 2))].sum(axis=1)
    queries /= np.maximum(np.linalg.norm(queries, axis=1, keepdims=True), 1e-12)
    exact = faiss.IndexFlatIP(dim)
    exact.add(vectors)
    _, truth = exact.search(queries, 10)
    del exact
    nprobe, recall = 1, 0.0
    while nprobe < nlist:
        index.nprobe = nprobe
        _, got = index.search(queries, 10)
        recall = float(np.mean([len(set(a) & set(b)) / len(b) for a, b in zip(got, truth)]))
        if recall >= RECALL_TARGET:
            break
        nprobe *= 2
    index.nprobe = min(nprobe, nlist)
    return index, {"kind": "ivf16", "nlist": nlist, "nprobe": index.nprobe, "trained_on": trained_on,
                   "build_recall_at_10": round(recall, 4)}


def read(folder: Path, n: int, dim: int, entry: dict | None):
    """Memory-map ``dense.faiss``; its header is checked against the manifest first, so a damaged
    file can never make FAISS allocate more than it holds."""
    import faiss

    path = folder / DENSE
    kind = (entry or {}).get("kind", "flat")  # no entry: float32, written by format 1 or 2
    try:
        size = path.stat().st_size
        with open(path, "rb") as f:
            head = f.read(FP16_HEADER)
    except OSError as exc:
        raise IndexError_(f"{path} is missing ({exc.strerror})") from exc
    fourcc, header, width = {"flat": (b"IxFI", FLAT_HEADER, 4), "flat16": (b"IxSQ", FP16_HEADER, 2),
                             "ivf16": (b"IwSq", 16, 2)}.get(kind, (None, 0, 0))
    if fourcc is None:
        raise damaged(path, f"the manifest names an unknown kind of dense index, {kind!r}")
    if len(head) < header or head[:4] != fourcc:
        raise damaged(path, f"not the FAISS index the manifest names ({kind})")
    d, ntotal = struct.unpack_from("<iq", head, 4)
    exact_size = size == header + n * dim * width if kind != "ivf16" else size >= n * dim * width
    if (d, ntotal) != (dim, n) or not exact_size:
        raise IndexError_(f"{path} holds {ntotal} vectors of dimension {d} in {size:,} bytes, "
                          f"expected {n} of {dim}")
    flags = faiss.IO_FLAG_READ_ONLY | (faiss.IO_FLAG_MMAP if kind == "ivf16" else faiss.IO_FLAG_MMAP_IFC)
    try:
        index = faiss.read_index(str(path), flags)
    except RuntimeError as exc:
        raise damaged(path, "FAISS cannot read it") from exc
    if kind == "ivf16":
        index.nprobe = int(entry.get("nprobe", 1))  # type: ignore[union-attr]
    return index


def all_vectors(index) -> np.ndarray:
    """Every stored vector, in id order (an IVF index gets the map from ids to lists it needs)."""
    import faiss

    if index.ntotal == 0:
        return np.zeros((0, index.d), np.float32)
    if isinstance(index, faiss.IndexIVF):
        index.make_direct_map()
    return index.reconstruct_n(0, index.ntotal)
