"""Fit the model that picks what "it" stands for in a follow-up (qa/models/antecedents.json).

    python -m train.antecedents [--hold-out conversations26 ...] [--dry-run]

Every conversation of the development sets (eval/dialogues/, eval/conversations*/ but those held
out) is asked through `Conversation.ask`. Each time a follow-up's "it" or "its" is weighed, every
candidate of `Conversation._antecedent_pool` is labelled by how well it covers what the set's
writer added to the follow-up to make it stand alone (token f1 against the standalone question and
its accepted rewrites, less the follow-up's own words): a candidate within 0.1 of the best of its
pool and at 0.5 or more is right. A logistic model of `Conversation._antecedent_features` is fitted
(L2, gradient descent). Its pick overrules the rules' choice (the first, or the one the articles'
evidence moved first: what qa chose before the model) only by a margin of its score, the margin
with the most summed f1 when each set is left out in turn; those figures, against the rules'
choice and their first choice, are written with the weights. The conversations are read
with the model already shipped, so refitting after a change of the rules is one run.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from qa.cli import load  # noqa: E402
from qa.conversation import ANTECEDENT_MODEL, Conversation, antecedent_model  # noqa: E402
from qa.evaluate import _ordered, read_gold  # noqa: E402
from qa.text import tokenize  # noqa: E402

CORPORA = {"seeds": "seeds", "wire": "eval/wire/corpus", "longform": "eval/longform/corpus",
           "blind": "eval/blind/corpus", "blind2": "eval/blind2/corpus", "transcripts": "eval/transcripts/corpus",
           "transcripts2": "eval/transcripts2/corpus", "squad_tune": "eval/squad/tune/corpus",
           "squad_test": "eval/squad/test/corpus"}
L2 = 1.0
RIGHT = 0.5  # the least f1 of a right candidate
NEAR_BEST = 0.1  # and how close to its pool's best
TOLERANCE = 1.5
MARGINS = (0.0, 0.25, 0.5, 0.75, 1.0, 1.5, 2.0)  # how much more the model's pick must score than the rules'


def _f1(a: set[str], b: set[str]) -> float:
    common = len(a & b)
    return 0.0 if not common else 2 * common / (len(a) + len(b))


def collect(folders: list[Path]) -> list[dict]:
    """Each weighing of "it" in the sets' conversations: its set, features and labels."""
    calls: list[dict] = []
    meant: dict = {}

    class Logged(Conversation):
        def _antecedent_features(self, question, pronoun, pool):  # every weighing passes here once
            rows = super()._antecedent_features(question, pronoun, pool)
            asked = set(tokenize(question))
            added = [set(tokenize(r)) - asked for r in meant["forms"]]
            f1s = [max([_f1(set(tokenize(c.text)), a) for a in added] or [0.0]) for c in pool]
            best = max(f1s, default=0.0)
            calls.append({"set": meant["set"], "id": meant["id"], "question": question, "pronoun": pronoun.group().lower(),
                          "options": [c.text for c in pool], "f1": f1s,
                          "right": [f >= RIGHT and f >= best - NEAR_BEST for f in f1s], "features": rows})
            return rows

    walk(folders, Logged, meant, lambda folder: print(f"{folder.name}: {len(calls)} weighings so far", file=sys.stderr))
    return calls


def walk(folders: list[Path], conversation: type[Conversation], meant: dict, done: Callable[[Path], None]) -> None:
    """Ask every conversation of the set folders through ``conversation``; before each question ``meant``
    holds its set, id, gold item and forms (the standalone question and its accepted rewrites)."""
    indexes = {}
    for folder in folders:
        for name, corpus in CORPORA.items():
            path = folder / f"{name}.jsonl"
            if not path.exists():
                continue
            if corpus not in indexes:
                indexes[corpus] = load(ROOT / corpus, None, True)
            raw = {json.loads(line)["id"]: json.loads(line) for line in path.open(encoding="utf-8") if line.strip()}
            asking, current = None, object()
            for item in _ordered(read_gold(path)):
                if item.conversation != current:
                    asking, current = conversation(indexes[corpus]), item.conversation
                forms = [f for f in [item.standalone, *(raw.get(item.id, {}).get("rewrites") or [])] if f]
                meant.update(set=folder.name, id=item.id, item=item, forms=forms)
                asking.ask(item.question)
        done(folder)


def development_folders(hold_out: list[str]) -> list[Path]:
    """eval/dialogues/ and the eval/conversations*/ folders but those held out, in order."""
    return [ROOT / "eval" / "dialogues"] + sorted(
        (p for p in (ROOT / "eval").glob("conversations*") if p.name not in hold_out),
        key=lambda p: int(p.name[len("conversations"):] or 1))


def design(calls: list[dict]) -> tuple[list[str], np.ndarray, np.ndarray, np.ndarray, dict[str, list[int]]]:
    """The calls' feature names, features and labels (one row per option), the call each row is of,
    and the calls of each set."""
    names = list(calls[0]["features"][0])
    x = np.array([[row[n] for n in names] for c in calls for row in c["features"]])
    y = np.array([r for c in calls for r in c["right"]], dtype=float)
    owner = np.array([i for i, c in enumerate(calls) for _ in c["right"]])
    by_set = defaultdict(list)
    for i, c in enumerate(calls):
        by_set[c["set"]].append(i)
    return names, x, y, owner, by_set


def _rules_choice(call: dict) -> int:
    """The candidate the rules put first: the one the articles' evidence moved there, or the first."""
    moved = [j for j, row in enumerate(call["features"]) if row["the articles say all of it beside it"]]
    return moved[0] if moved else 0


def _pick(scores: np.ndarray, ruled: int, margin: float) -> int:
    """As qa does: the model's best, where it scores ``margin`` more than the rules' choice."""
    best = int(np.argmax(scores))
    return best if scores[best] > scores[ruled] + margin else ruled


def fit(x: np.ndarray, y: np.ndarray, steps: int = 3000, rate: float = 1.0) -> np.ndarray:
    """Logistic regression, L2-penalized (the bias too: the features are all in [0, 1])."""
    w = np.zeros(x.shape[1])
    for _ in range(steps):
        p = 1 / (1 + np.exp(-(x @ w)))
        w -= rate * (x.T @ (p - y) + L2 * w) / len(y)
    return w


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--hold-out", nargs="*", default=[], help="set folders (e.g. conversations26) not to fit on")
    parser.add_argument("--dry-run", action="store_true", help="print the figures, write nothing")
    parser.add_argument("--margin", type=float, help="the margin to ship, where the reading tests call for more "
                                                      "than the sums choose (default: the sums' choice)")
    args = parser.parse_args()
    folders = development_folders(args.hold_out)
    calls = collect(folders)
    names, x, y, owner, by_set = design(calls)
    picked = dict.fromkeys(MARGINS, 0.0)
    first = rules = 0.0
    kinds = defaultdict(lambda: [0, 0.0, []])  # by pronoun: weighings, f1 of the rules' choice, of the model's by margin
    for name, members in by_set.items():
        w = fit(x[~np.isin(owner, members)], y[~np.isin(owner, members)])
        for i in members:
            scores = x[owner == i] @ w
            ruled = _rules_choice(calls[i])
            kind = kinds[calls[i]["pronoun"]]
            kind[0] += 1
            kind[1] += calls[i]["f1"][ruled]
            kind[2].append([calls[i]["f1"][_pick(scores, ruled, m)] for m in MARGINS])
            for margin in MARGINS:
                picked[margin] += calls[i]["f1"][_pick(scores, ruled, margin)]
            first += calls[i]["f1"][0]
            rules += calls[i]["f1"][ruled]
    # the rules are overruled the least that scores within TOLERANCE of the best: one margin's sum
    # moved by up to 1.2 from one refit to the next, read with the model before
    shipped = antecedent_model()  # the model the conversations were read with, on every weighing (in-sample for its sets)
    weights = np.array([shipped["weights"][n] for n in names])
    now = sum(c["f1"][_pick(x[owner == i] @ weights, _rules_choice(c), shipped["margin"])] for i, c in enumerate(calls))
    chosen = max(m for m in MARGINS if picked[m] >= max(picked.values()) - TOLERANCE)
    margin = chosen if args.margin is None else args.margin
    w = fit(x, y)
    for pronoun, (n, ruled_f1, by_margin) in sorted(kinds.items()):
        sums = np.sum(by_margin, axis=0)
        print(f"{pronoun}: {n} weighings, rules {ruled_f1:.1f}, model by margin " + " ".join(f"{m}:{v:.1f}" for m, v in zip(MARGINS, sums)))
    figures = {"weighings": len(calls), "sets": len(by_set),
               "f1 of the pick, each set left out, by margin": {str(m): round(v, 1) for m, v in picked.items()}, "f1 of the rules' first choice": round(first, 1),
               "f1 of the rules' choice, the articles' evidence weighed": round(rules, 1),
               "f1 of the model read with (not left out)": round(now, 1)}
    print(json.dumps(figures))
    print(json.dumps(dict(zip(names, np.round(w, 3).tolist())), indent=1))
    if not args.dry_run:
        ANTECEDENT_MODEL.write_text(json.dumps({
            "weights": dict(zip(names, np.round(w, 4).tolist())), "margin": margin, "figures": figures,
            "fitted on": [f.name for f in folders], "l2": L2, "right": f"f1 >= {RIGHT}, within {NEAR_BEST} of the best",
            **({"margin chosen": f"{args.margin} by --margin; the sums chose {chosen}"} if args.margin is not None else {}),
        }, indent=1) + "\n", encoding="utf-8")
        print(f"wrote {ANTECEDENT_MODEL}")


if __name__ == "__main__":
    main()
