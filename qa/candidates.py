"""Candidate answers inside a sentence: typed values (dates, amounts, ages), names, noun
phrases, lists, places and clauses, each an offset range into the article."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from qa.question import AUX, Question
from qa.text import STOPWORDS, TITLES, fold, is_stopword, stem

NUMBER_WORDS = (
    "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
    "sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety "
    "hundred hundreds thousand thousands million millions billion billions dozen dozens first "
    "second third fourth fifth sixth seventh eighth ninth tenth half"
).split()
MONTH = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
         r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")
DASH = r"\s*[-–—]\s*"
DAY = rf"\d{{1,2}}(?:st|nd|rd|th)?(?:{DASH}\d{{1,2}}(?:st|nd|rd|th)?)?"
YEAR = r"(?:1[6-9]\d\d|20\d\d)"
DATE_RE = re.compile(
    rf"\b(?:(?:early|mid|late)[- ])?{MONTH}(?:\s+{DAY})?(?:,?\s+{YEAR})?\b"
    rf"|\b{DAY}\s+{MONTH}(?:,?\s+{YEAR})?\b"
    rf"|\b(?:(?:early|mid|late)[- ])?(?:(?:spring|summer|autumn|fall|winter)(?: of)?\s+)?{YEAR}(?:{DASH}(?:\d\d){{1,2}}|s)?\b"
    r"|\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|tomorrow)\b"
    r"|\b(?:last|next|this) (?:week|month|year)\b"
    r"|\b(?:(?:just|shortly|days|weeks|months|soon) )?(?:before|after|ahead of|prior to) (?:the|this|that|his|her|its|their) \w+"
)
NUM = r"\d+(?:[.,]\d+)*"
SCALE = r"(?:\s*(?:billion|million|trillion|thousand|bn|mn|crore|lakh|tn)\b)?"
CURRENCY = r"(?:US\$|[$€£¥₹]|\b(?:Rs\.?|USD|INR|EUR|GBP)\s?)"
MONEY_RE = re.compile(
    # "between $5.0 billion and $5.15 billion" is one range
    rf"(?:\bbetween\s+{CURRENCY}{NUM}{SCALE}\s+and\s+{CURRENCY}{NUM}{SCALE})"
    rf"|{CURRENCY}{NUM}(?:{DASH}(?:[$€£¥₹])?{NUM})?{SCALE}"
    rf"|\b{NUM}{SCALE}\s+(?:dollars|euros|rupees|pounds|yuan|roubles|rubles|yen)\b"
)
PERCENT_RE = re.compile(rf"\b{NUM}(?:{DASH}{NUM})?\s*(?:%|percent\b|per cent\b|percentage points?\b)")
NUMBER_RE = re.compile(
    rf"(?<![\w.-])(?:(?:nearly|about|around|approximately|over|more than|at least|almost|some|roughly|up to)\s+)?"
    rf"(?:{NUM}(?:st|nd|rd|th)?|(?:{'|'.join(NUMBER_WORDS)})(?:[- ](?:{'|'.join(NUMBER_WORDS)}))*)\b(?![-–]\w)"
    r"(?!\s+of\b)",  # "one of the largest buyers" counts nothing; "Su-57", "fifth-generation" are names
    re.IGNORECASE,
)
AGE_RE = re.compile(r"(?<=[A-Za-z]), (\d{1,3}),|\baged (\d{1,3})\b|\b(\d{1,3})(?:-year-old\b| years old\b)")
DATELINE = re.compile(r"[A-Z][A-Z .'-]{2,}(?:,[^—–()\n]{0,30})?(?:\s*\([^)\n]{1,30}\))?\s*[—–-]+\s*")
CALENDAR_WORD = re.compile(
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
)
DEMONYM_ENDING = r"(?:an|ian|ern|ese|ish|ic)"  # "Russian", "Western", "Chinese", "British"
DEMONYM = re.compile(DEMONYM_ENDING + "$")
CAP_TOKEN = r"(?:[A-Z][\w'’.-]*[\w]|[A-Z]|\d+[A-Za-z]+[\w-]*)"
CAP_RE = re.compile(
    rf"{CAP_TOKEN}(?:(?:\s+(?:of|the|for|and|de|du|da|di|del|la|le|van|der|von|dos|das|al|bin)){{0,2}}\s+{CAP_TOKEN})*"
)
CLAUSE_CUES = re.compile(
    r"\b(?:partly because|because(?: of)?|due to|owing to|thanks to|as a result of|in order to|so that|"
    r"aimed at|aiming to|citing|driven (?:mostly |largely |primarily )?by|since|amid|given|after|"
    # "as" may say why ("as demand fell"); "such as", "as well as", "as part of" do not
    r"(?<!such )(?<!well )(?<!many )(?<!much )(?<!soon )(?<!long )(?<!far )as(?! well\b| part\b| of\b| many\b| much\b| soon\b| long\b| far\b| a result\b)|"
    # "to" + a verb is a purpose; "related to trade", "access to weapons" are not
    r"(?<!related )(?<!according )(?<!compared )(?<!due )(?<!prior )(?<!thanks )(?<!owing )(?<!close )"
    r"(?<!next )(?<!similar )(?<!addition )(?<!access )(?<!return )(?<!contrast )(?<!respect )"
    r"to(?=\s+(?!(?:the|a|an|this|that|its|their|his|her|be|and|or)\b)[a-z]+\b)|"
    r"for fear of)\b"
)
MANNER_CUES = re.compile(r"\b(?:by|through|via|using|with)\b")
LIST_RE = re.compile(
    r"(?<![\w'’/-])[\w'’/-]+(?:\s+[\w'’/-]+){0,3}(?:,\s+[\w'’/-]+(?:\s+[\w'’/-]+){0,3})+,?\s+(?:and|or)\s+[\w'’/-]+(?:\s+[\w'’/-]+){0,3}"
    r"|(?<![\w'’/-])[\w'’/-]+(?:\s+[\w'’/-]+)?\s+(?:and|or)\s+[\w'’/-]+(?:\s+[\w'’/-]+)?"
)
INTRODUCERS = re.compile(
    r"(?:(?:aimed|aiming) at|such as|including|like|namely|especially|particularly|mostly|mainly|"
    r"primarily|largely|reportedly|potentially|possibly|likely|also|just|only|even)\s+", re.IGNORECASE
)
PREPOSITION_RE = re.compile(
    r"\s(?:of|to|for|in|on|from|with|by|like|as|including|such as|between|among|into|about|at|over|under|"
    r"against|during|despite|amid|beyond|via|toward|towards)\s"
)
NOT_PLACE = re.compile(r"(?:in|at) (?:front|addition|effect|order|total|part|particular|fact|time|least|first|last|response|line|favou?r|charge|turn)\b")
PLACE_WORDS = frozenset(
    """valley river city county province state island islands bay lake mountain mountains street square park
    airport harbor harbour beach coast region district village town stadium arena bridge road avenue port
    gulf sea ocean desert forest""".split()
)
DETERMINER_RE = re.compile(r"\s(?:a|an|the|its|their|his|her)\s")
PLACE_END = re.compile(r"\s(?:in|at|on|near|during|after|before|with|against|amid|despite|since|until)\s")
PLACE_PREP = re.compile(r"\b(?:in|at|during|inside|near|outside|across|throughout)\s+")
BREAK_RE = re.compile(r"[,;:()\[\]\"“”—–]|\s-\s")
STOP_START = STOPWORDS | AUX
PLACES = frozenset(
    """india russia china ukraine pakistan japan germany france italy spain britain england scotland
    america canada mexico brazil argentina australia iran iraq israel turkey egypt africa asia europe
    moscow beijing delhi washington london paris berlin tokyo kyiv kiev mumbai kolkata chennai
    bangalore bengaluru shanghai dubai singapore korea vietnam indonesia nigeria kenya
    saudi arabia qatar syria afghanistan bangladesh nepal sri lanka""".split()
)
ORG_WORDS = frozenset(
    """ministry council assembly nations organisation organization bank company corporation inc ltd
    court union party agency committee commission institute university parliament congress senate
    forum group association federation administration army navy force times express reuters
    summit government cup trophy league championship championships tournament olympics games award
    awards prize festival club fc museum gallery school college hospital foundation fund trust society
    authority board department bureau police service network airlines airways technologies labs""".split()
)


TRAILING_PARTICIPLE = re.compile(r"\s+[a-z]+(?:ed|ing)$")
PREPOSITION_AFTER = re.compile(r"\s+(?:to|on|at|by|in|with|for|from|as|against|into)\b")


UNIT = re.compile(
    r"(?:mm|cm|km|m|kg|g|lb|lbs|mph|kph|kmh|mw|gw|kw|kwh|tonnes?|tons?|millimet(?:er|re)s?|centimet(?:er|re)s?|"
    r"met(?:er|re)s?|kilomet(?:er|re)s?|miles?|inch(?:es)?|feet|foot|yards?|kilograms?|grams?|pounds?|litres?|"
    r"liters?|gallons?|barrels?|degrees?|hectares?|acres?|megawatts?|gigawatts?|units?|points?|votes?|seats?)",
    re.I,
)
TIME_UNIT = re.compile(r"(?:second|minute|hour|day|week|month|year|decade|centur(?:y|ie))s?", re.I)
TYPED = {"date", "money", "percent", "number", "duration", "age"}


@dataclass
class Candidate:
    """A span inside a sentence, with its type and score parts."""

    start: int
    end: int
    kind: str
    score: float = 0.0
    focus: float = 0.0  # how plainly the question's focus noun names this span (1: "manager ⟨Sarah Whitcombe⟩")


LEAD_WORD = re.compile(r"([\w'’]+)\s+")
LAST_WORD = re.compile(r"\s+([\w'’]+)$")
TOKEN = re.compile(r"[\w'’$%.-]+")


@lru_cache(maxsize=200_000)
def _trim(text: str, s: int, e: int, clause: bool = False) -> tuple[int, int]:
    """Shrink a span past surrounding white space, punctuation, stopwords and introducers.

    A clause (a reason) keeps its first word: "it offers good prices" stays whole.
    """
    while True:
        while s < e and not text[s].isalnum() and text[s] not in "$€£¥₹":
            s += 1
        while e > s and not text[e - 1].isalnum() and text[e - 1] not in "%)":
            e -= 1
        if e - s and text[e - 1] == ")" and "(" not in text[s:e]:
            e -= 1
            continue
        m = INTRODUCERS.match(text, s, e)
        if m and m.end() < e:
            s = m.end()
            continue
        m = LEAD_WORD.match(text, s, e)
        if not clause and m and is_stopword(m.group(1), STOP_START) and m.end() < e:
            s = m.end()
            continue
        m = LAST_WORD.search(text, s, e)
        if m and is_stopword(m.group(1), STOP_START):
            e = m.start()
            continue
        return s, e


def cap_kind(text: str, s: int, e: int) -> str:
    """The kind of a run of capitalized words: person, org, place or name."""
    span = text[s:e]
    toks = [re.sub(r"['’]s$", "", t.lower()).strip(".’'") for t in span.split()]
    before = text[max(0, s - 12):s].lower()
    if toks and (toks[0] in TITLES or any(t in TITLES for t in toks[:-1])) and len(toks) > 1:
        return "person"
    if any(t in ORG_WORDS for t in toks):
        return "org"
    if all(t in PLACES or t in {"new", "the", "united", "states", "kingdom", "south", "north"} for t in toks):
        return "place"
    if len(toks) > 1 and toks[-1] in PLACE_WORDS:  # "Calder Valley", "Harbor Street"
        return "place"
    if re.search(r"\b(?:in|at|from|to|near)\s+$", before) and len(toks) <= 3:
        return "place"
    if 2 <= len(toks) <= 3 and all(t.isalpha() for t in toks) and _named_like_a_person(text, s, e):
        return "person"
    return "name"


def _named_like_a_person(text: str, s: int, e: int) -> bool:
    """News names a person in full once, then by surname ("Whitcombe said"), or gives an age."""
    if re.match(r",? (?:\d{1,3},|said|says|told|who|added|wrote|noted|argued)\b", text[e:e + 12]):
        return True
    last = text[s:e].split()[-1]
    first = text[s:e].split()[0]
    alone = re.finditer(rf"\b{re.escape(last)}\b", text)
    return any(m.start() != e - len(last) and not text[:m.start()].rstrip().endswith(first) for m in alone)


class _Spans:
    """Candidate spans of one sentence as they are found: trimmed, each kept once."""

    def __init__(self, text: str, s: int):
        self.text, self.s = text, s
        self.out: list[tuple[int, int, str]] = []
        self.values: set[tuple[int, int]] = set()  # spans found as dates and amounts
        self.seen: set[tuple[int, int, str]] = set()

    def add(self, a: int, b: int, kind: str) -> None:
        """Keep ``sent[a:b]`` (offsets into the sentence) as a candidate of this kind."""
        text, s = self.text, self.s
        if kind == "date":  # "just before this visit" is said as a whole
            a, b = s + a, s + b
            while b > a and not text[b - 1].isalnum():
                b -= 1
        else:
            a, b = _trim(text, s + a, s + b, clause=kind in ("reason", "manner"))
        if kind == "phrase" and (a, b) in self.values:
            return  # "44", "June 2022" are a number and a date, found as such, not phrases
        if kind in ("phrase", "list"):  # "a formal state visit ⟨compared⟩ to …": the participle leads on
            tail = TRAILING_PARTICIPLE.search(text, a, b)
            if tail and tail.start() > a and PREPOSITION_AFTER.match(text, b):
                b = tail.start()
        self.keep(a, b, kind)

    def keep(self, a: int, b: int, kind: str) -> None:
        """Keep an article span found before (see the cached finders below)."""
        if kind in TYPED:
            self.values.add((a, b))
        if b > a and (a, b, kind) not in self.seen:
            self.seen.add((a, b, kind))
            self.out.append((a, b, kind))


# What a sentence holds whatever the question (its values, names, places and clauses) is found
# once per sentence; what depends on the question (phrases between its words) every time.

@lru_cache(maxsize=100_000)
def _values(text: str, s: int, e: int) -> tuple[tuple[int, int, str], ...]:
    spans, sent = _Spans(text, s), text[s:e]
    for m in MONEY_RE.finditer(sent):
        spans.add(m.start(), m.end(), "money")
    for m in PERCENT_RE.finditer(sent):
        spans.add(m.start(), m.end(), "percent")
    for m in DATE_RE.finditer(sent):
        spans.add(m.start(), m.end(), "date")
    for m in AGE_RE.finditer(sent):  # "Moreno, 34, …", "aged 52", "a 34-year-old"
        g = m.lastindex or 0
        spans.add(m.start(g), m.end(g), "age")
    return tuple(spans.out)


@lru_cache(maxsize=100_000)
def _names(text: str, s: int, e: int) -> tuple[tuple[int, int, str], ...]:
    spans, sent = _Spans(text, s), text[s:e]
    for m in CAP_RE.finditer(sent):
        a, b = m.start(), m.end()
        toks = list(re.finditer(r"\S+", m.group()))
        first = toks[0].group()
        if a == 0 and (re.search(rf"\b{re.escape(first.lower())}\b", text) or re.search(r"[a-z](?:ing|ly|ed)$", first)):
            # a sentence's first word is capitalized anyway: "Defense ties …", "Writing for …" name nothing
            if len(toks) == 1:
                continue
            a += toks[1].start()
            toks = list(re.finditer(r"\S+", sent[a:b]))
        if len(toks) == 1 and DEMONYM.search(toks[0].group()) and re.match(r"\s+[a-z]", sent[b:]):
            continue  # "Western sanctions", "Russian oil": an adjective, not a name
        if len(toks) == 1 and CALENDAR_WORD.fullmatch(toks[0].group()):
            continue  # "March", "Tuesday" are dates, found as such
        spans.add(a, b, cap_kind(text, s + a, s + b))
        if len(toks) > 1 and any(t.group().lower() in TITLES for t in toks[:-1]):
            # "President Droupadi Murmu", "Chief Financial Officer Priya Nair": the name follows the last title word
            last_title = max(i for i, t in enumerate(toks[:-1]) if t.group().lower() in TITLES)
            spans.add(a + toks[last_title + 1].start(), b, "person")
            spans.add(a, a + toks[last_title].end(), "title")
        elif len(toks) == 1 and toks[0].group().lower() in TITLES:
            spans.add(a, b, "title")
    return tuple(spans.out)


@lru_cache(maxsize=100_000)
def _places_and_clauses(text: str, s: int, e: int) -> tuple[tuple[int, int, str], ...]:
    spans, sent = _Spans(text, s), text[s:e]
    lists = list(LIST_RE.finditer(sent))
    for m in PLACE_PREP.finditer(sent):
        stop = BREAK_RE.search(sent, m.end())
        end = len(sent) if stop is None else stop.start()
        if not re.search(r"\b[A-Z]", sent[m.end():end]) or NOT_PLACE.match(sent, m.start()):
            continue  # "in front of a crowd", "in addition to": no place named
        if re.match(r"[a-z]+ing\b", sent[m.end():]) or DATE_RE.match(sent, m.end()):
            continue  # "aimed at regulating …" is an aim, "in November" a time, not places
        spans.add(m.end(), end, "place")
        inner = PLACE_END.search(sent, m.end(), end)
        if inner:  # "in Estádio da Luz | in front of a crowd"; "of" stays: "session of the Assembly"
            spans.add(m.end(), inner.start(), "place")
        if stop is not None and stop.group() == ",":  # "in sectors such as construction, textiles, and …"
            for lst in lists:
                if m.end() <= lst.start() < stop.start() < lst.end():
                    spans.add(m.end(), lst.end(), "place")
    for m in CLAUSE_CUES.finditer(sent):
        # an infinitive keeps its "to" ("to finalize the agenda"); other cues are left out
        begin = m.start() if m.group() == "to" else m.end()
        strong = re.search(r"[;:()—–]|\s-\s", sent[m.end():])
        ends = {len(sent) if strong is None else m.end() + strong.start()}
        first_break = BREAK_RE.search(sent, m.end() + 1)
        if first_break:
            ends.add(first_break.start())
        conj = re.search(r"\s(?:and|but|while|whereas)\s", sent[m.end():]) if m.group() == "to" else None
        if conj:  # "to help prepare for the summit | and discuss …"
            ends.add(m.end() + conj.start())
        for end in sorted(ends):
            spans.add(begin, end, "reason")
    for m in MANNER_CUES.finditer(sent):
        stop = BREAK_RE.search(sent, m.end() + 1)
        spans.add(m.start(), len(sent) if stop is None else stop.start(), "manner")
    return tuple(spans.out)


def candidates(text: str, s: int, e: int, q: Question) -> list[Candidate]:
    """Typed and phrase candidates inside the sentence ``text[s:e]``."""
    dateline = DATELINE.match(text, s, e)
    if dateline:  # "WELLSPRING, June 18 (Wire) — …": the place and agency of a wire story answer nothing
        s = dateline.end()
    sent = text[s:e]
    spans = _Spans(text, s)
    add = spans.add

    def add_phrase(a: int, b: int) -> None:
        add(a, b, "phrase")
        if q.focus:  # "S-500" + "air defence system": the phrase with the noun phrase the question names
            end = b
            for nxt in re.finditer(r"\s+([\w'’-]+)", sent[b:]):
                if nxt.start() != end - b or stem(nxt.group(1)) not in q.focus:
                    break
                end = b + nxt.end(1)
                if stem(nxt.group(1)) == q.focus[-1]:
                    add(a, end, "phrase")
                    break

    for found in _values(text, s, e):
        spans.keep(*found)
    taken = [(a, b) for a, b, _ in spans.out]
    for m in NUMBER_RE.finditer(sent):
        a, b = s + m.start(), s + m.end()
        if any(x <= a < y or x < b <= y for x, y in taken):
            continue
        add(m.start(), m.end(), "number")
        # the number with the noun it counts ("four years", "23rd India-Russia Annual Summit")
        tail = re.match(r"\s+([\w'’-]+)", sent[m.end():])
        counted = None  # the noun asked about, after at most two modifiers: "48 inpatient beds"
        for k in range(3) if q.focus else ():
            counted = re.match(rf"(?:\s+(?!(?:of|and|or|the|a|an|in|on|at|to|for|from|with|by)\b)[a-z][\w'’-]*){{{k}}}"
                               r"\s+([\w'’-]+)", sent[m.end():])
            if counted and stem(counted.group(1)) == q.focus[-1]:
                break
            counted = None
        if counted:
            add(m.start(), m.end() + counted.end(1), "number")
        elif tail and TIME_UNIT.fullmatch(tail.group(1)):  # "nearly four years"
            add(m.start(), m.end() + tail.end(1), "duration")
        elif tail and UNIT.fullmatch(tail.group(1)):  # "210 millimetres"
            add(m.start(), m.end() + tail.end(1), "number")
    if q.kind not in TYPED:  # a date or an amount is asked: names and phrases cannot fit
        for found in _names(text, s, e):
            spans.keep(*found)
        _phrases(sent, q, add, add_phrase)
        for found in _places_and_clauses(text, s, e):
            spans.keep(*found)
    return [Candidate(a, b, kind) for a, b, kind in spans.out]


def _phrases(sent: str, q: Question, add, add_phrase) -> None:
    """Phrases between breaks and the question's words (noun phrases, clauses) and lists."""
    if q.focus:  # "fifth-generation" answers "what generation?"
        for m in re.finditer(r"\w+(?:-\w+)+", sent):
            if any(stem(p) == q.focus[-1] for p in m.group().split("-")[1:]):
                add(m.start(), m.end(), "phrase")
    for seg in _segments(sent):
        add(seg[0], seg[1], "phrase")
        for a, b in _gaps(sent, seg, q):
            add_phrase(a, b)
            for p in PREPOSITION_RE.finditer(sent, a, b):  # "commencement of | the Russia-Ukraine conflict"
                add_phrase(p.end(), b)
                add(a, p.start(), "phrase")
            for d in DETERMINER_RE.finditer(sent, a, b):  # "Russia ratified | a reciprocal logistics agreement"
                add_phrase(d.start(), b)
    for m in LIST_RE.finditer(sent):
        if any(w in AUX for w in m.group().lower().split()):
            continue
        if any(all(q.matches(stem(w)) or fold(w) in STOPWORDS for w in re.findall(r"[\w'’-]+", item))
               for item in re.split(r",\s+|\s+(?:and|or)\s+", m.group()) if item.strip()):
            continue  # an item made of the question's words: not the list asked for
        add(m.start(), m.end(), "list")
        items = re.split(r",\s+|\s+(?:and|or)\s+", m.group())
        for sep in re.finditer(r",\s+", m.group()):  # "amid … scrutiny, especially from | the US and EU"
            rest = m.group()[sep.end():]
            if re.search(r"\s(?:and|or)\s", rest) and INTRODUCERS.match(rest):
                add(m.start() + sep.end(), m.end(), "list")
        if len(items) > 2 and len(items[0].split()) > len(items[1].split()):
            first = items[0].split()
            keep = " ".join(first[-len(items[1].split()):])
            add(m.start() + m.group().index(keep, len(items[0]) - len(keep)), m.end(), "list")


def _segments(sent: str) -> list[tuple[int, int]]:
    """Stretches of the sentence between punctuation breaks."""
    out, pos = [], 0
    for m in BREAK_RE.finditer(sent):
        if m.start() > pos:
            out.append((pos, m.start()))
        pos = m.end()
    if pos < len(sent):
        out.append((pos, len(sent)))
    return out


def _gaps(sent: str, seg: tuple[int, int], q: Question) -> list[tuple[int, int]]:
    """Runs of the segment made of words the question does not contain, split at auxiliaries."""
    out = []
    run_start = None
    last_end = seg[0]
    for m in TOKEN.finditer(sent, seg[0], seg[1]):
        a, b = m.start(), m.end()
        w = fold(m.group()).strip(".")
        boundary = bool(q.matches(stem(w))) or w in AUX or w in {"that", "which", "who", "while", "whereas", "because", "although"}
        if boundary:
            if run_start is not None:
                out.append((run_start, last_end))
            run_start = None
        elif run_start is None:
            run_start = a
        last_end = b
    if run_start is not None:
        out.append((run_start, last_end))
    return out
