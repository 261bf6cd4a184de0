"""Typed values in text (dates, money, percents, numbers): found, keyed and compared.

The reader finds answers; these say when two answers are one value written two ways
("Dec 4-5" and "December 4–5, 2025") and when two values of one kind disagree.
"""

from __future__ import annotations

import re

from qa.text import fold

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
WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
DATE_RE = re.compile(
    rf"\b(?:{WEEKDAY},?\s+)?(?:(?:early|mid|late)[- ])?{MONTH}(?:\s+{DAY})?(?:,?\s+{YEAR})?\b"  # "Thursday, November 19"
    rf"|\b(?:{WEEKDAY},?\s+)?{DAY}\s+{MONTH}(?:,?\s+{YEAR})?\b"
    rf"|\b(?:(?:early|mid|late)[- ])?(?:(?:spring|summer|autumn|fall|winter)(?: of)?\s+)?{YEAR}(?:{DASH}(?:\d\d){{1,2}}|s)?\b"
    rf"|\b(?:{WEEKDAY}|yesterday|today|tomorrow)\b"
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
VALUE_KINDS = ("date", "money", "percent", "number")
VALUE_PATTERN = {"date": DATE_RE, "money": MONEY_RE, "percent": PERCENT_RE, "number": NUMBER_RE}


def value_kind(text: str) -> str | None:
    """The kind of value a span is when one typed value covers nearly all of it."""
    for kind in VALUE_KINDS:
        for m in VALUE_PATTERN[kind].finditer(text):
            if m.end() - m.start() >= 0.6 * len(text.strip()):
                return kind
    return None



def value_key(text: str, kind: str) -> str:
    """Values that are the same written two ways share a key ("Dec 4-5" ~ "December 4–5, 2025")."""
    t = fold(text)
    t = re.sub(r"[–—-]", "-", t)
    t = re.sub(r"\b(approximately|about|around|nearly|some|over|more than|almost|roughly|a record|record)\b", "", t)
    if kind == "date":
        t = re.sub(rf"(?i)^{WEEKDAY},?\s+(?=\S)", "", t)  # "Thursday, November 19" is November 19
        t = re.sub(r"\b(jan|feb|mar|apr|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?", lambda m: m.group(1), t)
        if re.search(r"[a-z]{3}\s+\d", t):
            t = re.sub(r",?\s*\b(1[6-9]|20)\d\d\b", "", t)
    if kind == "money":
        t = t.replace("bn", "billion").replace("mn", "million").replace("us$", "$")
    return re.sub(r"[^\w$%-]+", " ", t).strip()


def date_parts(text: str) -> tuple[str | None, str | None, str | None]:
    """(year, month, days) of a date expression, None where it does not say."""
    t = fold(text)
    year = re.search(r"\b(1[6-9]\d\d|20\d\d)\b", t)
    month = re.search(r"\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)", t)
    rest = re.sub(r"\b(1[6-9]\d\d|20\d\d)\b", " ", t)
    days = re.search(r"\b(\d{1,2})(?:st|nd|rd|th)?(?:\s*[-–—]\s*(\d{1,2}))?\b", rest)
    return (year.group(1) if year else None, month.group(1) if month else None,
            "-".join(d for d in days.groups() if d) if days else None)


def same_precision(a: str, b: str, kind: str) -> bool:
    """Dates given to the same precision (day, month or year): "December 5-6" against
    "December 4-5, 2025" disagrees; "February 2022" against it tells of something else."""
    if kind != "date":
        return True
    pa, pb = date_parts(a), date_parts(b)
    return (pa[2] is None) == (pb[2] is None) and (pa[1] is None) == (pb[1] is None)


def compatible(a: str, b: str, kind: str) -> bool:
    """Whether two values can both be true: "2025" and "December 4-5, 2025" do not disagree."""
    if kind != "date":
        return value_key(a, kind) == value_key(b, kind)
    (ya, ma, da), (yb, mb, db) = date_parts(a), date_parts(b)
    same = all(x is None or y is None or x == y for x, y in ((ya, yb), (ma, mb)))
    return same and (da is None or db is None or _within(da, db) or _within(db, da))


def _within(days: str, span: str) -> bool:
    """Whether the days "4" lie within "4-5": arriving on the 4th fits a visit on the 4th–5th."""
    first, last = (int(days.split("-")[0]), int(days.split("-")[-1]))
    lo, hi = (int(span.split("-")[0]), int(span.split("-")[-1]))
    return lo <= first and last <= hi
