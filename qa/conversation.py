"""Conversation.ask: the one path from a question to an answer, keeping turns for follow-ups."""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass, field, replace

import numpy as np

from qa.errors import QuestionError
from qa.extract import extract
from qa.index import Index
from qa.reader import Reader
from qa.retrieve import retrieve
from qa.schema import Answer
from qa.text import STOPWORDS, TITLES, fold, stem, tokenize
from qa.values import VALUE_KINDS

PRONOUNS = {
    "he": "person", "him": "person", "his": "person-poss", "she": "person", "her": "person-poss",
    "hers": "person-poss", "it": "thing", "its": "thing-poss", "they": "group", "them": "group",
    "their": "group-poss", "that": "thing", "this": "thing", "those": "group", "these": "group",
}
GENDER = {"he": "he", "him": "he", "his": "he", "she": "she", "her": "she", "hers": "she"}
FOLLOW_UP_START = re.compile(r"^\s*(?:and|also|so|then|but)\b[\s,]*|^\s*(?:what|how) about\b\s*", re.IGNORECASE)
WHAT_ABOUT = re.compile(r"^\s*(?:and\s+)?(?:what|how) about\s+(.+?)\s*\??\s*$", re.IGNORECASE)
# a name may carry a number: "Lumora Nova 3 Lite", "Windows 11"
ENTITY_RE = re.compile(r"\b[A-Z][\w'’.-]*(?:\s+(?:of\s+)?(?:[A-Z][\w'’.-]*|\d[\w.-]*))*")
AUX_WORDS = {"is", "are", "was", "were", "has", "have", "had", "does", "do", "did", "will", "would", "can"}
CALENDAR = re.compile(r"^(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?$")
NATIONALITY = {"russian", "indian", "american", "chinese", "ukrainian", "western", "european", "british"}

PLACES = frozenset(  # names a follow-up may swap for a place
    """india russia china ukraine pakistan japan germany france italy spain britain england scotland
    america canada mexico brazil argentina australia iran iraq israel turkey egypt africa asia europe
    moscow beijing delhi washington london paris berlin tokyo kyiv kiev mumbai kolkata chennai
    bangalore bengaluru shanghai dubai singapore korea vietnam indonesia nigeria kenya
    saudi arabia qatar syria afghanistan bangladesh nepal sri lanka""".split()
)


@dataclass
class Turn:
    """One exchange: what was asked, how it was read, what was answered."""

    question: str
    understood: str
    answer: Answer


def _entities(text: str) -> list[str]:
    """Capitalized spans of a text that are not sentence-initial wh-words or titles alone."""
    out = []
    for m in ENTITY_RE.finditer(text):
        span = m.group().rstrip(".’'")
        first = span.split()[0].lower()
        if first in STOPWORDS or first in {"what", "which", "who", "when", "where", "why", "how", "and"}:
            rest = span.split()[1:]
            if not rest:
                continue
            span = " ".join(rest)
        span = re.sub(r"['’]s$", "", span)
        if span.lower() in TITLES or span.lower() in NATIONALITY or CALENDAR.match(span):
            continue
        out.append(span)
    return out


WHICH_ONE = re.compile(r"\b(which|what)\s+(ones?)\b", re.IGNORECASE)


def _wh_frame(question: str) -> tuple[str, str, str] | None:
    """("Which ", "air defence systems ", "has been offered to India?") of a which/what-X question."""
    aux = r"(?:is|are|was|were|has|have|had|does|do|did|will|would|can|could|should)"
    m = re.match(rf"^\s*((?:which|what)\s+)((?:[\w'’-]+\s+){{1,3}}?)(\b{aux}\b.*)$", question, re.IGNORECASE)
    m = m or re.match(r"^\s*((?:which|what)\s+)([\w'’-]+\s+)(.*)$", question, re.IGNORECASE)
    if m and m.group(2).strip().lower() not in AUX_WORDS:
        return m.group(1), m.group(2), m.group(3)
    return None


def _only_titles(text: str) -> bool:
    """"Prime Minister", "President": a title names no one by itself."""
    return all(t.lower() in TITLES or t.lower() in NATIONALITY for t in text.split())


def _subject(question: str) -> str | None:
    """The subject of a which/what-X question: "the long-term economic roadmap" in
    "Which sectors will the long-term economic roadmap cover?"."""
    m = re.match(r"^\s*(?:which|what)\s+(?:[\w'’-]+\s+){0,3}?(?:is|are|was|were|will|would|does|do|did|can|could|has|have)"
                 r"\s+((?:the|a|an|this|that|its|their)\s+(?:[\w'’-]+\s+){0,4}?[\w'’-]+)\s+\w+\W*$", question, re.IGNORECASE)
    return m.group(1) if m else None


def _strip_titles(name: str) -> str:
    """"President Droupadi Murmu" → "Droupadi Murmu", "Chief Financial Officer Priya Nair" →
    "Priya Nair": the title may be what is asked next."""
    toks = name.split()
    titled = [i for i, t in enumerate(toks[:-1]) if t.lower() in TITLES or t.lower() in NATIONALITY]
    return " ".join(toks[titled[-1] + 1:]) if titled else name


def _is_person(entity: str) -> bool:
    toks = [t.lower() for t in entity.split()]
    return not any(t in PLACES or t in NATIONALITY for t in toks) and all(t.isalpha() for t in toks)


@dataclass
class Conversation:
    """Answers questions over one index, reading follow-ups in the light of earlier turns."""

    index: Index
    turns: list[Turn] = field(default_factory=list)
    genders: dict[str, str] = field(default_factory=dict)  # "Droupadi Murmu" → "she": as the user spoke of her
    reader: Reader | None = None  # None: the index's own

    def reset(self) -> None:
        """Forget the earlier turns."""
        self.turns.clear()
        self.genders.clear()

    def ask(self, question: str) -> Answer:
        """Answer one question (a follow-up is rewritten from earlier turns first).

        Raises:
            QuestionError: the question is empty or blank.
        """
        if not question or not question.strip():
            raise QuestionError("the question is empty; type a question")
        question = question.strip()
        notes = []
        cleaned = "".join(ch if ch.isprintable() else " " for ch in question)
        limit = self.index.settings.max_question_chars
        if len(cleaned) > limit:
            cleaned = cleaned[:limit]
            notes.append(f"the question is {len(question):,} characters; only the first {limit:,} were used")
            print(f"note: {notes[-1]}", file=sys.stderr)
        understood = self.rewrite(cleaned)
        hits, _ = retrieve(self.index, understood, self.index.settings.k_support)
        answer = extract(self.index, understood, hits, self.reader or self.index.reader)
        answer = replace(
            answer, question=question, rewritten=understood if understood != cleaned else None,
            notes=tuple(notes),
        )
        self.turns.append(Turn(question, understood, answer))
        return answer

    # ------------------------------------------------------------ follow-ups

    def rewrite(self, question: str) -> str:
        """The question as understood: pronouns resolved, "what about X" expanded.

        A question that stands on its own is returned unchanged.
        """
        if not self.turns:
            return question
        prev = self.turns[-1]
        m = WHAT_ABOUT.match(question)
        if m:
            return self._what_about(m.group(1))
        one = WHICH_ONE.search(question)
        frame = _wh_frame(prev.understood)
        if one and frame:  # "which one does India want?" after "which air defence systems …?"
            return question[: one.start(2)] + frame[1].strip() + question[one.end(2):]
        out = question
        resolved: list[tuple[re.Match[str], str]] = []
        for m in re.finditer(r"\b[A-Za-z]+\b", question):
            w = m.group().lower()
            role = PRONOUNS.get(w)
            if role is None or (w == "that" and not self._that_is_pronoun(question, m)):
                continue
            if w == "her" and not self._her_is_possessive(question, m):
                role = "person"
            taken = {t for _, t in resolved}  # "did she leave to join them?": two pronouns, two antecedents
            gender = GENDER.get(w)  # after "what is her title?", "he" is someone else
            options = [o for o in self._antecedents(role.split("-")[0]) if o not in taken
                       and self.genders.get(o, gender) == gender]
            if not options:
                continue
            # among people, the corpus decides; "it" and "they" take the most recent fitting thing
            target = self._best_reading(question, m, options) if role.startswith("person") else options[0]
            if gender:
                self.genders[target] = gender
            resolved.append((m, target + ("'s" if role.endswith("poss") else "")))
        for m, text in reversed(resolved):
            out = out[: m.start()] + text + out[m.end():]
        changed = bool(resolved)
        lead = FOLLOW_UP_START.match(out)
        if lead and not changed:
            # "and in 2021?": keep the earlier question's salient words
            out = out[lead.end():]
            extra = self._salient(prev.understood, out)
            return f"{out.rstrip(' ?')} ({extra})?" if extra else question
        if lead:
            out = out[lead.end():]
            out = out[:1].upper() + out[1:]
        if not changed and not _entities(question) and len(tokenize(question)) <= 1:
            extra = self._salient(prev.understood, question)
            return f"{question.rstrip(' ?')} ({extra})?" if extra else question
        return out

    @staticmethod
    def _that_is_pronoun(question: str, m: re.Match[str]) -> bool:
        after = question[m.end():].strip().lower()
        before = question[: m.start()].strip().lower()
        # "of that", "does that", "that elevate…" at the end or before a verb; not "the pact that …"
        return bool(re.match(r"^(?:\?|$|is\b|was\b|will\b|would\b|mean\b|\w+s\b)", after)) or before.endswith(
            ("of", "does", "did", "do", "is", "was", "about")
        )

    @staticmethod
    def _her_is_possessive(question: str, m: re.Match[str]) -> bool:
        nxt = re.match(r"\s+(\w+)", question[m.end():])
        return bool(nxt) and nxt.group(1).lower() not in STOPWORDS | {"say", "said", "do", "visit", "meet", "invite"}

    def _best_reading(self, question: str, pronoun: re.Match[str], options: list[str]) -> str:
        """Of the fitting antecedents, the one whose reading the corpus supports best (BM25),
        the most recent on a tie: after "Who invited Putin?" → Modi, "when did he last visit
        India?" reads as Putin, who is the one the articles say visits."""
        if len(options) == 1:
            return options[0]
        bm25 = self.index.bm25
        rest = tokenize(question[: pronoun.start()] + " " + question[pronoun.end():])
        scores = bm25.get_scores(rest)  # the question's own words, in the chunks that name each option
        best, best_score = options[0], -1.0
        for option in options:
            names = tokenize(option)
            docs = bm25.docs_with(names[0]) if names else np.zeros(0, dtype=np.int32)
            for name in names[1:]:
                docs = np.intersect1d(docs, bm25.docs_with(name))
            top = float(scores[docs].max()) if len(docs) else 0.0
            if top > best_score * 1.1:  # a clear margin over a more recent antecedent
                best, best_score = option, top
        return best

    def _antecedents(self, role: str, turns: int = 2) -> list[str]:
        """Fitting entities of the last turns, most recent first: each turn's answer, then its names.

        A person pronoun takes a name (never a bare title such as "Prime Minister"); "it" takes a
        named answer ("Su-57E") or else the subject of the question before ("the roadmap").
        """
        found: list[str] = []
        for back, turn in enumerate(reversed(self.turns)):
            if back >= turns and found:
                break
            found += [t for t in self._fitting(turn, role) if t not in found]
        return found[:3]

    def _fitting(self, turn: Turn, role: str) -> list[str]:
        """The entities of one turn that a pronoun of this role can stand for: its answer first."""
        ans = turn.answer.text
        candidates = []
        if ans and len(ans.split()) <= 10 and not _only_titles(ans):
            candidates.append((ans, turn.answer.kind))
        candidates += [(e, "question") for e in reversed(_entities(turn.understood)) if not _only_titles(e)]
        subject = _subject(turn.understood)
        if subject:
            candidates.append((subject, "subject"))
        out, later = [], []
        for text, kind in candidates:
            is_person = _is_person(text) and (
                kind in ("person", "title")
                or (kind == "question" and 2 <= len(text.split()) <= 3)
                or (kind == "question" and self._surname(text))
            )
            named = text[:1].isupper() or text[:1].isdigit() or kind == "subject"
            if role == "person" and is_person:
                out.append(_strip_titles(text))
            elif kind in VALUE_KINDS:
                continue  # "it", "they" stand for a thing or a group, never for "1987" or "$68.7 billion"
            elif role == "thing" and named and not is_person and kind not in ("person", "title"):
                out.append(text)
            elif role == "group" and named and not is_person:
                out.append(text)
            elif role == "group" and named and kind == "question":
                later.append(text)  # "Northfield United" looks like a name: a group only when nothing else fits
        return out + later

    def _surname(self, word: str) -> bool:
        """Whether the articles give a single name with a first name before it ("Rafael Moreno" for
        "Moreno"); a company ("Zipply") is never so named."""
        full = re.compile(rf"\b[A-Z][a-z]+\s+{re.escape(word)}\b")
        chunks = self.index.chunks
        return any(full.search(chunks[i].text) for i in self.index.bm25.docs_with(stem(word))[:50])

    def _what_about(self, subject: str) -> str:
        """Keep an earlier question's frame and swap in the new subject for the phrase most like it.

        "What about air defence systems?" after "Which fighter jet is Russia offering India?"
        → "Which air defence systems is Russia offering India?"; the phrase to swap is the one
        the embedder finds closest to the new subject, in the last three questions.
        """
        slots: list[tuple[str, float]] = []  # (rewritten question, recency penalty) per swappable phrase
        phrases: list[str] = []
        for back, turn in enumerate(reversed(self.turns[-3:])):
            q = turn.understood
            frame = _wh_frame(q)
            if frame:
                phrases.append(frame[1].strip())
                slots.append((f"{frame[0]}{subject} {frame[2]}", 0.05 * back))
            for phrase in [_subject(q)] + _entities(q):
                if phrase and phrase in q:
                    phrases.append(phrase)
                    slots.append((q.replace(phrase, subject, 1), 0.05 * back))
        if not slots:
            prev = self.turns[-1].understood
            return f"{prev.rstrip(' ?')}: what about {subject}?"
        vecs = self.index.query_embedder.encode([subject] + phrases)
        scores = [float(vecs[0] @ v) - penalty for v, (_, penalty) in zip(vecs[1:], slots)]
        def sort(text: str) -> str:
            if any(t.lower() in PLACES for t in text.split()):
                return "place"
            return "person" if text[:1].isupper() and _is_person(text) else "thing"

        same = [i for i in range(len(slots)) if sort(phrases[i]) == sort(subject)]
        if not same:
            # "what about the trade figures?" after "when did Putin last visit India?": a thing stands for
            # neither a person nor a place; nothing is swapped, it is a question of its own
            return f"What about {subject}?"
        return slots[max(same, key=scores.__getitem__)][0]  # a person for a person, a place for a place…

    @staticmethod
    def _salient(previous: str, current: str) -> str:
        """Earlier words the new question lacks, rarest-looking first (capitalized, then long)."""
        have = set(tokenize(current))
        seen, out = set(), []
        for m in re.finditer(r"[\w'’-]+", previous):
            w = m.group()
            s = stem(w)
            if fold(w) in STOPWORDS or s in have or s in seen or len(w) < 3:
                continue
            seen.add(s)
            out.append(w)
        out.sort(key=lambda w: (not w[0].isupper(), -len(w)))
        return " ".join(out[:4])
