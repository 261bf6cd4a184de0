"""Choose k and fit the abstention model on the tune split (SQuAD 2.0 dev articles 21–25).

    python -m train.calibrate [--limit N]

The tool's own path runs on every question of the five tune articles as a corpus: retrieval,
the reader over the first k fused passages, grouping. For each k of a sweep it prints em and f1
(answering always) and the reader's latency, with each penalty on a passage's fused rank; at
the chosen k and penalty, em and f1 for each weight of the question's words in an answer's
sentence (the best f1 is kept); it then fits a logistic model of P(answer right) on qa.extract.FEATURES and the
threshold with the best SQuAD 2.0 overall f1 (an unanswerable question counts 1 when withheld)
among those that withhold at most 15% of answerable questions, and writes them into
qa/models/reader.json.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from qa.config import Settings  # noqa: E402
from qa.evaluate import exact_match, f1  # noqa: E402
from qa.extract import FEATURES, _groups, features  # noqa: E402
from qa.index import open_index  # noqa: E402
from qa.reader import CARD_DATA, Reader  # noqa: E402
from qa.retrieve import retrieve  # noqa: E402
from train.squad import DEV_TUNE, load  # noqa: E402

KS = (1, 2, 3, 4, 6, 8, 10, 12)
PENALTIES = (0.0, 0.5, 1.0, 2.0, 3.0)
LEXICAL = (0.0, 0.5, 1.0, 2.0, 3.0, 4.0, 6.0)
MAX_FALSE_ABSTAIN = 0.15  # the bound on withheld answers to answerable questions


def fit_logistic(x: np.ndarray, y: np.ndarray, l2: float = 1e-2, steps: int = 50) -> tuple[np.ndarray, float, np.ndarray, np.ndarray]:
    """Newton's method on standardized features; returns (coef, intercept, mean, scale)."""
    mean, scale = x.mean(0), x.std(0) + 1e-9
    z = np.hstack([(x - mean) / scale, np.ones((len(x), 1))])
    w = np.zeros(z.shape[1])
    for _ in range(steps):
        p = 1 / (1 + np.exp(-z @ w))
        grad = z.T @ (p - y) + l2 * np.r_[w[:-1], 0]
        hess = (z * (p * (1 - p))[:, None]).T @ z + l2 * np.eye(len(w))
        w -= np.linalg.solve(hess, grad)
    return w[:-1], float(w[-1]), mean, scale


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--limit", type=int, help="a seeded sample of this many questions")
    ap.add_argument("--k", type=int, help="use this k instead of choosing it")
    ap.add_argument("--features", default="span_score,top_dense",
                    help=f"the features abstention is fitted on, of {', '.join(FEATURES)}")
    args = ap.parse_args(argv)
    corpus = ROOT / "eval" / "squad" / "tune" / "corpus"
    examples = load("v2_dev", articles=DEV_TUNE)
    if args.limit:
        examples = random.Random(1).sample(examples, args.limit)
    index = open_index(corpus, ROOT / "train" / "runs" / "tune-index", Settings())
    reader = Reader()
    reader.warm_up()
    rows = []
    t0 = time.perf_counter()
    for n, e in enumerate(examples):
        hits, _ = retrieve(index, e.question, index.settings.k_support)
        read = hits[: max(KS)]
        rows.append((e, read, reader.read(e.question, [h.chunk.text for h in read])))
        if n % 200 == 0:
            print(f"{n}/{len(examples)} read ({time.perf_counter() - t0:.0f}s)", file=sys.stderr)
    golds = [[a for a, _ in e.answers] for e, _, _ in rows]
    per_k = {}
    for k in KS:
        sample = random.Random(2).sample(rows, min(60, len(rows)))
        t = time.perf_counter()
        for e, read, _ in sample:
            reader.read(e.question, [h.chunk.text for h in read[:k]])
        ms = 1000 * (time.perf_counter() - t) / len(sample)
        for w in PENALTIES:
            answers, feats = [], []
            for (e, read, reading) in rows:
                r = reading.first(k)
                groups = _groups(index, r, read, w) if r.spans else []
                answers.append(groups[0].spans[0].text if groups else None)
                feats.append(features(r, read[:k]) if groups else [-20.0, -20.0, 0.0, -20.0])
            ans = [i for i, g in enumerate(golds) if g]
            em = sum(exact_match(answers[i], golds[i]) for i in ans) / len(ans)
            f = sum(f1(answers[i], golds[i]) for i in ans) / len(ans)
            per_k[(k, w)] = {"em": round(em, 4), "f1": round(f, 4), "reader_ms": round(ms, 1),
                             "answers": answers, "features": feats}
            print(f"k={k:2d} rank_penalty={w:.1f}  em {em:.4f}  f1 {f:.4f}  (answering every answerable question)  "
                  f"reader {ms:.0f} ms")
    # the fewest passages (then the smallest penalty) within half a point of the best f1
    pool = {kw: v for kw, v in per_k.items() if not args.k or kw[0] == args.k}
    best_f1 = max(v["f1"] for v in pool.values())
    k, w = min(kw for kw, v in pool.items() if v["f1"] >= best_f1 - 0.005)
    chosen = per_k[(k, w)]
    # then the weight of the question's words in an answer's sentence, at that k and penalty
    per_lexical = {}
    for lw in LEXICAL:
        answers = []
        for e, read, reading in rows:
            r = reading.first(k)
            groups = _groups(index, r, read[:k], w, e.question, lw) if r.spans else []
            answers.append(groups[0].spans[0].text if groups else None)
        ans = [i for i, g in enumerate(golds) if g]
        em = sum(exact_match(answers[i], golds[i]) for i in ans) / len(ans)
        f = sum(f1(answers[i], golds[i]) for i in ans) / len(ans)
        per_lexical[lw] = {"em": round(em, 4), "f1": round(f, 4), "answers": answers}
        print(f"k={k} rank_penalty={w:.1f} lexical_weight={lw:.1f}  em {em:.4f}  f1 {f:.4f}")
    lexical = max(LEXICAL, key=lambda lw: (per_lexical[lw]["f1"], -lw))
    chosen = dict(chosen, answers=per_lexical[lexical]["answers"])
    use = [FEATURES.index(f) for f in args.features.split(",")]
    x = np.array(chosen["features"], dtype=float)[:, use]
    y = np.array([1.0 if g and f1(a, g) >= 0.5 else 0.0 for a, g in zip(chosen["answers"], golds)])
    coef, intercept, mean, scale = fit_logistic(x, y)
    p = 1 / (1 + np.exp(-(((x - mean) / scale) @ coef + intercept)))
    best = None
    for t in np.arange(0.05, 0.96, 0.01):
        said = p >= t
        total = sum(f1(a, g) if s else 0.0 for a, g, s in zip(chosen["answers"], golds, said) if g)
        total += sum(1 for g, s in zip(golds, said) if not g and not s)
        n_ans = sum(1 for g in golds if g)
        row = {"threshold": round(float(t), 2), "overall_f1": total / len(golds),
               "em": sum(exact_match(a, g) for a, g, s in zip(chosen["answers"], golds, said) if g and s) / n_ans,
               "f1": sum(f1(a, g) for a, g, s in zip(chosen["answers"], golds, said) if g and s) / n_ans,
               "abstain_recall": sum(1 for g, s in zip(golds, said) if not g and not s) / max(1, len(golds) - n_ans),
               "false_abstain": sum(1 for g, s in zip(golds, said) if g and not s) / n_ans}
        # news asks fewer unanswerable questions than SQuAD 2.0's half: answering matters as much
        if row["false_abstain"] <= MAX_FALSE_ABSTAIN and (best is None or row["overall_f1"] > best["overall_f1"]):
            best = row
    print("chosen:", json.dumps({"k": k, "rank_penalty": w, "lexical_weight": lexical} | {a: round(b, 4) if isinstance(b, float) else b for a, b in best.items()}))
    card = json.loads(CARD_DATA.read_text())
    card["abstain"] = {"features": [FEATURES[i] for i in use], "coef": [round(float(c), 5) for c in coef],
                       "intercept": round(intercept, 5), "mean": [round(float(m), 5) for m in mean],
                       "scale": [round(float(s), 5) for s in scale], "threshold": best["threshold"],
                       "fitted_on": f"SQuAD 2.0 dev articles 21-25, {len(golds)} questions, k={k}"}
    card["rank_penalty"] = w
    card["lexical_weight"] = lexical
    card["k"] = k
    card["tune"] = {"k": k, "rank_penalty": w,
                    "per_k": {f"k={kk} rank_penalty={ww}": {a: b for a, b in v.items() if a not in ("answers", "features")}
                              for (kk, ww), v in per_k.items()},
                    "lexical_weight": {str(lw): {a: b for a, b in v.items() if a != "answers"} for lw, v in per_lexical.items()},
                    "at_threshold": {a: round(b, 4) if isinstance(b, float) else b for a, b in best.items()}}
    CARD_DATA.write_text(json.dumps(card, indent=1) + "\n")
    print(f"wrote the abstention model, k and the rank penalty into {CARD_DATA}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
