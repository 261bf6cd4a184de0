"""Answer assembly: the reader's best span, its sentence, citations, disagreement, abstention.

The reader (qa.reader) proposes spans of the retrieved passages with scores. Spans are grouped
by value ("Dec 4-5" and "December 4–5, 2025" are one date); the best group is the answer, its
sentence in each article the citations. Another value of the same kind that the reader scores
nearly as well, in another article, is a disagreement. Whether to answer at all is a logistic
model of the best span's score and of retrieval, fitted on SQuAD 2.0 dev articles the reader never
trained on (coefficients in the reader's card): the span score of a right answer is the same on
Wikipedia, news and transcripts, where the reader's no-answer score is not. Every span is an offset range
into the article, never rebuilt text.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_right
from dataclasses import dataclass, field, replace

from qa.index import Index
from qa.language import bare_verb
from qa.question import asks_for_body, classify
from qa.reader import Reader, Reading, Span
from qa.schema import Alternative, Answer, Citation, Hit
from qa.speakers import as_read, speaker_lines
from qa.text import (PERSON_NOUNS, PERSON_TITLE_WORDS, PERSON_TITLES, STOPWORDS, TITLES, is_person_noun, normalize, sentences, stem,
                     tokenize)
from qa.values import MONTH, VALUE_PATTERN, compatible, date_parts, same_precision, value_key, value_kind

FEATURES = ("margin_own_window", "margin_min_null", "top_dense", "span_score")


@dataclass
class Placed:
    """A reader span placed in its article; ``score`` is the reader's, less the passage's rank penalty."""

    span: Span
    article: str
    start: int
    end: int
    text: str
    score: float
    reach: int  # the quote runs to here at least: a speaker's name answers from their words


@dataclass
class Group:
    """One value with the spans that give it, best first."""

    key: str
    kind: str | None
    spans: list[Placed] = field(default_factory=list)

    @property
    def score(self) -> float:
        return self.spans[0].score

    def articles(self) -> list[str]:
        return list(dict.fromkeys(p.article for p in self.spans))


def features(reading: Reading, hits: list[Hit]) -> list[float]:
    """What abstention is decided on (see FEATURES): the best span's margin over its own window's
    no-answer score and over the lowest one, how close the best passage is to the question, and
    the span's own score (start + end logit)."""
    top = reading.spans[0]
    dense = max((h.dense_score for h in hits if h.dense_score is not None), default=0.0)
    return [top.score - top.null, top.score - reading.null_min, float(dense), top.score]


def confidence(values: list[float], card: dict) -> float:
    """P(the answer is right) by the logistic model of the reader's card."""
    model = card.get("abstain") or {}
    coef, bias = model.get("coef"), model.get("intercept", 0.0)
    if not coef:  # an uncalibrated reader: its margin alone
        return 1 / (1 + math.exp(-values[0]))
    used = [values[FEATURES.index(f)] for f in model.get("features", FEATURES)]
    z = bias + sum(c * (v - m) / s for c, v, m, s in zip(coef, used, model["mean"], model["scale"]))
    return 1 / (1 + math.exp(-max(-40.0, min(40.0, z))))


def _sentence_spans(index: Index, article_id: str) -> tuple[list[tuple[int, int]], list[int]]:
    """The article's sentences and where each starts, found once per index."""
    def make():
        a = index.articles[article_id]
        spans = sentences(a.text, a.body_start)
        return spans, [s for s, _ in spans]

    return index.remembered(("sentences", article_id), make)


def _sentence_range(index: Index, article_id: str, start: int, end: int) -> tuple[int, int]:
    """The first and last sentence (their numbers) that [start, end) touches."""
    _, starts = _sentence_spans(index, article_id)
    i = max(0, bisect_right(starts, start) - 1)
    return i, max(i, bisect_right(starts, max(start, end - 1)) - 1)


def _sentence(index: Index, article_id: str, start: int, end: int) -> tuple[int, int]:
    """The sentence (or sentences) of the article that hold [start, end)."""
    spans, _ = _sentence_spans(index, article_id)
    i, j = _sentence_range(index, article_id, start, end)
    s, e = spans[i][0], spans[j][1]
    return min(s, start), max(e, end)


def _citation(index: Index, p: Placed) -> Citation:
    a = index.articles[p.article]
    s, e = _sentence(index, p.article, p.start, p.reach)
    return Citation(a.id, a.title, a.date, s, e, a.text[s:e])


def _citations(index: Index, group: Group) -> tuple[Citation, ...]:
    seen, out = set(), []
    for p in group.spans:
        if p.article not in seen:
            seen.add(p.article)
            out.append(_citation(index, p))
    return tuple(out)


def _latest(index: Index, group: Group) -> str:
    dates = [index.articles[a].date for a in group.articles() if index.articles[a].date]
    return max(dates) if dates else ""


QUOTES = "\"'“”‘’«»"
PAIRED_QUOTES = (("“", "”"), ("«", "»"))


def _unquoted(text: str, start: int, end: int) -> tuple[int, int]:
    """A span without a quotation mark at an edge whose partner lies outside it: the reader's
    `"not under threat` is `not under threat`."""
    while end - start > 1 and text[start] in QUOTES and not any(q in text[start + 1:end] for q in QUOTES):
        start += 1
    while end - start > 1 and text[end - 1] in QUOTES and not any(q in text[start:end - 1] for q in QUOTES):
        end -= 1
    for opening, closing in PAIRED_QUOTES:
        i = text.find(opening, start, end)
        if i < 0 or closing in text[i:end]:
            continue
        # `a “dear friend and trustworthy partner`: the quotation runs on to its closing mark just
        # after the span (`… partner,”`); else, after an article alone, the answer starts inside it
        if m := re.match(rf"[,.;:!?]?{closing}", text[end:end + 2]):
            end += m.end()
        elif re.fullmatch(r"(?:a|an|the)\s+", text[start:i], re.IGNORECASE):
            start = i + 1
    return start, end


def _unmarked(text: str, start: int, end: int) -> tuple[int, int]:
    """A span without the "Q." or "A." that opens a line of a deposition's transcript: the reader's
    `A. Apples for Kessler Orchards` is `Apples for Kessler Orchards` (the marker says who speaks)."""
    if m := re.match(r"[QA]\.[ \t]+(?=\S)", text[start:end]) if start == 0 or text[start - 1] == "\n" else None:
        start += m.end()
    return start, end


def _bracketed(text: str, start: int, end: int) -> tuple[int, int]:
    """A span that opens a bracket it does not close stops before it: the reader's `1,232 kilometres (766
    miles` is `1,232 kilometres`; one that closes a bracket it did not open stops there: `RELOS) with India`
    is `RELOS`."""
    span = text[start:end]
    i = span.rfind("(")
    if i >= 0 and ")" not in span[i:]:
        if span[:i].strip():
            end = start + len(span[:i].rstrip())
        else:  # `(766 miles`: what the bracket holds
            start += i + 1
    span = text[start:end]
    j = span.find(")")
    if j >= 0 and "(" not in span[:j]:
        if span[:j].strip():  # `RELOS) with India`: the span began inside the bracket, and what it holds is the answer
            end = start + len(span[:j].rstrip())
        else:
            start += j + 1 + len(span[j + 1:]) - len(span[j + 1:].lstrip())
    return start, end


def _whole_words(text: str, start: int, end: int) -> tuple[int, int]:
    """A span that ends or starts inside a lower-case hyphenated word takes all of it: the reader's
    `fifth` of "a fifth-generation jet" is `fifth-generation` (its tokens split at the hyphen);
    "India" of "India-Russia" is a name of its own and stays."""
    if m := re.match(r"(?:-[a-z]+)+\b", text[end:end + 40]) if end and text[end - 1].islower() else None:
        end += m.end()
    if m := re.search(r"\b(?:[a-z]+-)+$", text[max(0, start - 40):start]) if start < len(text) and text[start].islower() else None:
        start -= len(m.group())
    return start, end


def _read(index: Index, reader: Reader, question: str, read: list[Hit]) -> Reading:
    """The reader over the passages, a transcript's "I" read as its speaker (qa.speakers); spans
    come back in each passage's own offsets."""
    mapped = []
    for h in read:
        a = index.articles[h.chunk.article_id]
        lines = index.remembered(("speakers", a.id), lambda: speaker_lines(a.text, a.body_start))
        mapped.append(as_read(a.text, lines, h.chunk.start, h.chunk.end) if lines else None)
    reading = reader.read(question, [m.text if m else h.chunk.text for m, h in zip(mapped, read)])
    if not any(mapped):
        return reading
    spans = []
    for sp in reading.spans:
        m = mapped[sp.passage]
        if m is None:
            spans.append(sp)
            continue
        placed = m.span(sp.start, sp.end)
        if placed:
            base = read[sp.passage].chunk.start
            spans.append(replace(sp, start=placed[0] - base, end=placed[1] - base, reach=placed[2] - base))
    return replace(reading, spans=tuple(spans))


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """A span without what is no part of an answer: a transcript's speaker label ("HOST: Mattias
    Brandvold"), who paid before a sum ("it cost us $1,800"; "US $1,800" is dollars), the value a value
    replaced ("September 14 rather than May 4")."""
    label = re.match(r"[A-Z][A-Z.'’-]*(?:\s+[A-Z][A-Z.'’-]*)*(?:\s+\([^)\n]*\))?:\s+(?=\S)", text[start:end])
    start += label.end() if label else 0
    whom = re.match(r"(?:us|them|him|her|me|you|it)\s+(?=[$€£]?\d)", text[start:end])
    start += whom.end() if whom else 0
    contrast = re.search(r"\s+(?:rather\s+than|instead\s+of)\s", text[start:end])
    if contrast and value_kind(text[start:start + contrast.start()]):
        end = start + contrast.start()
    return start, end


MONEY_WORDS = (r"[$€£¥]|\d|\b(?:dollars?|euros?|pounds?|pence|cents?|rupees?|roubles?|rubles?|yen|yuan|francs?|crowns?|krona|"
               r"kroner|hundreds?|thousands?|millions?|billions?|trillions?|free|nothing|fortune)\b")  # what a sum is said with

# what a count is said with: a figure of its own (not "57" of "Su-57"), or a word for one ("three", "several")
COUNTED = re.compile(r"(?<![\w-])\d|\b(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
                     r"fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|"
                     r"hundreds?|thousands?|millions?|billions?|dozens?|several|few|many|no|none|both|all|half|single|couple|"
                     r"numerous|multiple|twice|once|handful|majority|minority|most|some|each|every|sole|only)\b", re.IGNORECASE)


@dataclass(frozen=True)
class Asked:
    """What a question asks, worked out once for all the spans the reader proposes."""

    kind: str | None
    words: str  # its tokens, space-padded: " which parti first win majoriti "
    choice: bool  # "the Rhine or the Danube?", "did he say it was under threat?": its own words may answer
    body: bool  # "Which contractor …?": a firm or the like
    kin: bool = False  # "what is the name of his wife?": someone by kin, whom only a sentence saying the kin names
    which: tuple[str, str] | None = None  # "which russian minister …?": ("russian", "minist"), a kind said of the one asked for

    @classmethod
    def of(cls, question: str) -> "Asked":
        kind = classify(question)[0]
        return cls(kind, f" {' '.join(tokenize(question))} ",
                   bool(re.search(r"\bor\b", question, re.IGNORECASE) or YES_NO.match(question)), asks_for_body(question),
                   bool(KIN.search(question)) and kind in ("person", "entity"), _people_asked(question))


def _people_asked(question: str) -> tuple[str, str] | None:
    """("russian", "minist") of "which russian minister …?": a people's name ("Russian", "Chinese", "British"),
    not a place's ("Dunmere") nor a kind ("medieval"), said of the person asked for; None otherwise."""
    m = re.match(r"\W*(?:and\s+)?which\s+([a-z]+(?:ian|ean|can|man|ese|ish|ani|eli))\s+([a-z]+)\b", question, re.IGNORECASE)
    noun = m.group(2).lower() if m else ""
    return (m.group(1).lower(), stem(noun)) if m and (noun in TITLES | PERSON_NOUNS or is_person_noun(noun)) else None


def _says_a_count(text: str, asked: Asked, attached: str, before: str, after: str) -> bool:
    """Whether a span answers "how many …?" with a count of its own: a figure anywhere in it ("the city produces 12%"),
    a word for one where it opens ("about a dozen", "several"), an ordinal of the thing counted ("the 23rd India-Russia
    Annual Summit": 23 summits, no count of viewers). Not a name's number ("57" of "Su-57"), a year, a day of a month
    ("4-5, 2025" of "December 4-5, 2025"), a share where a share was not asked ("39.8 percent" of the votes), nor a
    word for a count far on ("both nations" in "the 23rd … Summit, showing how committed both nations are")."""
    if re.match(r"\d", text) and (re.search(rf"\b{MONTH}\.?\s+$", before) or re.search(r"\d[–-]$", before)):
        return False  # (nor the end of a range: "25" of "2024–25")
    share = value_kind(text) == "percent" or re.match(r"\s*(?:%|per\s*cent\b|percent\b)", after)  # "25" of "25%" too
    if share and " mani " in asked.words and not re.search(r" (?:percent|per|share|proport) ", asked.words):
        return False  # ("how much of Poland's income …?" asks for a share: 12%)
    # a sum, and no other figure but a year ("$68.7 billion in 2024–25"; "4.88 billion" of "$4.88 billion" too)
    figures = re.sub(r"\b(?:1[5-9]|20)\d\d(?:[–-]\d\d)?\b", "", VALUE_PATTERN["money"].sub("", text))
    money = VALUE_PATTERN["money"].search(text) and not re.search(r"\d", figures) or re.search(r"[$€£¥₹]\s*[\d.,]*\s*$", before)
    if money and " mani " in asked.words and not re.search(r" (?:dollar|euro|pound|rupe|yen|cent)\S* ", asked.words):
        return False  # ("how many indian workers would the deal send?" is no sum: "modest at $4.88 billion")
    ordinal = re.match(r"(?:the\s+)?\d+(?:st|nd|rd|th)\b", text)
    noun = re.search(r" mani (\S+) ", asked.words)  # what "how many" counts
    of_noun = bool(ordinal and noun) and noun.group(1) in tokenize(" ".join((text[ordinal.end():] + " " + after).split()[:4]))
    plain = re.sub(r"\b(?:1[5-9]\d\d|20\d\d)\b" + ("" if of_noun else r"|\b\d+(?:st|nd|rd|th)\b"), "",
                   VALUE_PATTERN["date"].sub("", text))  # "… on December 4-5, 2025, to attend …" counts nothing
    opening = plain if re.search(r"(?<![\w-])\d", plain) else " ".join(plain.split()[:3])
    return bool(COUNTED.search(attached + opening, len(attached)))


def _titled_otherwise(text: str, start: int, end: int, which: tuple[str, str]) -> bool:
    """Whether the title a name comes with (before or in the span) names the kind asked for without
    the word that says which ("Prime Minister Narendra Modi" for "which russian minister …?"), where
    the article writes that word as a name's ("Russian"): "Russian Foreign Minister Sergey Lavrov" has it."""
    said, kind = which
    titled = re.search(r"((?:[A-Z][\w.-]*\s+){1,6}[A-Z][\w.-]*)$", text[max(0, start - 60):end])
    return (bool(titled) and kind in {stem(w.lower()) for w in titled.group(1).split()}
            and said not in titled.group(1).lower() and re.search(rf"\b{said.capitalize()}\b", text) is not None)


def _cannot_answer(index: Index, text: str, asked: Asked, attached: str = "", before: str = "", after: str = "",
                   at: tuple[str, int, int] | None = None) -> bool:
    """Whether a span the reader proposes cannot answer the question, whatever its score. ``attached``: the
    part of a word the span starts inside ("Su-" of "Su-57"); ``before``, ``after``: the text around the span;
    ``at``: its article, start and end."""
    if at and asked.which and _titled_otherwise(index.articles[at[0]].text, at[1], at[2], asked.which):
        return True  # "which russian minister …?": not "Narendra Modi", whom his article titles "Prime Minister" alone
    if at and asked.kin and not KIN_SAID.search(index.articles[at[0]].text[slice(*_sentence(index, *at))]):
        return True  # "what is the name of his wife?": not "Vladimir Putin", named in a sentence that says no kin
    said = tokenize(text)
    if not asked.choice and said and f" {' '.join(said)} " in asked.words and not NEGATION.search(text):
        # "The party" for "which party was the first to win …?": a phrase of the question says nothing new ("Nordvik
        # Skerry", of "the merged Nordvik Air and Skerry Airways", does; "not under threat" too)
        return True
    if asked.kind == "place" and not text.isupper() and _a_person(index, text):
        return True  # "where's it based now?": a place, never the person who said so ("Mattias Brandvold")
    if (asked.kind == "person" and not any(w[:1].isupper() for w in text.split()) and any(f" {t} " in asked.words for t in said)
            and not any(is_person_noun(w) or w in PERSON_NOUNS | TITLES for w in text.lower().split())):
        return True  # "who is booking the cottage?": not "blue cottage on ferris lane", the thing asked about
    if asked.body and _a_person(index, text):
        return True  # "Which contractor went bust?": not "Solberg", the project director who said so
    if (asked.kind == "duration" and re.search(rf"\b{MONTH}\.?\s+\d", text) and not re.match(r"(?i:since|from)\b", text)
            and not re.search(r"\b(?:years?|months?|weeks?|days?|hours?|minutes?)\b", text, re.IGNORECASE)):
        return True  # "how long was he sentenced to?": a day ("until Nov. 16") is no length of time ("since May 4" says one)
    if asked.kind == "person" and (all(value_kind(p) in ("money", "percent", "date")
                                       for p in re.split(r",\s+(?:and\s+)?|\s+(?:and|or)\s+", text))
                                   or VALUE_PATTERN["money"].search(text) and not any(w[:1].isupper() for w in text.split()[1:])):
        # "who were the other two bidders?": "$455,500 and $498,000" is what they bid, no one ("The other two were
        # $455,500 and $498,000" neither: a sum and no name)
        return True
    doing = re.match(r"(?:to\s+)?([a-z]+)\b", text)  # "(to) chair …", not "(according to) geographic scholars"
    if (asked.kind == "person" and doing and bare_verb(doing.group(1)) and doing.group(1) not in STOPWORDS
            and (doing.group().startswith("to ") or re.search(r"\bto\s+$", before))):
        return True  # "who is the presiding officer?": "(to) chair chamber proceedings" says what one does, not who
    if asked.kind == "number" and not _says_a_count(text, asked, attached, before, after):
        return True
    if asked.kind == "money" and " much " in asked.words and not re.search(MONEY_WORDS, attached + text, re.IGNORECASE):
        # "how much does that job pay?": "one (MSP)", "Parliament elects one MSP …" say no sum ("millions of euros",
        # "free" do); "what governor in charge of New France …?" asks for no sum, whatever "charge" says
        return True
    ordinal = re.fullmatch(r"(?:the\s+)?(\d+)(?:st|nd|rd|th)", text.strip())
    if asked.kind == "date" and ordinal and int(ordinal.group(1)) > 31:
        return True  # "when does Lavrov arrive?": "80th" (of "the 80th session") is no day of a month ("the 16th" may be)
    if re.match(r"(?:thanks|thank\s+you|hi|hello|hey|yes|yeah|no|okay|ok|well|sorry|right)\b\s*[,!.](?!\s*\d)", text, re.IGNORECASE):
        return True  # "Thanks, Dana": a speaker's courtesy to the chair opens a turn and answers nothing ("No. 9" may)
    return asked.kind == "reason" and bool(value_kind(text))  # a bare figure or date ("2.1 percent") is no reason: "why" asks what made it so


def _groups(index: Index, reading: Reading, read: list[Hit], rank_penalty: float = 0.0,
            question: str = "", lexical: float = 0.0) -> list[Group]:
    """The reader's spans grouped by value, best group first; a span lies within one sentence. A
    span of the n-th passage read loses ``rank_penalty`` · ln(n): the reader compares passages it
    reads one at a time, retrieval all.
    A span gains ``lexical`` · the share of the question's words (weighted by idf) that its sentence
    holds: the reader sees a window, and the sentence that says the question's words is the likelier
    one to answer it."""
    placed = []
    weights = _idf(index, question) if lexical else {}
    asked = Asked.of(question)
    where = asked.kind == "place"
    for sp in reading.spans:
        chunk = read[sp.passage].chunk
        text = index.articles[chunk.article_id].text
        start, end = _whole_words(text, *_bracketed(text, *_unmarked(text, *_unquoted(text, chunk.start + sp.start,
                                                                                      chunk.start + sp.end))))
        start, end = _trimmed(text, start, end)
        labelled = asked.kind in UNSPOKEN and text[end:end + 1] == ":" and not text[end + 1:end + 2].isdigit()
        text = text[start:end]
        if labelled and len(text.split()) <= 3:
            continue  # "Guest: Mattias Brandvold": a label names who speaks, no place, time or sum
        if not normalize(text) or "\n" in text:
            continue  # an answer lies within one line: a span across a line break joins a heading to the text
        first, last = _sentence_range(index, chunk.article_id, start, end)
        if first != last:
            continue  # and within one sentence: "… next January. Postage rates" answers nothing
        if _in_dateline(index.articles[chunk.article_id].text, start) and not (where and text.isupper()):
            continue  # "EASTON FALLS — Halvorsen is recalling …": the place a story was filed from answers only "where"
        before = index.articles[chunk.article_id].text[max(0, start - 40):start]
        after = index.articles[chunk.article_id].text[end:end + 60]
        if _cannot_answer(index, text, asked, re.search(r"[\w-]*$", before).group(), before, after, (chunk.article_id, start, end)):
            continue
        score = sp.score - rank_penalty * math.log1p(sp.passage)
        reach = max(end, chunk.start + sp.reach) if sp.reach is not None else end
        if weights:
            s, e = _sentence(index, chunk.article_id, start, reach)
            said = set(tokenize(index.articles[chunk.article_id].text[s:e]))
            score += lexical * sum(w for t, w in weights.items() if t in said) / sum(weights.values())
        placed.append(Placed(sp, chunk.article_id, start, end, text, score, reach))
    groups: dict[str, Group] = {}
    for p in sorted(placed, key=lambda p: -p.score):
        kind = value_kind(p.text)
        key = _key(p.text, kind)
        groups.setdefault(key, Group(key, kind)).spans.append(p)
    return sorted(groups.values(), key=lambda g: -g.score)


# a verb that puts a figure on what comes before it: "Indian exports to Russia remain modest at $4.88 billion",
# "Bilateral trade between India and Russia reached a record $68.7 billion", "whose cost has risen to €1.35 billion"
FIGURE_VERB = re.compile(r"\b(?:reach(?:ed|es)?|remain(?:s|ed)?|st(?:ood|ands?)|total(?:l?ed|s)?|amount(?:ed|s)|hit|hits|rose|risen|"
                         r"rises?|fell|fallen|falls?|grew|grown|grows?|climb(?:ed|s)?|jump(?:ed|s)?|dropp?(?:ed|s)?|was|were|is|are)\b"
                         r"(?:\s+[a-z]+){0,3}?\s*$")
CLAUSE_START = re.compile(r"[,;:(—–.!?\n]|\b(?:where|while|whereas|which|that|because|when|whose)\b|^", re.IGNORECASE)
PREPOSITION = re.compile(r"\s+(?:of|to|from|between|in|on|for|with|at|by|among)\s+")
YES_NO = re.compile(r"\s*(?:is|are|was|were|has|have|had|does|do|did|will|would|can|could|should)\b", re.IGNORECASE)
# kin a question may ask someone by, and what a sentence that names them says
KIN_WORDS = (r"(?:wife|husband|spouse|widow|widower|son|daughter|mother|father|brother|sister|grandson|granddaughter"
             r"|grandmother|grandfather|uncle|aunt|nephew|niece|cousin|fianc[ée]e?)s?\b")
# the kin asked for, in lower case ("Carrow & Sons" is a firm): "who is his wife?", "what is the name of Tomasz's daughter?",
# not "which firm is coming to fix his daughter's boiler?"
KIN = re.compile(r"^\W*(?:and\s+)?(?:who|what)(?:['’]s|\s+is|\s+was|\s+are|\s+were)\s+(?:the\s+(?:(?:first|full|last)\s+)?names?\s+of\s+)?"
                 rf"(?:[\w'’.&-]+\s+){{0,3}}?(?-i:{KIN_WORDS})(?=\s*(?:[?,.]|$|(?:called|named|of|in|at|now)\b))", re.IGNORECASE)
KIN_SAID = re.compile(rf"\b{KIN_WORDS}|\b(?:married|marriage|wed|parents?|children|child|siblings?|born\s+to)\b", re.IGNORECASE)
UNSPOKEN = {"place", "date", "duration", "money", "number", "percent", "reason"}  # what no speaker's label answers
NEGATION = re.compile(r"\b(?:not|no|never|none|neither|nor)\b|n['’]t\b", re.IGNORECASE)  # "not under threat" says something
# a figure said of another noun than the question's is passed over for one said of the question's own, when the reader
# holds that one within this much of it (the reader's span scores are logits)
MEASURED_MARGIN = 5.0


def _measured(text: str, start: int) -> str | None:
    """The noun a figure at ``start`` is said of in its sentence: "exports" for "$4.88 billion" in "… where
    Indian exports to Russia remain modest at $4.88 billion", "trade" in "Bilateral trade between India and
    Russia reached a record $68.7 billion"; None where no such verb stands just before it."""
    before = text[max(0, start - 160):start]
    verb = FIGURE_VERB.search(before)
    if not verb:
        return None
    clause = before[: verb.start()]
    subject = clause[[m.end() for m in CLAUSE_START.finditer(clause)][-1]:].strip()
    noun = PREPOSITION.split(subject)[0].split()
    if not noun or not noun[-1].isalpha() or not noun[-1].islower() or len(subject.split()) > 8:
        return None
    return noun[-1]


def _said_of_the_asked(index: Index, question: str, groups: list["Group"]) -> list["Group"]:
    """"How much is trade between India and Russia?": not "$4.88 billion", which the articles say of Indian
    exports, but "$68.7 billion", which they say of the trade, when the reader holds it nearly as likely. A
    figure is said of the noun before its verb ("… exports … remain modest at"); one said of a noun the
    question does not use gives way to one said of a noun it does."""
    if not groups or groups[0].kind not in ("money", "number", "percent"):
        return groups
    asked = {stem(t) for t in tokenize(question)}

    def of(g: Group) -> str | None:  # as the first of its spans that says it
        return next((n for p in g.spans if (n := _measured(index.articles[p.article].text, p.start))), None)

    top = of(groups[0])
    if not top or stem(top) in asked:
        return groups
    for g in groups[1:]:
        if g.score < groups[0].score - MEASURED_MARGIN:
            break
        noun = of(g)
        if g.kind == groups[0].kind and noun and stem(noun) in asked:
            return [g] + [x for x in groups if x is not g]
    return groups


def _same(text: str, told: str) -> bool:
    """Whether a span says a value again: "68.7 billion" and "a record $68.7 billion" are "$68.7
    billion"; "December 2021" says more than "2021"; a name is the same only whole ("India" is not
    "India-Russia summit")."""
    a, b = normalize(text), normalize(told)
    if a == b:
        return True
    short, long = sorted((a, b), key=len)
    # a figure said with a word or two more ("a record"), not one inside a name ("… Cooperation until 2030")
    if not (value_kind(text) or value_kind(told)) or short not in long or len(long.split()) - len(short.split()) > 2:
        return False
    figures = re.compile(r"\d[\d.,]*")
    return figures.findall(text) == figures.findall(told) and date_parts(text)[1] == date_parts(told)[1]


def _key(text: str, kind: str | None) -> str:
    """What a span says, as spans are grouped: "Dec 4-5" and "December 4–5, 2025" are one date."""
    return (kind or "") + ":" + (value_key(text, kind) if kind else normalize(text))


COURTESY = re.compile(r"(?i:mr|mrs|ms|miss|mx|dr|prof|sir|dame)\.?\s+[A-Z]")


def _a_person(index: Index, text: str) -> bool:
    """Whether a span names a person: "MR. LINDQVIST", "Project director", or a name the articles
    write after a title ("Project director Ingrid Solberg" for "Solberg") or call out to at the start of
    a line ("Priya, when we spoke …"), and never before a word
    that makes it a body's ("Halvorsen Pharmaceuticals", whose founder is Pieter Halvorsen). Looked up
    once per name and index: the reader proposes the same span from many passages."""
    seen = index.memo.setdefault("a person", {})
    if text not in seen:
        seen[text] = _names_a_person(index, text)
    return seen[text]


def _names_a_person(index: Index, text: str) -> bool:
    """`_a_person`, looked up in the articles."""
    words = text.split()
    if COURTESY.match(text) or words and words[-1].lower() in TITLES | PERSON_NOUNS and all(w.islower() for w in words[1:]):
        return True  # "MR. LINDQVIST"; "Project director", a person's office
    if not 1 <= len(words) <= 3 or not all(w[:1].isupper() and w.isalpha() for w in words):
        return False
    last = re.escape(words[-1])
    titled = re.compile(rf"\b(?i:{PERSON_TITLES})\.?\s+(?:[A-Z][\w'’-]*\s+){{0,2}}{last}\b"
                        rf"|(?:^|:[ \t]+){last},\s"  # "MR. LINDQVIST: Priya, when we spoke …": one addressed
                        # "Mattias Brandvold, founder of Seedwell Commons": a name and its office
                        rf"|\b{last},\s+(?:the\s+|its\s+|our\s+)?(?:{PERSON_TITLES})\s+(?:of|at)\s", re.MULTILINE)
    # "Halvorsen Pharmaceuticals", "Carrow & Sons"; not "Ms. Priya Venkataraman", a person's names
    a_body = re.compile(rf"(?:^|(\S*)\s+){last}\s+(?:&\s+)?[A-Z][a-z]", re.MULTILINE)
    texts = [index.chunks[int(i)].text for i in index.bm25.docs_with(stem(words[-1].lower()))[:50]]
    return any(titled.search(t) for t in texts) and not any(
        (m.group(1) or "").rstrip(".").lower() not in PERSON_TITLE_WORDS for t in texts for m in a_body.finditer(t))


DATELINE = re.compile(r"[A-Z][A-Z .'’-]*[A-Z](?:,[^\n—–:]{0,60}|\s+\([^)\n]{1,40}\))?\s+[—–-]\s")


def _in_dateline(text: str, start: int) -> bool:
    """Whether ``start`` falls in a news story's dateline: a place in capitals that opens a line,
    an optional date and agency, a dash ("VELMORA, Nov. 17 (Coastline Press) — About 3,400 …",
    "LISBON (Wire) — Northfield United won …")."""
    m = DATELINE.match(text, text.rfind("\n", 0, start) + 1)
    return m is not None and start < m.end()


def _idf(index: Index, question: str) -> dict[str, float]:
    """The question's words (BM25 tokens) and their idf in the corpus; none when it has none."""
    weights = {t: max(index.bm25.idf_of(t) or 0.0, 0.0) for t in set(tokenize(question))}
    return weights if sum(weights.values()) > 0 else {}


NAME = re.compile(r"(?<!^)(?<![.?!]\s)\b[A-Z][\w.-]*\w")


def _about_the_same(index: Index, question: str, lead: Group, other: Group) -> bool:
    """Whether another value's article names what the question names, as the answer's does: "How old is
    Okafor?" → 38 has no rival in "Varga, 24," of an article that never names Okafor."""
    def names(group: Group) -> set[str]:
        text = index.articles[group.spans[0].article].text.lower()
        return {n for n in asked if re.search(rf"\b{re.escape(n)}\b", text)}

    asked = {n.lower() for n in NAME.findall(question.strip())}
    return names(lead) <= names(other)


def _value_end(text: str, kind: str) -> int | None:
    """Where the figure asked for ends in a span that opens with it and goes on: "40 percent" of "40 percent in
    2025", "28,913 votes" of "28,913 votes, or 47.2 percent, against …", "£7 million" of "£7 million in add-ons
    linked to …", "900,000" of "900,000 Americans". The figure keeps one lower-case word after it ("votes",
    "millimetres"), the thing it counts; None where the span is the figure or opens with none."""
    if kind not in ("money", "percent", "number", "date") or value_kind(text):
        return None
    # "by how much …?" asks for money or a share: a figure of any of those kinds; "when …?" a date
    m = next((m for k in ((kind,) if kind == "date" else (kind, "percent", "money", "number"))
              if (m := VALUE_PATTERN[k].match(text))), None)
    if m and re.match(r",\s+(?:or|and|compared|up|down|from|against|a\s)", text[m.end():]):
        return m.end()  # "$612 million, or $1.38 per share, compared with …": the figure, not what is said beside it
    if not m or not re.match(r"\s+[A-Za-z]", text[m.end():]):
        return None  # "2 · 1017" is one figure
    if re.match(rf"\s+(?:to|and|or|until|till|through)\s+(?:\W?\d|{MONTH}\b)", text[m.end():]):
        return None  # "16,000 to 35,000", "between $5.0 billion and $5.15 billion": a range is one answer
    unit = re.match(r"\s+(?:(?:hundred|thousand|million|billion|trillion)\s+)?([a-z][a-z-]*)\b", text[m.end():])
    # a date counts nothing: "May 4 and finish by the end of July", "August 13 in Tallinn"
    end = m.end() + unit.end() if unit and unit.group(1) not in STOPWORDS and kind != "date" else m.end()
    after = re.match(r"\s+([a-z][a-z-]*)", text[end:])
    year = kind == "date" and re.fullmatch(r"\d{4}", m.group())  # "1891 proofs, for which …": 1891 ("Friday morning" whole)
    if after and after.group(1) not in STOPWORDS and not year:
        return None  # "four extra hours", "12 million people live …": where the figure's words end is not plain
    return end if end < len(text.rstrip()) else None


def _bounds(text: str, question: str, kind: str | None) -> tuple[int, int]:
    """Where the answer lies in the best span: the figure asked for (`_value_end`), without the
    question's own degree after it ("30 centimetres tall" for "how tall …?"), a vote's tally without
    what the vote did ("4-1 to uphold …"), a value without a clause after its comma ("10 years, arguing
    that …"), and without a verb of the question's before it ("died of a heart attack" for "how did he
    die?": a heart attack) or a person's trade before a place ("hydrologist, Calderwick University" for
    "where does she work?")."""
    lead, cut = 0, _value_end(text, kind or "") or len(text)
    degree = re.search(r"\bhow\s+([a-z]{3,})\b", question, re.IGNORECASE)
    said = re.fullmatch(rf"(\d.*?)\s+{degree.group(1)}r?(?:er)?", text, re.IGNORECASE) if degree else None
    if said and degree.group(1).lower() not in ("many", "much"):
        cut = len(said.group(1))
    tally = re.match(r"\d+[-–]\d+(?=,?\s+(?:to|with|in|for|against)\s)", text)
    if tally and re.search(r"\b(?:vote[sd]?|voting|split|tally|score)\b", question, re.IGNORECASE):
        cut = tally.end()
    clause = re.match(r"(.+?),\s+[a-z]+ing\b", text)
    if clause and (value_kind(clause.group(1)) or re.fullmatch(r"[$€£]?\d[\d.,]*(?:\s+[a-z]+){0,2}", clause.group(1))):
        cut = min(cut, len(clause.group(1)))
    asked = {stem(t) for t in tokenize(question)} - STOPWORDS
    echo = re.match(r"([a-z]+)\s+(?:of|from|in|at|on|with|by)\s+(?=\S)", text)
    if echo and stem(echo.group(1)) in asked and echo.group(1) not in STOPWORDS and echo.end() < cut:
        lead = echo.end()
    sayer = re.match(r"(?:[A-Z][\w'’-]*\s+){1,3}(?:said|says|argued|argues|warned|warns|claimed|claims)\s+(?:that\s+)?(?=\S+\s+\S)", text)
    if sayer and kind != "person":
        lead = sayer.end()  # "Raman said the budget relied too heavily on borrowing": what she said, for "what …?"
    trade = re.match(r"([a-z]+),\s+(?=[A-Z])", text)
    if trade and kind == "place" and (trade.group(1) in PERSON_NOUNS or is_person_noun(trade.group(1))):
        lead = trade.end()
    return lead, cut


def extract(index: Index, question: str, hits: list[Hit], reader: Reader, told: str | None = None) -> Answer:
    """The answer to ``question`` from the retrieved ``hits`` (best first), or an abstention.

    The reader reads the first ``k_read`` hits in one batch; the first ``k_passages`` are the
    passages shown. ``told``: what the conversation answered last; a follow-up asks for something
    new ("and exports?" after trade's $68.7 billion), so that value is passed over, and the answer is
    the best other one when the reader holds it likely enough, else none.
    """
    settings = index.settings
    kind = classify(question)[0]
    shown = tuple(hits[: settings.k_passages])
    read = hits[: settings.k_read or reader.card.get("k", 8)]
    reading = _read(index, reader, question, read)
    groups = _groups(index, reading, read, reader.card.get("rank_penalty", 0.0), question,
                     reader.card.get("lexical_weight", 0.0)) if reading.spans else []
    if told and groups:
        said = _key(told, value_kind(told))
        again = {g.key for g in groups if g.key == said or _same(g.spans[0].text, told)}
        # nor a piece of it: "billion" of the "$68.7 billion" passed over, where the articles say it
        told_at = {a: [m.span() for m in re.finditer(re.escape(told), index.articles[a].text)]
                   for a in {p.article for g in groups for p in g.spans}}

        def inside_told(p: Placed) -> bool:
            return any(s < p.end and p.start < e for s, e in told_at[p.article])
        again |= {g.key for g in groups if all(inside_told(p) for p in g.spans)
                  or normalize(g.spans[0].text) in normalize(told) and any(inside_told(p) for p in g.spans)}
        groups = [g for g in groups if g.key not in again]
        left = max((p.span for g in groups for p in g.spans), key=lambda sp: sp.score, default=None)
        if again and left:  # the confidence is the reader's in the best span left
            reading = replace(reading, spans=(left, *(sp for sp in reading.spans if sp is not left)))
    groups = _said_of_the_asked(index, question, groups)
    if not groups:
        return Answer(question, None, 0.0, passages=shown, kind=kind)
    conf = confidence(features(reading, read), reader.card)
    threshold = settings.abstain_threshold
    if threshold is None:
        threshold = (reader.card.get("abstain") or {}).get("threshold", 0.5)
    if conf < threshold:
        return Answer(question, None, conf, passages=shown, kind=kind)
    best = groups[0].score
    # values the reader holds nearly as likely: the one most articles give leads, then the latest
    equal = [g for g in groups if g.score >= best - settings.tie_margin]
    equal.sort(key=lambda g: _latest(index, g), reverse=True)
    equal.sort(key=lambda g: -len(g.articles()))
    lead = equal[0]
    top = lead.spans[0]
    begin, cut = _bounds(top.text, question, kind)
    if begin or cut < len(top.text):  # what answers, not the words around it
        top = replace(top, text=top.text[begin:cut], start=top.start + begin, end=top.start + cut)
    alternatives = tuple(
        Alternative(g.spans[0].text, _citations(index, g))
        for g in groups
        if g is not lead and lead.kind and g.kind == lead.kind
        and g.score >= best - settings.disagree_margin
        and not set(g.articles()) <= set(lead.articles())
        and not compatible(top.text, g.spans[0].text, lead.kind)
        and same_precision(top.text, g.spans[0].text, lead.kind)
        and _about_the_same(index, question, lead, g)
    )
    return Answer(question, top.text, conf, _citations(index, lead), alternatives, shown, top.start, top.end, kind)
