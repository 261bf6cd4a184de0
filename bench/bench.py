"""Benchmarks (`make bench`): speed, memory and scale as a person meets them.

Sections (each timing is the median of at least 5 runs made in this one run):

1. cold      one-shot `qa ask … --quiet` in a fresh process, next to `import sentence_transformers`
2. seeds     warm per-question latency over seeds/ (in process, ONNX question encoder)
3. 100k      ~20,000 news-sized articles of real prose (SQuAD train's Wikipedia paragraphs), 100,000
             chunks (cached): warm
             latency, open time, peak RSS, the freshness check, cold one-shot `qa ask` beside the
             same on seeds/, dense recall against exact, BM25 against rank_bm25 (top 10 of 20)
4. update    `qa index` after adding 100 articles to a copy of that archive
5. 1m        1,000,000 chunks (the 100k texts and postings tiled; real embeddings tiled with
             noise; cached): retrieval and `ask` p50, recall@10 against exact, the exact/IVF crossover
6. build     index build throughput (per-chunk work) next to the model's raw encode throughput
7. text      the sentence splitter on 1 MB of adversarial text

The orchestrating process stays light: every section that loads the index or the model runs in
a child process of this script (`--phase NAME`), so each one's peak memory (max RSS, from
os.wait4) is its own; the build and raw-encode children take turns run by run. Figures go to a
table on stdout and to bench/results/bench.json, with the CPU other processes took during each
section (a busy 2-core machine inflates every timing) and a hash of qa/*.py per section.

    .venv/bin/python bench/bench.py                 # everything (a few minutes)
    .venv/bin/python bench/bench.py --only 100k,update,1m
"""

from __future__ import annotations

import argparse
import json
import math
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ["HF_HUB_OFFLINE"] = "1"
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
os.environ.setdefault("TRANSFORMERS_VERBOSITY", "error")
os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
os.environ.setdefault("TQDM_DISABLE", "1")

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "bench" / "results"
BIN = ROOT / ".venv" / "bin" if (ROOT / ".venv" / "bin" / "qa").exists() else Path(sys.executable).parent
PYTHON = str(BIN / "python") if (BIN / "python").exists() else sys.executable
QA = str(BIN / "qa")
SECTIONS = ("cold", "seeds", "100k", "update", "1m", "build", "text")
MARK = "@@bench "  # prefix of the answers of the build / encode children on their stdout

# Targets of the issue.
TARGET_COLD_RATIO = 0.2  # cold `qa ask` wall time / `import sentence_transformers` wall time, at most
TARGET_COLD_S = 1.3  # cold `qa ask` wall time, at most (the reader issue)
TARGET_SEEDS_P50_MS = 100.0  # warm per-question p50 on seeds/ with the reader, at most
TARGET_100K_P50_MS = 100.0  # warm per-question p50 at 100,000 chunks, at most
TARGET_BUILD_RATIO = 0.85  # build per-chunk throughput / raw model encode throughput, at least
# The scale issue ("A real archive").
TARGET_COLD_100K_S = 1.5  # cold one-shot `qa ask` at 100k chunks, at most
TARGET_COLD_100K_RATIO = 1.5  # … and at most this times the cold one-shot on seeds/
TARGET_OPEN_100K_S = 0.5
TARGET_RSS_100K_MB = 500.0  # peak RSS of a process that opens the 100k index and answers 20 questions
TARGET_FRESHNESS_S = 0.5  # the freshness check over ~20,000 unchanged files
TARGET_UPDATE_S = 30.0  # `qa index` after adding 100 articles to the 100k index
TARGET_1M_RETRIEVE_MS = 150.0
TARGET_1M_RECALL = 0.98

COLD_QUESTION = "When will Putin visit India?"
N_COLD_ASK = 7
N_COLD_IMPORT = 5
WARM_REPS = 5
BUILD_RUNS = 5
BUILD_CHUNKS_PER_RUN = 1000  # 5 runs × ~1,000 chunks ≈ 5,000 chunks in all
N_100K = 100_000
GEN_VERSION = 7  # bump when the generator below changes: the cached 100k index is rebuilt
N_ADDED = 100  # articles added to a copy of the 100k index, to time an update

SEEDS_QUESTIONS = [
    "When will Putin visit India?",
    "What are the dates of Putin's visit to India?",
    "When did Russia invade Ukraine?",
    "Who invited Putin to India?",
    "Who reassured India that its economic partnership with Russia is not under threat?",
    "How much was India–Russia trade worth in 2024–25?",
    "Which air defence system has Russia offered India?",
    "Which fighter jet might Russia offer to India?",
    "Where did Putin land?",
    "Why is this visit a test of the friendship between India and Russia?",
    "How many India-Russia annual summits have there been?",
    "Whose administration imposed tariffs to curb India's purchases of Russian oil?",
    "What is the RELOS pact?",
    "When did Putin last visit India?",
    "What did Putin call Modi?",
    "Who is Russia's foreign minister?",
    "What is the bilateral trade target for 2030?",
    "How has India answered Western pressure over Russia?",
    "What is the capital of Australia?",
    "Who won the 2022 football World Cup?",
]


class StaleBenchIndex(Exception):
    """The cached 100k index no longer matches the program: it must be generated again."""


# ============================================================ small helpers


def pct(xs: list[float], p: float) -> float:
    """The p-th percentile, linearly interpolated (numpy's default)."""
    xs = sorted(xs)
    if not xs:
        return float("nan")
    k = (len(xs) - 1) * p / 100
    f, c = math.floor(k), math.ceil(k)
    return xs[f] + (xs[c] - xs[f]) * (k - f)


def summary_ms(seconds: list[float]) -> dict:
    ms = [s * 1000 for s in seconds]
    return {"n": len(ms), "p50_ms": pct(ms, 50), "p95_ms": pct(ms, 95), "min_ms": min(ms), "max_ms": max(ms)}


def run_child(argv: list[str], env: dict | None = None, stdout=None, stderr=None) -> dict:
    """Run a process; its wall time, exit code and own peak memory (max RSS, via wait4)."""
    t = time.perf_counter()
    p = subprocess.Popen(argv, env=env, stdout=stdout, stderr=stderr, cwd=ROOT)
    _, status, usage = os.wait4(p.pid, 0)
    wall = time.perf_counter() - t
    p.returncode = os.waitstatus_to_exitcode(status)
    return {"wall_s": wall, "rc": p.returncode, "maxrss_mb": usage.ru_maxrss / 1024,
            "user_s": usage.ru_utime, "sys_s": usage.ru_stime}


def run_phase(name: str, *args: str, env: dict | None = None) -> dict:
    """Run ``bench.py --phase name``; its JSON result plus wall time and max RSS."""
    with tempfile.NamedTemporaryFile(prefix=f"bench-{name}-", suffix=".json", delete=False) as f:
        out = Path(f.name)
    try:
        proc = run_child([PYTHON, str(Path(__file__).resolve()), "--phase", name, "--out", str(out), *args], env=env)
        result = json.loads(out.read_text()) if proc["rc"] == 0 and out.stat().st_size else {}
    finally:
        out.unlink(missing_ok=True)
    result["_process"] = proc
    return result


def self_maxrss_mb() -> float:
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def cpu_snapshot() -> tuple[float, float]:
    """(CPU-seconds the whole machine was busy, CPU-seconds of this process and its waited children)."""
    import resource

    busy = float("nan")
    try:
        fields = [int(x) for x in Path("/proc/stat").read_text().splitlines()[0].split()[1:9]]
        busy = (sum(fields) - fields[3] - fields[4]) / os.sysconf("SC_CLK_TCK")  # minus idle, iowait
    except (OSError, ValueError, IndexError):
        pass
    ours = sum(r.ru_utime + r.ru_stime for r in (resource.getrusage(resource.RUSAGE_SELF),
                                                 resource.getrusage(resource.RUSAGE_CHILDREN)))
    return busy, ours


def other_load(before: tuple[float, float], after: tuple[float, float], wall: float) -> dict:
    """CPU used by other processes meanwhile: the machine's busy time minus ours."""
    other = max(0.0, (after[0] - before[0]) - (after[1] - before[1]))
    return {"other_cpu_s": other, "other_share_of_machine": other / (wall * (os.cpu_count() or 1))}


def log(message: str) -> None:
    print(f"[bench {time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


# ============================================================ in-process measures (children)


def time_questions(index, questions: list[str], reps: int) -> tuple[list[float], dict[str, list[float]]]:
    """Latency of Conversation(index).ask(q), a fresh Conversation each time (no follow-up rewriting)."""
    from qa.conversation import Conversation

    all_t: list[float] = []
    per_q: dict[str, list[float]] = {q: [] for q in questions}
    for _ in range(reps):
        for q in questions:
            t = time.perf_counter()
            Conversation(index).ask(q)
            dt = time.perf_counter() - t
            all_t.append(dt)
            per_q[q].append(dt)
    return all_t, per_q


def stage_breakdown(index, questions: list[str], reps: int) -> dict:
    """Median ms per stage of the answer path, each stage called as qa.retrieve / qa.extract call it."""
    from qa.extract import extract
    from qa.retrieve import dense_search, retrieve, sparse_search
    from qa.text import tokenize

    s = index.settings
    st: dict[str, list[float]] = {k: [] for k in (
        "encode_question_onnx", "dense_search_faiss", "tokenize_question", "bm25_get_scores",
        "sparse_search_total", "retrieve_total", "read_and_assemble")}
    for _ in range(reps):
        for q in questions:
            t0 = time.perf_counter()
            v = index.query_embedder.encode([q])[0]
            t1 = time.perf_counter()
            dense_search(index, v, s.k_dense)
            t2 = time.perf_counter()
            toks = tokenize(q)
            t3 = time.perf_counter()
            index.bm25.get_scores(toks)
            t4 = time.perf_counter()
            sparse_search(index, toks, s.k_sparse)
            t5 = time.perf_counter()
            hits, qvec = retrieve(index, q)
            t6 = time.perf_counter()
            extract(index, q, hits, index.reader)
            t7 = time.perf_counter()
            for k, dt in zip(st, (t1 - t0, t2 - t1, t3 - t2, t4 - t3, t5 - t4, t6 - t5, t7 - t6)):
                st[k].append(dt * 1000)
    return {k: statistics.median(v) for k, v in st.items()}


def profile_question(index, question: str, reps: int = 3, top: int = 15) -> list[dict]:
    """cProfile of Conversation(index).ask(question): the functions with the most own time, per question."""
    import cProfile
    import pstats

    from qa.conversation import Conversation

    pr = cProfile.Profile()
    pr.enable()
    for _ in range(reps):
        Conversation(index).ask(question)
    pr.disable()
    stats = pstats.Stats(pr).stats  # type: ignore[attr-defined]
    rows = []
    for (file, line, name), (_cc, nc, tt, ct, _callers) in stats.items():
        short = file
        for marker in ("site-packages/", str(ROOT) + "/"):
            if marker in file:
                short = file.split(marker, 1)[1]
        rows.append({"function": f"{short}:{line}({name})", "calls": nc / reps,
                     "tottime_ms": tt / reps * 1000, "cumtime_ms": ct / reps * 1000})
    rows.sort(key=lambda r: -r["tottime_ms"])
    return rows[:top]


def phase_seeds(out: dict) -> None:
    from qa.index import open_index

    t = time.perf_counter()
    index = open_index(ROOT / "seeds", ROOT / "index")
    out["open_index_s"] = time.perf_counter() - t
    out["n_chunks"] = len(index.chunks)
    out["n_articles"] = len(index.articles)
    t = time.perf_counter()
    from qa.conversation import Conversation

    Conversation(index).ask(SEEDS_QUESTIONS[0])  # loads the ONNX session: not a warm figure
    out["first_question_s"] = time.perf_counter() - t
    lat, per_q = time_questions(index, SEEDS_QUESTIONS, WARM_REPS)
    out["latency"] = summary_ms(lat)
    out["per_question_p50_ms"] = {q: statistics.median(v) * 1000 for q, v in per_q.items()}
    out["stages_p50_ms"] = stage_breakdown(index, SEEDS_QUESTIONS, WARM_REPS)
    slowest = max(per_q, key=lambda q: statistics.median(per_q[q]))
    out["profile_question"] = slowest
    out["profile"] = profile_question(index, slowest)


# ---------------------------------------------------------------- the generated 100k corpus


def bench_cache_dir() -> Path:
    from qa.config import Settings
    from qa.embed import cache_root

    s = Settings()
    return cache_root() / "bench" / f"news100k-v{GEN_VERSION}-c{s.chunk_size}-o{s.chunk_overlap}"


SQUAD_TRAIN = ROOT.parent / "shared" / "data" / "qa-train" / "squad-v1.1-train.json.gz"


def phase_gen100k(out: dict) -> None:
    """Generate ~20,000 news-sized articles giving exactly 100,000 chunks and write their index.

    The text is real: each article strings together paragraphs of one Wikipedia article of
    SQuAD v1.1 train (../shared/data/qa-train/), so words, their frequencies and the reader's
    windows are those of real prose; the questions are that file's. Chunks come from
    qa.chunk.chunk_article with Settings() sizes, so they are exact slices of the article text;
    dense vectors are real embeddings tiled with noise (tiled_real_vectors: embedding 100,000
    chunks here would take hours), so an approximate index meets the structure real text has. The
    manifest is the one qa.index.build_index writes (sizes and times included), with the real
    weights hash, so open_index takes it as fresh and questions go through the real ONNX encoder.
    """
    import gzip
    import random

    from qa.chunk import chunk_article
    from qa.config import WEIGHTS_SHA256, Settings
    from qa.corpus import load_corpus, parse_article
    from qa.index import Models, _write_folder, make_manifest, staleness

    t0 = time.perf_counter()
    settings = Settings()
    cache = bench_cache_dir()
    for old in cache.parent.glob("news100k-*"):  # earlier generations of this bench only
        shutil.rmtree(old, ignore_errors=True)
    corpus, index_dir = cache / "corpus", cache / "index"
    corpus.mkdir(parents=True)

    squad = json.loads(gzip.decompress(SQUAD_TRAIN.read_bytes()))["data"]
    rng = random.Random(100_000)
    questions = [qa["question"] for a in squad for p in a["paragraphs"] for qa in p["qas"]]
    chunks, arts = [], []
    total, i = 0, 0
    while total < N_100K:
        aid = f"n{i:05d}"
        source = rng.choice(squad)["paragraphs"]
        paras = [p["context"].strip() for p in rng.sample(source, min(len(source), rng.randint(1, 3)))]
        date = f"20{rng.randint(20, 25)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}" if rng.random() < 0.5 else None
        path = corpus / f"{aid}.txt"
        while True:
            text = (f"date {date}\n" if date else "") + "\n".join(paras) + "\n"
            art = parse_article(aid, text, path)
            cs = chunk_article(art, settings.chunk_size, settings.chunk_overlap, total)
            if total + len(cs) <= N_100K or len(paras) == 1 and len(paras[0]) < 200:
                break
            if len(paras) > 1:
                paras.pop()  # the last article is cut so the corpus has exactly N_100K chunks
            else:
                paras[0] = paras[0][: len(paras[0]) // 2].rsplit(" ", 1)[0] + "."
        path.write_bytes(text.encode("utf-8"))
        st = path.stat()
        chunks.extend(cs)
        arts.append(parse_article(aid, text, path, st.st_size, st.st_mtime_ns))  # as a build records it
        total += len(cs)
        i += 1
    out["generate_s"] = time.perf_counter() - t0

    manifest = make_manifest(arts, len(chunks), WEIGHTS_SHA256, corpus, settings, Models())
    vectors, out["real_vectors"] = tiled_real_vectors(len(chunks), 384)
    t = time.perf_counter()
    _write_folder(index_dir, manifest, chunks, vectors)
    out["write_index_s"] = time.perf_counter() - t
    (cache / "questions.json").write_text(json.dumps(rng.sample(questions, 17)), encoding="utf-8")
    reasons = staleness(manifest, load_corpus(corpus, settings.max_file_bytes, known=manifest["articles"]),
                        settings, Models())
    if reasons:
        raise SystemExit(f"the generated index is not fresh: {reasons}")
    out.update(n_articles=len(arts), n_chunks=len(chunks), seconds=time.perf_counter() - t0,
               corpus_mb=sum(p.stat().st_size for p in corpus.iterdir()) / 1e6, cache_dir=str(cache))


def questions_100k(cache: Path) -> list[str]:
    """17 questions of SQuAD v1.1 train (its articles make the corpus), and 3 of seeds/ it cannot answer."""
    qs = json.loads((cache / "questions.json").read_text(encoding="utf-8"))
    return qs + ["When will Putin visit India?", "Who invited Putin to India?", "How much was India–Russia trade worth?"]


def phase_100k(out: dict) -> None:
    import resource

    from qa.chunk import chunk_article
    from qa.config import Settings
    from qa.corpus import load_corpus
    from qa.index import Models, _read_folder, _read_manifest, open_index, staleness
    from qa.schema import Article
    from qa.text import tokenize

    class NoBuild(Models):
        """Never embed 100,000 chunks with the real model: a stale cache is generated again instead."""

        def for_build(self, settings):
            raise StaleBenchIndex()

    cache = bench_cache_dir()
    corpus, index_dir = cache / "corpus", cache / "index"
    settings = Settings()
    try:
        t = time.perf_counter()
        index = open_index(corpus, index_dir, settings, models=NoBuild())
        out["open_index_s"] = time.perf_counter() - t
    except StaleBenchIndex:
        sys.exit(3)
    # The chunker may have changed without open_index noticing (article hashes are the same):
    # compare a sample of stored chunks with what chunk_article makes now.
    by_article: dict[str, list[tuple[int, int]]] = {}
    for article_id, start, end in index.chunks.spans():
        by_article.setdefault(article_id, []).append((start, end))
    ids = sorted(index.articles)
    for aid in ids[:: max(1, len(ids) // 50)]:
        now = [(c.start, c.end) for c in chunk_article(index.articles[aid], settings.chunk_size, settings.chunk_overlap)]
        if now != by_article.get(aid):
            print(f"bench: the chunker's output changed for {aid}; generating the 100k index again", file=sys.stderr)
            sys.exit(3)
    out["n_chunks"] = len(index.chunks)
    out["n_articles"] = len(index.articles)

    questions = questions_100k(cache)
    out["questions"] = questions
    from qa.conversation import Conversation

    t = time.perf_counter()
    Conversation(index).ask(questions[0])  # loads the ONNX session
    out["first_question_s"] = time.perf_counter() - t
    lat, per_q = time_questions(index, questions, WARM_REPS)
    # peak memory of a process that opened the index and answered the questions (nothing else yet)
    out["maxrss_serving_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    out["latency"] = summary_ms(lat)
    out["per_question_p50_ms"] = {q: statistics.median(v) * 1000 for q, v in per_q.items()}
    out["stages_p50_ms"] = stage_breakdown(index, questions, WARM_REPS)
    slowest = max(per_q, key=lambda q: statistics.median(per_q[q]))
    out["profile_question"] = slowest
    out["profile"] = profile_question(index, slowest)

    # Dense search alone: the index as built, against exact search, on real question embeddings.
    out["dense"] = dense_versus_exact(index, [index.query_embedder.encode([q])[0] for q in real_questions()[:N_RECALL_QUERIES]])

    # Freshness: what every command does before it reads the index (manifest, stat scan, compare).
    fresh = []
    for _ in range(WARM_REPS):
        t = time.perf_counter()
        manifest = _read_manifest(index_dir)
        arts = load_corpus(corpus, settings.max_file_bytes, known=manifest["articles"])
        reasons = staleness(manifest, arts, settings, Models())
        fresh.append(time.perf_counter() - t)
    read = sum(1 for a in arts if isinstance(a, Article))
    out["freshness"] = {"n_files": len(arts), "files_read": read, "stale": reasons, "p50_s": statistics.median(fresh)}
    t = time.perf_counter()
    _read_folder(index_dir)
    out["read_folder_s"] = time.perf_counter() - t

    # BM25 against the reference rank_bm25.BM25Okapi on the same tokenized chunks: the top 10 of
    # every question, ids and scores, from the index's own (memory-mapped) postings.
    import numpy as np
    from rank_bm25 import BM25Okapi

    t = time.perf_counter()
    tokens = [tokenize(c.text) for c in index.chunks]
    bm = {"tokenize_chunks_s": time.perf_counter() - t, "n_tokens": sum(map(len, tokens))}
    t = time.perf_counter()
    okapi = BM25Okapi(tokens)
    bm["rank_bm25_build_s"] = time.perf_counter() - t
    del tokens

    def top10(scores):
        order = np.lexsort((np.arange(len(scores)), -scores))[:10]
        return [int(i) for i in order], scores[order]

    ours_t, ref_t, same_ids, max_diff = [], [], 0, 0.0
    for q in questions:
        qt = tokenize(q)
        t = time.perf_counter()
        ours = index.bm25.get_scores(qt)
        ours_t.append(time.perf_counter() - t)
        t = time.perf_counter()
        ref = okapi.get_scores(qt)
        ref_t.append(time.perf_counter() - t)
        (ids_a, sc_a), (ids_b, sc_b) = top10(ours), top10(np.asarray(ref))
        same_ids += ids_a == ids_b
        max_diff = max(max_diff, float(np.max(np.abs(sc_a - sc_b))))
    bm.update(n_questions=len(questions), top10_ids_equal=same_ids, top10_max_abs_score_diff=max_diff,
              sparse_get_scores=summary_ms(ours_t), rank_bm25_get_scores=summary_ms(ref_t))
    bm["speedup_p50"] = bm["rank_bm25_get_scores"]["p50_ms"] / bm["sparse_get_scores"]["p50_ms"]
    out["bm25"] = bm


# ---------------------------------------------------------------- 1M chunks

N_1M = 1_000_000
REAL_CORPORA = ("seeds", "eval/wire/corpus", "eval/longform/corpus", "eval/blind/corpus",
                "eval/squad/test/corpus", "eval/squad/tune/corpus")
REAL_GOLD = ("eval/gold.jsonl", "eval/wire/gold.jsonl", "eval/longform/gold.jsonl", "eval/blind/gold.jsonl",
             "eval/squad/test/gold.jsonl", "eval/squad/tune/gold.jsonl")
NOISE_NORM = 0.2  # each tile is a real vector plus noise of this length, then made unit length again
N_RECALL_QUERIES = 300


def tiled_real_vectors(n: int, seed: int) -> tuple:
    """``n`` unit vectors: real embeddings of the chunks of seeds/ and eval/ (their indexes, built
    when missing), repeated, each copy moved by noise of length NOISE_NORM. Also how many real
    vectors there were."""
    import numpy as np

    from qa.config import Settings
    from qa.index import Models, default_index_dir, open_index
    from qa.vectors import all_vectors

    base = np.concatenate([all_vectors(open_index(ROOT / name, default_index_dir(ROOT / name), Settings(), Models()).dense)
                           for name in REAL_CORPORA])
    rng = np.random.default_rng(seed)
    out = np.empty((n, base.shape[1]), np.float32)
    for lo in range(0, n, 100_000):
        hi = min(n, lo + 100_000)
        v = base[np.arange(lo, hi) % len(base)]
        v = v + rng.standard_normal(v.shape, dtype=np.float32) * (NOISE_NORM / math.sqrt(base.shape[1]))
        out[lo:hi] = v / np.linalg.norm(v, axis=1, keepdims=True)
    return out, len(base)


def cache_1m() -> Path:
    return bench_cache_dir().parent / f"scale1m-v{GEN_VERSION}"


def real_questions() -> list[str]:
    """The questions of the project's gold sets, in a fixed shuffled order."""
    import random

    qs = []
    for gold in REAL_GOLD:
        for line in (ROOT / gold).read_text(encoding="utf-8").splitlines():
            if line.strip():
                qs.append(json.loads(line)["question"])
    random.Random(1).shuffle(qs)
    return qs


def dense_versus_exact(index, vecs: list) -> dict:
    """recall@10 of the index's dense search against exact search over the same vectors, and both
    searches' p50 (one question at a time, as `ask` searches)."""
    import faiss
    import numpy as np

    from qa.retrieve import dense_search
    from qa.vectors import all_vectors

    exact = faiss.IndexFlatIP(index.dense.d)
    exact.add(all_vectors(index.dense))
    got, truth, t_index, t_exact = [], [], [], []
    for v in vecs:
        t = time.perf_counter()
        got.append([i for i, _ in dense_search(index, v, 10)])
        t_index.append(time.perf_counter() - t)
        t = time.perf_counter()
        truth.append(exact.search(np.asarray(v, np.float32).reshape(1, -1), 10)[1][0].tolist())
        t_exact.append(time.perf_counter() - t)
    return {"kind": index.manifest.get("dense"), "n_questions": len(vecs),
            "recall_at_10": float(np.mean([len(set(a) & set(b)) / 10 for a, b in zip(got, truth)])),
            "index_search": summary_ms(t_index), "exact_search_float32": summary_ms(t_exact)}


def crossover(vectors, queries) -> list[dict]:
    """Exact (fp16 flat) against IVF search time and IVF recall@10, on prefixes of ``vectors``: where
    Settings.ann_min_chunks comes from."""
    import numpy as np

    from qa import vectors as dense_files

    rows = []
    for n in (10_000, 25_000, 50_000, 100_000, 200_000):
        row = {"n": n}
        for kind, threshold in (("exact", n + 1), ("ivf", 1)):
            with tempfile.TemporaryDirectory(prefix="bench-cross-") as tmp:
                t = time.perf_counter()
                entry = dense_files.write(Path(tmp), vectors[:n], vectors.shape[1], threshold)
                row[f"{kind}_build_s"] = time.perf_counter() - t
                ix = dense_files.read(Path(tmp), n, vectors.shape[1], entry)
                ts, ids = [], []
                for q in queries:
                    t = time.perf_counter()
                    ids.append(ix.search(q.reshape(1, -1), 10)[1][0].tolist())
                    ts.append(time.perf_counter() - t)
                row[f"{kind}_p50_ms"] = statistics.median(ts) * 1000
                row[f"{kind}_ids"] = ids
        row["ivf_recall_at_10"] = float(np.mean([len(set(a) & set(b)) / 10
                                                 for a, b in zip(row.pop("ivf_ids"), row.pop("exact_ids"))]))
        rows.append(row)
    return rows


def phase_gen1m(out: dict) -> None:
    """A 1,000,000-chunk index: the 100k chunks' texts and BM25 postings tiled ten times, and
    vectors that are real embeddings of the project's real articles (seeds/ and eval/), each tiled
    with small noise. Written by qa.index._write_folder, so the dense index is chosen as the
    program chooses it."""
    import numpy as np

    from qa.bm25 import SparseBM25
    from qa.chunkstore import ChunkStore
    from qa.config import Settings
    from qa.index import _read_folder, _stored_counts, _write_folder
    from qa.schema import Chunk

    settings = Settings()
    folder = cache_1m()
    shutil.rmtree(folder, ignore_errors=True)
    folder.parent.mkdir(parents=True, exist_ok=True)
    for old in folder.parent.glob("scale1m-*"):
        shutil.rmtree(old, ignore_errors=True)
    t0 = time.perf_counter()
    vectors, out["real_vectors"] = tiled_real_vectors(N_1M, 1_000_000)
    out["vectors_s"] = time.perf_counter() - t0
    t0 = time.perf_counter()
    src = bench_cache_dir() / "index"
    manifest, chunks100k, _, bm100k = _read_folder(src)
    n, copies = len(chunks100k), N_1M // len(chunks100k)
    words = np.repeat(np.arange(len(bm100k._idf)), np.diff(bm100k._indptr))
    bm = SparseBM25.__new__(SparseBM25)
    bm._postings(bm100k.words(), np.tile(words, copies),
                 (np.asarray(bm100k._rows)[None, :] + n * np.arange(copies)[:, None]).ravel().astype(np.int32),
                 np.tile(np.asarray(bm100k._tfs), copies), np.tile(np.asarray(bm100k._doc_len), copies))
    tiled = (Chunk(c * n + c0.id, c0.article_id, c0.start, c0.end, c0.text) for c in range(copies) for c0 in chunks100k)
    manifest = dict(manifest, n_chunks=N_1M)
    out["tile_s"] = time.perf_counter() - t0
    t0 = time.perf_counter()
    _write_folder(folder / "index", manifest, tiled, vectors, settings, bm, _stored_counts(src))
    out["write_index_s"] = time.perf_counter() - t0
    out["dense"] = json.loads((folder / "index" / "manifest.json").read_text(encoding="utf-8"))["dense"]
    assert ChunkStore.load(folder / "index")[N_1M - 1].text == chunks100k[n - 1].text


def phase_1m(out: dict) -> None:
    import resource

    import numpy as np

    from qa.config import Settings
    from qa.conversation import Conversation
    from qa.corpus import load_corpus
    from qa.index import Index, Models, _read_folder
    from qa.retrieve import retrieve

    settings = Settings()
    t = time.perf_counter()
    manifest, chunks, dense, bm25 = _read_folder(cache_1m() / "index")
    src = json.loads((bench_cache_dir() / "index" / "manifest.json").read_text(encoding="utf-8"))
    articles = load_corpus(bench_cache_dir() / "corpus", settings.max_file_bytes, known=src["articles"])
    index = Index(cache_1m() / "index", manifest, chunks, dense, {a.id: a for a in articles}, bm25, settings, Models())
    out["open_s"] = time.perf_counter() - t
    out["n_chunks"] = len(chunks)
    questions = real_questions()
    qs = questions[:20]
    Conversation(index).ask(qs[0])  # loads the ONNX sessions
    ret, ask = [], []
    for _ in range(WARM_REPS):
        for q in qs:
            t = time.perf_counter()
            retrieve(index, q, settings.k_support)
            ret.append(time.perf_counter() - t)
            t = time.perf_counter()
            Conversation(index).ask(q)
            ask.append(time.perf_counter() - t)
    out["retrieve"], out["ask"] = summary_ms(ret), summary_ms(ask)
    out["maxrss_serving_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    vecs = [index.query_embedder.encode([q])[0] for q in questions[:N_RECALL_QUERIES]]
    out["dense"] = dense_versus_exact(index, vecs)
    from qa.vectors import all_vectors

    out["crossover"] = crossover(all_vectors(index.dense)[:200_000], np.asarray(vecs[:100], np.float32))


def section_1m() -> dict:
    ensure_100k()
    gen = None
    if not (cache_1m() / "index" / "manifest.json").is_file():
        log(f"making the 1,000,000-chunk index once, in {cache_1m()} (a few minutes) …")
        gen = run_phase("gen1m")
        if gen["_process"]["rc"] != 0:
            raise SystemExit("making the 1M index failed")
        (cache_1m() / "gen.json").write_text(json.dumps(gen), encoding="utf-8")
    log("questions at 1M chunks …")
    r = run_phase("1m")
    if r["_process"]["rc"] != 0:
        raise SystemExit("the 1M phase failed")
    r["maxrss_mb"] = r["_process"]["maxrss_mb"]
    r["generated_this_run"] = gen is not None
    r["build"] = json.loads((cache_1m() / "gen.json").read_text(encoding="utf-8"))
    r["vectors"] = (f"real embeddings of {r['build'].get('real_vectors')} chunks of seeds/ and eval/, each tiled "
                    f"with noise of length {NOISE_NORM}; queries: real question embeddings of the gold sets")
    return r


# ---------------------------------------------------------------- build throughput


def prepare_build_corpora(root: Path) -> list[list[str]]:
    """BUILD_RUNS folders of articles recombined from seeds' sentences (~BUILD_CHUNKS_PER_RUN chunks each).

    Returns each run's chunk texts as qa's chunker cuts them (what build_index embeds).
    """
    import random

    from qa.chunk import chunk_article
    from qa.config import Settings
    from qa.corpus import load_corpus, parse_article
    from qa.text import sentences

    s = Settings()
    pool = []
    for a in load_corpus(ROOT / "seeds"):
        for b, e in sentences(a.text, a.body_start):
            sent = " ".join(a.text[b:e].split())
            if len(sent) > 25:
                pool.append(sent)
    rng = random.Random(5000)
    runs = []
    for r in range(BUILD_RUNS):
        folder = root / f"run{r}"
        folder.mkdir(parents=True)
        texts: list[str] = []
        i = 0
        while len(texts) < BUILD_CHUNKS_PER_RUN:
            picked = rng.sample(pool, rng.randint(12, 20))
            para = rng.randint(2, 5)
            body = "\n".join(" ".join(picked[j : j + para]) for j in range(0, len(picked), para)) + "\n"
            text = (f"date 2025-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}\n" if rng.random() < 0.5 else "") + body
            aid = f"r{r}_{i:04d}"
            path = folder / f"{aid}.txt"
            path.write_bytes(text.encode("utf-8"))
            texts += [c.text for c in chunk_article(parse_article(aid, text, path), s.chunk_size, s.chunk_overlap)]
            i += 1
        runs.append(texts)
    return runs


def _cpu_s() -> float:
    import resource

    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime


def _serve(ready: dict, run) -> None:
    """A child that runs one measured run per line "N" read from stdin, answering on stdout.

    The parent alternates the build and the raw encode children run by run, so drift and
    other load on the machine hit both alike, while each keeps its own process (and max RSS).
    """
    print(MARK + json.dumps(ready), flush=True)
    for line in sys.stdin:
        if line.strip() == "quit":
            break
        print(MARK + json.dumps(run(int(line))), flush=True)


def phase_build(corpora: Path, indexes: Path) -> None:
    from qa.config import WEIGHTS_SHA256
    from qa.embed import onnx_path
    from qa.index import Models, build_index

    class TimedModels(Models):
        """The real models, with the ONNX export (only when missing from the cache) timed apart."""

        export_s = 0.0

        def prepare_query(self, embedder) -> None:
            t = time.perf_counter()
            super().prepare_query(embedder)
            self.export_s += time.perf_counter() - t

    def run(r: int) -> dict:
        models = TimedModels()
        target = indexes / f"run{r}"
        cpu = _cpu_s()
        rep = build_index(corpora / f"run{r}", target, models=models)
        cpu = _cpu_s() - cpu
        shutil.rmtree(target, ignore_errors=True)
        per_chunk_s = rep.seconds - rep.model_seconds - models.export_s
        # CPU time of the model load is not known apart; the wall share is taken off pro rata.
        per_chunk_cpu = cpu * per_chunk_s / rep.seconds
        return {"chunks": rep.chunks, "embedded": rep.embedded, "seconds": rep.seconds,
                "model_seconds": rep.model_seconds, "export_seconds": models.export_s,
                "embed_seconds": rep.embed_seconds, "per_chunk_seconds": per_chunk_s,
                "other_seconds": per_chunk_s - rep.embed_seconds, "cpu_seconds": cpu,
                "chunks_per_s": rep.chunks / per_chunk_s, "embed_chunks_per_s": rep.embedded / rep.embed_seconds,
                "chunks_per_cpu_s": rep.chunks / per_chunk_cpu}

    _serve({"onnx_cached_before": onnx_path(WEIGHTS_SHA256).is_file(), "onnx_path": str(onnx_path(WEIGHTS_SHA256))}, run)


def phase_encode(texts_file: Path) -> None:
    runs_texts = json.loads(texts_file.read_text(encoding="utf-8"))
    from qa.embed import model_dir

    t = time.perf_counter()
    from sentence_transformers import SentenceTransformer

    model = SentenceTransformer(str(model_dir()), device="cpu")
    ready = {"model_load_s": time.perf_counter() - t, "max_seq_length": model.max_seq_length}

    def run(r: int) -> dict:
        texts = runs_texts[r]
        cpu = _cpu_s()
        t = time.perf_counter()
        model.encode(texts, batch_size=64, show_progress_bar=False)
        dt = time.perf_counter() - t
        cpu = _cpu_s() - cpu
        return {"chunks": len(texts), "seconds": dt, "cpu_seconds": cpu,
                "chunks_per_s": len(texts) / dt, "chunks_per_cpu_s": len(texts) / cpu}

    _serve(ready, run)


# ============================================================ orchestration (parent)


ADVERSARIAL = {"dots": ".", "spaces": " ", "quotes": '"', "digits": "7", "dot-quote-space": '." ',
               "bangs and capitals": "!A", "dots then space": "." * 999 + " "}


def section_text() -> dict:
    """The sentence splitter on 1 MB of each adversarial string: linear, so about one pass each."""
    from qa.text import sentences

    out = {}
    for name, unit in ADVERSARIAL.items():
        text = (unit * (1_000_000 // len(unit) + 1))[:1_000_000]
        t = time.perf_counter()
        sentences(text)
        out[name] = time.perf_counter() - t
    return {"sentences_1mb_s": out}


def cold_runs(argvs: dict[str, list[str]], n: int) -> dict[str, list[dict]]:
    """Each command run ``n`` times in fresh processes (after one warm-up each), interleaved so
    drift hits all alike; their wall time, max RSS and first line of stdout."""
    runs: dict[str, list[dict]] = {name: [] for name in argvs}
    with tempfile.TemporaryDirectory(prefix="bench-cold-") as tmp:
        out_path, err_path = Path(tmp) / "out", Path(tmp) / "err"

        def one(argv):
            with open(out_path, "wb") as o, open(err_path, "wb") as e:
                res = run_child(argv, stdout=o, stderr=e)
            if res["rc"] != 0:
                raise SystemExit(f"{' '.join(argv)} failed ({res['rc']}): {err_path.read_text()[-2000:]}")
            res["stdout_first_line"] = (out_path.read_text(errors="replace").splitlines() or [""])[0]
            return res

        log(f"cold runs of {', '.join(argvs)}: warm-up (not counted) …")
        for argv in argvs.values():
            one(argv)
        for i in range(n):
            for name, argv in argvs.items():
                runs[name].append(one(argv))
            log(f"cold run {i + 1}: " + ", ".join(f"{k} {v[-1]['wall_s']:.2f}s" for k, v in runs.items()))
    return runs


def section_cold() -> dict:
    log("qa index --quiet (seeds) …")
    r = subprocess.run([QA, "index", "--quiet"], cwd=ROOT, capture_output=True, text=True)
    if r.returncode != 0:
        raise SystemExit(f"`qa index --quiet` failed ({r.returncode}): {r.stderr.strip()}")
    runs = cold_runs({"ask": [QA, "ask", COLD_QUESTION, "--quiet"],
                      "import": [PYTHON, "-c", "import sentence_transformers"]}, N_COLD_ASK)
    asks, imports = runs["ask"], runs["import"][:N_COLD_IMPORT]
    a = statistics.median(x["wall_s"] for x in asks)
    b = statistics.median(x["wall_s"] for x in imports)
    return {
        "question": COLD_QUESTION,
        "answer_first_line": asks[-1]["stdout_first_line"],
        "ask_wall_s": [x["wall_s"] for x in asks],
        "import_st_wall_s": [x["wall_s"] for x in imports],
        "ask_p50_s": a,
        "import_st_p50_s": b,
        "ratio": a / b,
        "ask_cpu_p50_s": statistics.median(x["user_s"] + x["sys_s"] for x in asks),
        "ask_maxrss_mb": max(x["maxrss_mb"] for x in asks),
        "import_st_maxrss_mb": max(x["maxrss_mb"] for x in imports),
    }


def section_seeds() -> dict:
    log("warm questions on seeds/ …")
    r = run_phase("seeds")
    if r["_process"]["rc"] != 0:
        raise SystemExit("the seeds phase failed")
    r["maxrss_mb"] = r["_process"]["maxrss_mb"]
    return r


def ensure_100k() -> tuple[Path, dict | None]:
    """The cached 100k corpus and index, generated when missing; (cache folder, generation figures)."""
    cache = bench_cache_dir()
    gen = None
    if not (cache / "index" / "manifest.json").is_file() or not (cache / "questions.json").is_file():
        log(f"generating the 100,000-chunk corpus and index once, in {cache} …")
        gen = run_phase("gen100k")
        if gen["_process"]["rc"] != 0:
            raise SystemExit("generating the 100k index failed")
    else:
        log(f"reusing the 100,000-chunk index in {cache}")
    return cache, gen


def section_100k() -> dict:
    cache, gen = ensure_100k()
    log("warm questions at 100k chunks …")
    r = run_phase("100k")
    if r["_process"]["rc"] == 3:
        log("the cached 100k index is stale; generating it again …")
        gen = run_phase("gen100k")
        if gen["_process"]["rc"] != 0:
            raise SystemExit("generating the 100k index failed")
        r = run_phase("100k")
    if r["_process"]["rc"] != 0:
        raise SystemExit("the 100k phase failed")
    r["maxrss_mb"] = r["_process"]["maxrss_mb"]
    r["generated_this_run"] = gen
    r["cache_dir"] = str(cache)
    # A person's one-shot question at 100k chunks, in a new process, beside the same on seeds/.
    q = r["questions"][0]
    runs = cold_runs({"100k": [QA, "ask", q, "--quiet", "--corpus", str(cache / "corpus"),
                               "--index-dir", str(cache / "index")],
                      "seeds": [QA, "ask", COLD_QUESTION, "--quiet"]}, N_COLD_ASK)
    big, seeds = (statistics.median(x["wall_s"] for x in runs[k]) for k in ("100k", "seeds"))
    r["cold"] = {"question": q, "ask_100k_p50_s": big, "ask_seeds_p50_s": seeds, "ratio": big / seeds,
                 "ask_100k_wall_s": [x["wall_s"] for x in runs["100k"]],
                 "ask_100k_maxrss_mb": max(x["maxrss_mb"] for x in runs["100k"])}
    return r


def section_update() -> dict:
    """Add N_ADDED articles to a copy of the 100k corpus and time `qa index` on it (a new process:
    the model's load included), as a person adding the day's articles meets it."""
    cache, _ = ensure_100k()
    with tempfile.TemporaryDirectory(prefix="bench-update-", dir=cache.parent) as tmp:
        corpus, index_dir = Path(tmp) / "corpus", Path(tmp) / "index"
        log("copying the 100k corpus and index …")
        shutil.copytree(cache / "corpus", corpus)  # copy2: sizes and times kept, so the copy is fresh
        shutil.copytree(cache / "index", index_dir)
        olds = sorted(corpus.iterdir())[:N_ADDED]
        for i, old in enumerate(olds):  # new articles: old texts with a sentence of their own
            (corpus / f"u{i:03d}.txt").write_text(old.read_text(encoding="utf-8") + f"Update {i} followed.\n",
                                                 encoding="utf-8")
        log(f"qa index after adding {N_ADDED} articles …")
        with open(Path(tmp) / "out", "wb") as o, open(Path(tmp) / "err", "wb") as e:
            proc = run_child([QA, "index", "--corpus", str(corpus), "--index-dir", str(index_dir)], stdout=o, stderr=e)
        summary = (Path(tmp) / "out").read_text(errors="replace").strip()
        if proc["rc"] != 0:
            raise SystemExit(f"qa index failed: {(Path(tmp) / 'err').read_text()[-2000:]}")
        manifest = json.loads((index_dir / "manifest.json").read_text(encoding="utf-8"))
    return {"added_articles": N_ADDED, "wall_s": proc["wall_s"], "maxrss_mb": proc["maxrss_mb"],
            "summary": summary.splitlines()[0] if summary else "", "n_chunks_after": manifest["n_chunks"]}


class _Server:
    """A `bench.py --phase NAME` child answering one run per request (see _serve)."""

    def __init__(self, name: str, *args: str, env: dict | None = None):
        self.t0 = time.perf_counter()
        self.p = subprocess.Popen([PYTHON, str(Path(__file__).resolve()), "--phase", name, *args], env=env, cwd=ROOT,
                                  stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
        self.ready = self._answer()

    def _answer(self) -> dict:
        for line in self.p.stdout:  # type: ignore[union-attr]
            if line.startswith(MARK):
                return json.loads(line[len(MARK):])
        raise SystemExit(f"the benchmark child {self.p.args[3]} failed")

    def run(self, r: int) -> dict:
        self.p.stdin.write(f"{r}\n")  # type: ignore[union-attr]
        self.p.stdin.flush()  # type: ignore[union-attr]
        return self._answer()

    def close(self) -> dict:
        try:
            self.p.stdin.write("quit\n")  # type: ignore[union-attr]
            self.p.stdin.close()  # type: ignore[union-attr]
        except BrokenPipeError:
            pass
        _, status, usage = os.wait4(self.p.pid, 0)
        self.p.returncode = os.waitstatus_to_exitcode(status)
        return {"rc": self.p.returncode, "maxrss_mb": usage.ru_maxrss / 1024, "wall_s": time.perf_counter() - self.t0}


def section_build() -> dict:
    from qa.embed import cache_root

    with tempfile.TemporaryDirectory(prefix="bench-build-") as tmp:
        tmp = Path(tmp)
        log(f"build throughput: {BUILD_RUNS} runs of ~{BUILD_CHUNKS_PER_RUN} chunks, build and raw encode alternating …")
        runs_texts = prepare_build_corpora(tmp / "corpora")
        texts_file = tmp / "texts.json"
        texts_file.write_text(json.dumps(runs_texts), encoding="utf-8")
        # The existing cache, so the ONNX question encoder is found and not exported again.
        env = dict(os.environ, XDG_CACHE_HOME=str(cache_root().parent))
        build = _Server("build", "--corpora", str(tmp / "corpora"), "--indexes", str(tmp / "indexes"), env=env)
        raw = _Server("encode", "--texts", str(texts_file), env=env)
        b_runs, r_runs = [], []
        try:
            for r in range(BUILD_RUNS):
                b_runs.append(build.run(r))
                r_runs.append(raw.run(r))
                log(f"run {r + 1}/{BUILD_RUNS}: build_index {b_runs[-1]['chunks_per_s']:.1f} chunks/s, "
                    f"raw encode {r_runs[-1]['chunks_per_s']:.1f} chunks/s ({b_runs[-1]['chunks']} chunks)")
        finally:
            b_proc, r_proc = build.close(), raw.close()
    for r, texts in zip(b_runs, runs_texts):
        if r["chunks"] != len(texts):
            raise SystemExit(f"build_index made {r['chunks']} chunks, the bench expected {len(texts)}")
    b = statistics.median(r["chunks_per_s"] for r in b_runs)
    e = statistics.median(r["chunks_per_s"] for r in r_runs)
    bc = statistics.median(r["chunks_per_cpu_s"] for r in b_runs)
    ec = statistics.median(r["chunks_per_cpu_s"] for r in r_runs)
    return {
        "chunks_total": sum(map(len, runs_texts)),
        "build_chunks_per_s_p50": b,
        "build_embed_only_chunks_per_s_p50": statistics.median(r["embed_chunks_per_s"] for r in b_runs),
        "build_other_s_p50": statistics.median(r["other_seconds"] for r in b_runs),
        "raw_encode_chunks_per_s_p50": e,
        "ratio": b / e,
        "ratio_per_run": [x["chunks_per_s"] / y["chunks_per_s"] for x, y in zip(b_runs, r_runs)],
        "build_chunks_per_cpu_s_p50": bc,
        "raw_encode_chunks_per_cpu_s_p50": ec,
        "ratio_cpu": bc / ec,
        "model_load_s_first": b_runs[0]["model_seconds"],
        "model_load_s_p50": statistics.median(r["model_seconds"] for r in b_runs),
        "onnx_export_s_total": sum(r["export_seconds"] for r in b_runs),
        "onnx_cached_before": build.ready.get("onnx_cached_before"),
        "raw_model_load_s": raw.ready["model_load_s"],
        "raw_max_seq_length": raw.ready["max_seq_length"],
        "build_maxrss_mb": b_proc["maxrss_mb"],
        "raw_encode_maxrss_mb": r_proc["maxrss_mb"],
        "build_runs": b_runs,
        "raw_runs": r_runs,
    }


def qa_sources_sha() -> str:
    """A hash of qa/*.py, to tell which code each section measured (qa/ may be edited meanwhile)."""
    import hashlib

    h = hashlib.sha256()
    for path in sorted((ROOT / "qa").glob("*.py")):
        h.update(path.name.encode() + b"\0" + path.read_bytes())
    return h.hexdigest()[:12]


def git_state() -> dict:
    def git(*args):
        r = subprocess.run(["git", *args], cwd=ROOT, capture_output=True, text=True)
        return r.stdout.strip() if r.returncode == 0 else None

    return {"head": git("rev-parse", "--short", "HEAD"), "dirty_qa": git("status", "--porcelain", "qa")}


def verdicts(res: dict) -> list[dict]:
    """Every figure of the table: value, target (when the issue sets one) and whether it is met."""
    rows = []

    def row(section, name, value, unit, target=None, op=None):
        met = None
        if target is not None and value is not None:
            met = value <= target if op == "<=" else value >= target
        rows.append({"section": section, "figure": name, "value": value, "unit": unit,
                     "target": None if target is None else f"{op} {target:g}", "met": met})

    if "cold" in res:
        c = res["cold"]
        row("1 cold", "qa ask --quiet, wall p50", c["ask_p50_s"], "s", TARGET_COLD_S, "<=")
        row("1 cold", "import sentence_transformers, wall p50", c["import_st_p50_s"], "s")
        row("1 cold", "ratio ask / import", c["ratio"], "", TARGET_COLD_RATIO, "<=")
        row("1 cold", "qa ask peak memory (max RSS)", c["ask_maxrss_mb"], "MB")
        row("1 cold", "import sentence_transformers max RSS", c["import_st_maxrss_mb"], "MB")
    if "seeds" in res:
        s = res["seeds"]
        row("2 seeds", f"warm ask p50 ({s['n_chunks']} chunks)", s["latency"]["p50_ms"], "ms", TARGET_SEEDS_P50_MS, "<=")
        row("2 seeds", "warm ask p95", s["latency"]["p95_ms"], "ms")
        row("2 seeds", "process max RSS", s["maxrss_mb"], "MB")
    if "100k" in res:
        k = res["100k"]
        row("3 100k", f"warm ask p50 ({k['n_chunks']:,} chunks)", k["latency"]["p50_ms"], "ms", TARGET_100K_P50_MS, "<=")
        row("3 100k", "warm ask p95", k["latency"]["p95_ms"], "ms")
        row("3 100k", "process max RSS: open + 20 questions", k["maxrss_serving_mb"], "MB", TARGET_RSS_100K_MB, "<=")
        row("3 100k", "open_index (freshness, manifest, mapped files)", k["open_index_s"], "s", TARGET_OPEN_100K_S, "<=")
        f = k["freshness"]
        row("3 100k", f"freshness check, {f['n_files']:,} unchanged files", f["p50_s"], "s", TARGET_FRESHNESS_S, "<=")
        c = k["cold"]
        row("3 100k", "cold one-shot qa ask at 100k, wall p50", c["ask_100k_p50_s"], "s", TARGET_COLD_100K_S, "<=")
        row("3 100k", "… same on seeds/ (interleaved)", c["ask_seeds_p50_s"], "s")
        row("3 100k", "ratio 100k / seeds", c["ratio"], "", TARGET_COLD_100K_RATIO, "<=")
        bm = k["bm25"]
        row("3 100k", f"BM25 top-10 ids equal rank_bm25's (of {bm['n_questions']})", bm["top10_ids_equal"], "",
            bm["n_questions"], ">=")
        row("3 100k", "BM25 top-10 max |score diff| vs rank_bm25", bm["top10_max_abs_score_diff"], "")
        d = k["dense"]
        row("3 100k", f"dense recall@10 against exact ({d['kind']['kind']}, {d['n_questions']} questions)",
            d["recall_at_10"], "")
        row("3 100k", "SparseBM25.get_scores p50", bm["sparse_get_scores"]["p50_ms"], "ms")
        row("3 100k", "rank_bm25 BM25Okapi.get_scores p50", bm["rank_bm25_get_scores"]["p50_ms"], "ms")
    if "update" in res:
        u = res["update"]
        row("4 update", f"qa index after adding {u['added_articles']} articles (new process)", u["wall_s"], "s",
            TARGET_UPDATE_S, "<=")
        row("4 update", "qa index max RSS", u["maxrss_mb"], "MB")
    if "1m" in res:
        m = res["1m"]
        d = m["dense"]
        row("5 1M", f"retrieval p50 (encode, {d['kind']['kind']} dense, BM25, fusion)", m["retrieve"]["p50_ms"], "ms",
            TARGET_1M_RETRIEVE_MS, "<=")
        row("5 1M", f"recall@10 against exact ({d['n_questions']} questions)", d["recall_at_10"], "",
            TARGET_1M_RECALL, ">=")
        row("5 1M", "whole ask p50", m["ask"]["p50_ms"], "ms")
        row("5 1M", "dense search p50, as built", d["index_search"]["p50_ms"], "ms")
        row("5 1M", "dense search p50, exact float32", d["exact_search_float32"]["p50_ms"], "ms")
        row("5 1M", "process max RSS", m["maxrss_serving_mb"], "MB")
        row("5 1M", "index build (cached; IVF train + add + nprobe choice, files)", m["build"]["write_index_s"], "s")
        for c in m["crossover"]:
            row("5 1M", f"{c['n']:,} chunks: exact fp16 search p50", c["exact_p50_ms"], "ms")
            row("5 1M", f"{c['n']:,} chunks: IVF p50 (recall@10 {c['ivf_recall_at_10']:.3f})", c["ivf_p50_ms"], "ms")
    if "text" in res:
        for name, seconds in res["text"]["sentences_1mb_s"].items():
            row("7 text", f"sentences() on 1 MB of {name}", seconds, "s")
    if "build" in res:
        b = res["build"]
        row("6 build", f"build_index per-chunk work ({b['chunks_total']:,} chunks)", b["build_chunks_per_s_p50"], "chunks/s")
        row("6 build", "raw SentenceTransformer.encode", b["raw_encode_chunks_per_s_p50"], "chunks/s")
        row("6 build", "ratio build / raw", b["ratio"], "", TARGET_BUILD_RATIO, ">=")
        row("6 build", "same ratio on CPU time (cross-check, no target)", b["ratio_cpu"], "")
        row("6 build", "model load in build, first run (incl. torch import)", b["model_load_s_first"], "s")
        row("6 build", "model load in build, p50 of runs", b["model_load_s_p50"], "s")
        row("6 build", "ONNX export during build (cached → 0)", b["onnx_export_s_total"], "s")
        row("6 build", "build process max RSS", b["build_maxrss_mb"], "MB")
        row("6 build", "raw encode process max RSS", b["raw_encode_maxrss_mb"], "MB")
    return rows


def print_table(rows: list[dict]) -> None:
    def fmt(v, unit):
        if v is None:
            return "n/a"
        if unit in ("ms", "s"):
            return f"{v:,.3f} {unit}" if v < 10 else f"{v:,.1f} {unit}"
        if unit == "MB":
            return f"{v:,.0f} MB"
        if unit == "chunks/s":
            return f"{v:,.1f} chunks/s"
        if unit == "x":
            return f"{v:,.1f}x"
        return f"{v:.3f}"

    w0 = max(len(r["section"]) for r in rows)
    w1 = max(len(r["figure"]) for r in rows)
    w2 = max(len(fmt(r["value"], r["unit"])) for r in rows)
    print()
    print(f"{'':{w0}}  {'figure':{w1}}  {'value':>{w2}}  {'target':<8}  status")
    print("-" * (w0 + w1 + w2 + 26))
    for r in rows:
        status = "" if r["met"] is None else ("met" if r["met"] else "NOT MET")
        print(f"{r['section']:{w0}}  {r['figure']:{w1}}  {fmt(r['value'], r['unit']):>{w2}}  {r['target'] or '':<8}  {status}")


def print_diagnostics(res: dict) -> None:
    """Where the time goes, for the sections whose target is not met (stage medians, cProfile)."""
    for key, target in (("seeds", TARGET_SEEDS_P50_MS), ("100k", TARGET_100K_P50_MS)):
        if key not in res:
            continue
        r = res[key]
        print(f"\n[{key}] per-stage p50 (ms): "
              + ", ".join(f"{k} {v:.2f}" for k, v in r["stages_p50_ms"].items()))
        if r["latency"]["p50_ms"] > target:
            print(f"[{key}] target not met; cProfile of {r['profile_question']!r} (per question, by own time):")
            for p in r["profile"][:12]:
                print(f"    {p['tottime_ms']:8.2f} ms own  {p['cumtime_ms']:8.2f} ms cum  {p['calls']:>9.0f} calls  {p['function']}")
    if "100k" in res:
        k = res["100k"]
        print(f"\n[100k] read_folder {k['read_folder_s']:.3f}s; freshness read {k['freshness']['files_read']} files; "
              f"dense search p50 {k['dense']['index_search']['p50_ms']:.2f} ms as built, "
              f"{k['dense']['exact_search_float32']['p50_ms']:.2f} ms exact float32")
    if "1m" in res:
        m = res["1m"]
        print(f"\n[1M] {m['vectors']}; dense index {m['dense']['kind']}; open {m['open_s']:.2f}s")
    if "build" in res:
        b = res["build"]
        print(f"\n[build] ratio per run: {', '.join(f'{x:.2f}' for x in b['ratio_per_run'])}; "
              f"embed-only {b['build_embed_only_chunks_per_s_p50']:.1f} chunks/s, "
              f"other per-chunk work {b['build_other_s_p50']:.2f}s/run; raw model load {b['raw_model_load_s']:.1f}s "
              f"(max_seq_length {b['raw_max_seq_length']}); ONNX cached before: {b['onnx_cached_before']}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--only", default=",".join(SECTIONS), help=f"comma-separated sections of {','.join(SECTIONS)}")
    ap.add_argument("--phase", help=argparse.SUPPRESS)
    ap.add_argument("--out", help=argparse.SUPPRESS)
    ap.add_argument("--corpora", help=argparse.SUPPRESS)
    ap.add_argument("--indexes", help=argparse.SUPPRESS)
    ap.add_argument("--texts", help=argparse.SUPPRESS)
    args = ap.parse_args()

    if args.phase:  # a child process: measure, write JSON to --out
        out: dict = {}
        if args.phase == "seeds":
            phase_seeds(out)
        elif args.phase == "gen100k":
            phase_gen100k(out)
        elif args.phase == "100k":
            phase_100k(out)
        elif args.phase == "gen1m":
            phase_gen1m(out)
        elif args.phase == "1m":
            phase_1m(out)
        elif args.phase == "build":
            phase_build(Path(args.corpora), Path(args.indexes))
            return
        elif args.phase == "encode":
            phase_encode(Path(args.texts))
            return
        else:
            raise SystemExit(f"unknown phase {args.phase}")
        Path(args.out).write_text(json.dumps(out, indent=1, ensure_ascii=False), encoding="utf-8")
        return

    only = [s.strip() for s in args.only.split(",") if s.strip()]
    unknown = set(only) - set(SECTIONS)
    if unknown:
        raise SystemExit(f"unknown section(s) {sorted(unknown)}; choose from {SECTIONS}")
    t0, snap0 = time.perf_counter(), cpu_snapshot()
    res: dict = {"meta": {
        "started": time.strftime("%Y-%m-%dT%H:%M:%S%z"), "python": platform.python_version(),
        "machine": platform.machine(), "cpus": os.cpu_count(), "loadavg_start": os.getloadavg(),
        "git": git_state(), "sections": only,
    }}
    for name, fn in (("cold", section_cold), ("seeds", section_seeds), ("100k", section_100k),
                     ("update", section_update), ("1m", section_1m), ("build", section_build), ("text", section_text)):
        if name in only:
            t, snap, code = time.perf_counter(), cpu_snapshot(), qa_sources_sha()
            res[name] = fn()
            res[name]["qa_sources_sha"] = code
            if qa_sources_sha() != code:
                res[name]["qa_changed_during_section"] = True
            res[name]["section_seconds"] = time.perf_counter() - t
            res[name]["other_load"] = other_load(snap, cpu_snapshot(), res[name]["section_seconds"])
    res["meta"]["loadavg_end"] = os.getloadavg()
    res["meta"]["total_seconds"] = time.perf_counter() - t0
    res["meta"]["other_load"] = other_load(snap0, cpu_snapshot(), res["meta"]["total_seconds"])
    res["meta"]["parent_maxrss_mb"] = self_maxrss_mb()
    rows = verdicts(res)
    res["table"] = rows
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "bench.json").write_text(json.dumps(res, indent=1, ensure_ascii=False), encoding="utf-8")
    print_table(rows)
    print_diagnostics(res)
    busy = {n: res[n]["other_load"]["other_share_of_machine"] for n in SECTIONS if n in res}
    print("\nCPU taken by other processes during each section (share of the machine): "
          + ", ".join(f"{n} {v:.0%}" for n, v in busy.items()))
    codes = {res[n]["qa_sources_sha"] for n in SECTIONS if n in res}
    if len(codes) > 1 or any(res[n].get("qa_changed_during_section") for n in SECTIONS if n in res):
        print("WARNING: qa/*.py changed during the run; the sections did not all measure the same code.")
    if any(v > 0.10 for v in busy.values()):
        print("WARNING: other processes used the CPU meanwhile; timings of those sections are inflated.")
    met = [r for r in rows if r["met"] is not None]
    print(f"\n{sum(r['met'] for r in met)}/{len(met)} targets met; total {res['meta']['total_seconds']:.0f}s; "
          f"load average {res['meta']['loadavg_start'][0]:.2f} → {res['meta']['loadavg_end'][0]:.2f} "
          f"on {os.cpu_count()} CPUs; results in {RESULTS / 'bench.json'}")


if __name__ == "__main__":
    main()
