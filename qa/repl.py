"""The interactive conversation: a loop around Conversation.ask and a few slash commands."""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Callable
from pathlib import Path

from rich.console import Console

from qa.conversation import Conversation
from qa.errors import QAError
from qa.render import CLOSEST_SHOWN, render_answer
from qa.safe import shown

HELP = """Type a question and press Enter. Follow-ups may lean on earlier turns ("when did he last visit?").
Commands:
  /help      this help
  /sources   the passages behind the last answer, the one it was read from first
  /show N    the article around citation N (or closest passage N), the quote marked
  /reset     forget the conversation
  /quit      leave (or "quit", or Ctrl-D); Ctrl-C drops the current line"""


HISTORY_LINES = 1000
HISTORY_MAX_BYTES = 1_000_000  # a larger history file is not read (nor ever cut)


def history_path() -> Path:
    """$QA_HISTORY_FILE, else $XDG_STATE_HOME/qa/history, else ~/.local/state/qa/history."""
    if os.environ.get("QA_HISTORY_FILE"):
        return Path(os.environ["QA_HISTORY_FILE"])
    base = os.environ.get("XDG_STATE_HOME") or str(Path.home() / ".local" / "state")
    return Path(base) / "qa" / "history"


def _setup_readline() -> Callable[[], None]:
    """Arrow keys and a persistent history when stdin is a terminal; returns the saver."""
    try:
        import readline
    except ImportError:  # pragma: no cover - platforms without readline
        return lambda: None
    path = history_path()
    # qa's own file (in its state folder) is trimmed to the last 1,000 questions; a file the user
    # named in QA_HISTORY_FILE is theirs: only appended to, never cut, its mode left alone.
    own = not os.environ.get("QA_HISTORY_FILE")
    try:
        if path.is_file() and path.stat().st_size <= HISTORY_MAX_BYTES:
            readline.read_history_file(path)
    except OSError:
        pass
    readline.set_history_length(HISTORY_LINES if own else -1)
    before = readline.get_current_history_length()

    def save() -> None:
        new = readline.get_current_history_length() - before
        if new <= 0:
            return
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            if own:
                readline.write_history_file(path)
            else:
                if not path.exists():
                    path.touch(mode=0o600)
                readline.append_history_file(new, path)
        except OSError:
            pass

    return save


def repl(make: Callable[[], Conversation], out: Console, err: Console) -> None:
    """Run the conversation until /quit or end of input."""
    interactive = sys.stdin.isatty()
    err.print("loading the index …")
    conv = make()
    save = _setup_readline() if interactive else (lambda: None)
    err.print(f"ready: {len(conv.index.articles)} articles, {len(conv.index.chunks)} chunks. /help for commands, Ctrl-D to quit.")
    last = None
    try:
        while True:
            try:
                line = input("qa> " if interactive else "")
            except KeyboardInterrupt:
                out.print()
                continue
            except EOFError:
                if interactive:
                    out.print()
                break
            line = line.strip()
            if not line:
                continue
            if not interactive:  # piped in: the transcript shows what each answer answers
                out.print(f"qa> {shown(line)}", markup=False)
            if line.lower() in ("quit", "exit"):
                break  # typed without its slash: no one asks the articles "quit"
            if line.startswith("/"):
                cmd, _, arg = line.partition(" ")
                if cmd in ("/quit", "/exit", "/q"):
                    break
                if cmd == "/help":
                    out.print(HELP, markup=False)
                elif cmd == "/reset":
                    conv.reset()
                    last = None
                    out.print("conversation forgotten")
                elif cmd == "/sources":
                    _sources(last, out)
                elif cmd == "/show":
                    _show(conv, last, arg, out)
                else:
                    out.print(f"unknown command {shown(cmd)}; /help lists the commands")
                continue
            try:
                last = conv.ask(line)
            except QAError as exc:
                out.print(f"[red]error:[/red] {shown(str(exc))}")
                continue
            except KeyboardInterrupt:
                out.print("(interrupted)")
                continue
            render_answer(last, out)
    finally:
        save()


def _sources(last, out: Console) -> None:
    if last is None:
        out.print("no answer yet")
        return
    for n, h in enumerate(sources(last), start=1):
        text = " ".join(h.chunk.text.split())
        out.print(f"[{n}] {shown(h.chunk.article_id, name=True)} chars {h.chunk.start}–{h.chunk.end} "
                  f"(dense #{h.dense_rank or '—'}, bm25 #{h.sparse_rank or '—'}): {shown(text[:240])}")


def sources(answer) -> list:
    """The passages behind an answer, the one its short answer was read from first."""
    passages = list(answer.passages)
    if answer.citations and answer.answer_start is not None:
        article = answer.citations[0].article
        behind = [h for h in passages if h.chunk.article_id == article
                  and h.chunk.start <= answer.answer_start < h.chunk.end]
        passages = behind[:1] + [h for h in passages if h not in behind[:1]]
    return passages


def _targets(last) -> list[tuple[str, int, int]]:
    """What /show N can open, as (article, start, end): the citations of an answer, or the
    closest passages listed with an abstention."""
    if last is None:
        return []
    if last.abstained:
        return [(h.chunk.article_id, h.chunk.start, h.chunk.end) for h in last.passages[:CLOSEST_SHOWN]]
    cites = list(last.citations) + [c for alt in last.alternatives for c in alt.citations]
    return [(c.article, c.start, c.end) for c in cites]


def _show(conv: Conversation, last, arg: str, out: Console) -> None:
    targets = _targets(last)
    if not targets:
        out.print("no citation to show")
        return
    what = "passage" if last.abstained else "citation"
    try:
        n = int(arg)
        if not 1 <= n <= len(targets):
            raise ValueError
    except ValueError:
        out.print(f"/show takes a {what} number from 1 to {len(targets)}, got {shown(arg or 'nothing')}")
        return
    article_id, start, end = targets[n - 1]
    article = conv.index.articles[article_id]
    text = article.text
    lo = max(0, text.rfind("\n", 0, max(0, start - 400)) + 1)
    hi = text.find("\n", min(len(text), end + 400))
    hi = len(text) if hi == -1 else hi
    out.print(f"[bold]{shown(article_id, name=True)}[/bold] {shown(article.date or '', name=True)} chars {start}–{end}")
    # in a terminal the quote is shown in reverse video; piped, where there is no such thing, between >>> and <<<
    on, off = ("[reverse]", "[/reverse]") if out.is_terminal and out.color_system else (">>>", "<<<")
    out.print(_spaced(text[lo:start]).lstrip("\n") + on + shown(text[start:end]) + off + _spaced(text[end:hi]))


def _spaced(part: str) -> str:
    """Article text for the screen, runs of blank lines between paragraphs shown as one."""
    return shown(re.sub(r"\n\s*\n(?:\s*\n)+", "\n\n", part))
