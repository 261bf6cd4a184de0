"""Settings: every tunable number in one frozen place (no module globals elsewhere)."""

from __future__ import annotations

from dataclasses import dataclass

from qa.errors import QAError

MODEL_NAME = "sentence-transformers/all-MiniLM-L6-v2"
WEIGHTS_SHA256 = "53aa51172d142c89d9012cce15ae4d6cc0ca6895895114379cacb4fab128d9db"
INDEX_FORMAT = 1


@dataclass(frozen=True)
class Settings:
    """What the index is built with and how questions are answered."""

    chunk_size: int = 500  # characters; small chunks keep dense evidence close to one sentence
    chunk_overlap: int = 150  # characters of trailing sentences repeated in the next chunk
    max_file_bytes: int = 10_000_000
    batch_size: int = 64
    max_seq_length: int = 256
    k_dense: int = 30
    k_sparse: int = 30
    rrf_k: int = 60
    k_passages: int = 10  # fused hits shown as the closest passages
    k_support: int = 30  # fused hits whose sentences are scored for the answer, its support and disagreements
    max_question_chars: int = 1000  # longer questions are cut for retrieval
    # Chosen with `qa eval --sweep` on both gold sets (eval/gold.jsonl, eval/wire/gold.jsonl): the
    # threshold with the fewest errors (missed abstentions + false abstentions) over the 118 items.
    abstain_threshold: float = 0.36
    # Answers whose sentence scores within this share of the lead's count as fitting equally.
    tie_margin: float = 0.08
    # Other values are shown as disagreement when their sentence fits this well relative to the lead.
    disagree_ratio: float = 0.85

    def __post_init__(self) -> None:
        checks = {
            "chunk_size": self.chunk_size >= 50,
            "chunk_overlap": 0 <= self.chunk_overlap < self.chunk_size,
            "max_file_bytes": self.max_file_bytes >= 1,
            "batch_size": self.batch_size >= 1,
            "k_dense": self.k_dense >= 1,
            "k_sparse": self.k_sparse >= 1,
            "k_passages": self.k_passages >= 1,
            "k_support": self.k_support >= self.k_passages,
        }
        for name, ok in checks.items():
            if not ok:
                raise QAError(f"{name} is out of range, got {getattr(self, name)}")
