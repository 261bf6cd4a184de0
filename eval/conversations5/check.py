#!/usr/bin/env python3
"""Check the conversation gold files in this folder (python3 stdlib only).

Checks, for seeds.jsonl, wire.jsonl, longform.jsonl and blind.jsonl:
  * every non-blank line parses as a JSON object with the required fields;
  * ids are unique (across all files) and follow r5-<file>-cNN-T;
  * (conversation, turn) is unique; each conversation has turns 1..n, 4 <= n <= 6;
  * turn 1 has standalone == question; every follow-up (turn >= 2) has a
    non-empty standalone, 2-4 rewrites that include the standalone, and a kind
    from the allowed list;
  * answerable items have 1-3 answers and sources; every answer appears verbatim
    (case-insensitive) as whole words in at least one listed source, looked up
    in that file's corpus folder;
  * unanswerable items have answers [] and sources [];
  * every listed source exists in the corpus folder.
Prints counts per file, per kind and of unanswerable items; exits 1 on any error.
"""
import json
import os
import re
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
REQUIRED = ("id", "question", "answers", "answerable", "sources", "conversation", "turn", "standalone")
ID_RE = re.compile(r"^r5-(?P<file>[a-z]+)-c(?P<conv>\d{2})-(?P<turn>\d+)$")

errors = []
_text_cache = {}


def err(where, msg):
    errors.append(f"{where}: {msg}")


def article_text(corpus_dir, art_id):
    path = os.path.join(corpus_dir, art_id + ".txt")
    if path not in _text_cache:
        if not os.path.isfile(path):
            _text_cache[path] = None
        else:
            with open(path, encoding="utf-8") as f:
                _text_cache[path] = f.read()
    return _text_cache[path]


def whole_word_in(answer, text):
    """answer occurs case-insensitively in text, not glued to letters/digits."""
    a, t = answer.lower(), text.lower()
    start = 0
    while True:
        i = t.find(a, start)
        if i < 0:
            return False
        before = t[i - 1] if i > 0 else " "
        after = t[i + len(a)] if i + len(a) < len(t) else " "
        ok_before = not (a[0].isalnum() and before.isalnum())
        ok_after = not (a[-1].isalnum() and after.isalnum())
        if ok_before and ok_after:
            return True
        start = i + 1


def main():
    all_ids = set()
    kinds_total = Counter()
    per_file = {}
    unans_total = 0
    for name, corpus_dir in CORPORA.items():
        path = os.path.join(HERE, name + ".jsonl")
        if not os.path.isfile(path):
            err(name, "file missing")
            continue
        convs = defaultdict(list)
        seen_ct = set()
        n_items = 0
        kinds = Counter()
        unans = 0
        with open(path, encoding="utf-8") as f:
            for ln, line in enumerate(f, 1):
                where = f"{name}.jsonl:{ln}"
                if not line.strip():
                    continue
                try:
                    item = json.loads(line)
                except json.JSONDecodeError as e:
                    err(where, f"malformed JSON: {e}")
                    continue
                if not isinstance(item, dict):
                    err(where, "not a JSON object")
                    continue
                missing = [k for k in REQUIRED if k not in item]
                if missing:
                    err(where, f"missing fields {missing}")
                    continue
                n_items += 1
                iid, conv, turn = item["id"], item["conversation"], item["turn"]
                if iid in all_ids:
                    err(where, f"duplicate id {iid}")
                all_ids.add(iid)
                if not isinstance(turn, int) or isinstance(turn, bool) or turn < 1:
                    err(where, f"bad turn {turn!r}")
                    continue
                if (conv, turn) in seen_ct:
                    err(where, f"duplicate (conversation, turn) ({conv}, {turn})")
                seen_ct.add((conv, turn))
                convs[conv].append(turn)
                m = ID_RE.match(iid)
                if not m or m.group("file") != name or f"r5-{name}-c{m.group('conv')}" != conv \
                        or int(m.group("turn")) != turn:
                    err(where, f"id {iid} does not match r5-{name}-cNN-T / conversation {conv} / turn {turn}")
                q = item["question"]
                if not isinstance(q, str) or not q.strip():
                    err(where, "empty question")
                sa = item["standalone"]
                if not isinstance(sa, str) or not sa.strip():
                    err(where, "empty standalone")
                if turn == 1:
                    if sa != q:
                        err(where, "turn 1: standalone must equal question")
                else:
                    rw = item.get("rewrites")
                    if not isinstance(rw, list) or not 2 <= len(rw) <= 4 \
                            or not all(isinstance(r, str) and r.strip() for r in rw):
                        err(where, "follow-up needs 2-4 non-empty rewrites")
                    elif sa not in rw:
                        err(where, "rewrites must include the standalone")
                    elif len(set(rw)) != len(rw):
                        err(where, "duplicate rewrites")
                    kind = item.get("kind")
                    if kind not in KINDS:
                        err(where, f"bad or missing kind {kind!r}")
                    else:
                        kinds[kind] += 1
                answers, sources, answerable = item["answers"], item["sources"], item["answerable"]
                if not isinstance(answerable, bool):
                    err(where, "answerable must be a bool")
                    continue
                if not isinstance(answers, list) or not isinstance(sources, list):
                    err(where, "answers and sources must be lists")
                    continue
                for s in sources:
                    if not isinstance(s, str) or article_text(corpus_dir, s) is None:
                        err(where, f"source {s!r} not found in {corpus_dir}")
                if not answerable:
                    unans += 1
                    if answers or sources:
                        err(where, "unanswerable item must have answers [] and sources []")
                    continue
                if not 1 <= len(answers) <= 3:
                    err(where, f"answerable item needs 1-3 answers, has {len(answers)}")
                if not sources:
                    err(where, "answerable item has no sources")
                texts = [article_text(corpus_dir, s) for s in sources if isinstance(s, str)]
                texts = [t for t in texts if t is not None]
                for a in answers:
                    if not isinstance(a, str) or not a.strip():
                        err(where, f"empty answer {a!r}")
                    elif not any(whole_word_in(a, t) for t in texts):
                        err(where, f"answer {a!r} not found verbatim (whole words) in {sources}")
        for conv, turns in convs.items():
            ts = sorted(turns)
            if ts != list(range(1, len(ts) + 1)):
                err(name, f"{conv}: turns {ts} are not 1..n")
            if not 4 <= len(ts) <= 6:
                err(name, f"{conv}: {len(ts)} turns, want 4-6")
        per_file[name] = (n_items, len(convs), kinds, unans)
        kinds_total.update(kinds)
        unans_total += unans

    print(f"{'file':<10} {'items':>5} {'convs':>5} " + " ".join(f"{k:>15}" for k in KINDS) + f" {'unanswerable':>12}")
    for name, (n, c, kinds, u) in per_file.items():
        print(f"{name:<10} {n:>5} {c:>5} " + " ".join(f"{kinds[k]:>15}" for k in KINDS) + f" {u:>12}")
    tot_items = sum(v[0] for v in per_file.values())
    tot_convs = sum(v[1] for v in per_file.values())
    print(f"{'total':<10} {tot_items:>5} {tot_convs:>5} " + " ".join(f"{kinds_total[k]:>15}" for k in KINDS)
          + f" {unans_total:>12}")
    for k in KINDS:
        if kinds_total[k] < 9:
            err("totals", f"kind {k} has {kinds_total[k]} follow-ups, want >= 9")
    if unans_total < 6:
        err("totals", f"{unans_total} unanswerable items, want >= 6")
    if errors:
        print(f"\nFAIL: {len(errors)} error(s)")
        for e in errors:
            print("  " + e)
        return 1
    print("\nOK: all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
