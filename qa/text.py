"""Text primitives shared by every stage: words, stems, the BM25 tokenizer, sentences."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from collections.abc import Iterator

WORD_RE = re.compile(r"\w+(?:['’]\w+)?")

STOPWORDS = frozenset(
    """a about above after again against all am an and any are as at be because been before
    being below between both but by can could did do does doing down during each few for from
    further had has have having he her here hers herself him himself his how i if in into is it
    its itself just me more most my myself no nor not now of off on once only or other our ours
    ourselves out over own same she should so some such than that the their theirs them
    themselves then there these they this those through to too under until up very was we were
    what when where which while who whom whose why will with would you your yours yourself
    yourselves also may might must shall us per""".split()
)

# British and American spellings of the same word meet in one token.
SPELLING = {
    "defense": "defence", "labor": "labour", "center": "centre", "program": "programme",
    "organization": "organisation", "emphasize": "emphasise", "prioritize": "prioritise",
    "offense": "offence", "favor": "favour", "honor": "honour", "neighbor": "neighbour",
}

# Irregular forms meet their word: "took over the club" answers "when did she take over?"
IRREGULAR = {
    past: base
    for base, forms in {
        "take": "took taken", "leave": "left", "go": "went gone going goes", "meet": "met", "make": "made", "hold": "held",
        "win": "won", "begin": "began begun", "bring": "brought", "buy": "bought", "sell": "sold", "tell": "told",
        "think": "thought", "come": "came", "become": "became", "give": "gave given", "get": "got gotten",
        "keep": "kept", "lead": "led", "pay": "paid", "run": "ran", "see": "saw seen", "send": "sent",
        "spend": "spent", "stand": "stood", "strike": "struck", "fall": "fell fallen", "rise": "rose risen",
        "grow": "grew grown", "know": "knew known", "show": "shown", "speak": "spoke spoken",
        "write": "wrote written", "choose": "chose chosen", "build": "built", "lose": "lost", "find": "found",
        "feel": "felt", "fight": "fought", "draw": "drew drawn", "drive": "drove driven", "fly": "flew flown",
        "seek": "sought", "shoot": "shot", "teach": "taught", "throw": "threw thrown",
        "withdraw": "withdrew withdrawn", "break": "broke broken", "catch": "caught", "deal": "dealt",
        "flee": "fled", "hear": "heard", "freeze": "froze frozen", "arise": "arose arisen", "eat": "ate eaten",
        "hide": "hid hidden", "lay": "laid", "lend": "lent", "mean": "meant", "overtake": "overtook overtaken",
        "undertake": "undertook undertaken", "understand": "understood", "sink": "sank sunk",
        "steal": "stole stolen", "swear": "swore sworn", "wear": "wore worn", "forget": "forgot forgotten",
        "shake": "shook shaken", "die": "died dying", "lie": "lying", "ride": "rode ridden", "sing": "sang sung", "forbid": "forbade forbidden",
        "forgive": "forgave forgiven", "sweep": "swept", "stick": "stuck", "hang": "hung", "bend": "bent",
        # and plurals that take no "s"
        "forum": "fora", "criterion": "criteria", "phenomenon": "phenomena", "man": "men", "woman": "women",
        "child": "children", "person": "people", "mouse": "mice", "foot": "feet", "tooth": "teeth",
    }.items()
    for past in forms.split()
}

_SUFFIXES = ("ification", "ifications", "ations", "ation", "ings", "ing", "edly", "ed", "ies", "ments", "ment", "ates", "ate", "es", "s", "e", "ly")


def fold(text: str) -> str:
    """NFKC and lower-case: the form every comparison of words uses."""
    return unicodedata.normalize("NFKC", text).lower()


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    """A light, deterministic suffix stripper ("visits", "visited", "visiting" → "visit")."""
    word = fold(word).replace("’", "'")
    if word.endswith("'s"):
        word = word[:-2]
    word = SPELLING.get(word, word)
    word = IRREGULAR.get(word, word)
    if len(word) <= 3 or len(word) > 40 or not word.isalpha():  # no word is longer: don't recurse through junk
        return word
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            base = word[: -len(suffix)]
            if suffix == "ies":
                return base + "i"
            if suffix.startswith("ification"):
                return base + "ifi"  # "ratification" → "ratifi", as "ratify"
            if suffix in ("ings", "ing", "edly", "ed") and base.endswith("at"):
                return stem(base + "e")  # "regulating" → "regulate" → "regul", as "regulation"
            if suffix in ("ings", "ing", "ed") and base[-1] == base[-2] and base[-1] in "bgmnprt":
                return base[:-1]  # "getting", "planned", "cutting" → "get", "plan", "cut"
            if suffix == "s" and base[-1] in "su":
                return word  # "glass", "status"
            return base.rstrip("e") if suffix in ("ed", "ing") and base.endswith("ee") else base
    if word.endswith("y"):
        return word[:-1] + "i"
    return word


# Words that title a person: "President Droupadi Murmu", "manager Sarah Whitcombe".
TITLES = {
    "president", "minister", "prime", "chancellor", "king", "queen", "prince", "secretary",
    "ceo", "coo", "cfo", "cto", "chairman", "chairwoman", "chair", "director", "governor", "senator", "ambassador",
    "general", "spokesperson", "spokesman", "mayor", "premier", "envoy", "chief", "head",
    "commissioner", "judge", "justice", "emperor", "pope", "leader", "founder", "editor",
    "executive", "officer", "manager", "coach", "captain", "deputy", "vice", "councillor", "councilor",
    "spokeswoman", "economist", "analyst", "professor", "dr", "mr", "mrs", "ms", "sir", "lord", "lady",
    "treasurer", "inspector", "sheriff", "chairperson", "curator", "striker", "midfielder", "goalkeeper",
}
# Title words that name no one alone, only before another: "Prime Minister", "Vice President" ("the largest
# known prime" is a number)
TITLE_PARTS = {"prime", "vice"}
# Nouns for people that title no one: "the engineer", "the tenant", "the victims", "the pm" (as people type
# "prime minister"), "the msps".
PERSON_NOUNS = set("""person people man men woman women player players official officials member members candidate
    candidates politician lawyer doctor nurse judge judges scientist researcher author writer actor singer
    athlete footballer worker workers resident residents victim victims suspect witness leader leaders
    engineer technician plumber electrician mechanic builder driver pilot teacher student farmer owner tenant
    landlord landlady host supervisor surgeon architect detective firefighter soldier journalist reporter clerk
    incumbent rival opponent challenger winner loser guard independent independents voter voters courier couriers
    nominee nominees monk monks priest priests nun nuns bishop friar cleric preacher missionary philosopher poet
    painter composer inventor explorer merchant sailor astronomer sculptor playwright novelist banker chef boy girl
    pm mp mps msp msps mep meps""".split())


# words in "-list" that name a list, not someone ("specialist", "journalist", "finalist" name someone)
LISTS = {"check", "play", "wish", "black", "short", "wait", "white", "hit", "book", "price", "long"}
# words in "-man" or "-men" that name no one
NOT_PEOPLE = set("ottoman talisman doberman walkman superman german caiman abdomen specimen regimen acumen stamen "
                 "albumen bitumen cyclamen".split())


def is_person_noun(word: str) -> bool:
    """"minister", "engineer", "hydrologist", "technician", "congressman": a noun for a person, listed
    or by a trade's ending ("-ician", "-ist") or a compound's ("-man", "-woman", "-person")."""
    w = word.lower()
    if w.rstrip("s") in TITLE_PARTS:
        return False
    return (w in TITLES or w.rstrip("s") in TITLES or w in PERSON_NOUNS
            or len(w) > 5 and w.endswith(("ician", "ist")) and not w.endswith("sist")  # "insist" is no one
            and not (w.endswith("list") and w[:-4] in LISTS)  # "shortlist" is none; "specialist" is someone
            or len(w) >= 6 and w.isalpha() and w.endswith(("man", "men", "person", "persons")) and w not in NOT_PEOPLE)


def words(text: str) -> Iterator[re.Match[str]]:
    """Every word of ``text`` with its offsets."""
    return WORD_RE.finditer(text)


def is_stopword(word: str, stops: set[str] | frozenset[str] = STOPWORDS) -> bool:
    """A stopword, unless written as an acronym: "the US and EU" keeps "US", "WHO" is not "who"."""
    return fold(word).replace("’", "'") in stops and not (word.isupper() and len(word) > 1)


def tokenize(text: str) -> list[str]:
    """The one tokenizer for BM25, chunks and questions alike: stems of non-stopwords.

    One-character tokens are kept ("7"), stopwords are dropped.
    """
    out = []
    for m in WORD_RE.finditer(text):
        if is_stopword(m.group()):
            continue
        out.append(stem(m.group()))
    return out


_BULLET_RE = re.compile(r"[\s•◦▪●·\-–—*✅✔➤►]+")
# Linear in the line's length: a boundary starts only at the first mark of a run (the lookbehind)
# and its runs never give back characters (possessive), so 100 KB of "....." costs one pass.
_BOUNDARY_RE = re.compile(r"(?<![.!?…])[.!?…]++[\"'”’)\]]*+\s++(?=[\"'“‘(\[]?[A-Z0-9•\-–—])")
ABBREVIATIONS = frozenset(
    "mr mrs ms dr st jr sr prof gen col lt sgt capt sen rep gov pres vs etc inc ltd co corp no "
    "jan feb mar apr jun jul aug sep sept oct nov dec fig approx dept est vol".split()
)


def _is_abbreviation(line: str, dot: int) -> bool:
    """True when the period at ``dot`` ends an abbreviation or an initial, not a sentence."""
    j = dot
    while j > 0 and (line[j - 1].isalpha() or line[j - 1] == "."):
        j -= 1
    token = line[j:dot].lower()
    if not token:
        return False
    if "." in token:  # "U.S", "e.g"
        return True
    return token in ABBREVIATIONS or (len(token) == 1 and line[dot - 1].isupper())


def sentences(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Sentence spans ``(s, e)`` of ``text[start:end]``, as offsets into ``text``.

    Each line is split on its own, so a heading or a bullet line (``• A Broad 2030
    Economic Roadmap``) is a sentence of its own and never glued to the next one.
    Bullet markers and surrounding white space are left out of the spans.
    """
    end = len(text) if end is None else end
    spans: list[tuple[int, int]] = []
    pos = start
    while pos < end:
        nl = text.find("\n", pos, end)
        line_end = end if nl == -1 else nl
        _split_line(text, pos, line_end, spans)
        pos = line_end + 1
    return spans


def _split_line(text: str, lo: int, hi: int, spans: list[tuple[int, int]]) -> None:
    m = _BULLET_RE.match(text, lo, hi)
    if m:
        lo = m.end()
    while hi > lo and text[hi - 1].isspace():
        hi -= 1
    if lo >= hi:
        return
    seg_start = lo
    for b in _BOUNDARY_RE.finditer(text, lo, hi):
        dot = b.start()
        if text[dot] == "." and _is_abbreviation(text[lo:hi], dot - lo):
            continue
        stop = b.end()
        while stop > dot and text[stop - 1].isspace():
            stop -= 1
        if stop > seg_start:
            spans.append((seg_start, stop))
        seg_start = b.end()
    if hi > seg_start:
        spans.append((seg_start, hi))


# ---------------------------------------------------------------- answers compared as the eval does

def normalize(text: str) -> str:
    """SQuAD normalization widened to Unicode: NFKC, lower, drop P*/S* characters and articles."""
    text = unicodedata.normalize("NFKC", text).lower()
    text = "".join(ch for ch in text if not unicodedata.category(ch).startswith(("P", "S")))
    text = re.sub(r"\b(a|an|the)\b", " ", text)
    return " ".join(text.split())


def contains(text: str | None, golds: tuple[str, ...] | list[str]) -> int:
    """1 when the tokens of a normalized gold answer appear contiguously in the normalized text."""
    if not text:
        return 0
    t = normalize(text).split()
    for g in golds:
        gt = normalize(g).split()
        if gt and any(t[i : i + len(gt)] == gt for i in range(len(t) - len(gt) + 1)):
            return 1
    return 0


# nouns of a body that acts as one: "which contractor …?" asks for a firm, never a person
ORGANIZATIONS = {stem(w) for w in """company firm supplier maker manufacturer club team hospital bank party group
    agency charity contractor carrier retailer developer publisher museum school university airline insurer
    lender broker studio label network venture business operator provider distributor broadcaster body council committee
    board commission authority organization organisation institute foundation association union""".split()}
# words before a name that make it a person's: "Project director Ingrid Solberg", "Mrs Pardoe", "incumbent Albright"
PERSON_TITLE_WORDS = TITLES | {"mr", "mrs", "ms", "miss", "dr", "prof", "incumbent", "sir", "dame"}
PERSON_TITLES = "|".join(sorted(PERSON_TITLE_WORDS))  # as a regular expression's alternatives
