"""Transcripts: who "I" is.

In a line ``10:43 marco: I'll book the apartment`` the speaker is marco, which a reader trained on
Wikipedia prose cannot know. It is handed the line as ``10:43 marco: marco will book the
apartment``, and a span it finds in what stands for "I" is the speaker's name where the line's
label gives it, an exact slice of the article like any other answer. Prose is read as it is: only
an article whose lines mostly open with a repeated speaker label is a transcript.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

# "Marco:", "10:41 marco:", "[14:02] Agent Priya:", "CHAIR (Dana Whitlock):", "Q.", "MS. OKAFOR:"
LABEL = re.compile(
    r"^[ \t]*(?:[\[(]?\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AaPp]\.?[Mm]\.?)?[\])]?[ \t]*(?:[-–—][ \t]*)?)?"
    r"(?P<label>[^\W\d_](?:[\w.'’-]*)(?:[ \t]+[\w.'’()-]+){0,4}?)[ \t]*(?::|(?<=\b[QA])\.)[ \t]+(?=\S)",
    re.MULTILINE,
)
NAME_IN_PARENS = re.compile(r"\(([^\W\d_][^()]*)\)")
MIN_LABELLED = 3  # lines a transcript has at least, someone speaking twice, …
MIN_SHARE = 0.5  # … and this share of its lines that say something
# first person singular and how the speaker's name reads in its place
FIRST_PERSON = re.compile(r"\b(?:(I|i)(?:['’](m|ll|ve|d))?|[Mm]e|[Mm]y|[Mm]ine|[Mm]yself)\b(?!['’-]\w)")
VERB = {"m": "is", "ll": "will", "ve": "has", "d": "would"}


@dataclass(frozen=True)
class Line:
    start: int  # where the speaker's words begin (after the label)
    end: int  # end of the line
    name_start: int  # the speaker's name in the label
    name_end: int


def speaker_lines(text: str, start: int = 0) -> list[Line]:
    """The labelled lines of a transcript, or none when the text is not one."""
    lines, spoken = [], 0
    labels: dict[str, int] = {}
    for m in re.finditer(r"[^\n]+", text[start:]):
        if not m.group().strip():
            continue
        spoken += 1
        lab = LABEL.match(m.group())
        if not lab or len(lab.group("label")) > 40:
            continue
        a, b = lab.span("label")
        inner = NAME_IN_PARENS.search(lab.group("label"))
        if inner:  # "CHAIR (Dana Whitlock)": the name, not the role
            a, b = a + inner.start(1), a + inner.end(1)
        base = start + m.start()
        key = lab.group("label").lower()
        if b - a < 2:  # "Q.", "A.": who answers is named elsewhere, if at all
            a = b
        labels[key] = labels.get(key, 0) + 1
        lines.append(Line(base + lab.end(), start + m.end(), base + a, base + b))
    if len(lines) < MIN_LABELLED or max(labels.values(), default=0) < 2 or len(lines) < MIN_SHARE * spoken:
        return []
    return lines


@dataclass
class Mapped:
    """A passage as the reader reads it, and where each piece of it lies in the article."""

    text: str
    pieces: list[tuple[int, int, int, int, int]]  # (new start, new end, article start, article end, kind)
    # kind 0: copied; 1: a speaker's name put in for "I"; 2: a word added with it ("will")

    def span(self, start: int, end: int) -> tuple[int, int, int] | None:
        """Article offsets of a span of ``text`` and where its evidence ends; None for a span
        that mixes a name put in with the words around it."""
        starts = [p[0] for p in self.pieces]
        i, j = bisect_right(starts, start) - 1, bisect_right(starts, end - 1) - 1
        a, b = self.pieces[i], self.pieces[j]
        if i == j and a[4] == 1:
            return a[2], a[3], self.pieces[i + 1][2] if i + 1 < len(self.pieces) else a[3]
        if any(p[4] for p in self.pieces[i:j + 1]):
            return None
        s, e = a[2] + start - a[0], b[2] + end - b[0]
        return s, e, e


def as_read(text: str, lines: list[Line], start: int, end: int) -> Mapped:
    """``text[start:end]`` with each speaker's "I", "me", "my" written as their name."""
    out, pieces, at, pos = [], [], 0, start
    firsts = [ln.start for ln in lines]
    k = max(0, bisect_right(firsts, start) - 1)
    subs = []
    for ln in lines[k:]:
        if ln.start >= end:
            break
        lo, hi = max(ln.start, start), min(ln.end, end)
        if hi <= lo or ln.name_end <= ln.name_start:
            continue
        for m in FIRST_PERSON.finditer(text, lo, hi):
            if m.group(1) == "i" and not re.fullmatch(r"[a-z]", text[ln.name_start:ln.name_start + 1]):
                continue  # a lower-case "i" is a chat's "I" only where names are typed in lower case too
            subs.append((m, ln))
    for m, ln in subs:
        if m.start() > pos:
            out.append(text[pos:m.start()])
            pieces.append((at, at + m.start() - pos, pos, m.start(), 0))
            at += m.start() - pos
        name = text[ln.name_start:ln.name_end]
        word = m.group().lower()
        rest = (" " + VERB[m.group(2).lower()]) if m.group(2) else ("'s" if word in ("my", "mine") else "")
        out.append(name)
        pieces.append((at, at + len(name), ln.name_start, ln.name_end, 1))
        at += len(name)
        if rest:
            out.append(rest)
            pieces.append((at, at + len(rest), m.end(), m.end(), 2))
            at += len(rest)
        pos = m.end()
    if pos < end or not pieces:
        out.append(text[pos:end])
        pieces.append((at, at + end - pos, pos, end, 0))
    return Mapped("".join(out), pieces)
