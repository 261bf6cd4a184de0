"""Choose the supporting sentence and, inside it, the short answer.

No trained reader is available offline, so this is classic question answering: the
question's wh-word and focus give the expected answer type; sentences of the retrieved
chunks are scored by their own evidence (rarity-weighted coverage of the question's words,
dense similarity, fused rank); typed candidates (dates, amounts, names, noun phrases,
clauses) inside the best sentences are scored by type fit and closeness to the matched
question words. Every span is an offset range into the article, never rebuilt text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from bisect import bisect_left, bisect_right
from functools import lru_cache

import numpy as np

from qa.index import Index
from qa.schema import Alternative, Answer, Citation, Hit
from qa.text import STOPWORDS, acronyms, fold, is_stopword, related, stem, words

# ---------------------------------------------------------------- question analysis

NUMBER_WORDS = (
    "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
    "sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety "
    "hundred hundreds thousand thousands million millions billion billions dozen dozens first "
    "second third fourth fifth sixth seventh eighth ninth tenth half"
).split()
TITLES = {
    "president", "minister", "prime", "chancellor", "king", "queen", "prince", "secretary",
    "ceo", "chairman", "chairwoman", "chair", "director", "governor", "senator", "ambassador",
    "general", "spokesperson", "spokesman", "mayor", "premier", "envoy", "chief", "head",
    "commissioner", "judge", "justice", "emperor", "pope", "leader", "founder", "editor",
    "executive", "officer", "manager", "coach", "captain", "deputy", "vice", "councillor", "councilor",
    "spokeswoman", "economist", "analyst", "professor", "dr", "mr", "mrs", "ms", "sir", "lord", "lady",
    "treasurer", "inspector", "sheriff", "chairperson", "curator", "striker", "midfielder", "goalkeeper",
}
AUX = {"is", "are", "was", "were", "be", "been", "being", "am", "do", "does", "did", "has", "have",
       "had", "will", "would", "can", "could", "should", "shall", "may", "might", "must"}
WHO_IS = re.compile(r"^(?i:who (?:is|was|are|were))\s+(?:[A-Z][\w.'’-]*\s*)+\??$")
# Words that name the kind of answer, not what it is about ("what are the dates of the visit?").
META_WORDS = {"much", "many", "long", "old", "kind", "kinds", "type", "types", "sort", "sorts", "date", "dates",
              "day", "days", "time", "year", "years", "month", "reason", "reasons", "name", "place", "number",
              "amount", "percentage", "percent"}
AMOUNT_WORDS = {"value", "worth", "cost", "costs", "price", "total", "figure", "sum", "size", "level"}
COPULA = {"is", "are", "was", "were"}
DEFINITION = re.compile(r"^(?i:what|who)(?i:'s| is| are| was| were)\s+(?:the\s+)?(?:[A-Z][\w.-]*\s*)+\??$")
# "what did Russia ratify?", "what would the pact regulate?": the last word is the verb whose object is asked
TRAILING_PP = re.compile(
    r"\s+(?:just\s+|right\s+|shortly\s+)?(?:before|after|during|in|at|on|for|to|with|from|by|of|since|until|under|"
    r"over|about|between|among|ahead)\b.*$"
)
OBJECT_QUESTION = re.compile(r"^(?:what|which \w+) (?:do|does|did|will|would|could|can|should|might|may)\b.*\b(\w{3,})\W*$")
WHO_ROLE = re.compile(r"^who (?:is|was|are|were) (?:the |an? |(?:[\w-]+ ){0,3}[\w-]+'s )([\w-]+(?: [\w-]+){0,3}?)(?: of\b| to\b| for\b| in\b| at\b|\?|$)")
ROLE_WORDS_LIST = ["title", "role", "position", "job", "post", "office", "rank"]
# "who heads the bank?": the answer is a person named with a title ("Governor Helena Stroud")
ROLE_VERB = re.compile(r"^who (?:(?:currently|now) )?(?:heads?|headed|leads?|led|runs?|ran|chairs?|chaired|manages?|managed|"
                       r"coach(?:es|ed)?|directs?|directed|governs?|governed|captains?|captained|helms?|helmed)\b")
ANY_TITLE = "<title>"  # the focus of a role-verb question: any title word next to the name
ROLE_WORDS = set(ROLE_WORDS_LIST)
# Nouns that ask for a kind of answer rather than name a subject ("what is her title?").
GENERIC_FOCUS = {stem(w) for w in ROLE_WORDS_LIST + ["topic", "issue", "subject", "area", "thing", "aspect", "matter",
                                                     "event", "detail", "part", "point", "item"]}


# Nouns whose value is an amount: "what were the sales?" asks for money, "what was the turnout?" a percent.
MEASURED = {
    **{stem(w): "money" for w in """sales revenue revenues profit profits income earnings turnover budget salary wage
       wages fine loss losses debt spending investment funding valuation dividend payout compensation damages
       subsidy loan fare rent bail""".split()},
    **{stem(w): "percent" for w in "turnout inflation growth unemployment stake".split()},
    **{stem(w): "number" for w in "attendance population toll headcount tally".split()},
    **{stem(w): "duration" for w in "wait delay".split()},
    stem("age"): "age",
}


@dataclass(frozen=True)
class Question:
    """What the question asks for: its kind, its focus noun and its weighted content words."""

    text: str
    kind: str
    focus: tuple[str, ...]  # stems of the "what X" / "which X" phrase
    terms: dict[str, float]  # content stem → IDF weight
    plural: bool = False  # "which sectors", "what topics": the answer is likely a list
    verb: str | None = None  # "what does RELOS allow?": the answer follows "allow" in the text
    defines: bool = False  # "what is RELOS?": the answer is the phrase standing beside the name
    compound: frozenset[str] = frozenset()  # stems said only inside a compound ("India–Russia summit")
    _related_cache: dict[str, float] = field(default_factory=dict, compare=False, repr=False)

    def matches(self, word_stem: str) -> float:
        """1 when a stem is one of the question's words, 0.8 for a word of the same family, else 0."""
        if word_stem in self.terms:
            return 1.0
        cache = self._related_cache
        if word_stem not in cache:
            cache[word_stem] = 0.8 if any(related(word_stem, t) for t in self.terms) else 0.0
        return cache[word_stem]


def _focus_after(q: str, start: int) -> tuple[str, ...]:
    """Stems of the noun phrase a wh-word asks about ("which fighter jet", "what is her title").

    After an auxiliary ("what is X's title") the phrase is the one after the last possessive.
    """
    toks = re.findall(r"[\w'’-]+", q[start:])
    if toks and toks[0] in AUX and toks[0] not in COPULA:
        return ()  # "what did Russia ratify?": the phrase after the auxiliary is the subject
    if toks and toks[0] in AUX:
        phrase = []
        for w in toks[1:]:
            if w in AUX or (phrase and w in STOPWORDS and not w.endswith(("'s", "’s"))):
                break
            if w in STOPWORDS:
                continue
            phrase.append(w)
            if w.endswith(("'s", "’s")):
                phrase = []
        return tuple(stem(w) for w in phrase[:4])
    out = []
    for w in toks:
        w = w.lower()
        if w in AUX or (out and w in STOPWORDS):
            break
        if w in STOPWORDS or w in {"kind", "kinds", "type", "types", "sort", "sorts"}:
            continue
        out.extend(stem(p) for p in re.split(r"[-–]", w) if p)
    return tuple(out[:4])


def classify(question: str) -> tuple[str, tuple[str, ...]]:
    """The expected answer kind and the focus stems of a question."""
    q = fold(question).replace("’", "'")
    rules = [
        (r"\bwhat (percentage|percent|share|proportion|fraction)\b", "percent"),  # "what share of the cost …?"
        (r"\bhow much (?!money\b)(?!(?:is|was|are|were|does|do|did|will|would|has|have|had)\b)[a-z]+", "number"),
        (r"\bhow (much|expensive|valuable)\b|\bwhat (is|was|are|were) the (value|worth|cost|price)|\bworth\b"
         r"|\b(?:cost|costs|price|priced|pay|paid|charge|fee|fees)\b.*\?", "money"),
        (r"\bwhat (percentage|percent|share|proportion)\b|\bhow (steep|high)\b|\b(?:rate|percentage|share)\b(?!\w)", "percent"),
        (r"\bhow (large|big)\b", "money"),
        (r"\bhow many\b|\bwhat number\b", "number"),
        (r"\bhow old\b|\bwhat age\b|\bat what age\b", "age"),
        (r"\bhow long\b", "duration"),
        (r"\bwhen\b|\bwhat (dates?|days?|times?|years?|months?)\b|\bwhat (?:is|are|was|were) the (?:dates?|days?|timing)\b|\bwhich (dates?|days?|years?|months?)\b|\buntil what\b|\bsince when\b|\bwhat (fiscal|financial|calendar) year\b|\bwhich (fiscal|financial) year\b|\bin which (fiscal |financial )?year\b", "date"),
        (r"\bwho(m|se)?\b", "person"),
        (r"\bwhere\b|\bwhat (country|city|place|region)\b|\bwhich (country|city|place|region|capital)\b", "place"),
        (r"\bwhy\b|\bwhat'?s behind\b|\bfor what reason\b|\bwhat (caused|drove|drives|prompted)\b", "reason"),
        (r"\bhow\b", "manner"),
    ]
    for pattern, kind in rules:
        m = re.search(pattern, q)
        if m:
            focus: tuple[str, ...] = ()
            if kind == "number" and m.group().startswith(("how many", "how much")):
                focus = _focus_after(q, m.start() + 8)  # "how much rain": rain
            if kind == "person" and WHO_IS.match(question.strip()):
                kind = "title"
            elif kind == "person":
                role = WHO_ROLE.match(q)  # "who is Russia's ambassador to India?": the role asked about
                focus = tuple(stem(w) for w in role.group(1).split()[-3:]) if role else ()
                if not focus and ROLE_VERB.match(q):
                    focus = (ANY_TITLE,)
            if kind == "place" and m.group().startswith(("what", "which")):
                focus = _focus_after(q, m.start() + len(m.group().split()[0]))
            return kind, focus
    m = re.search(r"\b(which|what)\b", q)
    if m:
        focus = _focus_after(q, m.end())
        if any(f in {stem(w) for w in ROLE_WORDS} for f in focus):
            return "title", focus
        if focus and focus[-1] in MEASURED:  # "what were Corvane's sales?", "what was the turnout?"
            return MEASURED[focus[-1]], focus
        return ("entity" if focus else "other"), focus
    return "other", ()


def analyze(question: str, index: Index, borrowed: frozenset[str] = frozenset()) -> Question:
    """Classify the question and weight its content words by corpus rarity.

    ``borrowed`` stems came from earlier turns (a resolved "it"); they count half, so a long
    antecedent does not outweigh what the follow-up itself asks.
    """
    kind, focus = classify(question)
    terms: dict[str, float] = {}
    max_idf = float(index.bm25.idf.max()) if len(index.bm25.idf) else 1.0
    cue = CAUSE_QUESTION.search(question)  # "what's behind …?" asks; its words are not what it is about
    for m in words(question):
        raw = re.sub(r"['’]s$", "", m.group())  # "what's" is "what"
        w = fold(raw)
        if cue and cue.start() <= m.start() < cue.end():
            continue
        if is_stopword(raw) or w in META_WORDS or (kind in ("money", "number", "percent") and w in AMOUNT_WORDS):
            continue
        s = stem(w)
        idf = index.bm25.idf_of(s)
        terms[s] = max(idf if idf is not None else max_idf * 1.2, 0.05) * (0.5 if s in borrowed else 1.0)
    plural = bool(focus) and not re.search(r"\b(?:type|kind|sort|form) of\b", question.lower()) and any(
        stem(w) == focus[-1] and w.lower().endswith("s") and not w.lower().endswith("ss") and not w.isupper()
        for w in re.findall(r"[\w'’-]+", question)
    )
    core = TRAILING_PP.sub("", fold(question).strip().rstrip("?!. "))
    verb = OBJECT_QUESTION.match(core)
    defines = bool(DEFINITION.match(question.strip()))
    # "where is the India–Russia summit?": "India" alone may answer, as the compound's part
    parts = [stem(p) for c in re.findall(r"\w+(?:[-–]\w+)+", question) for p in re.split(r"[-–]", c)]
    alone = {stem(w) for w in re.findall(r"(?<![-–\w])\w+(?![-–\w])", question)}
    compound = frozenset(p for p in parts if p not in alone)
    return Question(question, kind, focus, terms, plural, verb=stem(verb.group(1)) if verb else None, defines=defines,
                    compound=compound)


# ---------------------------------------------------------------- candidates

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
DEMONYM = re.compile(r"(?:an|ian|ern|ese|ish|ic)$")
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


@dataclass
class Candidate:
    """A span inside a sentence, with its type and score parts."""

    start: int
    end: int
    kind: str
    score: float = 0.0
    focus: float = 0.0  # how plainly the question's focus noun names this span (1: "manager ⟨Sarah Whitcombe⟩")


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
        m = re.match(r"([\w'’]+)\s+", text[s:e])
        if not clause and m and is_stopword(m.group(1), STOP_START) and m.end() < e - s:
            s += m.end()
            continue
        m = re.search(r"\s+([\w'’]+)$", text[s:e])
        if m and is_stopword(m.group(1), STOP_START):
            e = s + m.start()
            continue
        return s, e


def _cap_kind(text: str, s: int, e: int) -> str:
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


def candidates(text: str, s: int, e: int, q: Question) -> list[Candidate]:
    """Typed and phrase candidates inside the sentence ``text[s:e]``."""
    out: list[Candidate] = []
    dateline = DATELINE.match(text, s, e)
    if dateline:  # "WELLSPRING, June 18 (Wire) — …": the place and agency of a wire story answer nothing
        s = dateline.end()
    sent = text[s:e]

    def add(a: int, b: int, kind: str) -> None:
        if kind == "date":  # "just before this visit" is said as a whole
            a, b = s + a, s + b
            while b > a and not text[b - 1].isalnum():
                b -= 1
        else:
            a, b = _trim(text, s + a, s + b, clause=kind in ("reason", "manner"))
        if kind == "phrase" and b > a and any(x.start == a and x.end == b for x in out if x.kind in TYPED):
            return  # "44", "June 2022" are a number and a date, found as such, not phrases
        if kind in ("phrase", "list"):  # "a formal state visit ⟨compared⟩ to …": the participle leads on
            tail = TRAILING_PARTICIPLE.search(text, a, b)
            if tail and tail.start() > a and PREPOSITION_AFTER.match(text, b):
                b = tail.start()
        if b > a:
            out.append(Candidate(a, b, kind))

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

    for m in MONEY_RE.finditer(sent):
        add(m.start(), m.end(), "money")
    for m in PERCENT_RE.finditer(sent):
        add(m.start(), m.end(), "percent")
    for m in DATE_RE.finditer(sent):
        add(m.start(), m.end(), "date")
    for m in AGE_RE.finditer(sent):  # "Moreno, 34, …", "aged 52", "a 34-year-old"
        g = m.lastindex or 0
        add(m.start(g), m.end(g), "age")
    taken = [(c.start, c.end) for c in out]
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
    if q.kind in TYPED:
        return out  # a date or an amount is asked: names and phrases cannot fit
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
        add(a, b, _cap_kind(text, s + a, s + b))
        if len(toks) > 1 and toks[0].group().lower() in TITLES:  # "President Droupadi Murmu" → "Droupadi Murmu"
            i = 1
            while i < len(toks) - 1 and toks[i].group().lower() in TITLES:
                i += 1
            add(a + toks[i].start(), b, "person")
            add(a, a + toks[i - 1].end(), "title")
        elif len(toks) > 1 and any(t.group().lower() in TITLES for t in toks[:-1]):
            last_title = max(i for i, t in enumerate(toks[:-1]) if t.group().lower() in TITLES)
            add(a, a + toks[last_title].end(), "title")
            add(a + toks[last_title + 1].start(), b, "person")
        elif len(toks) == 1 and toks[0].group().lower() in TITLES:
            add(a, b, "title")
    if q.focus:  # "fifth-generation" answers "what generation?"
        for m in re.finditer(r"\w+(?:-\w+)+", sent):
            if any(stem(p) == q.focus[-1] for p in m.group().split("-")[1:]):
                add(m.start(), m.end(), "phrase")
    # phrases between breaks and question words: noun phrases, lists, clauses
    for seg in _segments(sent):
        add(seg[0], seg[1], "phrase")
        for a, b in _gaps(sent, seg, q):
            add_phrase(a, b)
            for p in PREPOSITION_RE.finditer(sent, a, b):  # "commencement of | the Russia-Ukraine conflict"
                add_phrase(p.end(), b)
                add(a, p.start(), "phrase")
            for d in DETERMINER_RE.finditer(sent, a, b):  # "Russia ratified | a reciprocal logistics agreement"
                add_phrase(d.start(), b)
    lists = list(LIST_RE.finditer(sent))
    for m in lists:
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
    for m in PLACE_PREP.finditer(sent):
        stop = BREAK_RE.search(sent, m.end())
        end = len(sent) if stop is None else stop.start()
        if not re.search(r"\b[A-Z]", sent[m.end():end]) or NOT_PLACE.match(sent, m.start()):
            continue  # "in front of a crowd", "in addition to": no place named
        if re.match(r"[a-z]+ing\b", sent[m.end():]):
            continue  # "aimed at regulating …" is an aim, not a place
        add(m.end(), end, "place")
        inner = PLACE_END.search(sent, m.end(), end)
        if inner:  # "in Estádio da Luz | in front of a crowd"; "of" stays: "session of the Assembly"
            add(m.end(), inner.start(), "place")
        if stop is not None and stop.group() == ",":  # "in sectors such as construction, textiles, and …"
            for lst in lists:
                if m.end() <= lst.start() < stop.start() < lst.end():
                    add(m.end(), lst.end(), "place")
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
        for end in ends:
            add(begin, end, "reason")
    for m in MANNER_CUES.finditer(sent):
        stop = BREAK_RE.search(sent, m.end() + 1)
        add(m.start(), len(sent) if stop is None else stop.start(), "manner")
    return out


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
    for m in re.finditer(r"[\w'’$%.-]+", sent[seg[0]:seg[1]]):
        a, b = seg[0] + m.start(), seg[0] + m.end()
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
UNIT = re.compile(
    r"(?:mm|cm|km|m|kg|g|lb|lbs|mph|kph|kmh|mw|gw|kw|kwh|tonnes?|tons?|millimet(?:er|re)s?|centimet(?:er|re)s?|"
    r"met(?:er|re)s?|kilomet(?:er|re)s?|miles?|inch(?:es)?|feet|foot|yards?|kilograms?|grams?|pounds?|litres?|"
    r"liters?|gallons?|barrels?|degrees?|hectares?|acres?|megawatts?|gigawatts?|units?|points?|votes?|seats?)",
    re.I,
)
TIME_UNIT = re.compile(r"(?:second|minute|hour|day|week|month|year|decade|centur(?:y|ie))s?", re.I)
ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth", re.I)
KIND_PATTERN = {"age": AGE_RE, "date": DATE_RE, "money": MONEY_RE, "percent": PERCENT_RE, "number": NUMBER_RE, "duration": NUMBER_RE,
                "person": re.compile(r"\b[A-Z][a-z]+\s+[A-Z][a-z]+"),
                # a cause or a purpose said outright; a bare "to" + verb is too common to count here
                "reason": re.compile(r"\b(?:because|due to|owing to|thanks to|as a result of|in order to|so that|so as to|"
                                     r"citing|(?:driven|caused|prompted|fuell?ed|spurred) (?:\w+ )?by|aimed at|for fear of|"
                                     r"in response to|the reason|reasons? for|(?:offers?|gives?) (?:\w+ )?a chance to)\b", re.I)}
TYPED = {"date", "money", "percent", "number", "duration", "age"}
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
        # where each list of the sentence goes on after an item: ", textiles, engineering, and electronics"
        self.list_tails = {s + m.start(1) for m in LIST_TAIL.finditer(text[s:e])}

    def span(self, c: Candidate) -> tuple[int, int]:
        """Index range of the words inside a candidate."""
        return bisect_left(self.starts, c.start), bisect_right(self.ends, c.end)

    def matches(self, q: Question) -> list[float]:
        """q.matches of every word, computed once per question."""
        if self._q is not q:
            self._q, self.qm = q, [q.matches(w[2]) for w in self]
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
    matched = [i for i, m in enumerate(qm) if m and (i < lo or i >= hi) and wpos[i][2] != head]
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
        focus = 1.0 if any(t in TITLES for t in around) else 0.0
    elif q.focus:
        head = q.focus[-1]
        if any(w[2] == head for w in inside):
            focus = 1.0
        elif re.match(r"\s*,\s*(?:a|an|the)\s", text[c.end:c.end + 8]) and any(w[2] == head for w in wpos[hi:hi + 4]):
            focus = 1.0  # an apposition after: "the 23rd India-Russia Annual Summit, a pivotal event"
        elif q.defines and re.match(r"\s*\(\s*\S+\s*\)", text[c.end:c.end + 40]) and any(w[2] == head for w in wpos[hi:hi + 2]):
            focus = 1.0  # "a reciprocal logistics agreement (RELOS)" defines RELOS
        elif any(w[2] == head for w in wpos[hi:hi + 4]):
            focus = 0.6  # "S-500 ⟨air defense missile⟩ system"
        elif c.kind not in TYPED and any(w[2] == head for w in wpos[max(0, lo - 3):lo]):
            focus = 0.8  # an apposition: "Indian goods: pharmaceuticals, …", "sectors such as …"
    if q.kind == "date" and ORIGIN_QUESTION.search(q.text) and ORIGIN_CUE.search(text, max(sent.start, c.start - 30), c.start):
        focus = 1.0  # "since when has the summit existed?" → "was established in ⟨2000⟩"
    if c.kind == "age":  # "Kowalczyk, 46," is Kowalczyk's age, whoever else the sentence names
        focus = 1.0 if lo > 0 and qm[lo - 1] else 0.0
    c.focus = focus
    if q.kind == "number" and len(inside) > 1 and UNIT.fullmatch(text[inside[-1][0]:inside[-1][1]]):
        focus = max(focus, 0.8)  # "210 millimetres" says more than "210"
    premodifier = False
    if c.kind == "phrase" and hi < len(wpos):
        nxt = wpos[hi]
        premodifier = qm[hi] > 0 and nxt[2] not in q.focus and not text[c.end:nxt[0]].strip()
    if q.kind in ("reason", "manner"):
        shape = 1.0 if 3 <= n <= 12 else 0.8 if n <= 18 else 0.4
    elif c.kind == "phrase" and n == 1 and text[c.start].islower():
        shape = 0.2
    elif q.kind in ("entity", "other", "place"):
        shape = 1.0 if n <= 8 else 0.6 if n <= 14 else 0.3
    elif c.kind == "date":
        shape = 1.0 if re.search(r"[A-Za-z]{3}\S*\s+\d{1,2}\b|\b\d{1,2}\s+[A-Z]", text[c.start:c.end]) else 0.85
    else:
        shape = 1.0 if n <= 6 else 0.5
    if q.plural and q.kind in ("entity", "other", "place"):
        fit = 1.0 if c.kind == "list" else fit
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
    return score * (0.6 if premodifier else 1.0)


ORIGIN_QUESTION = re.compile(r"\bsince when\b|\b(?:exist|establish|found|creat|start|launch|begin|began|begun|set up|form|inaugurat|introduc)\w*", re.I)
ORIGIN_CUE = re.compile(r"\b(?:established|founded|created|started|launched|began|begun|set up|formed|inaugurated|introduced|"
                        r"existed|since|dating (?:back )?to|dates back to)\s+(?:in\s+|on\s+|back\s+in\s+)?$", re.I)
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


@lru_cache(maxsize=200_000)
def _match(term: str, stems: frozenset[str]) -> float:
    """1 when the stem is in the set, 0.8 when a word of its family is, else 0."""
    if term in stems:
        return 1.0
    if len(term) < 4:
        return 0.0
    head = term[:4]
    return 0.8 if any(x.startswith(head) and related(term, x) for x in stems) else 0.0


FOCUS_BASE = 0.8  # an answer away from the noun asked about ("how many workers?") keeps 80% of its confidence
CONTEXT_CONFIDENCE = 0.5  # share of the sentences before that vouches for an answer ("He said …")
CONTEXT_WEIGHT = 0.3  # share of the two sentences before that counts toward a sentence's coverage


def score_sentences(index: Index, q: Question, hits: list[Hit], qvec: np.ndarray) -> list[Sentence]:
    """Every sentence of the retrieved chunks, scored by its own evidence, best first."""
    total = sum(q.terms.values()) or 1.0
    seen: dict[tuple[str, int], Sentence] = {}
    for rank, hit in enumerate(hits, start=1):
        c = hit.chunk
        dense = float(np.dot(index.dense.reconstruct(c.id), qvec))
        spans = index.sentences_of(c.article_id)
        for s, e, stems, context in spans:
            if s < c.start or e > c.end:
                continue
            key = (c.article_id, s)
            if key in seen:
                prev = seen[key]
                prev.dense = max(prev.dense, dense)
                prev.rank = min(prev.rank, rank)
                continue
            cov = sum(w * _match(t, stems) for t, w in q.terms.items()) / total
            # words of the two sentences before stand behind "the two countries", "he", "the deal"
            with_context = sum(w * _match(t, context) for t, w in q.terms.items()) / total
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
                if q.kind == "age":  # "how old is Albright?" is not answered by "Kowalczyk, 46,"
                    weight *= 0.5 + 0.5 * c.focus
                if q.kind == "person" and q.focus:  # "who is the club's manager?": a name beside "manager"
                    weight *= 0.5 + 0.5 * c.focus
                evidence = sent.score
                if q.kind in TYPED and c.kind in TYPED:  # a value answers the words around it, not the whole sentence
                    evidence += 0.6 * LOCAL_SHARE * (_local_coverage(q, c, wpos) - sent.coverage)
                out.append((evidence * (0.55 + 0.45 * c.score) * weight, sent, c))
    return out


LOCAL_SHARE = 0.3  # share of a value's sentence coverage that is counted within LOCAL_WORDS of it
LOCAL_WORDS = 10


def _local_coverage(q: Question, c: Candidate, wpos: Words) -> float:
    """Rarity-weighted share of the question's words found within LOCAL_WORDS words of a candidate."""
    lo, hi = wpos.span(c)
    found: dict[str, float] = {}
    for w in wpos[max(0, lo - LOCAL_WORDS):lo] + wpos[hi:hi + LOCAL_WORDS]:
        for t in q.terms:
            m = _match(t, frozenset((w[2],)))
            if m > found.get(t, 0.0):
                found[t] = m
    return sum(q.terms[t] * m for t, m in found.items()) / (sum(q.terms.values()) or 1.0)


CAUSE_QUESTION = re.compile(r"\bwhat(?:'s| is| was)? behind\b|\bwhat (?:caused|causes|drove|drives|prompted|led to)\b", re.I)


def _finer(index: Index, scored, lead_text: str, kind: str, floor: float) -> tuple[Sentence, Candidate] | None:
    """The best-scored value that says the lead's value and more ("spring 2028" for "2028")."""
    words_of = lambda t: normalize_answer(t).split()  # noqa: E731
    lead = words_of(lead_text)
    n = len(lead)
    best = None
    for score, sent, c in scored:
        if c.kind != kind or score < floor or (best and score <= best[0]):
            continue
        w = words_of(_span(index, sent, c))
        if len(w) > n and any(w[i:i + n] == lead for i in range(len(w) - n + 1)):
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
    key = normalize_answer(_span(index, lead_sent, lead))
    cites, seen = [_citation(index, lead_sent)], {lead_sent.article}
    for score, sent, c in scored:
        if score >= floor and sent.article not in seen and normalize_answer(_span(index, sent, c)) == key:
            seen.add(sent.article)
            cites.append(_citation(index, sent))
    return tuple(cites)


def normalize_answer(text: str) -> str:
    """Lower-case words only: "the S-400" and "S-400" are one answer."""
    return " ".join(w for w in re.findall(r"\w+", fold(text)) if w not in {"a", "an", "the"})


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
        shared = sum(1 for x in lead_ctx if _match(x, ctx) > 0)
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
    persons = [m for m in CAP_RE.finditer(text, sent.start, sent.end) if _cap_kind(text, m.start(), m.end()) == "person"]
    if not persons:
        return False
    names = {n for n in _question_names(question) if n not in PLACES}  # the people the question is about
    here = frozenset(stem(m.group()) for m in words(text[sent.start:sent.end]))
    return bool(names) and not any(_match(n, here) for n in names)


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
    return sum(weight[n] for n in names if _match(n, near) > 0) / sum(weight.values())


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
