"""Build, save and load the index: manifest.json, the chunks (qa.chunkstore), dense.faiss
(qa.vectors), BM25's postings (qa.bm25) and the articles' word counts. Opening maps the files
and reads only what a question needs.

The folder is written to a temporary sibling and renamed into place, so an interrupted
build leaves the previous index as it was. A lock file keeps two builds apart.
"""

from __future__ import annotations

import fcntl
import hashlib
import json
import os
import re
import shutil
import sys
import time
from collections import Counter
from collections.abc import Callable, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from qa import vectors as dense_files
from qa.bm25 import SparseBM25
from qa.chunk import chunk_article
from qa.chunkstore import ChunkStore
from qa.config import INDEX_FORMAT, Settings
from qa.corpus import load_corpus
from qa.embed import Embedder
from qa.errors import IndexError_, UnsafePathError, damaged
from qa.language import word_counts
from qa.schema import Article, Chunk
from qa.text import tokenize

MANIFEST, DENSE, WORDS = "manifest.json", dense_files.DENSE, "words.json"
LEGACY_CHUNKS = "chunks.jsonl"  # formats 1 and 2: read once, to upgrade without embedding again
MARKER = ".qa-index"  # written first into every folder a build makes: this folder is qa's to replace
PROJECT_ROOT = Path(__file__).resolve().parent.parent


def notice(message: str) -> None:
    """Progress and notices go to stderr; stdout carries results only."""
    from qa.safe import plain

    print(plain(message, name=True), file=sys.stderr)


class Models:
    """Where embedders come from: the real model by default, a fake one in tests."""

    def for_build(self, settings: Settings) -> Embedder:
        """The embedder that encodes chunks (sentence-transformers; imports torch)."""
        from qa.embed import SentenceTransformerEmbedder

        return SentenceTransformerEmbedder(batch_size=settings.batch_size, max_seq_length=settings.max_seq_length)

    def expected(self) -> tuple[str, int]:
        """Model name and dimension an index must have been built with."""
        from qa.embed import DIM, MODEL_NAME

        return MODEL_NAME, DIM

    def query_ready(self, weights_hash: str) -> bool:
        """Whether the question encoder for these weights exists."""
        from qa.embed import encoder_ready

        return encoder_ready(weights_hash)

    def prepare_query(self, embedder: Embedder) -> None:
        """Export the ONNX question encoder from the build embedder."""
        from qa.embed import onnx_path

        path = onnx_path(embedder.weights_hash)
        notice(f"exporting the question encoder to {path} …")
        t = time.perf_counter()
        embedder.export_onnx(path)  # type: ignore[attr-defined]
        notice(f"exported in {time.perf_counter() - t:.1f}s")

    def for_reading(self):
        """The extractive reader (ONNX Runtime; loaded on first read)."""
        from qa.reader import Reader

        return Reader()

    def for_query(self, weights_hash: str, settings: Settings) -> Embedder:
        """The embedder that encodes questions (ONNX Runtime; no torch)."""
        from qa.embed import OnnxEmbedder

        return OnnxEmbedder(weights_hash, max_seq_length=settings.max_seq_length)


def default_index_dir(corpus: Path) -> Path:
    """``index/`` for the project's ``seeds/``; a cache folder keyed by path for any other corpus."""
    corpus = corpus.resolve()
    if corpus == (PROJECT_ROOT / "seeds").resolve():
        return PROJECT_ROOT / "index"
    from qa.embed import cache_root

    key = hashlib.sha256(str(corpus).encode()).hexdigest()[:16]
    return cache_root() / "indexes" / f"{corpus.name or 'root'}-{key}"


@dataclass
class BuildReport:
    """What a build did, for the user."""

    articles: int = 0
    chunks: int = 0
    added: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    embedded: int = 0
    seconds: float = 0.0
    reasons: list[str] = field(default_factory=list)
    embed_seconds: float = 0.0
    model_seconds: float = 0.0
    encoder_exported: bool = False  # the question encoder was missing or incomplete and was exported again

    @property
    def nothing_changed(self) -> bool:
        return not (self.added or self.changed or self.removed or self.reasons)

    def summary(self) -> str:
        """One or two lines a person reads after `qa index`."""
        size = f"{count_of(self.articles, 'article')}, {count_of(self.chunks, 'chunk')}"
        if self.nothing_changed:
            again = "; the question encoder was missing or incomplete and was exported again" if self.encoder_exported else ""
            return f"nothing changed: {size}{again} ({self.seconds:.1f}s)"
        parts = [f"{len(self.added)} added", f"{len(self.changed)} changed", f"{len(self.removed)} removed"]
        why = f" ({'; '.join(self.reasons)})" if self.reasons else ""
        return (
            f"indexed {size}: {', '.join(parts)}; "
            f"embedded {count_of(self.embedded, 'chunk')} in {self.seconds:.1f}s{why}"
        )


def count_of(n: int, noun: str, plural: str | None = None) -> str:
    """"1 article", "5 articles", "2 indexes"."""
    return f"{n} {noun if n == 1 else plural or noun + 's'}"


@dataclass
class Index:
    """A loaded index: chunks, their vectors (FAISS), BM25, and the articles they come from."""

    folder: Path
    manifest: dict
    chunks: ChunkStore  # read chunk by chunk, for the hits
    dense: object  # FAISS fp16 flat or IVF index (qa.vectors), memory-mapped
    articles: dict[str, Article]
    bm25: SparseBM25
    settings: Settings
    models: Models
    _query_embedder: Embedder | None = None
    _reader: object | None = None
    memo: dict = field(default_factory=dict)  # per-article work that does not depend on the question

    def remembered(self, key, make):
        """``make()`` the first time ``key`` is asked for, the same value after: work on the
        articles that does not depend on the question (their sentences, a transcript's speakers)."""
        if key not in self.memo:
            self.memo[key] = make()
        return self.memo[key]

    @property
    def reader(self):
        """The reader, made on first use and shared by every conversation over this index."""
        if self._reader is None:
            self._reader = self.models.for_reading()
        return self._reader

    def word_counts(self) -> dict[str, int]:
        """The articles' words and counts, written at build time (counted from the chunks when
        that file is unreadable)."""
        counts = _stored_counts(self.folder)
        return counts if counts is not None else word_counts(c.text for c in self.chunks)

    @property
    def query_embedder(self) -> Embedder:
        """The question encoder, loaded on first use."""
        if self._query_embedder is None:
            self._query_embedder = self.models.for_query(self.manifest["weights_sha256"], self.settings)
        return self._query_embedder


# ---------------------------------------------------------------- reading


HEX64 = re.compile(r"[0-9a-f]{64}")


def _read_manifest(folder: Path) -> dict:
    """The manifest, refused as damaged unless every field has the type this program wrote."""
    path = folder / MANIFEST
    try:
        manifest = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError, RecursionError) as exc:
        raise IndexError_(f"{path} is missing or damaged ({exc.__class__.__name__})") from exc
    if not isinstance(manifest, dict) or not isinstance(manifest.get("format"), int):
        raise IndexError_(f"{path} has no format version")
    if manifest["format"] > INDEX_FORMAT:
        return manifest  # refused by the caller, never rebuilt over
    checks = {
        "model": isinstance(manifest.get("model"), str),
        # a hash, never a path: it names the question encoder's cache folder
        "weights_sha256": isinstance(manifest.get("weights_sha256"), str) and HEX64.fullmatch(manifest["weights_sha256"]),
        "dim": type(manifest.get("dim")) is int and 0 < manifest["dim"] <= 65536,
        "n_chunks": type(manifest.get("n_chunks")) is int and manifest["n_chunks"] >= 0,
        "chunking": isinstance(manifest.get("chunking"), dict),
        "dense": isinstance(manifest.get("dense", {}), dict),
        "articles": isinstance(manifest.get("articles"), dict) and all(
            isinstance(k, str) and isinstance(v, dict) and isinstance(v.get("hash"), str)
            and isinstance(v.get("title", ""), str) and isinstance(v.get("date"), (str, type(None)))
            for k, v in manifest["articles"].items()),
    }
    bad = [k for k, ok in checks.items() if not ok]
    if bad:
        raise damaged(path, f"{', '.join(bad)} not as written")
    return manifest


def _read_legacy_chunks(folder: Path) -> list[Chunk]:
    """The chunks of a format-1 or -2 index (one JSON line each)."""
    chunks = []
    path = folder / LEGACY_CHUNKS
    try:
        with open(path, encoding="utf-8") as f:
            for n, line in enumerate(f):
                d = json.loads(line)
                if not (isinstance(d, dict) and isinstance(d.get("article_id"), str) and isinstance(d.get("text"), str)
                        and type(d.get("start")) is int and type(d.get("end")) is int
                        and 0 <= d["start"] <= d["end"] and d["end"] - d["start"] == len(d["text"])):
                    raise damaged(path, f"line {n + 1} not as written")
                chunks.append(Chunk(n, d["article_id"], d["start"], d["end"], d["text"]))
    except (OSError, ValueError, RecursionError) as exc:
        raise IndexError_(f"{path} is missing or damaged ({exc.__class__.__name__})") from exc
    return chunks


def _file_key(path: Path) -> tuple[int, int, int, int] | None:
    """Which file a path names now, and its size and time: unchanged key, unchanged file."""
    try:
        st = path.stat()
    except OSError:
        return None
    return st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns


def _read_folder(folder: Path, manifest: dict | None = None) -> tuple[dict, ChunkStore | list[Chunk], object,
                                                                     SparseBM25 | None]:
    """Everything an index folder holds (``manifest``: its manifest, already read and checked)."""
    manifest = manifest or _read_manifest(folder)
    if manifest["format"] > INDEX_FORMAT:
        raise IndexError_(
            f"the index at {folder} has format {manifest['format']}, newer than this program "
            f"knows ({INDEX_FORMAT}); upgrade qa or pass another --index-dir"
        )
    bm25 = None  # an index of an older format is rebuilt (its chunks and vectors reused), never searched
    if manifest["format"] < 3:
        chunks: ChunkStore | list[Chunk] = _read_legacy_chunks(folder)
    else:
        try:
            chunks = ChunkStore.load(folder)
        except ValueError as exc:
            raise damaged(folder, str(exc)) from exc
    if len(chunks) != manifest["n_chunks"]:
        raise IndexError_(f"{folder} holds {len(chunks)} chunks, the manifest says {manifest['n_chunks']}")
    dense = dense_files.read(folder, len(chunks), manifest["dim"], manifest.get("dense"))
    if manifest["format"] == INDEX_FORMAT:
        try:
            bm25 = SparseBM25.load(folder, len(chunks))
        except ValueError as exc:
            raise damaged(folder, str(exc)) from exc
    return manifest, chunks, dense, bm25


def settings_changes(manifest: dict, settings: Settings, models: Models) -> list[str]:
    """What differs between an index's model, format and chunking and the program's ([] when same)."""
    reasons = []
    model, dim = models.expected()
    if manifest.get("model") != model or manifest.get("dim") != dim:
        reasons.append(f"built with model {manifest.get('model')} (dim {manifest.get('dim')}), now {model} (dim {dim})")
    if manifest.get("format") != INDEX_FORMAT:
        reasons.append(f"index format {manifest.get('format')}, now {INDEX_FORMAT}")
    chunking = {"size": settings.chunk_size, "overlap": settings.chunk_overlap}
    if manifest.get("chunking") != chunking:
        reasons.append(f"chunk settings {manifest.get('chunking')}, now {chunking}")
    return reasons


def staleness(manifest: dict, articles: list[Article], settings: Settings, models: Models) -> list[str]:
    """What differs between an index's manifest and the corpus and settings ([] when fresh)."""
    reasons = settings_changes(manifest, settings, models)
    old = manifest.get("articles", {})
    new = {a.id: a.sha256 for a in articles}
    added = sorted(set(new) - set(old))
    removed = sorted(set(old) - set(new))
    changed = sorted(k for k in set(new) & set(old) if old[k].get("hash") != new[k])
    for label, ids in (("added", added), ("changed", changed), ("removed", removed)):
        if ids:
            shown = ", ".join(ids[:3]) + (f" and {len(ids) - 3} more" if len(ids) > 3 else "")
            reasons.append(f"{len(ids)} article{'s' if len(ids) > 1 else ''} {label} ({shown})")
    return reasons


# ---------------------------------------------------------------- writing


def _ours(folder: Path) -> bool:
    """Whether a folder holds an index qa wrote (any format version, damaged or not)."""
    if (folder / MARKER).is_file():
        return True
    try:
        manifest = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError, RecursionError):
        return False
    return isinstance(manifest, dict) and isinstance(manifest.get("format"), int) and "model" in manifest


def check_index_dir(index_dir: Path, corpus_dir: Path) -> None:
    """Refuse an index folder whose replacement would destroy what qa did not write.

    Only a path that does not exist, an empty folder, or a folder holding an index of ours may be
    written to (and so replaced). The corpus, a folder around it or inside it, a symbolic link,
    a regular file and a folder with other content are refused, and nothing on disk changes.

    Raises:
        UnsafePathError: the path is not qa's to replace.
    """
    here, corpus = Path(os.path.abspath(index_dir)), Path(corpus_dir).resolve()
    reason = None
    if index_dir.is_symlink():
        reason = "is a symbolic link"
    else:
        real = index_dir.resolve()
        if real == corpus:
            reason = "is the corpus folder"
        elif corpus.is_relative_to(real):
            reason = f"contains the corpus folder {corpus}"
        elif real.is_relative_to(corpus):
            reason = f"lies inside the corpus folder {corpus}"
        elif real.exists() and not real.is_dir():
            reason = "is a file, not an index folder"
        elif real.is_dir():
            try:
                empty = not any(real.iterdir())
            except OSError as exc:
                raise IndexError_(f"cannot read the index folder {here} ({exc.strerror})") from exc
            if not empty and not _ours(real):
                reason = "holds files that are not an index of qa's"
    if reason:
        raise UnsafePathError(
            f"refusing to use {here} as the index folder: it {reason}, and qa replaces only indexes it "
            "wrote; pass --index-dir (or QA_INDEX_DIR) naming a new or empty folder"
        )


@contextmanager
def build_lock(index_dir: Path, wait: bool = True):
    """Hold the index's lock; wait, saying so, while another build holds it (``wait=False``:
    raise BlockingIOError instead)."""
    lock_path = index_dir.parent / f".{index_dir.name}.lock"
    try:
        index_dir.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(lock_path, os.O_RDWR | os.O_CREAT, 0o644)
    except OSError as exc:
        raise IndexError_(f"cannot write to {index_dir.parent} ({exc.strerror}); pass a writable --index-dir") from exc
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            if not wait:
                raise
            notice(f"another qa is building the index at {index_dir}; waiting for it to finish …")
            fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)


def _write_folder(index_dir: Path, manifest: dict, chunks: Sequence[Chunk], vectors: np.ndarray,
                  settings: Settings = Settings(), bm25: SparseBM25 | None = None,
                  counts: Counter[str] | None = None, previous: tuple | None = None) -> None:
    """Write a complete index folder beside ``index_dir`` and swap it into place. ``bm25`` and
    ``counts`` (the articles' word counts) are made from the chunks when not given; ``previous``
    (the dense index replaced, its manifest entry) may lend its trained centroids."""
    import tempfile

    parent = index_dir.parent
    tmp = old = None  # only folders this call made or moved aside are ever removed
    try:
        parent.mkdir(parents=True, exist_ok=True)
        tmp = Path(tempfile.mkdtemp(prefix=f".{index_dir.name}.tmp-{os.getpid()}-", dir=parent))
        (tmp / MARKER).write_text("an index folder written by qa; qa may replace it\n", encoding="utf-8")
        written = ChunkStore.save(tmp, chunks)
        entry = dense_files.write(tmp, vectors, int(manifest["dim"]), settings.ann_min_chunks, previous)
        manifest = dict(manifest, dense=entry)
        written.append(tmp / DENSE)
        # BM25's postings, as plain arrays: opening the index tokenizes nothing
        if bm25 is None:
            bm25 = SparseBM25([tokenize(c.text) for c in chunks])
        written += bm25.save(tmp)
        # the articles' words and counts, for spelling: a misspelled question reads no chunk
        if counts is None:
            counts = word_counts(c.text for c in chunks)
        (tmp / WORDS).write_text(json.dumps(counts, ensure_ascii=False), encoding="utf-8")
        written.append(tmp / WORDS)
        # The manifest is written last: a folder without one is never taken for an index.
        (tmp / MANIFEST).write_text(json.dumps(manifest, indent=1, ensure_ascii=False), encoding="utf-8")
        for path in written + [tmp / MANIFEST]:
            with open(path, "rb") as f:
                os.fsync(f.fileno())
        if index_dir.exists() and _exchange(tmp, index_dir):
            old, tmp = tmp, None  # one atomic swap: a reader sees the old index or the new, never neither
        else:
            if index_dir.exists():  # a file system without the swap: two renames
                aside = Path(tempfile.mkdtemp(prefix=f".{index_dir.name}.old-{os.getpid()}-", dir=parent))
                os.rename(index_dir, aside)  # onto the empty folder just made: a name nobody else holds
                old = aside
            os.rename(tmp, index_dir)
            tmp = None
    except OSError as exc:
        raise IndexError_(f"cannot write the index to {index_dir} ({exc.strerror}); pass a writable --index-dir") from exc
    finally:
        for made in (tmp, old):
            if made is not None:
                shutil.rmtree(made, ignore_errors=True)


def _exchange(a: Path, b: Path) -> bool:
    """Swap two folders in one step (Linux renameat2 RENAME_EXCHANGE); False where unsupported."""
    import ctypes

    try:
        renameat2 = ctypes.CDLL(None, use_errno=True).renameat2
    except (OSError, AttributeError):
        return False
    at_fdcwd, rename_exchange = -100, 2
    return renameat2(at_fdcwd, os.fsencode(a), at_fdcwd, os.fsencode(b), rename_exchange) == 0


def _remove_leftovers(index_dir: Path) -> None:
    """Folders of builds killed midway (``.NAME.tmp-*``, ``.NAME.old-*``) that are ours, and the
    model cache's temporary files. Called only under the build lock, so no build of ours is running."""
    from qa.embed import remove_leftovers

    for pattern in (f".{index_dir.name}.tmp-*", f".{index_dir.name}.old-*"):
        for p in index_dir.parent.glob(pattern):
            if p.is_dir() and not p.is_symlink() and _ours(p):
                shutil.rmtree(p, ignore_errors=True)
    remove_leftovers()


def _recover(index_dir: Path) -> None:
    """Put back an index left aside by a build killed between its two renames."""
    if index_dir.exists():
        return
    for old in sorted(index_dir.parent.glob(f".{index_dir.name}.old-*")):
        if old.is_dir() and not old.is_symlink() and (old / MANIFEST).is_file() and _ours(old):
            os.rename(old, index_dir)
            return


def make_manifest(
    articles: list[Article], n_chunks: int, weights_hash: str, corpus_dir: Path, settings: Settings, models: Models
) -> dict:
    """The manifest of an index of these articles: what a later load checks it against."""
    model, dim = models.expected()
    return {
        "format": INDEX_FORMAT,
        "model": model,
        "weights_sha256": weights_hash,
        "dim": dim,
        "chunking": {"size": settings.chunk_size, "overlap": settings.chunk_overlap},
        "n_chunks": n_chunks,
        "corpus": str(Path(corpus_dir).resolve()),
        "built": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        "articles": {a.id: {"hash": a.sha256, "title": a.title, "date": a.date, "body_start": a.body_start,
                            "size": a.size, "mtime_ns": a.mtime_ns} for a in articles},
    }


def build_index(
    corpus_dir: Path,
    index_dir: Path,
    settings: Settings = Settings(),
    models: Models | None = None,
    progress: Callable[[int, int], None] | None = None,
    articles: list[Article] | None = None,
    rebuild: bool = False,
) -> BuildReport:
    """Bring the index of ``corpus_dir`` up to date, embedding only new or changed articles
    (``rebuild``: every article, the old index unused).

    ``progress(done, total)`` is called as chunks are embedded; ``articles`` spares a
    second reading of the corpus when the caller has just loaded it.
    """
    models = models or Models()
    t0 = time.perf_counter()
    check_index_dir(index_dir, corpus_dir)
    if articles is None:
        articles = load_corpus(corpus_dir, settings.max_file_bytes, follow_links=settings.follow_links)
    with build_lock(index_dir):
        check_index_dir(index_dir, corpus_dir)  # again under the lock: the folder may have changed
        _recover(index_dir)
        _remove_leftovers(index_dir)
        report = BuildReport(articles=len(articles))
        old_manifest, old_chunks, old_dense, old_bm25 = None, [], None, None
        if rebuild:
            report.reasons.append("rebuilt from scratch")
        elif (index_dir / MANIFEST).exists() or index_dir.exists():
            try:
                old_manifest, old_chunks, old_dense, old_bm25 = _read_folder(index_dir)
            except IndexError_ as exc:
                if "newer than this program" in str(exc):
                    raise
                report.reasons.append(f"previous index unreadable: {exc}")
                old_manifest = None
        differs = settings_changes(old_manifest, settings, models) if old_manifest else []
        report.reasons.extend(differs)
        # a new index format alone keeps the chunks and their vectors: an upgrade embeds nothing
        reusable = old_manifest is not None and all(r.startswith("index format ") for r in differs)
        old_articles = old_manifest.get("articles", {}) if old_manifest else {}
        spans = old_chunks.spans() if isinstance(old_chunks, ChunkStore) else \
            ((c.article_id, c.start, c.end) for c in old_chunks)
        by_article: dict[str, list[int]] = {}
        for i, (article_id, _, _) in enumerate(spans):
            by_article.setdefault(article_id, []).append(i)

        # The new index in article order: an old chunk kept (its number in the old index) or a new one.
        plan: list[int | Chunk] = []
        for a in articles:
            prev = old_articles.get(a.id)
            if reusable and prev and prev.get("hash") == a.sha256:
                plan.extend(by_article.get(a.id, []))
                continue
            (report.changed if prev else report.added).append(a.id)
            plan.extend(chunk_article(a, settings.chunk_size, settings.chunk_overlap, len(plan)))
        report.removed = sorted(set(old_articles) - {a.id for a in articles})
        report.chunks = len(plan)
        fresh = [i for i, p in enumerate(plan) if isinstance(p, Chunk)]

        weights_hash = old_manifest.get("weights_sha256") if (old_manifest and reusable) else None
        embedder = None
        new_vectors = None
        if fresh or not reusable or weights_hash is None:
            tm = time.perf_counter()
            embedder = models.for_build(settings)
            report.model_seconds = time.perf_counter() - tm
            weights_hash = embedder.weights_hash
            te = time.perf_counter()
            done = 0

            def step(n: int) -> None:
                nonlocal done
                done += n
                if progress:
                    progress(done, len(fresh))

            new_vectors = embedder.encode([plan[i].text for i in fresh], progress=step)  # type: ignore[union-attr]
            report.embed_seconds = time.perf_counter() - te
            report.embedded = len(fresh)

        if not models.query_ready(weights_hash):
            if embedder is None:
                embedder = models.for_build(settings)
            models.prepare_query(embedder)
            report.encoder_exported = True

        if report.nothing_changed and old_manifest is not None:
            report.seconds = time.perf_counter() - t0
            return report

        manifest = make_manifest(articles, len(plan), weights_hash, corpus_dir, settings, models)
        dim = manifest["dim"]
        kept = np.array([i for i, p in enumerate(plan) if not isinstance(p, Chunk)], dtype=np.int64)
        kept_old = np.array([p for p in plan if not isinstance(p, Chunk)], dtype=np.int64)
        vectors = np.zeros((len(plan), dim), np.float32)
        if len(kept):
            vectors[kept] = dense_files.all_vectors(old_dense)[kept_old]
        if fresh:
            vectors[fresh] = np.asarray(new_vectors, dtype=np.float32)
        new_chunks = [p if isinstance(p, Chunk) else _renumbered(old_chunks[p], i) for i, p in enumerate(plan)]
        bm25 = counts = None
        if old_bm25 is not None:  # the kept chunks' postings and word counts are updated, not made again
            keep = np.full(len(old_chunks), -1, dtype=np.int64)
            keep[kept_old] = kept
            bm25 = old_bm25.merged(keep, [tokenize(plan[i].text) for i in fresh], np.array(fresh, dtype=np.int64))
            stored = _stored_counts(index_dir)
            counts = None if stored is None else Counter(stored)
            if counts is not None:
                dropped = np.flatnonzero(keep < 0)
                counts.subtract(word_counts(old_chunks[int(i)].text for i in dropped))
                counts.update(word_counts(plan[i].text for i in fresh))  # type: ignore[union-attr]
                counts = Counter({w: n for w, n in counts.items() if n > 0})
        previous = (old_dense, old_manifest.get("dense")) if reusable else None
        _write_folder(index_dir, manifest, new_chunks, vectors, settings, bm25, counts, previous)
        report.seconds = time.perf_counter() - t0
        return report


def _renumbered(c: Chunk, i: int) -> Chunk:
    return c if c.id == i else Chunk(i, c.article_id, c.start, c.end, c.text)


def _stored_counts(index_dir: Path) -> dict[str, int] | None:
    """The word counts an index holds; None when they are unreadable (they are then counted again).
    Read by the first question of every command: a JSON object's keys are strings already."""
    try:
        counts = json.loads((index_dir / WORDS).read_text(encoding="utf-8"))
    except (OSError, ValueError, RecursionError):
        return None
    if isinstance(counts, dict) and all(type(v) is int for v in counts.values()):
        return counts
    return None


def open_index(
    corpus_dir: Path,
    index_dir: Path,
    settings: Settings = Settings(),
    models: Models | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> Index:
    """Load the index of ``corpus_dir``, building or refreshing it first when needed.

    A missing, damaged or stale index is rebuilt, saying why; only an index of a newer
    format is refused.
    """
    models = models or Models()
    check_index_dir(index_dir, corpus_dir)
    key = _file_key(index_dir / MANIFEST)
    try:  # the files the manifest knows, unchanged in size and time, are not read again
        first = _read_manifest(index_dir) if key else None
    except IndexError_:
        first = None
    known = first.get("articles") if first else None
    articles = load_corpus(corpus_dir, settings.max_file_bytes, follow_links=settings.follow_links,
                           known=known if isinstance(known, dict) else None)
    try:  # a missing index is recovered or built by build_index, under the lock
        # read again, unless it is the same file: a build may have swapped the folder meanwhile
        manifest, chunks, dense, bm25 = _read_folder(index_dir, first if key and _file_key(index_dir / MANIFEST) == key
                                                     else None)
        reasons = staleness(manifest, articles, settings, models)
        if not reasons and not models.query_ready(manifest["weights_sha256"]):
            reasons = ["the question encoder is missing"]
        doing = "updating"
    except IndexError_ as exc:
        if "newer than this program" in str(exc):
            raise
        reasons = ["no index yet" if not index_dir.exists() else str(exc)]
        doing = "building" if not index_dir.exists() else "rebuilding"
    if reasons:
        notice(f"{doing} the index at {index_dir}: {'; '.join(reasons)}")
        report = build_index(corpus_dir, index_dir, settings, models, progress, articles)
        # the damage was just said: the summary need not say it again
        report.reasons = [r for r in report.reasons if not r.startswith("previous index unreadable")]
        notice(report.summary())
        manifest, chunks, dense, bm25 = _read_folder(index_dir)
        articles = load_corpus(corpus_dir, settings.max_file_bytes, quiet=True, follow_links=settings.follow_links,
                               known=manifest["articles"])
        if staleness(manifest, articles, settings, models):
            raise IndexError_(f"the corpus at {corpus_dir} changed while it was being indexed; run the command again")
    _refresh_stats(index_dir, manifest, articles)
    return Index(index_dir, manifest, chunks, dense, {a.id: a for a in articles}, bm25, settings, models)


def _refresh_stats(index_dir: Path, manifest: dict, articles: list[Article]) -> None:
    """Record the new size and time of files that were touched but not changed (same hash), so
    the next command does not read them again. Best effort: skipped while a build holds the
    lock or when the folder is read-only."""
    known = manifest["articles"]
    touched = {a.id: a.stat for a in articles if a.id in known and known[a.id].get("hash") == a.sha256
               and (known[a.id].get("size"), known[a.id].get("mtime_ns")) != a.stat}
    if not touched:
        return
    try:
        with build_lock(index_dir, wait=False):
            current = _read_manifest(index_dir)
            if current.get("built") != manifest.get("built"):
                return  # rebuilt meanwhile
            for article_id, (size, mtime_ns) in touched.items():
                current["articles"][article_id].update(size=size, mtime_ns=mtime_ns)
            tmp = index_dir / f".{MANIFEST}.tmp-{os.getpid()}"
            with open(tmp, "w", encoding="utf-8") as f:
                f.write(json.dumps(current, indent=1, ensure_ascii=False))
                f.flush()
                os.fsync(f.fileno())
            os.replace(tmp, index_dir / MANIFEST)
    except (OSError, IndexError_):  # BlockingIOError is an OSError: a build holds the lock
        pass


# ---------------------------------------------------------------- the cache of other corpora' indexes


@dataclass(frozen=True)
class CachedIndex:
    """An index qa keeps in the cache folder for a corpus other than ``seeds/``."""

    folder: Path
    corpus: Path | None  # as its manifest records it; None when the manifest cannot be read
    articles: int
    size: int  # bytes on disk
    built: str | None

    @property
    def orphaned(self) -> bool:
        """Whether the corpus it was built from is gone (or unknown): nothing will ask it again."""
        return self.corpus is None or not self.corpus.is_dir()


def _bytes_under(folder: Path) -> int:
    total = 0
    for dirpath, _, filenames in os.walk(folder):  # links are not followed
        for name in filenames:
            try:
                total += os.lstat(os.path.join(dirpath, name)).st_size
            except OSError:
                pass
    return total


def cached_indexes() -> list[CachedIndex]:
    """The indexes in the cache folder (``qa indexes``), by folder name. A folder that holds no
    index of qa's, or a link, is not listed: it is not qa's to count or remove."""
    from qa.embed import cache_root

    root = cache_root() / "indexes"
    try:
        folders = sorted(p for p in root.iterdir() if not p.name.startswith("."))
    except OSError:
        return []
    out = []
    for folder in folders:
        if folder.is_symlink() or not folder.is_dir() or not _ours(folder):
            continue
        try:
            manifest = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
        except (OSError, ValueError, RecursionError):
            manifest = {}
        manifest = manifest if isinstance(manifest, dict) else {}
        corpus, articles, built = manifest.get("corpus"), manifest.get("articles"), manifest.get("built")
        out.append(CachedIndex(folder, Path(corpus) if isinstance(corpus, str) and corpus else None,
                               len(articles) if isinstance(articles, dict) else 0, _bytes_under(folder),
                               built if isinstance(built, str) else None))
    return out


def remove_cached(entry: CachedIndex) -> bool:
    """Delete one cached index (and its lock file); False when a build holds it (it is left)."""
    if entry.folder.is_symlink() or not _ours(entry.folder):
        raise UnsafePathError(f"refusing to remove {entry.folder}: it holds no index of qa's")
    try:
        with build_lock(entry.folder, wait=False):
            shutil.rmtree(entry.folder)
            (entry.folder.parent / f".{entry.folder.name}.lock").unlink(missing_ok=True)
    except BlockingIOError:
        return False
    return True
