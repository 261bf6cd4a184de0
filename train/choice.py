"""Fit the model that picks which answer a follow-up gets (qa/models/choice.json).

    python -m train.choice --hold-out conversations27 ... [--dry-run]

A follow-up is put to the articles several ways (`Conversation.ask`): each of its readings, the
rules' reading searched again with the last question's words when that found nothing, and the
question as typed. Every follow-up of the development sets (eval/dialogues/, eval/conversations*/
but those held out) is asked with the rules choosing, as qa chose before the model; each option is
labelled right where its answer is an exact match of the gold answers, or, for a question the
articles do not answer, where it withholds. A logistic model of `Conversation._option_features` is
fitted (L2, gradient descent; `train.antecedents.fit`). Its pick overrules the rules' choice only by
a margin of its score: the largest margin whose count of right options, each set left out in turn,
is within TOLERANCE of the best. Those counts, against the rules' choice, are written with the weights.
"""

from __future__ import annotations

import argparse
import json
import sys

import numpy as np

from train.antecedents import _pick, design, development_folders, fit, walk
from qa.conversation import CHOICE_MODEL, Conversation  # noqa: E402
from qa.evaluate import exact_match  # noqa: E402

MARGINS = (0.0, 0.25, 0.5, 0.75, 1.0, 1.5, 2.0)  # how much more the model's pick must score than the rules'
TOLERANCE = 3  # right options: a larger margin overrules the rules less often


def collect(hold_out: list[str]) -> list[dict]:
    """Each follow-up asked more than one way: its set, options' features, labels and the rules' choice."""
    calls: list[dict] = []
    meant: dict = {}

    class Logged(Conversation):
        def _choose(self, options, ruled):  # every follow-up asked more than one way passes here once
            if len(options) > 1:
                item = meant["item"]
                right = [bool(exact_match(o.answer.text, item.answers)) if item.answers else o.answer.abstained
                         for o in options]
                calls.append({"set": meant["set"], "id": meant["id"], "features": self._option_features(options),
                              "right": right, "ruled": ruled, "sources": [o.source for o in options]})
            return ruled

    walk(development_folders(hold_out), Logged, meant,
         lambda folder: print(f"{folder.name}: {len(calls)} follow-ups so far", file=sys.stderr))
    return calls


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--hold-out", nargs="*", default=[], help="set folders (e.g. conversations49) not to fit on")
    parser.add_argument("--dry-run", action="store_true", help="print the figures, write nothing")
    args = parser.parse_args()
    calls = collect(args.hold_out)
    names, x, y, owner, by_set = design(calls)
    picked = dict.fromkeys(MARGINS, 0)
    typed = dict.fromkeys(MARGINS, 0)
    for members in by_set.values():
        w = fit(x[~np.isin(owner, members)], y[~np.isin(owner, members)])
        for i in members:
            scores = x[owner == i] @ w
            for margin in MARGINS:
                j = _pick(scores, calls[i]["ruled"], margin)
                picked[margin] += calls[i]["right"][j]
                typed[margin] += calls[i]["sources"][j] == "typed"
    rules = sum(c["right"][c["ruled"]] for c in calls)
    margin = max(m for m in MARGINS if picked[m] >= max(picked.values()) - TOLERANCE)
    w = fit(x, y)
    figures = {"follow-ups asked more than one way": len(calls), "sets": len(by_set),
               "right, the rules' choice": int(rules),
               "right, each set left out, by margin": {str(m): int(v) for m, v in picked.items()},
               "answered as typed, each set left out, by margin": {str(m): int(v) for m, v in typed.items()},
               "right, any option": int(sum(any(c["right"]) for c in calls))}
    print(json.dumps(figures, indent=1))
    print(json.dumps(dict(zip(names, np.round(w, 3).tolist())), indent=1))
    if not args.dry_run:
        CHOICE_MODEL.write_text(json.dumps({
            "weights": dict(zip(names, np.round(w, 4).tolist())), "margin": margin, "figures": figures,
            "held out": sorted(args.hold_out), "right": "an exact match of a gold answer; withheld, where there is none",
        }, indent=1) + "\n", encoding="utf-8")
        print(f"wrote {CHOICE_MODEL}")


if __name__ == "__main__":
    main()
