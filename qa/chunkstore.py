"""The index's chunks on disk: plain arrays read for the hits only.

``chunks.npy``        int64 (n, 4): article number, start, end (characters in the article),
                      byte offset of the chunk's text in ``chunk_text.bin``
``chunk_text.bin``    every chunk's text, UTF-8, one after another
``chunk_articles.json`` the article ids the article numbers stand for

Opening memory-maps the arrays and decodes nothing; ``store[i]`` reads one chunk. A chunk whose
text is not as long as its offsets say is refused as damaged when it is read.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path

import numpy as np

from qa.errors import IndexError_
from qa.schema import Chunk

TABLE, TEXT, ARTICLE_IDS = "chunks.npy", "chunk_text.bin", "chunk_articles.json"
FILES = (TABLE, TEXT, ARTICLE_IDS)


class ChunkStore(Sequence[Chunk]):
    """The chunks of an index, indexed by chunk id."""

    def __init__(self, table: np.ndarray, text: np.ndarray, article_ids: list[str], folder: Path):
        self._table, self._text, self.article_ids, self._folder = table, text, article_ids, folder

    def __len__(self) -> int:
        return len(self._table)

    def __getitem__(self, i):  # type: ignore[override]
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(len(self)))]
        i = int(i)
        if i < 0:
            i += len(self)
        if not 0 <= i < len(self):
            raise IndexError(f"chunk {i} of {len(self)}")
        art, start, end, lo = (int(x) for x in self._table[i])
        hi = int(self._table[i + 1, 3]) if i + 1 < len(self) else len(self._text)
        try:
            text = self._text[lo:hi].tobytes().decode("utf-8")
        except UnicodeDecodeError:
            text = None
        if text is None or len(text) != end - start:
            raise IndexError_(f"{self._folder / TEXT} is damaged (the text of chunk {i} is not as its offsets say); "
                              "run `qa index --rebuild` to build the index again")
        return Chunk(i, self.article_ids[art], start, end, text)

    def __iter__(self) -> Iterator[Chunk]:
        return (self[i] for i in range(len(self)))

    def spans(self) -> Iterator[tuple[str, int, int]]:
        """(article id, start, end) of every chunk, reading no text."""
        ids = self.article_ids
        return ((ids[a], s, e) for a, s, e in self._table[:, :3].tolist())

    # ------------------------------------------------------------ on disk

    @staticmethod
    def save(folder: Path, chunks: Iterable[Chunk]) -> list[Path]:
        """Write the chunks (in id order) into ``folder``; returns the files written."""
        numbers: dict[str, int] = {}
        rows = []
        offset = 0
        with open(folder / TEXT, "wb") as f:
            for c in chunks:
                data = c.text.encode("utf-8")
                rows.append((numbers.setdefault(c.article_id, len(numbers)), c.start, c.end, offset))
                f.write(data)
                offset += len(data)
        table = np.array(rows, dtype=np.int64).reshape(-1, 4)
        np.save(folder / TABLE, table, allow_pickle=False)
        (folder / ARTICLE_IDS).write_text(json.dumps(list(numbers), ensure_ascii=False), encoding="utf-8")
        return [folder / name for name in FILES]

    @classmethod
    def load(cls, folder: Path) -> ChunkStore:
        """Memory-map what :meth:`save` wrote.

        Raises:
            ValueError: a file is missing or not as written.
        """
        def read(name: str, how):
            try:
                return how(folder / name)
            except FileNotFoundError as exc:
                raise ValueError(f"{name} is missing") from exc
            except (OSError, ValueError, EOFError, RecursionError) as exc:
                raise ValueError(f"{name} is not as written ({exc.__class__.__name__})") from exc

        table = read(TABLE, lambda p: np.load(p, mmap_mode="r", allow_pickle=False))
        size = read(TEXT, lambda p: p.stat().st_size)
        text = read(TEXT, lambda p: np.memmap(p, dtype=np.uint8, mode="r")) if size else np.zeros(0, np.uint8)
        ids = read(ARTICLE_IDS, lambda p: json.loads(p.read_text(encoding="utf-8")))
        if table.ndim != 2 or table.shape[1] != 4 or table.dtype.str.lstrip("<>|=") != "i8":
            raise ValueError(f"{TABLE} is {table.dtype} of shape {table.shape}, expected (n, 4) int64")
        if not (isinstance(ids, list) and all(isinstance(x, str) for x in ids)):
            raise ValueError(f"{ARTICLE_IDS} is not a list of article ids")
        if len(table):
            art, start, end, off = (table[:, j] for j in range(4))
            if (int(art.min()) < 0 or int(art.max()) >= len(ids) or bool((start < 0).any()) or bool((end < start).any())
                    or int(off[0]) != 0 or bool((np.diff(off) < 0).any()) or int(off[-1]) > size):
                raise ValueError(f"{TABLE} holds offsets outside {ARTICLE_IDS} or {TEXT}")
        return cls(table, text, ids, folder)
