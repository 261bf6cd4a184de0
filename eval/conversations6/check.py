#!/usr/bin/env python3
"""Check the r6 conversation gold files (python3 stdlib only).

Checks, per file: every non-blank line parses as a JSON object; ids unique;
(conversation, turn) unique; turns of each conversation are 1..n; id equals
"<conversation>-<turn>"; every follow-up (turn >= 2) has a standalone string,
2-4 rewrites including the standalone, and a known kind; answerable items have
answers and sources; unanswerable items have none; every source exists in the
file's corpus folder; every answer appears verbatim (case-insensitive, whole
words) in at least one listed source.  Prints counts and exits 1 on any error.
"""
import json
import os
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))
CORPORA = {
    "seeds.jsonl": os.path.join(ROOT, "seeds"),
    "wire.jsonl": os.path.join(ROOT, "eval", "wire", "corpus"),
    "longform.jsonl": os.path.join(ROOT, "eval", "longform", "corpus"),
    "blind.jsonl": os.path.join(ROOT, "eval", "blind", "corpus"),
}
KINDS = ("topic", "ellipsis", "person", "previous_answer", "misspelling")


def load_article(folder, aid, cache):
    key = (folder, aid)
    if key not in cache:
        path = os.path.join(folder, aid + ".txt")
        if not os.path.isfile(path):
            cache[key] = None
        else:
            with open(path, encoding="utf-8") as f:
                cache[key] = f.read()
    return cache[key]


def whole_word_in(answer, text):
    a, t = answer.lower(), text.lower()
    if len(a) != len(answer) or len(t) != len(text):  # lower() changed lengths; fall back
        return a in t
    start = 0
    while True:
        i = t.find(a, start)
        if i < 0:
            return False
        j = i + len(a)
        ok_left = not a[0].isalnum() or i == 0 or not t[i - 1].isalnum()
        ok_right = not a[-1].isalnum() or j == len(t) or not t[j].isalnum()
        if ok_left and ok_right:
            return True
        start = i + 1


def check_file(name, folder, errors, totals):
    path = os.path.join(HERE, name)
    if not os.path.isfile(path):
        errors.append(f"{name}: missing")
        return
    cache = {}
    ids = set()
    pairs = set()
    turns = defaultdict(list)
    kinds = Counter()
    n = n_unans = n_follow = 0
    with open(path, encoding="utf-8") as f:
        for ln, line in enumerate(f, 1):
            if not line.strip():
                continue
            where = f"{name}:{ln}"
            try:
                it = json.loads(line)
            except json.JSONDecodeError as e:
                errors.append(f"{where}: bad JSON: {e}")
                continue
            if not isinstance(it, dict):
                errors.append(f"{where}: not an object")
                continue
            n += 1
            iid, conv, turn = it.get("id"), it.get("conversation"), it.get("turn")
            if not isinstance(iid, str) or not iid:
                errors.append(f"{where}: missing id")
            elif iid in ids:
                errors.append(f"{where}: duplicate id {iid}")
            ids.add(iid)
            if not isinstance(it.get("question"), str) or not it["question"].strip():
                errors.append(f"{where}: missing question")
            if not isinstance(conv, str) or not conv:
                errors.append(f"{where}: missing conversation")
                continue
            if not isinstance(turn, int) or isinstance(turn, bool) or turn < 1:
                errors.append(f"{where}: bad turn {turn!r}")
                continue
            if (conv, turn) in pairs:
                errors.append(f"{where}: duplicate (conversation, turn) ({conv}, {turn})")
            pairs.add((conv, turn))
            turns[conv].append(turn)
            if iid != f"{conv}-{turn}":
                errors.append(f"{where}: id {iid} != {conv}-{turn}")
            stem = name[:-len(".jsonl")]
            if not conv.startswith(f"r6-{stem}-c"):
                errors.append(f"{where}: conversation {conv} not r6-{stem}-cNN")
            sa = it.get("standalone")
            if not isinstance(sa, str) or not sa.strip():
                errors.append(f"{where}: missing standalone")
            if turn >= 2:
                n_follow += 1
                rw = it.get("rewrites")
                if not isinstance(rw, list) or not 2 <= len(rw) <= 4 or not all(isinstance(r, str) and r.strip() for r in rw):
                    errors.append(f"{where}: rewrites must be 2-4 strings")
                elif sa not in rw:
                    errors.append(f"{where}: standalone not among rewrites")
                k = it.get("kind")
                if k not in KINDS:
                    errors.append(f"{where}: bad kind {k!r}")
                else:
                    kinds[k] += 1
            answerable = it.get("answerable", True)
            if not isinstance(answerable, bool):
                errors.append(f"{where}: answerable not a bool")
                continue
            answers = it.get("answers")
            sources = it.get("sources", [])
            if not isinstance(answers, list) or not all(isinstance(a, str) for a in answers):
                errors.append(f"{where}: answers must be a list of strings")
                continue
            if not isinstance(sources, list) or not all(isinstance(s, str) for s in sources):
                errors.append(f"{where}: sources must be a list of strings")
                continue
            if not answerable:
                n_unans += 1
                if answers or sources:
                    errors.append(f"{where}: unanswerable item with answers or sources")
                continue
            if not 1 <= len(answers) <= 3:
                errors.append(f"{where}: answerable item needs 1-3 answers, has {len(answers)}")
            if not sources:
                errors.append(f"{where}: answerable item without sources")
            texts = []
            for s in sources:
                t = load_article(folder, s, cache)
                if t is None:
                    errors.append(f"{where}: source {s} not found in {folder}")
                else:
                    texts.append(t)
            for a in answers:
                if not a.strip():
                    errors.append(f"{where}: empty answer")
                elif not any(whole_word_in(a, t) for t in texts):
                    errors.append(f"{where}: answer {a!r} not found verbatim in {sources}")
    for conv, ts in turns.items():
        if sorted(ts) != list(range(1, len(ts) + 1)):
            errors.append(f"{name}: conversation {conv} turns {sorted(ts)} are not 1..n")
        if not 4 <= len(ts) <= 6:
            errors.append(f"{name}: conversation {conv} has {len(ts)} turns (want 4-6)")
    print(f"{name}: {n} items, {len(turns)} conversations, {n_follow} follow-ups, "
          f"{n_unans} unanswerable, kinds {dict(sorted(kinds.items()))}")
    totals["items"] += n
    totals["conversations"] += len(turns)
    totals["followups"] += n_follow
    totals["unanswerable"] += n_unans
    for k, v in kinds.items():
        totals["kind:" + k] += v


def main():
    errors = []
    totals = Counter()
    for name, folder in CORPORA.items():
        check_file(name, folder, errors, totals)
    print("total: " + ", ".join(f"{k} {totals[k]}" for k in ("items", "conversations", "followups", "unanswerable")))
    print("kinds: " + ", ".join(f"{k} {totals['kind:' + k]}" for k in KINDS))
    for e in errors:
        print("ERROR", e)
    if errors:
        print(f"FAIL: {len(errors)} error(s)")
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
