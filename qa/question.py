"""What a question asks for: its kind (date, amount, person, place, reason…), its focus noun,
and its content words weighted by how rare they are in the corpus."""

from __future__ import annotations

import re
from dataclasses import dataclass

from qa.index import Index
from qa.text import STOPWORDS, fold, is_stopword, stem, words

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

# "what's behind the jump?", "what caused the delay?": a cause and nothing else is asked
CAUSE_QUESTION = re.compile(r"\bwhat(?:'s| is| was)? behind\b|\bwhat (?:caused|causes|drove|drives|prompted|led to)\b", re.I)


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
    family: frozenset[str] = frozenset()  # the corpus's words of the same family as a question word (text.related)

    def matches(self, word_stem: str) -> float:
        """1 when a stem is one of the question's words, 0.8 for a word of the same family, else 0."""
        return 1.0 if word_stem in self.terms else 0.8 if word_stem in self.family else 0.0


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
        (r"\bhow many (?:(?:billion|million|thousand|trillion) )?(?:dollars|euros|rupees|pounds|yuan|yen|roubles)\b"
         r"|\bhow (much|expensive|valuable)\b|\bwhat (is|was|are|were) the (value|worth|cost|price)|\bworth\b"
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
    # the wh-word said first decides: "where was he when …?" asks for a place
    found = [(m.start(), i, m, kind) for i, (pattern, kind) in enumerate(rules) if (m := re.search(pattern, q))]
    for _, _, m, kind in sorted(found, key=lambda x: x[:2])[:1]:
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
    family = frozenset().union(*(index.family(t) for t in terms)) - terms.keys()
    return Question(question, kind, focus, terms, plural, verb=stem(verb.group(1)) if verb else None, defines=defines,
                    compound=compound, family=family)
