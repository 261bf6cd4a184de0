"""The reader alone on SQuAD 2.0 dev articles, handed each question's own paragraph.

    python -m train.validate [--split tune|test] [--model qa/models/reader.int8.onnx] [--compare FP32.onnx]

Prints em and f1 over answerable questions, abstain_recall and false_abstain at the best
no-answer margin of a sweep (chosen on the split read: use tune to choose), and with
``--compare`` the share of questions where two models agree (same abstain decision at the margin,
same normalized answer). No torch: this is the ONNX model the tool ships.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from qa.evaluate import exact_match, f1  # noqa: E402
from qa.reader import CARD_DATA, MODEL_FILE, Reader  # noqa: E402
from qa.text import normalize  # noqa: E402
from train.squad import DEV_TEST, DEV_TUNE, load  # noqa: E402


def predictions(reader: Reader, examples) -> list[tuple[str, float]]:
    """Per question: the best span's text and its margin over the window's no-answer score."""
    out = []
    for e in examples:
        r = reader.read(e.question, [e.context], top=1)
        if not r.spans:
            out.append(("", -1e9))
            continue
        sp = r.spans[0]
        out.append((e.context[sp.start:sp.end], sp.score - r.null_min))
    return out


def score(examples, preds, margin: float) -> dict:
    ans = [(e, p) for e, p in zip(examples, preds) if e.answers]
    una = [(e, p) for e, p in zip(examples, preds) if not e.answers]
    said = lambda p: p[1] > margin  # noqa: E731
    golds = lambda e: [a for a, _ in e.answers]  # noqa: E731
    return {
        "margin": margin,
        "em": sum(exact_match(p[0], golds(e)) for e, p in ans if said(p)) / max(1, len(ans)),
        "f1": sum(f1(p[0], golds(e)) for e, p in ans if said(p)) / max(1, len(ans)),
        "abstain_recall": sum(not said(p) for _, p in una) / max(1, len(una)),
        "false_abstain": sum(not said(p) for _, p in ans) / max(1, len(ans)),
        # SQuAD 2.0's overall f1: an unanswerable question scores 1 when the reader abstains
        "overall_f1": (sum(f1(p[0], golds(e)) for e, p in ans if said(p)) + sum(not said(p) for _, p in una))
        / max(1, len(examples)),
        "n": len(examples),
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", choices=["tune", "test"], default="tune")
    ap.add_argument("--model", type=Path, default=MODEL_FILE)
    ap.add_argument("--card", type=Path, default=CARD_DATA)
    ap.add_argument("--compare", type=Path, help="a second ONNX model (e.g. fp32) to compare answers with")
    ap.add_argument("--limit", type=int, help="a seeded sample of this many questions")
    ap.add_argument("--margin", type=float, help="no-answer margin (default: the best of a sweep)")
    ap.add_argument("--record", action="store_true", help="write the figures into the reader's card data")
    args = ap.parse_args(argv)
    examples = load("v2_dev", articles=DEV_TUNE if args.split == "tune" else DEV_TEST)
    if args.limit and args.limit < len(examples):
        examples = random.Random(0).sample(examples, args.limit)
    reader = Reader(args.model, args.card)
    t = time.perf_counter()
    preds = predictions(reader, examples)
    ms = 1000 * (time.perf_counter() - t) / len(examples)
    sweep = [score(examples, preds, m / 2) for m in range(-16, 17)]
    best = max(sweep, key=lambda s: s["overall_f1"])
    chosen = score(examples, preds, args.margin) if args.margin is not None else best
    print(json.dumps({"split": args.split, "model": str(args.model), "ms_per_question": round(ms, 1)} | {
        k: round(v, 4) if isinstance(v, float) else v for k, v in chosen.items()}))
    print("no abstention (margin -inf):", json.dumps({k: round(v, 4) for k, v in score(examples, preds, -1e9).items()}))
    if args.compare:
        other_reader = Reader(args.model, args.card)
        other_reader.warm_up()
        import onnxruntime as ort

        other_reader.session = ort.InferenceSession(str(args.compare), providers=["CPUExecutionProvider"])
        other = predictions(other_reader, examples)
        m = chosen["margin"]
        same = sum((a[1] > m) == (b[1] > m) and (a[1] <= m or normalize(a[0]) == normalize(b[0]))
                   for a, b in zip(preds, other))
        print(f"agreement with {args.compare}: {same}/{len(examples)} = {same / len(examples):.4f}")
        fp32 = score(examples, other, m)
        print("fp32 at the same margin:", json.dumps({k: round(v, 4) for k, v in fp32.items()}))
    if args.record:
        card = json.loads(args.card.read_text())
        rec = {"int8": {k: round(v, 4) for k, v in chosen.items()}, "ms_per_question": round(ms, 1)}
        if args.compare:
            rec["fp32"] = {k: round(v, 4) for k, v in fp32.items()}
            rec["int8_fp32_agreement"] = round(same / len(examples), 4)
        card.setdefault("validation", {})[f"{args.split}_gold_paragraph"] = rec
        args.card.write_text(json.dumps(card, indent=1) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
