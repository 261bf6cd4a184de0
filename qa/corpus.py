"""Load a folder of articles: every .txt / .md file, recursively."""

from __future__ import annotations

import hashlib
import os
import re
import stat
import sys
from pathlib import Path

from qa.errors import CorpusError
from qa.schema import Article
from qa.text import sentences

SUFFIXES = (".txt", ".md")
DATE_LINE = re.compile(r"date (\d{4}-\d{2}-\d{2})")
TITLE_CHARS = 80
WARN_EACH = 10  # warnings of one kind printed before the rest are only counted


def warn(message: str) -> None:
    """Notices go to stderr so stdout stays clean for --json."""
    from qa.safe import plain

    print(f"warning: {plain(message, name=True)}", file=sys.stderr)


def content_hash(text: str) -> str:
    """The hash the manifest keeps per article to tell what changed."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def make_title(text: str, start: int) -> str:
    """The first sentence of the body, shortened for display."""
    spans = sentences(text, start)
    if not spans:
        return "(empty)"
    s, e = spans[0]
    title = " ".join(text[s:e].split()).lstrip("#>*-_ ")  # a Markdown heading's marks are not its title
    if len(title) > TITLE_CHARS:
        title = title[: TITLE_CHARS - 1].rsplit(" ", 1)[0] + "…"
    return title


def parse_article(article_id: str, text: str, path: Path, size: int = 0, mtime_ns: int = 0) -> Article:
    """Make an Article of a file's text, reading the optional ``date YYYY-MM-DD`` first line."""
    first_nl = text.find("\n")
    first_line = text if first_nl == -1 else text[:first_nl]
    date = None
    body_start = 0
    m = DATE_LINE.fullmatch(first_line.strip())
    if m:
        date = m.group(1)
        body_start = len(text) if first_nl == -1 else first_nl + 1
    return Article(
        id=article_id, text=text, title=make_title(text, body_start), date=date,
        path=path, body_start=body_start, size=size, mtime_ns=mtime_ns, sha256=content_hash(text),
    )


class StoredArticle:
    """An article whose file has the size and modification time the index recorded: its hash,
    title and date come from the manifest, and its text is read only when a passage of it is
    shown. A file changed since is refused, never quoted."""

    __slots__ = ("id", "_path", "title", "date", "body_start", "size", "mtime_ns", "sha256", "_text")

    def __init__(self, article_id: str, path: str, entry: dict):
        self.id, self._path = article_id, path
        self.title, self.date = entry.get("title", ""), entry.get("date")
        self.body_start, self.size, self.mtime_ns = entry["body_start"], entry["size"], entry["mtime_ns"]
        self.sha256 = entry["hash"]
        self._text: str | None = None

    @property
    def stat(self) -> tuple[int, int]:
        return self.size, self.mtime_ns

    @property
    def path(self) -> Path:
        return Path(self._path)

    @property
    def text(self) -> str:
        if self._text is None:
            try:
                text = self.path.read_bytes().decode("utf-8")
            except (OSError, UnicodeDecodeError) as exc:
                raise CorpusError(f"article {self.path} can no longer be read; run the command again") from exc
            if content_hash(text) != self.sha256:
                raise CorpusError(f"article {self.path} changed after the index was opened; run the command again")
            self._text = text
        return self._text


def _stored(entry) -> bool:
    """Whether a manifest entry carries what a StoredArticle needs (a format-1 entry does not).
    Written out, not as a loop: it runs for every file of the archive on every command."""
    size, mtime, start = entry.get("size"), entry.get("mtime_ns"), entry.get("body_start")
    return (type(size) is int and type(mtime) is int and type(start) is int and size >= 0 and mtime >= 0
            and start >= 0 and isinstance(entry.get("hash"), str))


def _files(folder: Path, follow_links: bool, say) -> list[str]:
    """Every file under ``folder``, following symlinked folders once (loops are cut), sorted.

    A symbolic link (to a file or a folder) is followed only when its target lies inside the
    corpus folder, unless ``follow_links``: an unpacked archive must not make qa read /etc/passwd.
    Paths are plain strings: an archive of tens of thousands of files is scanned on every command.
    """
    root_real = os.path.realpath(folder)

    def inside(path: str) -> bool:
        real = os.path.realpath(path)
        return real == root_real or real.startswith(root_real.rstrip(os.sep) + os.sep)

    def printable(p: str) -> str:
        return p.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")

    seen, out, stack = set(), [], [str(folder)]
    while stack:
        here = stack.pop()
        real = os.path.realpath(here)
        if real in seen:
            continue
        seen.add(real)
        try:
            entries = sorted(os.scandir(here), key=lambda e: e.name)
        except OSError:
            continue
        folders = []
        for e in entries:
            p = e.path
            try:
                p.encode("utf-8")
            except UnicodeEncodeError:  # bytes that are no UTF-8 in a name: unusable as an article id
                say(f"skipped {printable(p)}: its name is not valid UTF-8")
                continue
            try:
                is_dir = e.is_dir()
            except OSError:
                is_dir = False
            if is_dir:
                if e.is_symlink() and not follow_links and not inside(p):
                    say(f"skipped {p}: a link to a folder outside the corpus (--follow-links reads it)")
                    continue
                folders.append(p)
            elif (e.is_symlink() and not follow_links and os.path.splitext(e.name)[1].lower() in SUFFIXES
                  and not inside(p)):
                say(f"skipped {p}: a link to a file outside the corpus (--follow-links reads it)")
            else:
                out.append(p)
        stack.extend(reversed(folders))
    return sorted(out)


def load_corpus(folder: Path, max_file_bytes: int = 10_000_000, quiet: bool = False,
                follow_links: bool = False, known: dict | None = None) -> list[Article]:
    """Every ``.txt``/``.md`` file under ``folder`` as an Article, sorted by id.

    Files that are not UTF-8 text or exceed ``max_file_bytes`` are skipped with a warning
    (unless ``quiet``). Symbolic links are followed when they point inside ``folder``, anywhere
    with ``follow_links``. ``known``: an index manifest's articles; a file whose size and
    modification time are the ones recorded there is not read (a StoredArticle).

    Raises:
        CorpusError: the folder is missing or holds no article, or two files share an id.
    """
    folder = Path(folder)
    if not folder.exists():
        raise CorpusError(f"corpus folder {folder} does not exist; check the path, or name another with --corpus DIR")
    if not folder.is_dir():
        raise CorpusError(f"corpus {folder} is not a folder; pass --corpus DIR")
    articles: dict[str, Article] = {}
    said: dict[str, int] = {}

    def say(message: str) -> None:
        """A warning; past WARN_EACH of one kind (the reason after the path), only a count at the end."""
        kind = message.rsplit(": ", 1)[-1].split(" (")[0]
        said[kind] = said.get(kind, 0) + 1
        if not quiet and said[kind] <= WARN_EACH:
            warn(message)

    known = known or {}
    prefix = str(folder).rstrip(os.sep) + os.sep
    for name in _files(folder, follow_links, say):
        stem, suffix = os.path.splitext(name[len(prefix):] if name.startswith(prefix) else os.path.basename(name))
        if suffix.lower() not in SUFFIXES:
            continue
        try:
            st = os.stat(name)
        except OSError:
            continue
        if not stat.S_ISREG(st.st_mode):
            continue
        article_id = stem.replace(os.sep, "/")
        size = st.st_size
        entry = known.get(article_id)
        if (type(entry) is dict and entry.get("size") == size and entry.get("mtime_ns") == st.st_mtime_ns
                and _stored(entry) and size <= max_file_bytes and article_id not in articles):
            articles[article_id] = StoredArticle(article_id, name, entry)
            continue
        path = Path(name)
        if size > max_file_bytes:
            say(f"skipped {path}: {size:,} bytes is over the limit of {max_file_bytes:,} (--max-file-bytes)")
            continue
        try:
            text = path.read_bytes().decode("utf-8")
        except (UnicodeDecodeError, OSError) as exc:
            reason = "not UTF-8 text" if isinstance(exc, UnicodeDecodeError) else exc.strerror
            say(f"skipped {path}: {reason}")
            continue
        if "\x00" in text:
            say(f"skipped {path}: binary file (contains NUL bytes)")
            continue
        if not text.strip():
            say(f"skipped {path}: empty file")
            continue
        if article_id in articles:
            raise CorpusError(
                f"two files have the id {article_id!r}: {articles[article_id].path} and {path}; "
                "rename one of them"
            )
        articles[article_id] = parse_article(article_id, text, path, size, st.st_mtime_ns)
    for kind, n in said.items():
        if n > WARN_EACH and not quiet:
            warn(f"{n - WARN_EACH:,} more files skipped: {kind}")
    if not articles:
        raise CorpusError(f"corpus folder {folder} holds no readable .txt or .md article")
    return [articles[k] for k in sorted(articles)]
