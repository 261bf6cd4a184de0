"""Settings: every tunable number in one frozen place (no module globals elsewhere)."""

from __future__ import annotations

from dataclasses import dataclass

from qa.errors import QAError

MODEL_NAME = "sentence-transformers/all-MiniLM-L6-v2"
WEIGHTS_SHA256 = "53aa51172d142c89d9012cce15ae4d6cc0ca6895895114379cacb4fab128d9db"
INDEX_FORMAT = 3  # 2: BM25 postings stored as arrays; 3: chunks as arrays, term frequencies kept


@dataclass(frozen=True)
class Settings:
    """What the index is built with and how questions are answered."""

    chunk_size: int = 500  # characters; small chunks keep dense evidence close to one sentence
    chunk_overlap: int = 150  # characters of trailing sentences repeated in the next chunk
    max_file_bytes: int = 10_000_000
    follow_links: bool = False  # follow symbolic links that point outside the corpus folder
    batch_size: int = 64
    max_seq_length: int = 256
    # From this many chunks on, dense search is approximate (FAISS IVF, its nprobe chosen at build
    # time for recall@10 ≥ 0.99 against exact search); below it, exact. Measured by `make bench`
    # (section 1m): exact search passes 1 ms near 50,000 chunks, IVF stays near 0.1 ms.
    ann_min_chunks: int = 50_000
    k_dense: int = 30
    k_sparse: int = 30
    rrf_k: int = 60
    k_passages: int = 10  # fused hits shown as the closest passages
    k_support: int = 30  # fused hits retrieved
    # Fused hits the reader reads, in one batch; None: the k in the reader's card, chosen on the
    # SQuAD tune split from a sweep of em against k and latency (train/calibrate.py).
    k_read: int | None = None
    max_question_chars: int = 1000  # longer questions are cut for retrieval
    # P(right) below which the answer is withheld; None: the threshold in the reader's card, chosen
    # on the SQuAD tune split (train/calibrate.py), one for every corpus.
    abstain_threshold: float | None = None
    # Values whose best span scores within this many logits of the best count as fitting equally.
    tie_margin: float = 1.0
    # Another value of the same kind is shown as a disagreement within this many logits of the best.
    disagree_margin: float = 3.0

    def __post_init__(self) -> None:
        checks = {
            "chunk_size": self.chunk_size >= 50,
            "chunk_overlap": 0 <= self.chunk_overlap < self.chunk_size,
            "max_file_bytes": self.max_file_bytes >= 1,
            "batch_size": self.batch_size >= 1,
            "ann_min_chunks": self.ann_min_chunks >= 1,
            "k_dense": self.k_dense >= 1,
            "k_sparse": self.k_sparse >= 1,
            "k_passages": self.k_passages >= 1,
            "k_support": self.k_support >= self.k_passages,
            "k_read": self.k_read is None or 1 <= self.k_read <= self.k_support,
        }
        for name, ok in checks.items():
            if not ok:
                raise QAError(f"{name} is out of range, got {getattr(self, name)}")
