"""The `qa` command: index, ask, eval. Each command parses, makes one library call, prints."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Optional

import typer
from rich.console import Console

from qa.safe import plain

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_VERBOSITY", "error")
os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")

app = typer.Typer(
    help="Answer questions from a folder of news articles, offline, with quotes and citations.",
    no_args_is_help=True, add_completion=False, pretty_exceptions_enable=False,
    rich_markup_mode=None,  # plain click help: no "<bool>" beside a flag, no box drawing in a pipe
)
out = Console(highlight=False, emoji=False, soft_wrap=not sys.stdout.isatty())  # piped output: one line per line
err = Console(stderr=True, highlight=False, emoji=False, soft_wrap=True)  # one message, one line, even when piped

CorpusOpt = typer.Option(
    None, "--corpus", envvar="QA_CORPUS_DIR",
    help="Folder of .txt/.md articles (searched recursively). Default: seeds/ of this project.",
)
IndexOpt = typer.Option(
    None, "--index-dir", envvar="QA_INDEX_DIR",
    help="Where the index lives. Default: index/ for seeds/, else a folder in ~/.cache/qa/ per corpus.",
)
QuietOpt = typer.Option(False, "--quiet", "-q", help="No progress bars or notices on stderr.")
YesOpt = typer.Option(False, "--yes", help="Index the root or home folder as a corpus without asking.")
FollowOpt = typer.Option(False, "--follow-links", help="Also read symbolic links that point outside the corpus folder.")
# every command that reads the corpus takes it: an index built with a limit stays as built when asked
MaxBytesOpt = typer.Option(10_000_000, "--max-file-bytes", help="Skip (with a warning) files larger than this.")


def _paths(corpus: Optional[Path], index_dir: Optional[Path]) -> tuple[Path, Path]:
    from qa.index import PROJECT_ROOT, default_index_dir

    corpus = (corpus or PROJECT_ROOT / "seeds").expanduser()  # QA_CORPUS_DIR='~/news' as a shell would
    return corpus, (index_dir.expanduser() if index_dir else default_index_dir(corpus))


def _fail(message: str, code: int = 1) -> None:
    from qa.safe import shown

    err.print(f"[red]error:[/red] {shown(message, name=True)}", highlight=False)
    raise typer.Exit(code)


class _Bar:
    """A rich progress bar on stderr for builds and eval runs (silent when quiet)."""

    def __init__(self, label: str, quiet: bool):
        self.label, self.quiet, self.progress, self.task = label, quiet, None, None

    def __call__(self, done: int, total: int) -> None:
        if self.quiet:
            return
        if self.progress is None:
            from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

            self.progress = Progress(TextColumn(self.label), BarColumn(), MofNCompleteColumn(),
                                     TimeRemainingColumn(), console=err, transient=True)
            self.progress.start()
            self.task = self.progress.add_task(self.label, total=total)
        self.progress.update(self.task, completed=done, total=total)

    def close(self) -> None:
        if self.progress is not None:
            self.progress.stop()


def _run(fn):
    """Call fn, turning library errors into one clear line and a non-zero exit."""
    from qa.errors import QAError

    try:
        return fn()
    except QAError as exc:
        _fail(str(exc))
    except KeyboardInterrupt:
        err.print("interrupted")
        raise typer.Exit(130)


def _guard_corpus(corpus: Path, yes: bool) -> None:
    """Walking / or the home folder reads everything a person owns: only when they say so."""
    real = corpus.resolve()
    if not yes and (real == Path("/") or real == Path.home().resolve()):
        _fail(f"the corpus {corpus} is {'the root' if real == Path('/') else 'your home'} folder: every file "
              "under it would be read; pass --yes to index it anyway, or --corpus naming a folder of articles")


def _settings(max_file_bytes: int, follow_links: bool):
    from qa.config import Settings

    if max_file_bytes < 1:
        _fail(f"--max-file-bytes must be ≥ 1, got {max_file_bytes}")
    return Settings(max_file_bytes=max_file_bytes, follow_links=follow_links)


def load(corpus: Optional[Path], index_dir: Optional[Path], quiet: bool, follow_links: bool = False,
         yes: bool = False, max_file_bytes: int = 10_000_000):
    """Open (building or refreshing when needed) the index of the corpus."""
    from qa.index import open_index

    import contextlib
    import io

    corpus, index_dir = _paths(corpus, index_dir)
    _guard_corpus(corpus, yes)
    settings = _settings(max_file_bytes, follow_links)
    bar = _Bar("embedding", quiet)
    try:
        with contextlib.redirect_stderr(io.StringIO()) if quiet else contextlib.nullcontext():
            return open_index(corpus, index_dir, settings, progress=bar)
    finally:
        bar.close()


@app.command()
def index(
    corpus: Optional[Path] = CorpusOpt,
    index_dir: Optional[Path] = IndexOpt,
    max_file_bytes: int = MaxBytesOpt,
    follow_links: bool = FollowOpt,
    rebuild: bool = typer.Option(False, "--rebuild", help="Build from scratch, embedding every article again "
                                 "(after damage qa cannot see, or to start over)."),
    yes: bool = YesOpt,
    quiet: bool = QuietOpt,
) -> None:
    """Build or update the index of a corpus (only new or changed articles are embedded)."""
    from qa.index import build_index

    corpus, index_dir = _paths(corpus, index_dir)
    _guard_corpus(corpus, yes)
    settings = _settings(max_file_bytes, follow_links)
    bar = _Bar("embedding", quiet)
    try:
        report = _run(lambda: build_index(corpus, index_dir, settings, progress=bar, rebuild=rebuild))
    finally:
        bar.close()
    out.print(plain(report.summary(), name=True), markup=False, soft_wrap=True)
    out.print(f"index: {plain(index_dir, name=True)}", markup=False, soft_wrap=True)


def _mb(size: int) -> str:
    return f"{size / 1e6:.1f} MB" if size >= 100_000 else f"{size / 1e3:.0f} kB"


@app.command()
def indexes(
    prune: bool = typer.Option(False, "--prune", help="Remove the cached indexes whose corpus folder no longer exists."),
) -> None:
    """List the indexes qa keeps for corpora other than seeds/ (in ~/.cache/qa/indexes/)."""
    from qa.embed import cache_root
    from qa.index import cached_indexes, count_of, remove_cached

    entries = _run(cached_indexes)
    if not entries:
        out.print(f"no cached indexes in {plain(cache_root() / 'indexes', name=True)}", markup=False, soft_wrap=True)
        return
    freed = removed = 0
    width = max(len(plain(e.folder.name, name=True)) for e in entries)
    for e in entries:
        corpus = plain(e.corpus, name=True) if e.corpus else "(unknown corpus)"
        state = " (corpus gone)" if e.orphaned else ""
        if prune and e.orphaned:
            if _run(lambda: remove_cached(e)):
                freed, removed = freed + e.size, removed + 1
                state = " (corpus gone: removed)"
            else:
                state = " (corpus gone; a build holds it: left)"
        out.print(f"{plain(e.folder.name, name=True):<{width}}  {_mb(e.size):>8}  {count_of(e.articles, 'article'):>12}  "
                  f"built {e.built or '?':<20}  {corpus}{state}", markup=False, soft_wrap=True)
    gone = sum(e.orphaned for e in entries)
    if prune:
        out.print(f"removed {count_of(removed, 'index', 'indexes')} ({_mb(freed)})", markup=False)
    elif gone:
        out.print(f"{count_of(gone, 'index', 'indexes')} of a corpus that is gone; `qa indexes --prune` removes them", markup=False)


@app.command()
def ask(
    question: Optional[str] = typer.Argument(None, metavar="QUESTION", help="The question. Leave it out to start a conversation (REPL)."),
    corpus: Optional[Path] = CorpusOpt,
    index_dir: Optional[Path] = IndexOpt,
    as_json: bool = typer.Option(False, "--json", help="Print one JSON object (see README) instead of text."),
    max_file_bytes: int = MaxBytesOpt,
    follow_links: bool = FollowOpt,
    yes: bool = YesOpt,
    quiet: bool = QuietOpt,
) -> None:
    """Answer QUESTION once, or open a conversation when no question is given."""
    if question is not None and not question.strip():
        _fail("the question is empty; pass a question, or leave it out to start a conversation")
    from qa.conversation import Conversation

    if question is None:
        from qa.repl import repl

        _run(lambda: repl(lambda: Conversation(load(corpus, index_dir, quiet, follow_links, yes, max_file_bytes)), out, err))
        return
    conv = Conversation(_run(lambda: load(corpus, index_dir, quiet, follow_links, yes, max_file_bytes)))
    answer = _run(lambda: conv.ask(question))
    if as_json:
        print(json.dumps(answer_json(answer), ensure_ascii=False))
    else:
        from qa.render import render_answer

        render_answer(answer, out)


def answer_json(answer) -> dict:
    """The --json shape of an Answer (documented in the README)."""

    def cite(c) -> dict:
        return {"article": c.article, "title": c.title, "date": c.date, "start": c.start, "end": c.end, "quote": c.quote}

    return {
        "question": answer.question,
        "understood": answer.rewritten or answer.question,
        "answer": answer.text,
        "abstained": answer.abstained,
        "confidence": round(answer.confidence, 4),
        "kind": answer.kind,
        "quote": answer.quote,
        "answer_offsets": None if answer.abstained else [answer.answer_start, answer.answer_end],
        "citations": [cite(c) for c in answer.citations],
        "alternatives": [{"answer": a.text, "citations": [cite(c) for c in a.citations]} for a in answer.alternatives],
        "passages": [
            {"article": h.chunk.article_id, "start": h.chunk.start, "end": h.chunk.end, "text": h.chunk.text,
             "score": round(h.score, 5), "dense_rank": h.dense_rank, "sparse_rank": h.sparse_rank}
            for h in answer.passages
        ],
        "notes": list(answer.notes),
    }


@app.command(name="eval")
def eval_(
    gold: Optional[Path] = typer.Option(
        None, "--gold", help="Gold Q&A file (JSON Lines, format in docs/eval-format.md). Default: eval/gold.jsonl of this project."
    ),
    corpus: Optional[Path] = CorpusOpt,
    index_dir: Optional[Path] = IndexOpt,
    report: Optional[Path] = typer.Option(None, "--report", help="Write the JSON report here (also when a gate fails)."),
    min_em: Optional[float] = typer.Option(None, help="Fail when em is below this."),
    min_f1: Optional[float] = typer.Option(None, help="Fail when f1 is below this."),
    min_quote_hit: Optional[float] = typer.Option(None, help="Fail when quote_hit is below this."),
    min_citation_acc: Optional[float] = typer.Option(None, help="Fail when citation_acc is below this."),
    min_grounded: Optional[float] = typer.Option(None, help="Fail when grounded is below this."),
    min_abstain_recall: Optional[float] = typer.Option(None, help="Fail when abstain_recall is below this."),
    max_false_abstain: Optional[float] = typer.Option(None, help="Fail when false_abstain is above this."),
    min_followup_em: Optional[float] = typer.Option(None, help="Fail when followup_em is below this."),
    sweep: bool = typer.Option(False, "--sweep", help="Also print abstention rates at other confidence thresholds."),
    max_file_bytes: int = MaxBytesOpt,
    follow_links: bool = FollowOpt,
    yes: bool = YesOpt,
    quiet: bool = QuietOpt,
) -> None:
    """Score a gold Q&A set against a corpus; exit non-zero when a threshold is not met."""
    from qa.evaluate import metrics, read_gold, run_gold, threshold_sweep
    from qa.index import PROJECT_ROOT

    gold = gold or PROJECT_ROOT / "eval" / "gold.jsonl"
    if report is not None:
        _check_report(report, gold, _paths(corpus, index_dir)[0])
    items = _run(lambda: read_gold(gold))
    idx = _run(lambda: load(corpus, index_dir, quiet, follow_links, yes, max_file_bytes))
    unknown = sorted({s for it in items for s in it.sources} - set(idx.articles))
    if unknown and not quiet:
        shown = ", ".join(unknown[:5]) + (f" and {len(unknown) - 5} more" if len(unknown) > 5 else "")
        err.print(f"warning: the gold file cites articles the corpus does not have: {plain(shown, name=True)}", markup=False)
    bar = _Bar("questions", quiet)
    try:
        rows = _run(lambda: run_gold(idx, items, progress=bar))
    finally:
        bar.close()
    m = metrics(rows)
    from qa.render import render_eval

    render_eval(m, rows, out)
    if sweep:
        out.print("\nthreshold  abstain_recall  false_abstain")
        for t, ar, fa in threshold_sweep(rows):
            out.print(f"  {t:.2f}        {ar:.2f}            {fa:.2f}")
    gates = [("em", min_em, 1), ("f1", min_f1, 1), ("quote_hit", min_quote_hit, 1),
             ("citation_acc", min_citation_acc, 1), ("grounded", min_grounded, 1),
             ("abstain_recall", min_abstain_recall, 1), ("false_abstain", max_false_abstain, -1),
             ("followup_em", min_followup_em, 1)]
    failed = []
    for name, limit, sign in gates:
        if limit is None:
            continue
        value = m.get(name)
        if value is None or (value < limit if sign > 0 else value > limit):
            failed.append(f"{name} {value} {'<' if sign > 0 else '>'} {limit}")
    if report:
        try:
            report.parent.mkdir(parents=True, exist_ok=True)
            report.write_text(json.dumps({"metrics": m, "items": rows}, indent=1, ensure_ascii=False), encoding="utf-8")
        except OSError as exc:
            _fail(f"cannot write the report to {report} ({exc.strerror})")
        err.print(f"report written to {plain(report, name=True)}", markup=False)
    if failed:
        _fail("threshold not met: " + "; ".join(failed))


def _check_report(report: Path, gold: Path, corpus: Path) -> None:
    """An output never replaces an input: refuse the gold file, anything in the corpus, a folder."""
    real, corpus_real = report.resolve(), corpus.resolve()
    if gold.exists() and real == gold.resolve():
        _fail(f"--report {report} is the gold file; pass another path for the report")
    if real == corpus_real or real.is_relative_to(corpus_real):
        _fail(f"--report {report} lies inside the corpus folder {corpus}; pass a path outside it")
    if real.is_dir():
        _fail(f"--report {report} is a folder; pass a file path")


def _version(value: bool) -> None:
    if value:
        from qa import __version__

        print(f"qa {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: bool = typer.Option(False, "--version", callback=_version, is_eager=True, help="Print the version and exit."),
) -> None:
    """Answer questions from a folder of news articles, offline, with quotes and citations."""


def main() -> None:
    """Entry point of the console script."""
    app()


if __name__ == "__main__":
    main()
