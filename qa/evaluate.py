"""Read a gold file, run it through Conversation.ask, score it (see docs/eval-format.md)."""

from __future__ import annotations

import json
import os
import stat
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from qa.conversation import Conversation
from qa.errors import GoldError, QAError
from qa.index import Index
from qa.schema import Answer
from qa.text import contains, normalize

# ---------------------------------------------------------------- the gold file


@dataclass(frozen=True)
class GoldItem:
    """One line of a gold file."""

    id: str
    question: str
    answers: tuple[str, ...]
    answerable: bool = True
    sources: tuple[str, ...] = ()
    conversation: str | None = None
    turn: int | None = None
    line: int = 0
    standalone: str | None = None  # a follow-up as a person would ask it alone (an extension of the format)


GOLD_MAX_BYTES = 50_000_000


def read_gold(path: Path) -> list[GoldItem]:
    """Parse and validate a gold file; every problem is reported with its line number.

    Raises:
        GoldError: the file is missing or any line breaks the format (all problems listed).
    """
    try:
        info = os.stat(path)
        if not stat.S_ISREG(info.st_mode):
            raise GoldError(f"gold file {path} is not a regular file; pass a .jsonl file")
        if info.st_size > GOLD_MAX_BYTES:
            raise GoldError(f"gold file {path} is {info.st_size:,} bytes, over the limit of {GOLD_MAX_BYTES:,}")
        with open(path, "rb") as f:
            lines = f.read(GOLD_MAX_BYTES + 1).decode("utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) else "not UTF-8 text"
        raise GoldError(f"cannot read gold file {path} ({reason})") from exc
    items: list[GoldItem] = []
    problems: list[str] = []
    ids: set[str] = set()
    turns: set[tuple[str, int]] = set()
    for n, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            d = json.loads(line)
        except ValueError as exc:
            problems.append(f"line {n}: not valid JSON ({exc.msg})")
            continue
        if not isinstance(d, dict):
            problems.append(f"line {n}: expected a JSON object")
            continue
        missing = [k for k in ("id", "question", "answers") if k not in d]
        if missing:
            problems.append(f"line {n}: missing field {', '.join(missing)}")
            continue
        if not isinstance(d["id"], str) or not isinstance(d["question"], str):
            problems.append(f"line {n}: id and question must be strings")
            continue
        if not d["question"].strip():
            problems.append(f"line {n}: question of item {d['id']!r} is empty")
            continue
        if not isinstance(d["answers"], list) or not all(isinstance(a, str) for a in d["answers"]):
            problems.append(f"line {n}: answers must be a list of strings")
            continue
        answerable = d.get("answerable", True)
        if not isinstance(answerable, bool):
            problems.append(f"line {n}: answerable must be true or false")
            continue
        if answerable and not d["answers"]:
            problems.append(f"line {n}: answerable item {d['id']!r} has no answers")
            continue
        if d["id"] in ids:
            problems.append(f"line {n}: id {d['id']!r} is repeated")
            continue
        conv, turn = d.get("conversation"), d.get("turn")
        if conv is not None:
            if turn is None:
                problems.append(f"line {n}: conversation {conv!r} without a turn")
                continue
            if isinstance(turn, bool) or not isinstance(turn, int) or turn < 1:
                problems.append(f"line {n}: turn must be an integer ≥ 1, got {turn!r}")
                continue
            if (str(conv), turn) in turns:
                problems.append(f"line {n}: conversation {conv!r} turn {turn} is repeated")
                continue
            turns.add((str(conv), turn))
        sources = d.get("sources", [])
        if not isinstance(sources, list):
            problems.append(f"line {n}: sources must be a list of article ids")
            continue
        standalone = d.get("standalone")
        if standalone is not None and (not isinstance(standalone, str) or not standalone.strip()):
            problems.append(f"line {n}: standalone must be a non-empty string")
            continue
        ids.add(d["id"])
        items.append(GoldItem(d["id"], d["question"], tuple(d["answers"]), answerable, tuple(map(str, sources)),
                              None if conv is None else str(conv), turn if conv is not None else None, n,
                              standalone if conv is not None and turn and turn >= 2 else None))
    if problems:
        shown = "\n  ".join(problems[:20])
        more = f"\n  … and {len(problems) - 20} more" if len(problems) > 20 else ""
        raise GoldError(f"gold file {path} has {len(problems)} problem(s):\n  {shown}{more}")
    if not items:
        raise GoldError(f"gold file {path} holds no items")
    return items


# ---------------------------------------------------------------- scoring


def exact_match(prediction: str | None, golds: tuple[str, ...] | list[str]) -> int:
    """1 when the normalized prediction equals a normalized gold answer."""
    if prediction is None:
        return 0
    p = normalize(prediction)
    return int(any(p == normalize(g) for g in golds))


def f1(prediction: str | None, golds: tuple[str, ...] | list[str]) -> float:
    """Best token F1 of the prediction over the gold answers."""
    if prediction is None:
        return 0.0
    p = normalize(prediction).split()
    best = 0.0
    for g in golds:
        gt = normalize(g).split()
        common = sum(min(p.count(t), gt.count(t)) for t in set(p) & set(gt))
        if not p or not gt:
            score = float(p == gt)
        elif common == 0:
            score = 0.0
        else:
            prec, rec = common / len(p), common / len(gt)
            score = 2 * prec * rec / (prec + rec)
        best = max(best, score)
    return best


def grounded(answer: Answer, index: Index) -> bool:
    """Every quote is the exact text of its cited article at the cited offsets."""
    cites = list(answer.citations) + [c for alt in answer.alternatives for c in alt.citations]
    for c in cites:
        article = index.articles.get(c.article)
        if article is None or article.text[c.start : c.end] != c.quote:
            return False
    if answer.text is not None and answer.text not in (answer.quote or ""):
        return False
    if answer.text is not None and answer.answer_start is not None:  # the short answer lies inside the quote
        first = answer.citations[0]
        text = index.articles[first.article].text
        inside = first.start <= answer.answer_start and answer.answer_end <= first.end
        if not inside or text[answer.answer_start:answer.answer_end] != answer.text:
            return False
    return True


# ---------------------------------------------------------------- running


def _ordered(items: list[GoldItem]) -> list[GoldItem]:
    """Single items in file order; each conversation's turns in ascending order, at its first line."""
    out, done = [], set()
    for it in items:
        if it.conversation is None:
            out.append(it)
        elif it.conversation not in done:
            done.add(it.conversation)
            out.extend(sorted((x for x in items if x.conversation == it.conversation), key=lambda x: x.turn))
    return out


def run_item(item: GoldItem, answer: Answer, latency_ms: float, index: Index) -> dict:
    """Score one answer against its gold item."""
    rank = None
    for r, hit in enumerate(answer.passages[:10], start=1):
        if contains(hit.chunk.text, item.answers):
            rank = r
            break
    row = {
        "id": item.id, "question": item.question, "understood": answer.rewritten,
        "answer": answer.text, "quote": answer.quote,
        "citations": [{"article": c.article, "start": c.start, "end": c.end} for c in answer.citations],
        "alternatives": [a.text for a in answer.alternatives],
        "abstained": answer.abstained, "answerable": item.answerable, "confidence": round(answer.confidence, 4),
        "grounded": grounded(answer, index), "latency_ms": round(latency_ms, 2),
        "turn": item.turn,
    }
    if item.answerable:
        row |= {
            "em": exact_match(answer.text, item.answers), "f1": round(f1(answer.text, item.answers), 4),
            "quote_hit": contains(answer.quote, item.answers) if not answer.abstained else 0,
            "citation_ok": (int(bool(answer.citations) and answer.citations[0].article in item.sources)
                            if item.sources else None),
            "rank": rank,
        }
        row["stage"] = _stage(row)
    else:
        row["stage"] = "abstention" if not answer.abstained else None
    return row


def _stage(row: dict) -> str | None:
    """Which stage failed on an answerable item (None when the answer is right)."""
    if row["em"]:
        return None
    if row["abstained"]:
        return "abstention"
    if row["rank"] is None:
        return "retrieval"
    if not row["quote_hit"]:
        return "sentence choice"
    return "span"


def _mean(values: list) -> float | None:
    values = [v for v in values if v is not None]
    return round(sum(values) / len(values), 4) if values else None


def _percentile(values: list[float], p: float) -> float | None:
    if not values:
        return None
    v = sorted(values)
    k = (len(v) - 1) * p
    lo, hi = int(k), min(int(k) + 1, len(v) - 1)
    return round(v[lo] + (v[hi] - v[lo]) * (k - lo), 2)


def metrics(rows: list[dict]) -> dict:
    """Every metric of docs/eval-format.md over scored rows."""
    ans = [r for r in rows if r["answerable"]]
    una = [r for r in rows if not r["answerable"]]
    abst = [r for r in rows if r["abstained"]]
    follow = [r for r in ans if (r.get("turn") or 0) >= 2]
    with_src = [r for r in ans if r.get("citation_ok") is not None]
    given = [r for r in rows if not r["abstained"]]
    m = {
        "em": _mean([r["em"] for r in ans]),
        "f1": _mean([r["f1"] for r in ans]),
        "quote_hit": _mean([r["quote_hit"] for r in ans]),
        "citation_acc": _mean([r["citation_ok"] for r in with_src]),
        "grounded": _mean([int(r["grounded"]) for r in given]),
        "abstain_recall": _mean([int(r["abstained"]) for r in una]),
        "abstain_precision": _mean([int(not r["answerable"]) for r in abst]),
        "false_abstain": _mean([int(r["abstained"]) for r in ans]),
    }
    for k in (1, 5, 10):
        m[f"recall@{k}"] = _mean([int(r["rank"] is not None and r["rank"] <= k) for r in ans])
    m["mrr"] = _mean([1 / r["rank"] if r["rank"] else 0.0 for r in ans])
    lat = [r["latency_ms"] for r in rows]
    m["latency_p50_ms"] = _percentile(lat, 0.5)
    m["latency_p95_ms"] = _percentile(lat, 0.95)
    m["followup_em"] = _mean([r["em"] for r in follow])
    m["followup_f1"] = _mean([r["f1"] for r in follow])
    paired = [r for r in follow if "standalone_em" in r]
    if paired:  # the same follow-ups asked as standalone questions, in fresh conversations
        m["followup_em_paired"] = _mean([r["em"] for r in paired])
        m["standalone_em"] = _mean([r["standalone_em"] for r in paired])
        m["standalone_f1"] = _mean([r["standalone_f1"] for r in paired])
    m["n"] = len(rows)
    m["n_answerable"] = len(ans)
    return m


def threshold_sweep(rows: list[dict]) -> list[tuple[float, float, float]]:
    """(threshold, abstain_recall, false_abstain) if answers below each confidence were refused."""
    ans = [r["confidence"] for r in rows if r["answerable"]]
    una = [r["confidence"] for r in rows if not r["answerable"]]
    out = []
    for t in [x / 100 for x in range(20, 80, 2)]:
        out.append((t, sum(c < t for c in una) / max(len(una), 1), sum(c < t for c in ans) / max(len(ans), 1)))
    return out


def run_gold(
    index: Index, items: list[GoldItem], progress: Callable[[int, int], None] | None = None
) -> list[dict]:
    """Run every item through a fresh Conversation (a conversation's turns share one)."""
    rows: list[dict] = []
    conv: Conversation | None = None
    current = object()
    ordered = _ordered(items)
    for i, item in enumerate(ordered, start=1):
        if item.conversation is None or item.conversation != current:
            conv = Conversation(index)
            current = item.conversation
        t = time.perf_counter()
        try:
            answer = conv.ask(item.question)
        except QAError as exc:
            raise GoldError(f"line {item.line}: item {item.id!r} could not be asked: {exc}") from exc
        row = run_item(item, answer, (time.perf_counter() - t) * 1000, index)
        if item.standalone and item.answerable:
            alone = Conversation(index).ask(item.standalone)
            row |= {"standalone": item.standalone, "standalone_answer": alone.text,
                    "standalone_em": exact_match(alone.text, item.answers),
                    "standalone_f1": round(f1(alone.text, item.answers), 4)}
        rows.append(row)
        if progress:
            progress(i, len(ordered))
    return rows
