#!/usr/bin/env python3
"""Check the conversations3 gold files (python3 stdlib only).

Usage: python3 eval/conversations3/check.py   (from anywhere)

Checks, per file:
  * every non-blank line parses as a JSON object with the required fields;
  * ids are unique (across all four files) and follow r3-<file>-cNN-T;
  * (conversation, turn) pairs are unique and each conversation has turns 1..n (4 <= n <= 6);
  * turn 1 has standalone == question; every follow-up (turn >= 2) has a non-empty
    standalone, 2-4 rewrites that include the standalone, and a known kind;
  * answerable items have answers and sources; unanswerable ones have neither;
  * every source is an article file in the file's corpus folder, and every answer
    appears verbatim (case-insensitive) in at least one listed source;
  * every alternative appears verbatim (case-insensitive) somewhere in the corpus.
Then prints counts per file, per kind, and the number of unanswerable items.
Exit status 0 when everything passes, 1 otherwise.
"""
import json
import os
import re
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
EVAL = os.path.dirname(HERE)
ROOT = os.path.dirname(EVAL)

CORPORA = {
    "seeds": os.path.join(ROOT, "seeds"),
    "wire": os.path.join(EVAL, "wire", "corpus"),
    "longform": os.path.join(EVAL, "longform", "corpus"),
    "blind": os.path.join(EVAL, "blind", "corpus"),
}
KINDS = ("topic", "ellipsis", "person", "previous_answer", "misspelling")
REQUIRED = ("id", "question", "answers", "answerable", "sources",
            "conversation", "turn", "standalone")


def load_corpus(folder):
    texts = {}
    for name in sorted(os.listdir(folder)):
        if name.endswith(".txt"):
            with open(os.path.join(folder, name), encoding="utf-8") as f:
                texts[name[:-4]] = f.read()
    return texts


def main():
    errors = []
    seen_ids = set()
    kinds = Counter()
    kinds_by_file = defaultdict(Counter)
    per_file = {}
    unanswerable = Counter()
    unanswerable_followups = 0

    for fname, folder in CORPORA.items():
        path = os.path.join(HERE, fname + ".jsonl")
        if not os.path.exists(path):
            errors.append(f"{fname}.jsonl: missing")
            continue
        corpus = load_corpus(folder)
        lowered = {k: v.lower() for k, v in corpus.items()}
        turns = defaultdict(list)
        n_items = 0
        id_re = re.compile(r"^r3-%s-c(\d\d)-(\d+)$" % re.escape(fname))

        with open(path, encoding="utf-8") as f:
            lines = f.read().split("\n")
        for ln, line in enumerate(lines, 1):
            if not line.strip():
                continue
            where = f"{fname}.jsonl:{ln}"
            try:
                it = json.loads(line)
            except json.JSONDecodeError as e:
                errors.append(f"{where}: malformed JSON ({e})")
                continue
            if not isinstance(it, dict):
                errors.append(f"{where}: not a JSON object")
                continue
            missing = [k for k in REQUIRED if k not in it]
            if missing:
                errors.append(f"{where}: missing fields {missing}")
                continue
            n_items += 1
            iid, conv, turn = it["id"], it["conversation"], it["turn"]
            if iid in seen_ids:
                errors.append(f"{where}: duplicate id {iid}")
            seen_ids.add(iid)
            if not isinstance(turn, int) or isinstance(turn, bool) or turn < 1:
                errors.append(f"{where}: bad turn {turn!r}")
                continue
            m = id_re.match(iid)
            if not m:
                errors.append(f"{where}: id {iid} does not match r3-{fname}-cNN-T")
            elif f"r3-{fname}-c{m.group(1)}" != conv or int(m.group(2)) != turn:
                errors.append(f"{where}: id {iid} disagrees with conversation/turn")
            turns[conv].append((turn, ln))
            if not isinstance(it["question"], str) or not it["question"].strip():
                errors.append(f"{where}: empty question")

            # follow-up fields
            sa = it["standalone"]
            if not isinstance(sa, str) or not sa.strip():
                errors.append(f"{where}: empty standalone")
            if turn == 1:
                if sa != it["question"]:
                    errors.append(f"{where}: turn 1 standalone differs from question")
            else:
                rw = it.get("rewrites")
                if not isinstance(rw, list) or not 2 <= len(rw) <= 4 \
                        or not all(isinstance(r, str) and r.strip() for r in rw):
                    errors.append(f"{where}: rewrites must be 2-4 non-empty strings")
                elif sa not in rw:
                    errors.append(f"{where}: rewrites do not include standalone")
                elif len(set(rw)) != len(rw):
                    errors.append(f"{where}: repeated rewrite")
                kind = it.get("kind")
                if kind not in KINDS:
                    errors.append(f"{where}: bad or missing kind {kind!r}")
                else:
                    kinds[kind] += 1
                    kinds_by_file[fname][kind] += 1

            # answers and sources
            answers, sources, answerable = it["answers"], it["sources"], it["answerable"]
            if not isinstance(answerable, bool):
                errors.append(f"{where}: answerable must be a bool")
                continue
            if not isinstance(answers, list) or not all(isinstance(a, str) for a in answers):
                errors.append(f"{where}: answers must be a list of strings")
                continue
            if not isinstance(sources, list) or not all(isinstance(s, str) for s in sources):
                errors.append(f"{where}: sources must be a list of strings")
                continue
            if not answerable:
                unanswerable[fname] += 1
                if turn >= 2:
                    unanswerable_followups += 1
                if answers or sources:
                    errors.append(f"{where}: unanswerable item has answers or sources")
                continue
            if not answers:
                errors.append(f"{where}: answerable item without answers")
            if not 1 <= len(answers) <= 3:
                errors.append(f"{where}: expected 1-3 answers, got {len(answers)}")
            if not sources:
                errors.append(f"{where}: answerable item without sources")
            for s in sources:
                if s not in corpus:
                    errors.append(f"{where}: source {s!r} not found in {folder}")
            for a in answers:
                if not a.strip():
                    errors.append(f"{where}: empty answer")
                elif not any(a.lower() in lowered[s] for s in sources if s in lowered):
                    errors.append(f"{where}: answer {a!r} not verbatim in sources {sources}")
            for alt in it.get("alternatives", []):
                if not any(alt.lower() in t for t in lowered.values()):
                    errors.append(f"{where}: alternative {alt!r} not found in the corpus")

        for conv, ts in turns.items():
            nums = sorted(t for t, _ in ts)
            if len(nums) != len(set(nums)):
                errors.append(f"{fname}.jsonl: repeated (conversation, turn) in {conv}")
            if nums != list(range(1, len(nums) + 1)):
                errors.append(f"{fname}.jsonl: {conv} turns are {nums}, not 1..n")
            if not 4 <= len(nums) <= 6:
                errors.append(f"{fname}.jsonl: {conv} has {len(nums)} turns (want 4-6)")
        per_file[fname] = (n_items, len(turns))

    print("file        items  conversations  unanswerable  " + "  ".join(KINDS))
    for fname, (n, c) in per_file.items():
        kc = "  ".join(f"{kinds_by_file[fname][k]:>{len(k)}}" for k in KINDS)
        print(f"{fname:<10} {n:>6} {c:>14} {unanswerable[fname]:>13}  {kc}")
    total = sum(n for n, _ in per_file.values())
    print(f"total items {total}, follow-ups {sum(kinds.values())}, "
          f"unanswerable {sum(unanswerable.values())} (follow-ups: {unanswerable_followups})")
    print("kinds: " + ", ".join(f"{k}={kinds[k]}" for k in KINDS))
    for k in KINDS:
        if kinds[k] < 9:
            errors.append(f"kind {k} has only {kinds[k]} follow-ups (want >= 9)")
    if unanswerable_followups < 6:
        errors.append(f"only {unanswerable_followups} unanswerable follow-ups (want >= 6)")

    if errors:
        print(f"FAIL: {len(errors)} problem(s)")
        for e in errors:
            print("  " + e)
        return 1
    print("OK: all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
