#!/usr/bin/env python3
"""Check the conversation gold files in this folder (python3 stdlib only).

Usage: python3 check.py [FILE.jsonl ...]   (default: every *.jsonl here)

Each file is checked against the corpus folder it was written for:
  seeds.jsonl -> seeds/, wire.jsonl -> eval/wire/corpus/,
  longform.jsonl -> eval/longform/corpus/, blind.jsonl -> eval/blind/corpus/
Exit status 0 when everything passes, 1 otherwise.
"""
import json
import os
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", ".."))
CORPORA = {
    "seeds": os.path.join(ROOT, "seeds"),
    "wire": os.path.join(ROOT, "eval", "wire", "corpus"),
    "longform": os.path.join(ROOT, "eval", "longform", "corpus"),
    "blind": os.path.join(ROOT, "eval", "blind", "corpus"),
}
KINDS = ("topic", "ellipsis", "person", "previous_answer", "misspelling")


def load_article(corpus, aid, cache):
    key = (corpus, aid)
    if key not in cache:
        path = os.path.join(corpus, aid + ".txt")
        if os.path.isfile(path):
            with open(path, encoding="utf-8") as f:
                cache[key] = f.read().lower()
        else:
            cache[key] = None
    return cache[key]


def check_file(path, errors, stats, seen_ids):
    name = os.path.splitext(os.path.basename(path))[0]
    corpus = CORPORA.get(name)
    if corpus is None:
        errors.append(f"{path}: no corpus folder known for '{name}'")
        return
    cache = {}
    pairs = set()
    turns = defaultdict(list)
    n_items = 0
    with open(path, encoding="utf-8") as f:
        for ln, raw in enumerate(f, 1):
            if not raw.strip():
                continue
            where = f"{os.path.basename(path)}:{ln}"
            try:
                it = json.loads(raw)
            except json.JSONDecodeError as e:
                errors.append(f"{where}: bad JSON ({e})")
                continue
            if not isinstance(it, dict):
                errors.append(f"{where}: not an object")
                continue
            n_items += 1
            iid = it.get("id")
            if not isinstance(iid, str) or not iid:
                errors.append(f"{where}: missing id")
            elif iid in seen_ids:
                errors.append(f"{where}: duplicate id {iid} (first at {seen_ids[iid]})")
            else:
                seen_ids[iid] = where
            q = it.get("question")
            if not isinstance(q, str) or not q.strip():
                errors.append(f"{where}: missing question")
            answers = it.get("answers")
            answerable = it.get("answerable", True)
            if not isinstance(answers, list) or not all(isinstance(a, str) and a.strip() for a in answers):
                errors.append(f"{where}: answers must be a list of non-empty strings")
                answers = []
            if not isinstance(answerable, bool):
                errors.append(f"{where}: answerable must be true/false")
            elif answerable and not answers:
                errors.append(f"{where}: answerable item with no answers")
            elif not answerable and answers:
                errors.append(f"{where}: unanswerable item with answers")
            sources = it.get("sources", [])
            if not isinstance(sources, list) or not all(isinstance(s, str) for s in sources):
                errors.append(f"{where}: sources must be a list of strings")
                sources = []
            texts = []
            for s in sources:
                t = load_article(corpus, s, cache)
                if t is None:
                    errors.append(f"{where}: source {s} not found in {corpus}")
                else:
                    texts.append(t)
            if answerable and answers and not sources:
                errors.append(f"{where}: answerable item without sources")
            for a in answers:
                if texts and not any(a.lower() in t for t in texts):
                    errors.append(f"{where}: answer {a!r} not verbatim in {sources}")
            conv = it.get("conversation")
            turn = it.get("turn")
            if not isinstance(conv, str) or not conv:
                errors.append(f"{where}: missing conversation")
                continue
            if not isinstance(turn, int) or isinstance(turn, bool) or turn < 1:
                errors.append(f"{where}: turn must be an integer >= 1")
                continue
            if (conv, turn) in pairs:
                errors.append(f"{where}: repeated (conversation, turn) ({conv}, {turn})")
            pairs.add((conv, turn))
            turns[conv].append(turn)
            sa = it.get("standalone")
            if not isinstance(sa, str) or not sa.strip():
                errors.append(f"{where}: missing standalone")
            if turn == 1:
                if sa != q:
                    errors.append(f"{where}: turn 1 standalone must equal question")
                kind = "first"
            else:
                rw = it.get("rewrites")
                if not isinstance(rw, list) or not (2 <= len(rw) <= 4) or not all(isinstance(r, str) and r.strip() for r in rw):
                    errors.append(f"{where}: rewrites must be 2-4 non-empty strings")
                elif sa not in rw:
                    errors.append(f"{where}: rewrites must include standalone")
                elif len(set(rw)) != len(rw):
                    errors.append(f"{where}: duplicate rewrites")
                kind = it.get("kind")
                if kind not in KINDS:
                    errors.append(f"{where}: kind must be one of {KINDS}, got {kind!r}")
                    kind = "bad"
            stats["kind"][kind] += 1
            stats["file_kind"][(name, kind)] += 1
            if answerable is False:
                stats["unanswerable"][name] += 1
    for conv, ts in turns.items():
        if sorted(ts) != list(range(1, len(ts) + 1)):
            errors.append(f"{path}: conversation {conv} turns {sorted(ts)} are not 1..n")
        if not 4 <= len(ts) <= 6:
            errors.append(f"{path}: conversation {conv} has {len(ts)} turns (want 4-6)")
    stats["items"][name] = n_items
    stats["convs"][name] = len(turns)


def main(argv):
    files = argv[1:] or sorted(
        os.path.join(HERE, f) for f in os.listdir(HERE) if f.endswith(".jsonl"))
    errors = []
    stats = {k: Counter() for k in ("kind", "file_kind", "unanswerable", "items", "convs")}
    seen_ids = {}
    for p in files:
        check_file(p, errors, stats, seen_ids)
    for name in stats["items"]:
        fk = {k: stats["file_kind"][(name, k)] for k in KINDS}
        print(f"{name}.jsonl: {stats['convs'][name]} conversations, {stats['items'][name]} items, "
              f"{stats['unanswerable'][name]} unanswerable, follow-up kinds {fk}")
    tot = sum(stats["items"].values())
    print(f"total: {sum(stats['convs'].values())} conversations, {tot} items, "
          f"{sum(stats['unanswerable'].values())} unanswerable, "
          f"{sum(stats['kind'][k] for k in KINDS)} follow-ups: "
          + ", ".join(f"{k}={stats['kind'][k]}" for k in KINDS))
    if errors:
        print(f"FAIL: {len(errors)} problem(s)")
        for e in errors:
            print("  " + e)
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
