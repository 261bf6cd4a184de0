"""What a question asks for: its kind (date, amount, person, place, reason…) and its focus noun.

The kind is reported with every answer (``--json``'s ``kind``) and guides follow-ups; the
answer itself comes from the reader."""

from __future__ import annotations

import re
from qa.text import ORGANIZATIONS, PERSON_NOUNS, STOPWORDS, TITLES, fold, stem

AUX = {"is", "are", "was", "were", "be", "been", "being", "am", "do", "does", "did", "has", "have",
       "had", "will", "would", "can", "could", "should", "shall", "may", "might", "must"}
WHO_IS = re.compile(r"^(?i:who (?:is|was|are|were))\s+(?:[A-Z][\w.'’-]*\s*)+\??$")
COPULA = {"is", "are", "was", "were"}
WHO_ROLE = re.compile(r"^who (?:is|was|are|were) (?:the |an? |(?:[\w-]+ ){0,3}[\w-]+'s )([\w-]+(?: [\w-]+){0,3}?)(?: of\b| to\b| for\b| in\b| at\b|\?|$)")
ROLE_WORDS_LIST = ["title", "role", "position", "job", "post", "office", "rank"]
# "who heads the bank?": the answer is a person named with a title ("Governor Helena Stroud")
ROLE_VERB = re.compile(r"^who (?:(?:currently|now) )?(?:heads?|headed|leads?|led|runs?|ran|chairs?|chaired|manages?|managed|"
                       r"coach(?:es|ed)?|directs?|directed|governs?|governed|captains?|captained|helms?|helmed)\b")
ANY_TITLE = "<title>"  # the focus of a role-verb question: any title word next to the name
ROLE_WORDS = set(ROLE_WORDS_LIST)


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


NAME_OF = re.compile(r"\b(?:([a-z]+)'s\s+(?:full\s+|first\s+|last\s+)?name"
                     r"|name\s+of\s+(?:the|that|this|his|her|their|its)\s+((?:[a-z]+\s+){0,2}[a-z]+))\b")


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
    named = NAME_OF.search(q)
    if named and set((named.group(1) or named.group(2)).split()) & (TITLES | PERSON_NOUNS):
        return "person", ()  # "and the engineer's name?", "what's the name of the manager?": a person
    m = re.search(r"\b(which|what)\b", q)
    if m:
        focus = _focus_after(q, m.end())
        if any(f in {stem(w) for w in ROLE_WORDS} for f in focus):
            return "title", focus
        if focus and focus[-1] in MEASURED:  # "what were Corvane's sales?", "what was the turnout?"
            return MEASURED[focus[-1]], focus
        return ("entity" if focus else "other"), focus
    return "other", ()


def asks_for_body(question: str) -> bool:
    """Whether a question asks which firm, club, union … did something ("Which contractor went bust?",
    "which removal firm did he recommend?"): a body, whose answer is never a person."""
    m = re.search(r"\b(?:which|what)\s+((?:[\w-]+\s+){0,2}[\w-]+)", fold(question).lower())
    words = m.group(1).split() if m else []
    for w, after in zip(words, words[1:] + [""]):
        if w in AUX or w in STOPWORDS:
            break
        if stem(w) in ORGANIZATIONS and after not in PERSON_NOUNS | TITLES:  # "which board member": a person
            return True
    return False
