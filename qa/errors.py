"""Errors the library raises; only the CLI turns them into messages and exit codes."""

from __future__ import annotations


class QAError(Exception):
    """Base class: a problem the user can fix, with a message that says how."""


class CorpusError(QAError):
    """The corpus folder cannot be read as a set of articles."""


class IndexError_(QAError):
    """The index is missing, damaged, locked or of a format this program cannot read."""


def damaged(path, why: str) -> IndexError_:
    """The error for an index file that is not as qa wrote it."""
    return IndexError_(f"{path} is damaged ({why})")


class UnsafePathError(QAError):
    """A path qa would write to holds something it did not write (the corpus, a user's files)."""


class ModelError(QAError):
    """The embedding model is missing or is not the one expected."""


class GoldError(QAError):
    """A gold file does not follow the format of docs/eval-format.md."""


class QuestionError(QAError):
    """A question that cannot be asked at all (empty)."""
