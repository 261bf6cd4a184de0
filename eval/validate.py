"""Check conversation gold files: parse, unique ids / (conversation, turn), turns 1..n, answers
present verbatim (case-insensitive) in a listed source, standalone/rewrites/kind sane.

Usage: python3 eval/validate.py [FOLDER ...]   (default: eval/dialogues; e.g. eval/conversations3)
Each FOLDER holds some of seeds.jsonl, wire.jsonl, longform.jsonl, blind.jsonl, blind2.jsonl,
transcripts.jsonl, transcripts2.jsonl, squad_tune.jsonl, squad_test.jsonl (and languages.jsonl), each read
against its corpus; a .jsonl file of any other name is reported, not skipped."""
import json, os, sys, collections
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CORPORA = {"seeds": "seeds", "wire": "eval/wire/corpus", "longform": "eval/longform/corpus",
           "blind": "eval/blind/corpus", "blind2": "eval/blind2/corpus", "transcripts": "eval/transcripts/corpus",
           "transcripts2": "eval/transcripts2/corpus", "squad_tune": "eval/squad/tune/corpus",
           "squad_test": "eval/squad/test/corpus", "languages": "seeds"}
KINDS = {"topic", "ellipsis", "person", "previous_answer", "misspelling"}
FOLDERS = [os.path.abspath(f) for f in sys.argv[1:]] or [os.path.join(ROOT, "eval", "dialogues")]
bad = 0
def fail(fn, ln, msg):
    global bad; bad += 1; print(f"{fn}:{ln}: {msg}")
total = collections.Counter(); kinds_all = collections.Counter()
for HERE in FOLDERS:
    for f in sorted(os.listdir(HERE)):
        if f.endswith(".jsonl") and f[:-6] not in CORPORA:
            fail(os.path.join(HERE, f), 0, "no corpus is known for this file name")
for HERE, name, rel in [(h, n, r) for h in FOLDERS for n, r in CORPORA.items()]:
    fn = os.path.join(HERE, name + ".jsonl")
    if not os.path.exists(fn):
        continue
    cdir = os.path.join(ROOT, rel)
    texts = {f[:-4]: open(os.path.join(cdir, f), encoding="utf-8").read().lower()
             for f in os.listdir(cdir) if f.endswith(".txt")}
    ids, ct = set(), set(); kinds = collections.Counter(); n = nf = nu = 0
    convs = collections.defaultdict(list)
    for ln, line in enumerate(open(fn, encoding="utf-8"), 1):
        if not line.strip():
            continue
        try:
            it = json.loads(line)
        except Exception as e:
            fail(fn, ln, f"bad json {e}"); continue
        n += 1
        for k in ("id", "question", "answers"):
            if k not in it: fail(fn, ln, f"missing {k}")
        if it["id"] in ids: fail(fn, ln, f"dup id {it['id']}")
        ids.add(it["id"])
        ans = it.get("answerable", True)
        if ans and not it["answers"]: fail(fn, ln, "answerable with no answers")
        if not ans and it["answers"]: fail(fn, ln, "unanswerable with answers")
        if not ans: nu += 1
        for s in it.get("sources", []):
            if s not in texts: fail(fn, ln, f"unknown source {s}")
        for a in it["answers"]:
            if not any(a.lower() in texts.get(s, "") for s in it.get("sources", [])):
                fail(fn, ln, f"answer not verbatim in sources: {a!r}")
        if "conversation" in it:
            t = it.get("turn")
            if not isinstance(t, int) or t < 1: fail(fn, ln, "bad turn")
            key = (it["conversation"], t)
            if key in ct: fail(fn, ln, f"dup (conversation, turn) {key}")
            ct.add(key); convs[it["conversation"]].append(t)
            if t == 1:
                if it.get("standalone") != it["question"]: fail(fn, ln, "turn 1 standalone != question")
            else:
                nf += 1
                if it.get("kind") not in KINDS: fail(fn, ln, f"bad kind {it.get('kind')}")
                kinds[it.get("kind")] += 1
                rw = it.get("rewrites", [])
                if not it.get("standalone") or not (2 <= len(rw) <= 4) or it["standalone"] not in rw:
                    fail(fn, ln, "standalone/rewrites malformed")
        if name == "languages" and it.get("lang") not in {"en", "es", "de", "hi"}:
            fail(fn, ln, "bad lang")
    for c, ts in convs.items():
        if not 4 <= len(ts) <= 6: fail(fn, 0, f"{c} has {len(ts)} turns")
        if sorted(ts) != list(range(1, len(ts) + 1)): fail(fn, 0, f"{c} turns are not 1..{len(ts)}")
    lang = ""
    if name == "languages":
        lang = " langs=" + str(dict(collections.Counter(json.loads(l)["lang"] for l in open(fn, encoding="utf-8") if l.strip())))
    print(f"{os.path.relpath(fn, ROOT)}: items={n} conversations={len(convs)} followups={nf} unanswerable={nu} kinds={dict(kinds)}{lang}")
    kinds_all += kinds; total["items"] += n; total["followups"] += nf; total["conv"] += len(convs); total["unans"] += nu
print("total:", dict(total), "kinds:", dict(kinds_all))
print("FAIL" if bad else "OK", bad)
sys.exit(1 if bad else 0)
