"""The dense index on disk (``dense.faiss``): exact search while it is the better choice, an
approximate inverted-file index (FAISS IVF) past ``Settings.ann_min_chunks``.

Both are memory-mapped when opened, so opening reads no vectors; the kind and its parameters
are recorded in the manifest (``"dense"``). The IVF index keeps the exact vectors in its lists,
so a later build takes them back without embedding anything again.
"""

from __future__ import annotations

import math
import os
import struct
from pathlib import Path

import numpy as np

from qa.errors import IndexError_

DENSE = "dense.faiss"
FLAT_HEADER = 45  # fourcc, d, ntotal, two dummies, is_trained, metric, float count: then n·d float32
RECALL_TARGET = 0.99  # recall@10 against exact search the IVF's nprobe is chosen to reach at build time
PROBE_QUERIES = 200


def _damaged(path: Path, why: str) -> IndexError_:
    return IndexError_(f"{path} is damaged ({why})")


def write(folder: Path, vectors: np.ndarray, dim: int, ann_min_chunks: int) -> dict:
    """Write ``dense.faiss`` for these (unit-length) vectors; returns the manifest's ``dense`` entry."""
    import faiss

    vectors = np.ascontiguousarray(vectors, dtype=np.float32).reshape(-1, dim)
    n = len(vectors)
    if n < ann_min_chunks:
        index, entry = faiss.IndexFlatIP(dim), {"kind": "flat"}
        if n:
            index.add(vectors)
    else:
        index, entry = _ivf(vectors, dim)
    try:
        faiss.write_index(index, str(folder / DENSE))
    except RuntimeError as exc:  # FAISS reports a full disk (or any write error) as its own type
        full = "No space" in str(exc)
        raise OSError(28 if full else 5, "FAISS could not write dense.faiss: "
                      + (os.strerror(28) if full else str(exc).splitlines()[0][:200])) from exc
    return entry


def _ivf(vectors: np.ndarray, dim: int):
    """An IVF index with about 4·√n lists, trained on a sample; nprobe is the smallest power of two
    whose recall@10 against exact search reaches RECALL_TARGET on stored vectors used as questions."""
    import faiss

    n = len(vectors)
    nlist = max(16, int(4 * math.sqrt(n)))
    rng = np.random.default_rng(0)
    sample = vectors[np.sort(rng.choice(n, size=min(n, 64 * nlist), replace=False))]
    quantizer = faiss.IndexFlatIP(dim)
    index = faiss.IndexIVFFlat(quantizer, dim, nlist, faiss.METRIC_INNER_PRODUCT)
    index.train(sample)
    index.add(vectors)
    queries = vectors[rng.choice(n, size=min(n, PROBE_QUERIES), replace=False)]
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
    return index, {"kind": "ivf", "nlist": nlist, "nprobe": index.nprobe, "build_recall_at_10": round(recall, 4)}


def read(folder: Path, n: int, dim: int, entry: dict | None):
    """Memory-map ``dense.faiss``; its header is checked against the manifest first, so a damaged
    file can never make FAISS allocate more than it holds."""
    import faiss

    path = folder / DENSE
    kind = (entry or {}).get("kind", "flat")
    try:
        size = path.stat().st_size
        with open(path, "rb") as f:
            head = f.read(FLAT_HEADER)
    except OSError as exc:
        raise IndexError_(f"{path} is missing ({exc.strerror})") from exc
    if kind == "flat":
        if len(head) < FLAT_HEADER or head[:4] != b"IxFI":
            raise _damaged(path, "not a FAISS flat inner-product index")
        d, ntotal = struct.unpack_from("<iq", head, 4)
        (floats,) = struct.unpack_from("<Q", head, FLAT_HEADER - 8)
        if (d, ntotal) != (dim, n) or floats != n * dim or size != FLAT_HEADER + n * dim * 4:
            raise IndexError_(f"{path} holds {ntotal} vectors of dimension {d} in {size:,} bytes, "
                              f"expected {n} of {dim}")
        flags = faiss.IO_FLAG_MMAP_IFC | faiss.IO_FLAG_READ_ONLY
    elif kind == "ivf":
        if len(head) < 16 or head[:4] != b"IwFl":
            raise _damaged(path, "not a FAISS IVF index")
        d, ntotal = struct.unpack_from("<iq", head, 4)
        if (d, ntotal) != (dim, n) or size < n * dim * 4:
            raise IndexError_(f"{path} holds {ntotal} vectors of dimension {d} in {size:,} bytes, "
                              f"expected {n} of {dim}")
        flags = faiss.IO_FLAG_MMAP | faiss.IO_FLAG_READ_ONLY
    else:
        raise _damaged(path, f"the manifest names an unknown kind of dense index, {kind!r}")
    try:
        index = faiss.read_index(str(path), flags)
    except RuntimeError as exc:
        raise _damaged(path, "FAISS cannot read it") from exc
    if kind == "ivf":
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
