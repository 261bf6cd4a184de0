#!/usr/bin/env python3
"""Check the r2 conversation gold files in this folder (python3 stdlib only).

For every *.jsonl file named below:
  - every non-blank line parses as a JSON object with the required fields;
  - ids are unique (across all files) and (conversation, turn) pairs are unique;
  - id == f"{conversation}-{turn}", ids and conversations start with "r2-<file>-";
  - each conversation has turns 1..n with no gaps, 4 <= n <= 6;
  - turn 1 has standalone == question; every follow-up (turn >= 2) has a
    non-empty standalone, 2-4 rewrites that include the standalone, and a kind
    from the allowed set;
  - answerable items have 1-3 answers and at least one source; unanswerable
    items have no answers and no sources;
  - every source names an article of the file's corpus folder, and every answer
    appears verbatim (case-insensitive) in at least one listed source;
  - every "alternatives" value appears verbatim in some article of the corpus.
Prints counts per file and kind; exits 1 on any problem.

Usage: python3 eval/conversations2/check.py
"""
import json
import os
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))  # repository root (…/eval/conversations2 -> …)

CORPORA = {
    "seeds.jsonl": os.path.join(ROOT, "seeds"),
    "wire.jsonl": os.path.join(ROOT, "eval", "wire", "corpus"),
    "longform.jsonl": os.path.join(ROOT, "eval", "longform", "corpus"),
    "blind.jsonl": os.path.join(ROOT, "eval", "blind", "corpus"),
}
KINDS = ("topic", "ellipsis", "person", "previous_answer", "misspelling")
MIN_PER_KIND = 9
MIN_UNANSWERABLE_FOLLOWUPS = 6


def load_corpus(folder):
    arts = {}
    for dirpath, _, files in os.walk(folder):
        for fn in files:
            if not fn.endswith(".txt"):
                continue
            path = os.path.join(dirpath, fn)
            aid = os.path.relpath(path, folder)[: -len(".txt")].replace(os.sep, "/")
            with open(path, encoding="utf-8") as fh:
                arts[aid] = fh.read().lower()
    return arts


def main():
    errors = []
    seen_ids = set()
    kind_total = Counter()
    unans_total = 0
    unans_followups = 0
    summary = []

    def err(fname, lineno, msg):
        errors.append(f"{fname}:{lineno}: {msg}")

    for fname, folder in CORPORA.items():
        path = os.path.join(HERE, fname)
        if not os.path.isfile(path):
            errors.append(f"{fname}: missing")
            continue
        if not os.path.isdir(folder):
            errors.append(f"{fname}: corpus folder missing: {folder}")
            continue
        arts = load_corpus(folder)
        stem = fname[: -len(".jsonl")]
        turns = defaultdict(list)
        pairs = set()
        kinds = Counter()
        n_items = n_unans = 0
        with open(path, encoding="utf-8") as fh:
            for lineno, line in enumerate(fh, 1):
                if not line.strip():
                    continue
                try:
                    it = json.loads(line)
                except json.JSONDecodeError as e:
                    err(fname, lineno, f"bad JSON: {e}")
                    continue
                if not isinstance(it, dict):
                    err(fname, lineno, "not a JSON object")
                    continue
                n_items += 1
                iid, q, conv, turn = it.get("id"), it.get("question"), it.get("conversation"), it.get("turn")
                for key, val, typ in (("id", iid, str), ("question", q, str), ("conversation", conv, str)):
                    if not isinstance(val, typ) or not val.strip():
                        err(fname, lineno, f"missing or empty {key}")
                if not isinstance(turn, int) or isinstance(turn, bool) or turn < 1:
                    err(fname, lineno, f"turn must be an integer >= 1, got {turn!r}")
                    continue
                if not (isinstance(iid, str) and isinstance(conv, str)):
                    continue
                if iid in seen_ids:
                    err(fname, lineno, f"duplicate id {iid}")
                seen_ids.add(iid)
                if (conv, turn) in pairs:
                    err(fname, lineno, f"duplicate (conversation, turn) ({conv}, {turn})")
                pairs.add((conv, turn))
                turns[conv].append(turn)
                if not conv.startswith(f"r2-{stem}-"):
                    err(fname, lineno, f"conversation {conv} does not start with r2-{stem}-")
                if iid != f"{conv}-{turn}":
                    err(fname, lineno, f"id {iid} is not {conv}-{turn}")

                answers = it.get("answers")
                answerable = it.get("answerable", True)
                sources = it.get("sources", [])
                if not isinstance(answers, list) or not all(isinstance(a, str) and a.strip() for a in answers):
                    err(fname, lineno, "answers must be a list of non-empty strings")
                    answers = []
                if not isinstance(answerable, bool):
                    err(fname, lineno, "answerable must be a bool")
                if not isinstance(sources, list) or not all(isinstance(s, str) for s in sources):
                    err(fname, lineno, "sources must be a list of strings")
                    sources = []
                if answerable:
                    if not 1 <= len(answers) <= 3:
                        err(fname, lineno, f"answerable item needs 1-3 answers, has {len(answers)}")
                    if not sources:
                        err(fname, lineno, "answerable item has no sources")
                else:
                    n_unans += 1
                    if answers or sources:
                        err(fname, lineno, "unanswerable item must have empty answers and sources")
                for s in sources:
                    if s not in arts:
                        err(fname, lineno, f"unknown source {s!r} (not in {folder})")
                for a in answers:
                    if not any(a.lower() in arts.get(s, "") for s in sources):
                        err(fname, lineno, f"answer {a!r} not found verbatim in sources {sources}")
                for a in it.get("alternatives", []) or []:
                    if not any(a.lower() in text for text in arts.values()):
                        err(fname, lineno, f"alternative {a!r} not found in any article of the corpus")

                standalone = it.get("standalone")
                if not isinstance(standalone, str) or not standalone.strip():
                    err(fname, lineno, "missing standalone")
                if turn == 1:
                    if standalone != q:
                        err(fname, lineno, "turn 1: standalone must equal question")
                else:
                    rewrites = it.get("rewrites")
                    kind = it.get("kind")
                    if not isinstance(rewrites, list) or not 2 <= len(rewrites) <= 4 \
                            or not all(isinstance(r, str) and r.strip() for r in rewrites):
                        err(fname, lineno, "follow-up needs 2-4 non-empty rewrites")
                    elif standalone not in rewrites:
                        err(fname, lineno, "rewrites must include standalone")
                    elif len(set(rewrites)) != len(rewrites):
                        err(fname, lineno, "duplicate rewrites")
                    if kind not in KINDS:
                        err(fname, lineno, f"kind must be one of {KINDS}, got {kind!r}")
                    else:
                        kinds[kind] += 1
                    if not answerable:
                        unans_followups += 1

        for conv, ts in turns.items():
            if sorted(ts) != list(range(1, len(ts) + 1)):
                errors.append(f"{fname}: conversation {conv} turns are {sorted(ts)}, expected 1..{len(ts)}")
            if not 4 <= len(ts) <= 6:
                errors.append(f"{fname}: conversation {conv} has {len(ts)} turns, expected 4-6")
        kind_total.update(kinds)
        unans_total += n_unans
        summary.append(f"{fname}: {n_items} items, {len(turns)} conversations, "
                       f"{sum(kinds.values())} follow-ups, {n_unans} unanswerable; "
                       + ", ".join(f"{k}={kinds[k]}" for k in KINDS))

    for k in KINDS:
        if kind_total[k] < MIN_PER_KIND:
            errors.append(f"total: kind {k} has {kind_total[k]} follow-ups, need >= {MIN_PER_KIND}")
    if unans_followups < MIN_UNANSWERABLE_FOLLOWUPS:
        errors.append(f"total: {unans_followups} unanswerable follow-ups, need >= {MIN_UNANSWERABLE_FOLLOWUPS}")

    for line in summary:
        print(line)
    print("total: " + ", ".join(f"{k}={kind_total[k]}" for k in KINDS)
          + f"; follow-ups={sum(kind_total.values())}; unanswerable={unans_total}"
          + f" (follow-ups: {unans_followups})")
    if errors:
        print(f"FAIL: {len(errors)} problem(s)")
        for e in errors:
            print("  " + e)
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
