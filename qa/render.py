"""How answers and eval results look in a terminal (rich)."""

from __future__ import annotations

import math

from rich.console import Console
from rich.table import Table

from qa.language import NOT_ENGLISH_NOTE
from qa.safe import shown
from qa.schema import Answer, Citation

QUOTE_CHARS = 320
CLOSEST_SHOWN = 3  # passages listed with an abstention (/show N opens them)


def _shorten(quote: str, a: int | None, b: int | None) -> tuple[str, int | None, int | None]:
    """Cut a long quote around the answer with "…" (display only; JSON keeps the exact slice)."""
    if len(quote) <= QUOTE_CHARS:
        return quote, a, b
    if a is None:
        return quote[:QUOTE_CHARS].rstrip() + "…", None, None
    lo = max(0, min(a - QUOTE_CHARS // 3, len(quote) - QUOTE_CHARS))
    hi = min(len(quote), max(lo + QUOTE_CHARS, b))
    # cut at white space, never inside a word
    while lo > 0 and not quote[lo - 1].isspace():
        lo -= 1
    while hi < len(quote) and not quote[hi].isspace():
        hi += 1
    text = ("…" if lo else "") + quote[lo:hi] + ("…" if hi < len(quote) else "")
    shift = 1 if lo else 0
    return text, a - lo + shift, min(b, hi) - lo + shift


def _cite_line(n: int, c: Citation) -> str:
    date = f" ({c.date})" if c.date else ""
    return f"  [dim][{n}] {shown(c.article, name=True)}{date} \"{shown(c.title, name=True)}\" chars {c.start}–{c.end}[/dim]"


def render_answer(answer: Answer, out: Console) -> None:
    """Short answer, the quote with the answer highlighted, numbered citations, disagreements."""
    for note in answer.notes:
        out.print(f"[dim]note: {shown(note)}[/dim]")
    if answer.rewritten:
        out.print(f"[dim]understood as: {shown(answer.rewritten)}[/dim]")
    if answer.abstained and NOT_ENGLISH_NOTE in answer.notes:
        out.print("[bold]Not answered.[/bold]")  # the articles were not asked: "they don't say" would mislead
        return
    if answer.abstained:
        rounded = math.floor(answer.confidence * 100) / 100  # 0.3564 reads 0.35: below a 0.36 threshold, as it is
        out.print("[bold]The articles don't say.[/bold]" + f" [dim](confidence {rounded:.2f})[/dim]")
        if answer.passages:
            out.print("Closest passages:")
            for n, h in enumerate(answer.passages[:CLOSEST_SHOWN], start=1):
                text = " ".join(h.chunk.text.split())
                text = text[:200] + ("…" if len(text) > 200 else "")
                out.print(f"  [{n}] {shown(h.chunk.article_id, name=True)} chars {h.chunk.start}–{h.chunk.end}: {shown(text)}")
        return
    c0 = answer.citations[0]
    a = answer.answer_start - c0.start if answer.answer_start is not None else None
    b = answer.answer_end - c0.start if answer.answer_end is not None else None
    quote, a, b = _shorten(c0.quote, a, b)
    if a is not None:
        marked = shown(quote[:a]) + "[bold yellow]" + shown(quote[a:b]) + "[/bold yellow]" + shown(quote[b:])
    else:
        marked = shown(quote)
    support = f" [dim]({len(answer.citations)} articles)[/dim]" if len(answer.citations) > 1 else ""
    out.print(f"[bold]{shown(answer.text or '')}[/bold]{support}  [dim]confidence {answer.confidence:.2f}[/dim]")
    out.print(f"  “{marked}”  [1]")
    n = 1
    for c in answer.citations:
        out.print(_cite_line(n, c))
        n += 1
    if answer.alternatives:
        out.print("[bold]The articles disagree.[/bold] Also reported:")
        for alt in answer.alternatives:
            refs = []
            for c in alt.citations:
                refs.append(n)
                n += 1
            out.print(f"  [bold]{shown(alt.text)}[/bold] " + " ".join(f"[{r}]" for r in refs))
            for r, c in zip(refs, alt.citations):
                quote = " ".join(c.quote.split())
                if len(quote) > 200:
                    quote = quote[:200].rsplit(" ", 1)[0] + "…"
                out.print(f"    “{shown(quote)}”")
                out.print(_cite_line(r, c))


METRIC_ORDER = ["em", "f1", "quote_hit", "citation_acc", "grounded", "abstain_recall", "abstain_precision",
                "false_abstain", "recall@1", "recall@5", "recall@10", "mrr", "latency_p50_ms", "latency_p95_ms"]


def render_eval(metrics: dict, rows: list[dict], out: Console) -> None:
    """The metrics as a table, follow-up accuracy on its own line, then the misses by stage."""
    table = Table(title=f"{metrics['n']} items, {metrics['n_answerable']} answerable", title_justify="left")
    table.add_column("metric")
    table.add_column("value", justify="right")
    for k in METRIC_ORDER:
        v = metrics.get(k)
        table.add_row(k, "—" if v is None else f"{v:.3f}" if isinstance(v, float) else str(v))
    out.print(table)
    fe, ff = metrics.get("followup_em"), metrics.get("followup_f1")
    fmt = lambda v: "—" if v is None else f"{v:.3f}"  # noqa: E731
    out.print(f"follow-up turns: followup_em {fmt(fe)}  followup_f1 {fmt(ff)}")
    if metrics.get("standalone_em") is not None:
        out.print(f"the same follow-ups asked alone: standalone_em {fmt(metrics['standalone_em'])}  "
                  f"standalone_f1 {fmt(metrics['standalone_f1'])} (followup_em on them {fmt(metrics['followup_em_paired'])})")
    misses = [r for r in rows if r.get("stage")]
    if misses:
        out.print(f"\nmisses ({len(misses)}):")
        for r in misses:
            understood = f" [dim](read as: {shown(r['understood'])})[/dim]" if r.get("understood") else ""
            got = "abstained" if r["abstained"] else repr(r["answer"])
            out.print(f"  {shown(r['id'], name=True)} {shown('[' + r['stage'] + ']')} {shown(r['question'])}{understood} → {shown(got)}")
