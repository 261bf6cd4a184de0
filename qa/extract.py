"""Choose the supporting sentence and, inside it, the short answer.

No trained reader is available offline, so this is classic question answering: the question
(qa.question) gives the expected answer type and its weighted words; sentences of the
retrieved chunks are scored by their own evidence (rarity-weighted coverage of the question's
words, dense similarity, fused rank); candidates inside the best sentences (qa.candidates) are
scored by type fit and closeness to the matched question words; values that differ across
articles become disagreements. Every span is an offset range into the article, never rebuilt text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from bisect import bisect_left, bisect_right

import numpy as np

from qa.index import Index
from qa.schema import Alternative, Answer, Citation, Hit
from qa.candidates import (
    AGE_RE, CAP_RE, DATE_RE, DEMONYM_ENDING, MONEY_RE, NUMBER_RE, PERCENT_RE, PLACES, TYPED, UNIT, Candidate, cap_kind, candidates,
)
from qa.question import ANY_TITLE, CAUSE_QUESTION, GENERIC_FOCUS, Question, analyze
from qa.text import STOPWORDS, TITLES, acronyms, contains, fold, is_stopword, normalize, related, stem, words


@dataclass
class Sentence:
    """A sentence of a retrieved chunk, with its evidence."""

    article: str
    start: int
    end: int
    score: float
    coverage: float
    dense: float
    rank: int
    context: float = 0.0  # coverage counting the two sentences before ("He said the increase …")


# ---------------------------------------------------------------- scoring

KIND_FIT = {
    "date": {"date": 1.0},
    "money": {"money": 1.0, "number": 0.4},
    "percent": {"percent": 1.0, "number": 0.3},
    "number": {"number": 1.0, "money": 0.8, "percent": 0.8, "date": 0.2},
    "duration": {"duration": 1.0, "number": 0.5, "date": 0.4},
    "age": {"age": 1.0, "number": 0.3, "duration": 0.3},
    "person": {"person": 1.0, "org": 0.8, "name": 0.55, "place": 0.5, "title": 0.3, "phrase": 0.35},
    "title": {"title": 1.0, "person": 0.3, "phrase": 0.3},
    "place": {"place": 1.0, "name": 0.6, "org": 0.5, "phrase": 0.45, "list": 0.7},
    "reason": {"reason": 1.0, "phrase": 0.4},
    "manner": {"manner": 1.0, "reason": 0.6, "phrase": 0.5},
    "entity": {"name": 0.85, "phrase": 0.8, "list": 0.8, "org": 0.85, "person": 0.5, "place": 0.6, "title": 0.5,
               "number": 0.4, "date": 0.3, "money": 0.4, "reason": 0.2},
    "other": {"name": 0.7, "phrase": 0.8, "list": 0.8, "org": 0.6, "person": 0.6, "place": 0.6, "reason": 0.4,
              "number": 0.4, "date": 0.4, "money": 0.4, "title": 0.4},
}
LOCAL_BASE = 0.6  # a typed value far from every question word keeps 60% of its score
AMOUNTS = {"money", "percent", "number", "duration"}
ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth", re.I)
KIND_PATTERN = {"age": AGE_RE, "date": DATE_RE, "money": MONEY_RE, "percent": PERCENT_RE, "number": NUMBER_RE, "duration": NUMBER_RE,
                "person": re.compile(r"\b[A-Z][a-z]+\s+[A-Z][a-z]+"),
                # a cause or a purpose said outright; a bare "to" + verb is too common to count here
                "reason": re.compile(r"\b(?:because|due to|owing to|thanks to|as a result of|in order to|so that|so as to|"
                                     r"citing|(?:driven|caused|prompted|fuell?ed|spurred) (?:\w+ )?by|aimed at|for fear of|"
                                     r"in response to|the reason|reasons? for|(?:offers?|gives?) (?:\w+ )?a chance to)\b", re.I)}
VALUE_KINDS = TYPED


LIST_TAIL = re.compile(r"\w(?=(,\s+[\w'’/-]+(?:\s+[\w'’/-]+){0,3}(?:,\s+[\w'’/-]+(?:\s+[\w'’/-]+){0,3})*,?\s+(?:and|or)\s+\w))")


class Words(list):
    """The words of a sentence as (start, end, stem), with what candidates ask of them again and again."""

    def __init__(self, text: str, s: int, e: int):
        super().__init__((s + m.start(), s + m.end(), stem(m.group())) for m in words(text[s:e]))
        self.starts = [w[0] for w in self]
        self.ends = [w[1] for w in self]
        self.stop = [is_stopword(text[w[0]:w[1]]) for w in self]
        self._q: Question | None = None
        self.qm: list[float] = []
        self.matched: list[int] = []  # indices of the words that match the question
        # where each list of the sentence goes on after an item: ", textiles, engineering, and electronics"
        self.list_tails = {s + m.start(1) for m in LIST_TAIL.finditer(text[s:e])}

    def span(self, c: Candidate) -> tuple[int, int]:
        """Index range of the words inside a candidate."""
        return bisect_left(self.starts, c.start), bisect_right(self.ends, c.end)

    def matches(self, q: Question) -> list[float]:
        """q.matches of every word, computed once per question."""
        if self._q is not q:
            self._q, self.qm = q, [q.matches(w[2]) for w in self]
            self.matched = [i for i, m in enumerate(self.qm) if m]
        return self.qm


def _words(index: Index, sent: Sentence) -> Words:
    """A sentence's Words, made once per index."""
    key = ("words", sent.article, sent.start)
    if key not in index.memo:
        index.memo[key] = Words(index.articles[sent.article].text, sent.start, sent.end)
    return index.memo[key]


def _holds(index: Index, sent: Sentence, kind: str) -> bool:
    """Whether a sentence holds something of a kind's pattern (a date, an amount…), found once."""
    key = ("holds", kind, sent.article, sent.start)
    if key not in index.memo:
        index.memo[key] = bool(KIND_PATTERN[kind].search(index.articles[sent.article].text, sent.start, sent.end))
    return index.memo[key]


def score_candidate(c: Candidate, text: str, sent: Sentence, q: Question, wpos: Words) -> float:
    """How well a candidate answers: type fit, closeness to question words, focus, shape."""
    fit = KIND_FIT.get(q.kind, KIND_FIT["other"]).get(c.kind, 0.0)
    if fit == 0.0:
        return 0.0
    if q.kind == "number" and ORDINAL.fullmatch(text[c.start:c.end]):
        fit *= 0.6  # "how many" counts; "first", "23rd" rank
    lo, hi = wpos.span(c)
    if lo >= hi:
        return 0.0
    inside = wpos[lo:hi]
    qm = wpos.matches(q)
    content = [i for i in range(lo, hi) if not wpos.stop[i]]
    if not content:
        return 0.0
    head = q.focus[-1] if q.focus else None
    if all(qm[i] and wpos[i][2] not in q.compound for i in content):
        return 0.0  # made only of the question's own words
    qwords = [  # "India" inside "India-Russia Annual Summit" is part of a new name, not the question's word
        i for i in content if qm[i] and wpos[i][2] not in q.focus and wpos[i][2] not in q.compound
        and not _in_compound(text, wpos[i])
    ]
    new_share = 1 - len(qwords) / len(content)
    matched = [i for i in wpos.matched if (i < lo or i >= hi) and wpos[i][2] != head]
    if matched:
        first, last = lo, hi - 1
        # distance to the far edge: stretching a span toward the question words earns nothing
        top = max(q.terms.values())
        whole = c.kind == "list"  # a list is one unit: as near as its nearer end ("representation of ⟨Asia, …⟩")
        prox = max(  # near the question's rare words, not just near "India"
            (0.5 + 0.5 * q.terms.get(wpos[i][2], top) / top)
            / (1.0 + (min if whole else max)(abs(i - first), abs(i - last)) / 4.0)
            for i in matched
        )
    else:
        prox = 0.3
    n = len(inside)
    focus = 0.0
    if q.verb and any(related(w[2], q.verb) for w in wpos[max(0, lo - 3):lo]):
        focus = 0.8  # "what does RELOS allow?" → right after "allowing"
    if q.focus == (ANY_TITLE,):
        around = [text[w[0]:w[1]].lower() for w in wpos[max(0, lo - 2):hi]]
        before = text[wpos[lo - 1][0]:wpos[lo - 1][1]] if lo > 0 else ""
        described = c.kind == "person" and ROLE_BEFORE.fullmatch(before) and not is_stopword(before)
        focus = 1.0 if any(t in TITLES for t in around) or described else 0.0  # "architect ⟨Maria Lopez⟩"
    elif q.focus:
        if any(w[2] == head for w in inside):
            focus = 1.0
        elif c.kind in NAMED and any(w[2] == head for w in wpos[max(0, lo - 3):lo]):
            focus = 1.0  # "Russian Foreign ⟨Minister⟩ Sergey Lavrov": the name, without the title asked about
        elif re.match(r"\s*,\s*(?:a|an|the)\s", text[c.end:c.end + 8]) and any(w[2] == head for w in wpos[hi:hi + 4]):
            focus = 1.0  # an apposition after: "the 23rd India-Russia Annual Summit, a pivotal event"
        elif q.defines and re.match(r"\s*\(\s*\S+\s*\)", text[c.end:c.end + 40]) and any(w[2] == head for w in wpos[hi:hi + 2]):
            focus = 1.0  # "a reciprocal logistics agreement (RELOS)" defines RELOS
        elif any(w[2] == head for w in wpos[hi:hi + 4]):
            focus = 0.6  # "S-500 ⟨air defense missile⟩ system"
        elif c.kind not in TYPED and any(w[2] == head for w in wpos[max(0, lo - 3):lo]):
            focus = 0.8  # an apposition: "Indian goods: pharmaceuticals, …", "sectors such as …"
    looks_back = False
    if q.kind == "date" and ORIGIN_QUESTION.search(q.text):
        if ORIGIN_CUE.search(text, max(sent.start, c.start - 30), c.start):
            focus = 1.0  # "since when has the summit existed?" → "was established in ⟨2000⟩"
    elif q.kind == "date" and SINCE.search(text, max(sent.start, c.start - 45), c.start):
        looks_back = True  # "his first visit since the invasion in ⟨February 2022⟩" does not say when he visits
    if c.kind == "age":  # "Kowalczyk, 46," is Kowalczyk's age, whoever else the sentence names
        focus = 1.0 if lo > 0 and qm[lo - 1] else 0.0
    if c.kind in NAMED and q.kind == "person" and q.focus and q.focus != (ANY_TITLE,) and _foreign(text, c, q):
        focus = 0.0  # "Russian President Vladimir Putin" is not "India's president"
    c.focus = focus
    if q.kind == "number" and len(inside) > 1 and UNIT.fullmatch(text[inside[-1][0]:inside[-1][1]]):
        focus = max(focus, 0.8)  # "210 millimetres" says more than "210"
    premodifier = False
    if c.kind == "phrase" and hi < len(wpos):
        nxt = wpos[hi]
        premodifier = qm[hi] > 0 and nxt[2] not in q.focus and not text[c.end:nxt[0]].strip()
    if q.kind in ("reason", "manner"):
        shape = 1.0 if 3 <= n <= 12 else 0.8 if n <= 18 else 0.4
    elif c.kind == "phrase" and n == 1 and (text[c.start].islower() or text[c.end - 3:c.end] == "ing"):
        shape = 0.2
    elif q.kind in ("entity", "other", "place"):
        shape = 1.0 if n <= 8 else 0.6 if n <= 14 else 0.3
    elif c.kind == "date":
        shape = 1.0 if re.search(r"[A-Za-z]{3}\S*\s+\d{1,2}\b|\b\d{1,2}\s+[A-Z]", text[c.start:c.end]) else 0.85
    else:
        shape = 1.0 if n <= 6 else 0.5
    if q.plural and q.kind in ("entity", "other", "place"):
        fit = 1.0 if c.kind == "list" else fit
    if q.focus and q.focus[-1] in {w[2] for w in inside[-1:]} and INTRODUCED.match(text, c.end):
        shape *= 0.5  # "advanced weapons ⟨like the S-500⟩": the answer is what the noun introduces
    if c.end in wpos.list_tails and c.kind != "reason":
        shape *= 0.5  # "sectors such as construction" stops at the first item of a list
    if c.kind == "phrase" and _cuts_name(text, c):
        shape *= 0.5  # "⟨23rd India-Russia⟩ Annual Summit": a piece of a name
    score = fit * (0.45 + 0.25 * prox + 0.15 * focus + 0.15 * shape) * (0.6 + 0.4 * new_share)
    if c.kind in TYPED:  # a value belongs to the words next to it, in the tense asked about
        score *= LOCAL_BASE + (1 - LOCAL_BASE) * _nearby(c, q, wpos)
        asked, told = tense(q.text), tense(" ".join(text[w[0]:w[1]] for w in _window(c, wpos, 6)))
        if asked and told and asked != told:
            score *= 0.75
    return score * (0.6 if premodifier else 1.0) * (0.7 if looks_back else 1.0)


ORIGIN_QUESTION = re.compile(r"\bsince when\b|\b(?:exist|establish|found|creat|start|launch|begin|began|begun|set up|form|inaugurat|introduc)\w*", re.I)
SINCE = re.compile(r"\bsince\b(?:\s+\S+){0,6}\s+$")
ORIGIN_CUE = re.compile(r"\b(?:established|founded|created|started|launched|began|begun|set up|formed|inaugurated|introduced|"
                        r"existed|since|dating (?:back )?to|dates back to)\s+(?:in\s+|on\s+|back\s+in\s+)?$", re.I)
NAMED = {"person", "title", "name", "org"}
ROLE_BEFORE = re.compile(r"[a-z]+(?<!ed)(?<!said)(?<!says)(?<!told)(?<!asked)(?<!wrote)(?<!added)")
INTRODUCED = re.compile(r",?\s+(?:like|such as|including|notably|especially)\b")
TITLE_RUN = re.compile(r"(?:[A-Z][a-z]+\s+){1,3}$")  # "Russian President " before "Vladimir Putin"
DEMONYM_WORD = re.compile(rf"\b[A-Z][a-z]+{DEMONYM_ENDING}\b")


def _foreign(text: str, c: Candidate, q: Question) -> bool:
    """Whether a titled name carries a nationality the question does not ask about
    ("Russian President Vladimir Putin" for "India's president"), in it or just before it."""
    lead = TITLE_RUN.search(text, max(0, c.start - 40), c.start)
    start = lead.start() if lead else c.start
    return any(
        not q.matches(stem(m.group())) for m in DEMONYM_WORD.finditer(text, start, c.end)
    )


NAME_BEFORE = re.compile(r"(?:^|\s)([A-Z0-9][\w'’.-]*)[ -]$")
NAME_AFTER = re.compile(r"[ -][A-Z0-9]")


def _cuts_name(text: str, c: Candidate) -> bool:
    """Whether a span starts or ends inside a run of capitalized words."""
    if text[c.start].isupper():
        before = NAME_BEFORE.search(text, max(0, c.start - 30), c.start)
        if before and not is_stopword(before.group(1)):
            return True
    return text[c.end - 1].isalnum() and text[c.start].isupper() and bool(NAME_AFTER.match(text, c.end))


def _in_compound(text: str, w: tuple[int, int, str]) -> bool:
    """Whether a word is joined by a hyphen to the next or the one before ("India" in "India-Russia")."""
    return (w[1] < len(text) and text[w[1]] in "-–") or (w[0] > 0 and text[w[0] - 1] in "-–")


FUTURE = re.compile(r"\b(?:will|shall|expected|scheduled|set to|due|plans?|planned|upcoming|next|to be held)\b", re.I)
PAST = re.compile(r"\b(?:did|last|previous|previously|ago|earlier|former|formerly)\b", re.I)


def tense(text: str) -> str | None:
    """"future", "past" or None, from the markers a text carries ("will visit", "last visited")."""
    future, past = bool(FUTURE.search(text)), bool(PAST.search(text))
    return "future" if future and not past else "past" if past and not future else None


def _window(c: Candidate, wpos: Words, n: int) -> list[tuple[int, int, str]]:
    """The ``n`` words on each side of a candidate."""
    lo, hi = wpos.span(c)
    if lo >= hi:
        return []
    return wpos[max(0, lo - n):lo] + wpos[hi:hi + n]


def _nearby(c: Candidate, q: Question, wpos: Words, window: int = 6) -> float:
    """Share of the sentence's matched question evidence lying within ``window`` words of the span.

    "a state visit to India on ⟨December 4-5⟩" beats "the invasion of Ukraine in ⟨February 2022⟩"
    when the question asks when the visit is.
    """
    lo, hi = wpos.span(c)
    if lo >= hi:
        return 0.0
    qm = wpos.matches(q)
    total = near = 0.0
    for i, w in enumerate(wpos):
        if not qm[i] or (lo <= i < hi and w[2] not in q.focus):
            continue
        weight = q.terms.get(w[2], 0.0)
        total += weight
        if lo - window <= i < hi + window:  # the noun counted inside the span is nearest: "48 inpatient ⟨beds⟩"
            near += weight
    return near / total if total else 0.0


def _match(index: Index, term: str, stems: frozenset[str]) -> float:
    """1 when the stem is in the set, 0.8 when a word of its family is (Index.family), else 0."""
    return 1.0 if term in stems else 0.0 if index.family(term).isdisjoint(stems) else 0.8


FOCUS_BASE = 0.8  # an answer away from the noun asked about ("how many workers?") keeps 80% of its confidence
CONTEXT_CONFIDENCE = 0.5  # share of the sentences before that vouches for an answer ("He said …")
CONTEXT_WEIGHT = 0.3  # share of the two sentences before that counts toward a sentence's coverage


def _starts(index: Index, article_id: str) -> list[int]:
    """Where each sentence of an article starts, in order."""
    key = ("starts", article_id)
    if key not in index.memo:
        index.memo[key] = [s for s, _, _, _ in index.sentences_of(article_id)]
    return index.memo[key]


def score_sentences(index: Index, q: Question, hits: list[Hit], qvec: np.ndarray) -> list[Sentence]:
    """Every sentence of the retrieved chunks, scored by its own evidence, best first."""
    total = sum(q.terms.values()) or 1.0

    def coverage(stems: frozenset[str]) -> float:
        return sum(w * _match(index, t, stems) for t, w in q.terms.items()) / total

    seen: dict[tuple[str, int], Sentence] = {}
    for rank, hit in enumerate(hits, start=1):
        c = hit.chunk
        dense = hit.dense_score if hit.dense_score is not None else float(np.dot(index.dense.reconstruct(c.id), qvec))
        spans = index.sentences_of(c.article_id)
        for s, e, stems, context in spans[bisect_left(_starts(index, c.article_id), c.start):]:
            if e > c.end:
                break
            key = (c.article_id, s)
            if key in seen:
                prev = seen[key]
                prev.dense = max(prev.dense, dense)
                prev.rank = min(prev.rank, rank)
                continue
            cov = coverage(stems)
            # words of the two sentences before stand behind "the two countries", "he", "the deal"
            with_context = coverage(context)
            sent = Sentence(c.article_id, s, e, 0.0, cov, dense, rank, with_context)
            sent.score = 0.6 * (cov + CONTEXT_WEIGHT * (with_context - cov)) + 0.3 * max(dense, 0.0)
            seen[key] = sent
    out = list(seen.values())
    for sent in out:
        sent.score += 0.1 / sent.rank
    out.sort(key=lambda x: -x.score)
    return out


# ---------------------------------------------------------------- the answer

def value_key(text: str, kind: str) -> str:
    """Values that are the same written two ways share a key ("Dec 4-5" ~ "December 4–5, 2025")."""
    t = fold(text)
    t = re.sub(r"[–—-]", "-", t)
    t = re.sub(r"\b(approximately|about|around|nearly|some|over|more than|almost|roughly|a record|record)\b", "", t)
    if kind == "date":
        t = re.sub(r"\b(jan|feb|mar|apr|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?", lambda m: m.group(1), t)
        if re.search(r"[a-z]{3}\s+\d", t):
            t = re.sub(r",?\s*\b(1[6-9]|20)\d\d\b", "", t)
    if kind == "money":
        t = t.replace("bn", "billion").replace("mn", "million").replace("us$", "$")
    return re.sub(r"[^\w$%-]+", " ", t).strip()


@dataclass
class Group:
    """One value with the sentences that give it."""

    key: str
    best: tuple[Sentence, Candidate]
    support: list[tuple[Sentence, Candidate]]
    score: float
    shared: int = 0  # words around the value, besides the question's, that it shares with the lead

    def articles(self) -> set[str]:
        return {s.article for s, _ in self.support}


def _date_order(index: Index, group: Group) -> str:
    dates = [index.articles[a].date for a in group.articles() if index.articles[a].date]
    return max(dates) if dates else ""


def _citation(index: Index, sent: Sentence) -> Citation:
    a = index.articles[sent.article]
    return Citation(a.id, a.title, a.date, sent.start, sent.end, a.text[sent.start:sent.end])


def _citations(index: Index, group: Group) -> tuple[Citation, ...]:
    cites, seen = [], set()
    for s, _ in [group.best] + sorted(group.support, key=lambda x: -x[1].score):
        if s.article not in seen:
            seen.add(s.article)
            cites.append(_citation(index, s))
    return tuple(cites)


def extract(
    index: Index, question: str, hits: list[Hit], qvec: np.ndarray, borrowed: frozenset[str] = frozenset()
) -> Answer:
    """The answer to ``question`` from the retrieved ``hits`` (best first), or an abstention.

    Every sentence of the hits is scored by its own evidence; the answer is chosen from the
    best of them, and all are searched for other articles that give the same value (support)
    or another one (disagreement). The first ``k_passages`` hits are the passages shown.
    """
    settings = index.settings
    q = analyze(question, index, borrowed)
    everything = score_sentences(index, q, hits, qvec)
    hits = hits[: settings.k_passages]
    pool = everything[:8]
    if q.kind in KIND_PATTERN:  # a "when" question reads on to the sentences that hold a date
        seen = {(x.article, x.start) for x in pool}
        more = everything[8:] if q.kind in ("person", "reason") else everything
        pool += [x for x in more if (x.article, x.start) not in seen and _holds(index, x, q.kind)][:8]
    scored = _scored_candidates(index, q, pool)
    if not scored:
        return Answer(question, None, 0.0, passages=tuple(hits), kind=q.kind)
    scored.sort(key=lambda x: (-x[0], x[2].end - x[2].start))
    top_score, lead_sent, lead = scored[0]
    confidence = _confidence(q, lead_sent, lead, _entity_cover(index, question, lead_sent, hits))
    if q.kind == "number" and ORDINAL.match(_span(index, lead_sent, lead)):
        confidence *= 0.7  # "how many?" answered by "the second one" counts nothing
    if _other_model(index, question, lead_sent):
        confidence *= 0.35  # the sentence is about another "Nova": nearly certainly not the answer
    if any(index.unknown(f) for f in q.focus if f not in GENERIC_FOCUS):
        confidence *= 0.7  # the corpus never speaks of the thing asked about ("the population of …")
    if confidence < settings.abstain_threshold:
        return Answer(question, None, confidence, passages=tuple(hits), kind=q.kind)

    if q.kind in VALUE_KINDS and lead.kind in VALUE_KINDS:
        # more sentences may give the same value (support) or another one (disagreement)
        seen = {(x.article, x.start) for x in pool}
        extra = [x for x in everything if (x.article, x.start) not in seen and _holds(index, x, lead.kind)]
        more = [x for x in _scored_candidates(index, q, extra) if x[2].kind == lead.kind]
        floor = scored[0][0] * settings.disagree_ratio
        groups = _groups(index, q, scored + more, lead_sent, lead, floor)
        best = max(g.score for g in groups)
        equal = [g for g in groups if g.score >= best * (1 - settings.tie_margin)]
        rest = [g for g in groups if g not in equal]
        equal.sort(key=lambda g: _date_order(index, g), reverse=True)  # latest first, undated ("") last
        equal.sort(key=lambda g: -len(g.articles()))  # stable: more supporting articles first
        ordered = equal + sorted(rest, key=lambda g: -g.score)
        lead_group = ordered[0]
        lead_sent, lead = lead_group.best
        lead_text = _span(index, lead_sent, lead)
        finer = _finer(index, scored + more, lead_text, lead.kind, lead_group.score * settings.disagree_ratio)
        if finer:  # "2028" in the headline, "until spring 2028" in the story: the same value, said more precisely
            lead_group.best = finer
            lead_group.support.append(finer)
            lead_sent, lead = finer
            lead_text = _span(index, lead_sent, lead)
        citations = _citations(index, lead_group)
        alternatives = tuple(
            Alternative(_span(index, s, c), _citations(index, g))
            for g in ordered[1:]
            for s, c in [g.best]
            if g.score >= best * settings.disagree_ratio
            and g.shared >= 2  # told in the same words, or right beside the question's: about the same thing
            and not _compatible(lead_text, _span(index, s, c), lead.kind)
            and _same_precision(lead_text, _span(index, s, c), lead.kind)
            and not _other_person(index, question, s)
        )
    else:
        citations = _agreeing(index, scored, lead_sent, lead, top_score * settings.disagree_ratio)
        alternatives = ()
    return Answer(
        question, _span(index, lead_sent, lead), confidence, citations, alternatives, tuple(hits),
        lead.start, lead.end, q.kind,
    )


def _scored_candidates(index: Index, q: Question, sents: list[Sentence]) -> list[tuple[float, Sentence, Candidate]]:
    """Every candidate of the sentences with a positive score, as (combined score, sentence, candidate)."""
    out = []
    for sent in sents:
        text = index.articles[sent.article].text
        wpos = _words(index, sent)
        for c in candidates(text, sent.start, sent.end, q):
            c.score = score_candidate(c, text, sent, q, wpos)
            if c.score > 0:
                fit = KIND_FIT.get(q.kind, KIND_FIT["other"]).get(c.kind, 0.0)
                if q.kind == "reason" and c.kind == "reason" and not _said_outright(text, c):
                    # "to regain ground" may be a purpose; "due to a shortage" is a cause, and
                    # "what's behind the jump?" asks for nothing but a cause
                    fit *= 0.6 if CAUSE_QUESTION.search(q.text) or _after(text, c) else 0.8
                weight = 0.6 + 0.4 * fit if q.kind in KIND_PATTERN else 1.0  # the sentence must hold what is asked
                if q.kind == "reason":
                    weight = 0.35 + 0.65 * fit  # a "why" is answered by a clause, hardly by a bare phrase
                if _other_model(index, q.text, sent):
                    weight *= 0.5  # "the Nova 3 Lite starts at $799" does not price the Nova 3
                if q.kind == "age" or (q.kind == "person" and q.focus):
                    # "who is the club's manager?": a name beside "manager"; "how old is Albright?": his age
                    weight *= 0.5 + 0.5 * c.focus
                evidence = sent.score
                if q.kind in TYPED and c.kind in TYPED:  # a value answers the words around it, not the whole sentence
                    evidence += 0.6 * LOCAL_SHARE * (_local_coverage(index, q, c, wpos) - sent.coverage)
                out.append((evidence * (0.55 + 0.45 * c.score) * weight, sent, c))
    return out


LOCAL_SHARE = 0.3  # share of a value's sentence coverage that is counted within LOCAL_WORDS of it
LOCAL_WORDS = 10


def _local_coverage(index: Index, q: Question, c: Candidate, wpos: Words) -> float:
    """Rarity-weighted share of the question's words found within LOCAL_WORDS words of a candidate."""
    lo, hi = wpos.span(c)
    wpos.matches(q)
    found: dict[str, float] = {}
    for i in wpos.matched:  # only the words that match some question word
        if lo - LOCAL_WORDS <= i < lo or hi <= i < hi + LOCAL_WORDS:
            for t in q.terms:
                m = _match(index, t, frozenset((wpos[i][2],)))
                if m > found.get(t, 0.0):
                    found[t] = m
    return sum(q.terms[t] * m for t, m in found.items()) / (sum(q.terms.values()) or 1.0)




def _finer(index: Index, scored, lead_text: str, kind: str, floor: float) -> tuple[Sentence, Candidate] | None:
    """The best-scored value that says the lead's value and more ("spring 2028" for "2028")."""
    lead = normalize(lead_text)
    best = None
    for score, sent, c in scored:
        if c.kind != kind or score < floor or (best and score <= best[0]):
            continue
        value = _span(index, sent, c)
        if normalize(value) != lead and contains(value, [lead_text]):
            best = (score, sent, c)
    return (best[1], best[2]) if best else None


def _after(text: str, c: Candidate) -> bool:
    """Whether a clause follows "after": a time that may or may not be the cause."""
    return bool(re.search(r"\bafter\s+$", text[max(0, c.start - 7):c.start]))


def _said_outright(text: str, c: Candidate) -> bool:
    """Whether a reason clause follows a cue that says cause outright ("due to", "because", "citing")."""
    cue = KIND_PATTERN["reason"].search(text, max(0, c.start - 25), c.end)
    return bool(cue) and cue.start() <= c.start + 2


def _agreeing(index: Index, scored, lead_sent: Sentence, lead: Candidate, floor: float) -> tuple[Citation, ...]:
    """The lead's citation, then one per other article whose sentence gives the same answer to
    the question, fitting it at least ``floor`` (a mere mention of the same name is no support)."""
    key = normalize(_span(index, lead_sent, lead))
    cites, seen = [_citation(index, lead_sent)], {lead_sent.article}
    for score, sent, c in scored:
        if score >= floor and sent.article not in seen and normalize(_span(index, sent, c)) == key:
            seen.add(sent.article)
            cites.append(_citation(index, sent))
    return tuple(cites)


def _date_parts(text: str) -> tuple[str | None, str | None, str | None]:
    """(year, month, days) of a date expression, None where it does not say."""
    t = fold(text)
    year = re.search(r"\b(1[6-9]\d\d|20\d\d)\b", t)
    month = re.search(r"\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)", t)
    rest = re.sub(r"\b(1[6-9]\d\d|20\d\d)\b", " ", t)
    days = re.search(r"\b(\d{1,2})(?:st|nd|rd|th)?(?:\s*[-–—]\s*(\d{1,2}))?\b", rest)
    return (year.group(1) if year else None, month.group(1) if month else None,
            "-".join(d for d in days.groups() if d) if days else None)


def _same_precision(a: str, b: str, kind: str) -> bool:
    """Dates given to the same precision (day, month or year): "December 5-6" against
    "December 4-5, 2025" disagrees; "February 2022" against it tells of something else."""
    if kind != "date":
        return True
    pa, pb = _date_parts(a), _date_parts(b)
    return (pa[2] is None) == (pb[2] is None) and (pa[1] is None) == (pb[1] is None)


def _compatible(a: str, b: str, kind: str) -> bool:
    """Whether two values can both be true: "2025" and "December 4-5, 2025" do not disagree."""
    if kind != "date":
        return value_key(a, kind) == value_key(b, kind)
    return all(x is None or y is None or x == y for x, y in zip(_date_parts(a), _date_parts(b)))


def _span(index: Index, sent: Sentence, c: Candidate) -> str:
    return index.articles[sent.article].text[c.start:c.end]


def _context_stems(index: Index, sent: Sentence, c: Candidate) -> frozenset[str]:
    text = index.articles[sent.article].text
    wpos = _words(index, sent)
    return frozenset(w[2] for w in _window(c, wpos, 8) if fold(text[w[0]:w[1]]) not in STOPWORDS)


def _groups(index: Index, q: Question, scored, lead_sent: Sentence, lead: Candidate, floor: float) -> list[Group]:
    """The best candidate of the lead's kind per sentence, grouped by value.

    An amount told with the same words around it as the lead, besides the question's own
    ("Trade between the two countries currently ⟨reaches⟩ $65-67 billion, … ⟨driven⟩" beside
    "Bilateral trade … ⟨reached⟩ a record $68.7 billion, … ⟨driven⟩") is raised to ``floor``:
    it answers the same question even where it names the subject differently.
    """
    lead_ctx = {x for x in _context_stems(index, lead_sent, lead) if not q.matches(x)}
    per_sentence: dict[tuple[str, int], tuple[float, Sentence, Candidate, int]] = {}
    for sc, sent, c in scored:
        if c.kind != lead.kind:
            continue
        ctx = _context_stems(index, sent, c)
        shared = sum(1 for x in lead_ctx if _match(index, x, ctx) > 0)
        if shared < 2 and c.kind == "date":  # a date right beside the question's words
            if _nearby(c, q, _words(index, sent)) >= 0.8:
                shared = 2
        if c.kind in AMOUNTS and sc < floor and shared >= 2:
            sc = floor
        key = (sent.article, sent.start)
        if key not in per_sentence or sc > per_sentence[key][0]:
            per_sentence[key] = (sc, sent, c, shared)
    groups: dict[str, Group] = {}
    for sc, sent, c, shared in sorted(per_sentence.values(), key=lambda x: -x[0]):
        key = value_key(_span(index, sent, c), c.kind)
        g = groups.get(key)
        if g is None:
            groups[key] = Group(key, (sent, c), [(sent, c)], sc, shared)
        else:
            g.support.append((sent, c))
            g.shared = max(g.shared, shared)
    return list(groups.values())


def _question_names(question: str) -> set[str]:
    """Stems of the capitalized words of a question, but its first ("Who", "When")."""
    return {stem(m.group()) for m in re.finditer(r"(?<!^)\b[A-Z][\w-]*", question.strip())} - {"i"}


def _other_person(index: Index, question: str, sent: Sentence) -> bool:
    """Whether the sentence is about someone else: it names a person, but not the question's.

    "Lavrov will visit India in November" does not disagree about when Putin visits.
    """
    text = index.articles[sent.article].text
    persons = [m for m in CAP_RE.finditer(text, sent.start, sent.end) if cap_kind(text, m.start(), m.end()) == "person"]
    if not persons:
        return False
    names = {n for n in _question_names(question) if n not in PLACES}  # the people the question is about
    here = frozenset(stem(m.group()) for m in words(text[sent.start:sent.end]))
    return bool(names) and not any(_match(index, n, here) for n in names)


def _entity_cover(index: Index, question: str, sent: Sentence, hits: list[Hit]) -> float:
    """Share of the question's names (capitalized words after the first) found near the sentence.

    A question about Lavrov answered from a sentence about Putin is answering something else.
    """
    names = _question_names(question)
    if not names:
        return 1.0
    text = index.articles[sent.article].text
    lo, hi = sent.start, sent.end
    for h in hits:  # the sentence's chunk gives context ("He", "the visit")
        if h.chunk.article_id == sent.article and h.chunk.start <= sent.start < h.chunk.end:
            lo, hi = min(lo, h.chunk.start), max(hi, h.chunk.end)
    # and so does the article's opening sentence: the subject of the whole story ("BRIDGEWATER, March 25 — …")
    body = index.articles[sent.article].body_start
    lede = next(iter(index.sentences_of(sent.article)), None)
    opening = text[body:lede[1]] if lede else ""
    near = frozenset(stem(m.group()) for m in words(text[lo:hi] + " " + opening)) | acronyms(text[lo:hi])
    weight = {n: 1.0 if n in PLACES else 2.0 for n in names}  # a missing person weighs more than a place
    return sum(weight[n] for n in names if _match(index, n, near) > 0) / sum(weight.values())


def _other_model(index: Index, question: str, sent: Sentence) -> bool:
    """Whether the sentence speaks of another model, edition or round of a thing the question
    names: "Nova 2" or "Nova 3 Lite" where "Nova 3" is asked about, "the second quarter" where
    the first is. A sentence that names no model at all ("the company delayed the launch")
    speaks of none other."""
    key = ("other_model", question, sent.article, sent.start)
    if key not in index.memo:
        text = index.articles[sent.article].text[sent.start:sent.end]
        index.memo[key] = any(
            re.search(rf"\b{re.escape(model.split()[0])}\b", text)
            and not re.search(r"\s+".join(map(re.escape, model.split())) + r"\b(?!\s+[A-Z0-9])", text)
            for model in re.findall(r"\b[A-Z][\w-]*\s+\d[\w.-]*(?:\s+[A-Z][\w-]*\b(?!['’]))*", question)
        ) or any(  # "the first quarter" asked, "the second quarter" told
            any(stem(n) == stem(noun) and o.lower() != nth.lower() for o, n in ORDINAL_NOUN.findall(text))
            and not any(stem(n) == stem(noun) and o.lower() == nth.lower() for o, n in ORDINAL_NOUN.findall(text))
            for nth, noun in ORDINAL_NOUN.findall(question)
        )
    return index.memo[key]


ORDINAL_NOUN = re.compile(r"\b(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))[\s-]+(\w+)", re.I)


def _confidence(q: Question, sent: Sentence, c: Candidate, entity_cover: float = 1.0) -> float:
    """How sure the answer is, in [0, 1]: the sentence's evidence, the candidate's fit, the names found."""
    fit = KIND_FIT.get(q.kind, KIND_FIT["other"]).get(c.kind, 0.0)
    coverage = sent.coverage + CONTEXT_CONFIDENCE * max(0.0, sent.context - sent.coverage)
    raw = 0.45 * coverage + 0.35 * max(sent.dense, 0.0) + 0.20 * fit
    if q.kind in TYPED and fit < 1.0:
        raw *= 0.7  # a "when" question answered without a date
    raw *= 0.5 + 0.5 * entity_cover
    if q.kind == "age":
        raw *= FOCUS_BASE + (1 - FOCUS_BASE) * c.focus
    elif q.kind in ("person", "number", "money", "percent", "duration") and q.focus and q.focus[-1] not in GENERIC_FOCUS:
        raw *= FOCUS_BASE + (1 - FOCUS_BASE) * c.focus  # "how many workers?" answered by "two" countries
    return float(min(1.0, max(0.0, raw)))
