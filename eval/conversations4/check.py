#!/usr/bin/env python3
"""Check the r4 conversation gold files (python3 stdlib only).

Usage: python3 check.py            # checks every *.jsonl listed in CORPORA
Exit status 0 when every check passes, 1 otherwise.
"""
import json
import os
import re
import sys
import unicodedata
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))  # repository root (/work/main)

CORPORA = {
    "seeds.jsonl": os.path.join(ROOT, "seeds"),
    "wire.jsonl": os.path.join(ROOT, "eval", "wire", "corpus"),
    "longform.jsonl": os.path.join(ROOT, "eval", "longform", "corpus"),
    "blind.jsonl": os.path.join(ROOT, "eval", "blind", "corpus"),
}
KINDS = ("topic", "ellipsis", "person", "previous_answer", "misspelling")
MIN_PER_KIND = 9
MIN_UNANSWERABLE = 6
TURNS_MIN, TURNS_MAX = 4, 6


def normalize(s):
    """Gold-format normalization: NFKC, lower, drop P*/S* chars, drop a/an/the."""
    s = unicodedata.normalize("NFKC", s).lower()
    s = "".join(ch for ch in s if not unicodedata.category(ch).startswith(("P", "S")))
    return [w for w in s.split() if w not in ("a", "an", "the")]


def contains_tokens(hay, needle):
    n = len(needle)
    return n > 0 and any(hay[i:i + n] == needle for i in range(len(hay) - n + 1))


def load_article(folder, art_id, cache):
    key = (folder, art_id)
    if key not in cache:
        path = os.path.join(folder, art_id + ".txt")
        if not os.path.isfile(path):
            cache[key] = None
        else:
            with open(path, encoding="utf-8") as f:
                cache[key] = f.read()
    return cache[key]


def check_file(fname, folder, errors, stats, seen_ids, cache):
    path = os.path.join(HERE, fname)
    prefix = "r4-" + fname[:-len(".jsonl")] + "-"
    if not os.path.isfile(path):
        errors.append(f"{fname}: missing")
        return
    convs = {}
    seen_ct = set()
    with open(path, encoding="utf-8") as f:
        for ln, raw in enumerate(f, 1):
            if not raw.strip():
                continue
            where = f"{fname}:{ln}"
            try:
                item = json.loads(raw)
            except json.JSONDecodeError as e:
                errors.append(f"{where}: bad JSON ({e})")
                continue
            if not isinstance(item, dict):
                errors.append(f"{where}: not an object")
                continue
            iid = item.get("id")
            if not isinstance(iid, str) or not iid:
                errors.append(f"{where}: missing id")
                continue
            if iid in seen_ids:
                errors.append(f"{where}: duplicate id {iid}")
            seen_ids.add(iid)
            q = item.get("question")
            if not isinstance(q, str) or not q.strip():
                errors.append(f"{where}: missing question")
            conv, turn = item.get("conversation"), item.get("turn")
            if not isinstance(conv, str) or not conv.startswith(prefix):
                errors.append(f"{where}: conversation {conv!r} does not start with {prefix!r}")
                continue
            if not re.fullmatch(re.escape(prefix) + r"c\d\d", conv):
                errors.append(f"{where}: conversation {conv!r} not of form {prefix}cNN")
            if not isinstance(turn, int) or isinstance(turn, bool) or turn < 1:
                errors.append(f"{where}: bad turn {turn!r}")
                continue
            if iid != f"{conv}-{turn}":
                errors.append(f"{where}: id {iid} != {conv}-{turn}")
            if (conv, turn) in seen_ct:
                errors.append(f"{where}: repeated (conversation, turn) {(conv, turn)}")
            seen_ct.add((conv, turn))
            convs.setdefault(conv, []).append(turn)

            answers = item.get("answers")
            answerable = item.get("answerable", True)
            sources = item.get("sources", [])
            if not isinstance(answers, list) or not all(isinstance(a, str) and a.strip() for a in answers):
                errors.append(f"{where}: answers must be a list of non-empty strings")
                answers = []
            if not isinstance(answerable, bool):
                errors.append(f"{where}: answerable must be a bool")
            if not isinstance(sources, list) or not all(isinstance(s, str) for s in sources):
                errors.append(f"{where}: sources must be a list of strings")
                sources = []

            sa = item.get("standalone")
            if not isinstance(sa, str) or not sa.strip():
                errors.append(f"{where}: missing standalone")
            if turn == 1:
                if sa != q:
                    errors.append(f"{where}: turn 1 standalone must equal question")
            else:
                rw = item.get("rewrites")
                if not isinstance(rw, list) or not (2 <= len(rw) <= 4) or not all(isinstance(r, str) and r.strip() for r in rw):
                    errors.append(f"{where}: rewrites must be 2-4 non-empty strings")
                elif sa not in rw:
                    errors.append(f"{where}: rewrites must include standalone")
                elif len(set(rw)) != len(rw):
                    errors.append(f"{where}: duplicate rewrites")
                kind = item.get("kind")
                if kind not in KINDS:
                    errors.append(f"{where}: bad kind {kind!r}")
                else:
                    stats["kind"][kind] += 1
                    stats["kind_" + fname][kind] += 1

            if answerable is False:
                stats["unanswerable"] += 1
                if "alternatives" in item:
                    errors.append(f"{where}: unanswerable item must not have alternatives")
                stats["unanswerable_" + fname] += 1
                if answers or sources:
                    errors.append(f"{where}: unanswerable item must have empty answers and sources")
                continue
            if not (1 <= len(answers) <= 3):
                errors.append(f"{where}: answerable item needs 1-3 answers")
            if not sources:
                errors.append(f"{where}: answerable item needs sources")
            texts = []
            for s in sources:
                t = load_article(folder, s, cache)
                if t is None:
                    errors.append(f"{where}: source {s!r} not found in {folder}")
                else:
                    texts.append(t)
            for a in answers:
                if not any(a.lower() in t.lower() for t in texts):
                    errors.append(f"{where}: answer {a!r} not found verbatim in {sources}")
                elif not any(contains_tokens(normalize(t), normalize(a)) for t in texts):
                    errors.append(f"{where}: answer {a!r} not found as whole normalized tokens in {sources}")
            # alternatives (values other articles give; ignored by scoring) must
            # appear verbatim in some article of the same corpus folder.
            alts = item.get("alternatives", [])
            if not isinstance(alts, list) or not all(isinstance(a, str) and a.strip() for a in alts):
                errors.append(f"{where}: alternatives must be a list of non-empty strings")
                alts = []
            corpus_texts = [load_article(folder, n[:-4], cache) for n in sorted(os.listdir(folder)) if n.endswith(".txt")]
            for a in alts:
                if not any(a.lower() in t.lower() for t in corpus_texts):
                    errors.append(f"{where}: alternative {a!r} not found verbatim in any article of {folder}")

    for conv, turns in sorted(convs.items()):
        st = sorted(turns)
        if st != list(range(1, len(st) + 1)):
            errors.append(f"{fname}: {conv} turns {st} are not 1..n")
        if not (TURNS_MIN <= len(st) <= TURNS_MAX):
            errors.append(f"{fname}: {conv} has {len(st)} turns (want {TURNS_MIN}-{TURNS_MAX})")
    stats["conversations_" + fname] = len(convs)
    stats["items_" + fname] = len(seen_ct)
    if len(convs) != 3:
        errors.append(f"{fname}: {len(convs)} conversations (want 3)")


def main():
    errors, cache, seen_ids = [], {}, set()
    stats = Counter()
    stats["kind"] = Counter()
    for fname in CORPORA:
        stats["kind_" + fname] = Counter()
    for fname, folder in CORPORA.items():
        check_file(fname, folder, errors, stats, seen_ids, cache)
    for k in KINDS:
        if stats["kind"][k] < MIN_PER_KIND:
            errors.append(f"kind {k}: {stats['kind'][k]} follow-ups (want >= {MIN_PER_KIND})")
    if stats["unanswerable"] < MIN_UNANSWERABLE:
        errors.append(f"unanswerable: {stats['unanswerable']} (want >= {MIN_UNANSWERABLE})")

    for fname in CORPORA:
        kc = stats["kind_" + fname]
        print(f"{fname}: {stats['conversations_' + fname]} conversations, {stats['items_' + fname]} items, "
              f"{sum(kc.values())} follow-ups, {stats['unanswerable_' + fname]} unanswerable; "
              + ", ".join(f"{k}={kc[k]}" for k in KINDS))
    kc = stats["kind"]
    print(f"total: {sum(stats['items_' + f] for f in CORPORA)} items, {sum(kc.values())} follow-ups, "
          f"{stats['unanswerable']} unanswerable; " + ", ".join(f"{k}={kc[k]}" for k in KINDS))
    if errors:
        print(f"FAIL: {len(errors)} problem(s)")
        for e in errors:
            print("  " + e)
        return 1
    print("OK: all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
