"""Whether a question is English, and spelling mistakes corrected to words the articles use.

The reader was trained on English questions, and the articles are English: a question in
another language gets a note saying so, not a confident answer read off a few shared names.
A misspelled word ("defnse") matches nothing in BM25 and little in the embedder, so a word
that is neither in the articles nor an English word is swapped for a close, frequent word of
the articles ("defence"). Words the articles use, names included, are never touched.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Callable

from qa.text import STOPWORDS, fold, stem

NOT_ENGLISH_NOTE = ("the question does not look like English; the articles and this tool read English, "
                    "so ask it in English")

# Function words of the languages a user of an English archive most often types instead, without
# the ones English shares ("a", "die", "was", "in", "so", "an", "am", "come", "do", "me", "he").
FOREIGN = frozenset(
    """que qué cuándo cuando quién quien quiénes dónde donde cómo cuál cuáles cuánto cuántos cuánta el la los las
    del por para con una es fue está están y en se su sus lo al entre porqué
    der das und ist wer wann wo wie welche welcher welches welchen hat mit von zu den dem des ein eine einen
    nach für im auf sich nicht warum wurde werden sind wieviel wieviele
    le les des est qui quand où comment quel quelle quels pourquoi et du une pour avec dans sur combien
    quando onde como quem não uma di il chi perché che per qual quale""".split()
)
SHARED = frozenset("a an am in so die was also come do me he".split())  # English words other languages use too
LATIN = re.compile(r"[A-Za-z\u00C0-\u024F]")
WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")


def is_english(question: str) -> bool:
    """False for a question written mostly in another script, or led by another language's
    function words ("¿Cuándo llegó Putin a la India?"); names alone never make it foreign."""
    letters = [ch for ch in question if ch.isalpha()]
    if not letters:
        return True
    latin = sum(1 for ch in letters if LATIN.match(ch))
    if latin < len(letters) / 2:
        return False
    words = [w.lower() for w in WORD.findall(question)]
    foreign = sum(1 for w in words if w in FOREIGN)
    english = sum(1 for w in words if w in STOPWORDS and w not in FOREIGN and w not in SHARED)
    if foreign >= 2 and foreign > english:
        return False
    # "Welches Kampfflugzeug möchte Russland an Indien verkaufen?": one foreign word, no English one
    return not (english == 0 and len(words) >= 3 and (foreign >= 1 or re.search(r"[¿¡]", question)))


def word_counts(texts) -> Counter[str]:
    """The lower-case words of texts and how often each occurs: what spelling corrects towards."""
    counts: Counter[str] = Counter()
    for t in texts:
        counts.update(w.lower() for w in WORD.findall(t))
    return counts


def _distance(a: str, b: str, limit: int) -> int:
    """Edit distance with adjacent swaps (optimal string alignment); limit + 1 once past limit."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    prev2, prev = None, list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        cur = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = a[i - 1] != b[j - 1]
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
            if prev2 is not None and i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                cur[j] = min(cur[j], prev2[j - 2] + 1)
        if min(cur) > limit:
            return limit + 1
        prev2, prev = prev, cur
    return prev[-1]


def _swapped(a: str, b: str) -> bool:
    """Whether b is a with two neighbouring letters swapped."""
    diff = [i for i in range(len(a)) if len(a) == len(b) and a[i] != b[i]]
    return len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]


def _slip(a: str, b: str) -> bool:
    """Whether b is a with the slip people make most: two neighbouring letters swapped ("recieve"),
    or an agent noun's "-or" written "-er" ("operater" for "operator")."""
    ending = re.search(r"er(s?)$", a)
    return _swapped(a, b) or bool(ending) and b == a[: ending.start()] + "or" + ending.group(1)


def _sounded(a: str, b: str) -> bool:
    """Whether b is a with one letter typed as it sounds ("prise" for "prize")."""
    differ = [(x, y) for x, y in zip(a, b) if x != y] if len(a) == len(b) else []
    return len(differ) == 1 and frozenset(differ[0]) in SOUND_ALIKE


SOUND_ALIKE = {frozenset(p) for p in ("sz", "ck", "cs")}  # letters that can spell one sound
LONG_VOWELS = {"a": ("ai", "ay"), "e": ("ee", "ea"), "o": ("oa",), "u": ("ue",)}  # spellings of a long vowel


def _consonants(word: str) -> str:
    return re.sub(r"[aeiou]", "", word)


def _vowel_slip(a: str, b: str) -> bool:
    """Whether b is a with a pair of vowels mistyped, the consonants kept in their order ("bild" for
    "build", not "bill"; "seets" for "seats"), as a word spelled by its sound keeps them; a vowel typed
    for another alone ("lawers": not "lowers") or a syllable left out ("promted": not "promoted") is no such slip."""
    va, vb = re.findall(r"[aeiou]+", a), re.findall(r"[aeiou]+", b)
    # a long vowel typed as it sounds ("ee") is no short one ("seets" is seats, not sets)
    return (_consonants(a) == _consonants(b) and len(va) == len(vb) and va != vb  # "ownes" is no "owens" mistyped
            and all(x == y or max(len(x), len(y)) > 1 and not (len(x) > 1 and len(y) == 1) for x, y in zip(va, vb)))


def _respelled(a: str, b: str) -> bool:
    """Whether each vowel of a that b writes otherwise is a pair in both, one sound spelled two ways ("ee", "ea")."""
    pairs = [(x, y) for x, y in zip(re.findall(r"[aeiou]+", a), re.findall(r"[aeiou]+", b)) if x != y]
    return bool(pairs) and all(len(x) > 1 and len(y) > 1 for x, y in pairs)


# words that make one word with an English word after them: "offline", "outbreak", "backlog", "downtime"
COMPOUND_FIRST = ("off", "out", "up", "down", "over", "under", "back", "after")


def _compound(word: str, english: set[str]) -> bool:
    """Whether a word is a particle and an English word written as one ("offline", "backlog",
    "downtime"): no slip for a word the articles write ("online")."""
    return any(word.startswith(p) and len(word) - len(p) >= 3 and word[len(p):] in english
               and word[len(p):] not in STOPWORDS for p in COMPOUND_FIRST)


def _left_out(typed: str, word: str) -> bool:
    """Whether ``typed`` is ``word`` with letters left out ("wher" of "where")."""
    letters = iter(word)
    return len(typed) < len(word) and all(ch in letters for ch in typed)


def _undoubled(word: str) -> str:
    """"tarif" for "tarrif" and "tariff": the word with each doubled letter written once."""
    return re.sub(r"(.)\1+", r"\1", word)


# a word's first letter is rarely typed wrong, but a silent one is left out: "rote" is wrote, "nife" knife
SILENT_FIRST = {"r": "w", "n": "k"}


def _starting(by_start: dict[str, list[str]], word: str) -> list[str]:
    """The words of ``by_start`` a slip for ``word`` may be: those that begin as it does, and
    those that begin with a silent letter before its first ("wrote" for "rote")."""
    silent = SILENT_FIRST.get(word[0], "")
    return by_start.get(word[0], []) + [c for c in by_start.get(silent, ()) if c.startswith(silent + word[0])]


def _bigrams(word: str) -> set[str]:
    return {word[i:i + 2] for i in range(len(word) - 1)}


def _plain(word: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFKD", word) if not unicodedata.combining(ch))


class Speller:
    """Corrects the words of a question against the articles' own vocabulary.

    Args:
        counts: the articles' lower-case words and their counts (see :func:`word_counts`).
        english: lower-case English words (the reader's WordPiece vocabulary of whole words).
        known_stem: whether the articles have a word of this stem; by default a set made of
            ``counts`` when first needed.
        together: whether the articles write two words in one passage; between equally close
            corrections, the one written beside the typed word's neighbours is meant ("nobel
            prise": the prize, not the prime the articles name more often).
        next_to: whether the articles write one word next to the other; between equally close
            corrections, that decides first ("scaler equations": their "scalar equations", not "scale").
    """

    MIN_LENGTH = 4  # "teh", "adn": too short to correct without guessing

    def __init__(self, counts: Counter[str] | dict[str, int], english: set[str],
                 known_stem: Callable[[str], bool] | None = None, together: Callable[[str, str], bool] | None = None,
                 next_to: Callable[[str, str], bool] | None = None):
        self.counts = counts
        self._together = together
        self._next_to = next_to
        self.english = english
        self._known_stem = known_stem  # e.g. the BM25 index's terms, which are the articles' stems
        self._english_index: dict[str, list[str]] | None = None
        # An archive has tens of thousands of words: what only an unknown word needs is made when
        # one comes, not for every question (measured: 0.1 s of a one-shot answer at 100k chunks).
        self._stems: set[str] | None = None
        self._by_start: dict[str, list[str]] | None = None

    @property
    def stems(self) -> set[str]:
        if self._stems is None:
            self._stems = {stem(w) for w in self.counts}
        return self._stems

    @property
    def by_start(self) -> dict[str, list[str]]:
        if self._by_start is None:
            self._by_start = {}
            for w in self.counts:
                if len(w) >= self.MIN_LENGTH - 1 and w.isalpha():
                    self._by_start.setdefault(w[0], []).append(w)
        return self._by_start

    def known(self, word: str) -> bool:
        w = word.lower().replace("’", "'")
        if re.search(r"'(?:s|re|ve|ll|d|t)$", w) and self.known(w.rsplit("'", 1)[0]):
            return True  # "what's", "Harwick's"
        if w in self.counts or w in self.english or fold(w) in STOPWORDS or _compound(w, self.english):
            return True
        if self._together and any(  # "wifi" where the articles write "Wi-Fi": their two parts written as one
                w[:i] in self.counts and w[i:] in self.counts and fold(w[:i]) not in STOPWORDS and fold(w[i:]) not in STOPWORDS
                and self._together(w[:i], w[i:])
                for i in range(2, len(w) - 1)):
            return True
        if any(w.endswith(end) and _misinflected(w[: -len(end)], end, self.english) for end in ("s", "ed", "ing")):
            return False  # "puting": its stem is known, the word is a slip for "putting"
        if self._has_stem(w):
            # (not "explaned", whose stem is that of the articles' "explanation", a letter from their "explained")
            end = re.search(r"(?:ed|ing)$", w)
            return not (end and any(c != w and c.endswith(end.group()) and _distance(w, c, 1) <= 1
                                    for c in self.by_start.get(w[0], ())))
        # a British spelling of a known word: "utilised", "rumoured", "analysed"
        for british, american in BRITISH:
            us = re.sub(british, american, w)
            if us != w and self.known(us):
                return us not in self.counts  # where the articles spell it so, it is corrected to their spelling
        # inflections of an English word: "tariffs", "ratified", "visiting"
        for suffix, repl in (("s", ""), ("es", ""), ("ed", ""), ("ed", "e"), ("ing", ""), ("ing", "e"), ("ly", ""),
                             ("ies", "y"), ("ied", "y")):
            base = w[: len(w) - len(suffix)]
            if (w.endswith(suffix) and base + repl in self.english and not _misinflected(base, suffix, self.english)
                    and (len(base + repl) >= 4 or suffix != "ed")):
                # "maed" is no past of "ma" or "mae" but a slip for "made" (the past of a word that short is in the
                # vocabulary itself: "used", "tied"); "ownes" is still "owns" misspelled, not "owens"
                return True
        # a word made from an English or the articles' word: "acreage" (acre), "shipment", "leadership"
        for suffix in ("age", "ness", "ment", "ments", "ful", "less", "ship", "hood"):  # not "-ist": "analists"
            base = w[: len(w) - len(suffix)]
            if w.endswith(suffix) and len(base) >= 4 and (base in self.english or base in self.counts):
                return True
        # a verb made of a noun or an adjective: "prioritise" (priority), "modernize"
        verb = re.fullmatch(r"([a-z]{4,}?)i[sz](e|es|ed|ing|ation)", w)
        if verb and any(verb.group(1) + end in self.english or verb.group(1) + end in self.counts for end in ("", "y")):
            return f"{verb.group(1)}iz{verb.group(2)}" not in self.counts  # the articles' "-ize", where they write it
        # one who does what the articles say is done, its last consonant doubled: "bidders" where they say
        # "bid" or "bids", "winners"; not "wokers" (workers) where they never say "wok", nor "contracter",
        # "governer", "councilers", slips for the "-or" the articles write
        for suffix in ("er", "ers"):
            base = w[: len(w) - len(suffix)]
            undoubled = base[:-1] if len(base) >= 4 and base[-1] == base[-2] and base[-1] not in "aeiouy" else None
            if w.endswith(suffix) and undoubled and self._has_stem(undoubled):
                return not any(_distance(w, c, 1) <= 1 and not _inflection_of(w, c) and not _inflection_of(c, w)
                               for c in self.by_start.get(w[0], ()))
            # … or an English verb's, undoubled: "renters" (rent), though the articles write "Reuters"; not "governer",
            # a slip for the articles' "governor" of the same verb
            if w.endswith(suffix) and len(base) >= 4 and base in self.english and bare_verb(base):
                return not any(c != w and c.startswith(base) and _distance(w, c, 1) <= 1 for c in self.by_start.get(w[0], ()))
        return False

    def _has_stem(self, word: str) -> bool:
        """Whether the articles have a word of this word's stem."""
        return self._known_stem(stem(word)) if self._known_stem else stem(word) in self.stems

    def _same_stem_spelling(self, word: str) -> str | None:
        """For a word neither the articles nor English have as written but whose stem they have
        ("cuting"), the articles' word with that stem one edit away ("cutting"), else None."""
        w = word.lower().replace("’", "'")
        if w in self.counts or w in self.english or fold(w) in STOPWORDS or "'" in w or len(w) < 5 or word[:1].isupper():
            return None  # a name ("Putins") is left as typed
        target = stem(w)
        near = [c for c in self.by_start.get(w[0], ()) if stem(c) == target and _distance(w, c, 1) <= 1]
        if any(_inflection_of(w, c) or _inflection_of(c, w) for c in near):
            return None  # "displace" beside the articles' "displaced": another form of the word, not a slip
        return max(near, key=lambda c: self.counts[c]) if near else None

    def suggest(self, word: str, english: bool = True, beside: tuple[str, ...] = ()) -> str | None:
        """`_nearest`, unless it drops a consonant typed where a long vowel spelled as it sounds keeps them
        all: "clame" is claim, not "came"; "bote" boat (but "rase" is raise, as near)."""
        nearest = self._nearest(word, english, beside)
        w = word.lower()
        silent_e = re.fullmatch(r"([a-z]*?[^aeiou])([aeiou])([^aeiouwxy])e", w)
        if not silent_e or nearest and _consonants(nearest) == _consonants(w):
            return nearest
        for pair in LONG_VOWELS[silent_e.group(2)] if silent_e.group(2) in LONG_VOWELS else ():
            for cand in (silent_e.group(1) + pair + silent_e.group(3) + "e", silent_e.group(1) + pair + silent_e.group(3)):
                if cand in self.counts or cand + "s" in self.counts or english and cand in self.english:
                    return cand
        return nearest

    def _nearest(self, word: str, english: bool = True, beside: tuple[str, ...] = ()) -> str | None:
        """The close, most frequent article word for an unknown word (or a closer English word when
        ``english``), or None. Between equally close words, one a common slip away (two swapped
        letters, "recieve" → "receive", not "relieve"; "-er" for "-or") is the one meant; then one
        the articles write with a word typed ``beside`` it."""
        w = word.lower()
        together = self._together

        def near(cand: str) -> bool:
            return bool(together) and any(together(cand, b) for b in beside)

        def next_to(cand: str) -> bool:
            return bool(self._next_to) and any(self._next_to(cand, b) for b in beside)

        sounded = w.replace("f", "ph")  # "fone", "foto", "fase": "ph" typed as it sounds
        if "f" in w and (sounded in self.counts or english and sounded in self.english):
            return sounded
        limit = 1 if len(w) <= 5 else 2
        grams = _bigrams(w)
        best: tuple | None = None
        # the articles' words, and their plurals for a word typed with an "s" ("sumits": summit, many; not "suits")
        plural = w.endswith("s")
        forms = ((word, form) for word in _starting(self.by_start, w)
                 for form in ((word, word + "s") if plural and not word.endswith("s") else (word,)))
        for word, cand in forms:
            d = _distance(w, cand, limit)
            if d > limit and _undoubled(w) == _undoubled(cand):
                d = limit  # "adres": "address" with its doubled letters typed once, not the English "ares"
            if d <= limit:
                # "wich" is one edit from "with" and from "which"; the one sharing more of its
                # letter pairs is the word meant, then one ending as typed ("startd" is started, not start), then one
                # written beside a neighbour, then one a letter typed as it sounds away ("prise" is prize, not the
                # commoner "prime"), then the more frequent
                # a pair of vowels mistyped comes before a consonant ("bild" is build, not bill; "seets" seats, the
                # articles' word, before "sets", a plural they never write)
                # then, of words as long as typed, one with the consonants as typed, a vowel typed for another ("werk":
                # work, not were); then one the articles write next to a word typed beside it ("scaler equations": their
                # "scalar equations", not "scale", which shares more letter pairs)
                key = (d, not _slip(w, cand), not _vowel_slip(w, cand),
                       d == 1 and len(cand) == len(w) and _consonants(w) != _consonants(cand), cand != word and cand not in self.counts,
                       not next_to(word), -len(grams & _bigrams(cand)), cand[-1] != w[-1], not near(word), not _sounded(w, cand),
                       -self.counts[word], cand)
                if best is None or key < best:
                    best = key
        # an English word closer than any the articles use is the word meant ("descibe" →
        # "describe", not "despite"), unless it is another spelling of that article word
        # ("defnse" → the articles' "defence", not "defense")
        if not english:
            return best[-1] if best else None
        # a word the articles lack, corrected to one they lack too, helps no search: only one edit away,
        # or letters doubled wrong, is that sure ("descibe" → "describe", "tarrif" → "tariff"; "rouble"
        # is no slip for "rubble", nor "ballpark" for "ballard")
        reach = best[0] - 1 if best else limit
        # as close as the articles' word, an English word the articles write a form of ("build" of their
        # "building") that keeps the consonants typed where theirs does not ("bild": not their "bill")
        kept = best[0] if best and best[1] and not _vowel_slip(w, best[-1]) else None  # "tiem" is time, swapped
        found, vowels, dropped = None, [], []
        # and their plurals, where the articles' nearest is only a plural they never write ("grupings": groupings,
        # where the list has "grouping", not "growings" of their "growing"; "particals" stays their "particles")
        plurals = plural and best is not None and best[-1] not in self.counts
        listed = (form for base in _starting(self._english_by_start(), w)
                  for form in ((base, base + "s") if plurals and not base.endswith("s") else (base,)))
        for cand in listed:
            d = _distance(w, cand, max(reach, kept or 0))
            # a letter left out ("arive", "computr") is a commoner slip than one typed for another: arrive and
            # computer, words of the articles' stems ("arrived", "computers"), not their "alive" and "compute"
            # (a letter doubled wrong is as common: "puttin" is the articles' Putin, not putting)
            if (d == kept and _left_out(w, cand) and not _left_out(w, best[-1]) and _undoubled(w) != _undoubled(best[-1])
                    and self._has_stem(cand)):
                dropped.append(cand)
            # a long vowel spelled another way keeps its sound ("teech" is teach, though the articles write only
            # "teeth"); a single vowel typed for a pair ("bild") is a word whose stem the articles have ("building")
            if d == kept and _vowel_slip(w, cand) and (_respelled(w, cand) or self._has_stem(cand)):
                vowels.append(cand)
            if d <= reach and (best or d <= 1 or _undoubled(w) == _undoubled(cand)):
                # then, a slip rarely falling on the last letter, the word that ends as typed ("headquarterd" is
                # headquartered, not headquarters), then the commoner word ("contry" is the country, not "contra")
                key = (d, not _slip(w, cand), -len(grams & _bigrams(cand)), cand[-1] != w[-1], english_rank(cand), cand)
                found = key if found is None or key < found else found
        # a letter doubled in the wrong place ("caal": the articles' "call", not the English "coal") is no vowel slip
        if vowels and not found and not (best and _undoubled(w) == _undoubled(best[-1])):
            return min(vowels, key=lambda c: (english_rank(c), c))
        if dropped and not found:
            return min(dropped, key=lambda c: (english_rank(c), c))
        # the articles' own spelling of that word ("defence", not "defense") is kept; an inflection is not
        # (not "supplies"/"supplier"; nor "picking"/"packing", another word by a vowel: "pickng" is picking)
        respelling = (best is not None and len(found[-1]) == len(best[-1]) and found[-1][-1] == best[-1][-1]
                      and _distance(found[-1], best[-1], 1) <= 1
                      and not all(x in "aeiou" and y in "aeiou" for x, y in zip(found[-1], best[-1]) if x != y)) if found else False
        if found and not respelling:
            return found[-1]
        return best[-1] if best else None

    def _english_by_start(self) -> dict[str, list[str]]:
        if self._english_index is None:
            self._english_index = {}
            for e in self.english:
                if len(e) >= self.MIN_LENGTH - 1:
                    self._english_index.setdefault(e[0], []).append(e)
        return self._english_index

    def correct(self, question: str, said: frozenset[str] = frozenset()) -> tuple[str, list[tuple[str, str]]]:
        """The question with unknown words corrected, and the (wrong, right) pairs. A contraction
        typed without its apostrophe ("isnt", "theyre", "hes") gets it back first: "isnt" is no
        slip for "isn", nor "cant" for "can". ``said``: the lower-case words the conversation used so
        far; a slip within reach of one of them is that word ("curriers" after the Zipply couriers
        case: couriers, not the nearer "carriers")."""
        changes_first = []

        def apostrophe(m: re.Match[str]) -> str:
            word = m.group()
            if word.lower() in self.counts:
                return word  # the articles' own word ("Hes" may be a name)
            full = UNAPOSTROPHED[word.lower()]
            full = full[:1].upper() + full[1:] if word[:1].isupper() else full
            changes_first.append((word, full))
            return full

        def shorthand(m: re.Match[str]) -> str:
            changes_first.append((m.group(), SHORTHAND[m.group()]))
            return SHORTHAND[m.group()]

        def their(m: re.Match[str]) -> str:
            nxt = m.group(3)
            if nxt in STOPWORDS or nxt in NOT_AFTER_THERE or nxt.endswith("ly"):
                return m.group()
            if re.fullmatch(r"[a-z]+e?d", nxt) and (bare_verb(nxt[:-1]) or bare_verb(nxt[:-2])) or nxt in PARTICIPLES:
                # "what's the big bend there called?", "what had inflation there fallen to?": a participle, no noun,
                # follows the place
                return m.group()
            if (re.match(r"[\s?.!]*$", question[m.end():]) and bare_verb(nxt)
                    and re.search(r"\b(?:do|does|did|will|would|can|could|should|might|must)\s", question[: m.start()], re.IGNORECASE)):
                return m.group()  # "how much warning would a gauge there give?": a verb ends the question, not a noun

            changes_first.append((m.group(1), m.group(1)[:1] + "heir"))
            return m.group(1)[:1] + "heir" + m.group(2) + nxt

        question = SHORTHAND_RE.sub(shorthand, UNAPOSTROPHED_RE.sub(apostrophe, question))
        # "how come its that high?": "its" before a degree or "not" owns nothing, it is "it's"
        question = ITS_IS.sub(lambda m: m.group(1) + "'s", question)
        if not EXISTENTIAL.match(question):  # "is there water …?" asks whether there is
            question = THERE_BEFORE_NOUN.sub(their, question)
        fixed, changes = self._correct(question, said)
        return fixed, changes_first + changes

    def _correct(self, question: str, said: frozenset[str] = frozenset()) -> tuple[str, list[tuple[str, str]]]:
        subject = WH_SLIP_SUBJECT.match(question) or WH_SLIP_DETERMINER.match(question)
        contracted = WH_SLIP_CONTRACTED.match(question)  # "wat's the partnership called?", "wher's it going?"
        opening = WH_SLIP.match(question) or (subject if subject and subject.group(1).lower() not in self.counts else None) or (
            contracted if contracted and contracted.group(1).lower() not in self.counts else None)
        if opening and opening.group(1).lower() not in WH_WORDS and opening.group(1).lower() not in STOPWORDS | {"now", "then"}:
            # "Wen will …", "Wat is …": a question's first word one letter from a wh-word, before an auxiliary
            # a wh-word that is the subject ("wat started …?") is what, who or which
            candidates = WH_WORDS if WH_SLIP.match(question) else ("what", "which") if WH_SLIP_DETERMINER.match(question) else (
                "what", "who", "which")
            # between two one edit away, one the typed word lacks a letter of is meant: a letter left out is the
            # commonest slip ("wher" is where, not when; "whn" is when, not who)
            typed = opening.group(1).lower()
            wh = min(candidates, key=lambda w: (_distance(typed, w, 1), not _left_out(typed, w), w))
            if _distance(opening.group(1).lower(), wh, 1) <= 1:
                fixed = wh.capitalize() if opening.group(1)[:1].isupper() else wh
                rest, changes = self._correct(fixed + question[opening.end(1):], said)
                return rest, [(opening.group(1), fixed), *changes]
        out, changes, last = [], [], 0
        for m in WORD.finditer(question):
            word = m.group()
            mid_sentence_name = word[:1].isupper() and m.start() > 0
            if len(word) < self.MIN_LENGTH or not word.isascii():
                continue
            if self.known(word) or self.known(_plain(word)):
                near = self._same_stem_spelling(word)
                if near:  # "cuting": its stem is the articles' "cutting", one letter away
                    out.append(question[last:m.start()] + (near.capitalize() if word[:1].isupper() else near))
                    last = m.end()
                    changes.append((word, near))
                continue
            # a name the articles do not have is corrected only to one of theirs ("Rusia" → "Russia")
            plural = word.lower()[:-2] + "ies" if re.search(r"[^aeiou]ys$", word.lower()) else ""
            # "vacancys": the plural meant, not "vacancy" one letter nearer
            beside = tuple(b.lower() for b in re.findall(r"[A-Za-z]{3,}", question[max(0, m.start() - 20):m.start()])[-1:]
                           + re.findall(r"[A-Za-z]{3,}", question[m.end():m.end() + 20])[:1] if b.lower() not in STOPWORDS)
            owner = re.match(r"(.+?)(['’]s)$", word)  # "Rusia's": the name is corrected, its "'s" kept
            core = owner.group(1) if owner and len(owner.group(1)) >= self.MIN_LENGTH else word
            # (a word of five letters or more, begun and ended as typed: "bulding" is no "folding", "mony" no "many")
            typed, reach = core.lower(), 1 if len(core) <= 5 else 2
            used = min((w for w in said if len(w) >= 5 and w[0] == typed[0] and w[-1] == typed[-1]
                        and _distance(typed, w, reach) <= reach), key=lambda w: (_distance(typed, w, reach), w), default=None)
            fix = used or (plural if plural in self.counts or plural in self.english else _irregular_past(typed) or self.suggest(
                core, english=not mid_sentence_name, beside=beside))
            if fix is None or fix == core.lower() or _inflection_of(core.lower(), fix):
                continue  # "displace" beside "displaced": a form of the same word the vocabulary lacks
            fix = (fix.capitalize() if word[:1].isupper() else fix) + word[len(core):]
            out.append(question[last:m.start()] + fix)
            last = m.end()
            changes.append((word, fix))
        return "".join(out) + question[last:], changes


# contractions typed without the apostrophe; not "its", "were", "well", "hell", "shell", "id", "im", "ive"
UNAPOSTROPHED = {
    **{f"{w}nt": f"{w}n't" for w in "is are was were does do did has have had could should would must need".split()},
    "wont": "won't", "cant": "can't", "aint": "ain't", "hes": "he's", "shes": "she's", "theyre": "they're",
    "youre": "you're", "theyve": "they've", "weve": "we've", "youve": "you've",
    "theyll": "they'll", "youll": "you'll", "itll": "it'll", "theyd": "they'd", "youd": "you'd",
    **{f"{w}s": f"{w}'s" for w in "what who where when how that there".split()},  # "whats on": what's on
    # spellings of chat, not slips: "that nite" is that night, not "that nine"
    "nite": "night", "tonite": "tonight", "thru": "through", "tho": "though", "cuz": "because", "coz": "because",
    "yr": "year", "yrs": "years", "hrs": "hours", "mins": "minutes", "govt": "government",  # "what yr did it start?"
    "wil": "will", "shud": "should", "wud": "would", "cud": "could",  # too short for the speller to dare
    # words chat cuts short: "what temp is the bay kept at?" (not "tempo")
    "temp": "temperature", "temps": "temperatures", "approx": "approximately", "dept": "department",
}
ITS_IS = re.compile(r"\b([Ii]t)s(?=\s+(?:that|so|too|very|really|not|still|already|just|gonna|going|been)\b)")
UNAPOSTROPHED_RE = re.compile(r"\b(?:" + "|".join(sorted(UNAPOSTROPHED, key=len, reverse=True)) + r")\b", re.IGNORECASE)
# "who's there chief financial officer?", "how many staff will lose there jobs?": "their", typed as it sounds,
# before a noun (not before a word that follows "there" itself: "is there any", "who lives there now")
# British spellings and the American ones of the reader's vocabulary, as patterns and replacements
BRITISH = ((r"(?<=[a-z]{3})is(e|es|ed|ing|ation|ations)$", r"iz\1"), (r"(?<=[a-z]{2})our(s|ed|ing|ful|ite|ites|able)?$", r"or\1"),
           (r"(?<=[a-z]{2})ys(e|es|ed|ing)$", r"yz\1"))
PARTICIPLES = set("""driven given taken shown known seen chosen written done made held built paid led sold met
    brought bought hit cut put won lost begun grown found told sent spent kept left set struck caught taught sought
    fought bound hidden stolen broken spoken gotten risen fallen become gone drawn thrown meant""".split())
NOT_AFTER_THERE = {"enough", "still", "yet", "many", "much", "today", "tomorrow", "yesterday", "tonight", "already",
                   "first", "last", "right", "since", "until", "till", "anymore", "ever", "overnight", "long", "every",
                   "each", "several", "seems", "seemed", "remain", "remains", "remained", "exist", "exists", "existed",
                   "used", "too", "instead", "yourself", "himself", "herself", "themselves"}
THERE_BEFORE_NOUN = re.compile(r"\b([Tt]here)(\s+)([a-z][\w-]*)\b")
EXISTENTIAL = re.compile(r"^\s*(?:(?:and|so|but)\s+)?(?:is|are|was|were|isn't|aren't|wasn't|weren't|will|would)\s+there\b",
                         re.IGNORECASE)
# words of chat typed in lower case between words, or first ("where r they staying?", "wat firmwre update broke
# it?", "wat was in bay 4 wen the alarm went off?"): "R" or "u." may be an initial
SHORTHAND = {"r": "are", "u": "you", "ppl": "people", "abt": "about", "wat": "what", "wot": "what", "wen": "when", "hw": "how"}
SHORTHAND_RE = re.compile(r"(?:(?<=[a-z0-9,] )|^)(?:" + "|".join(SHORTHAND) + r")(?= [a-z0-9])")


def _misinflected(base: str, suffix: str, english: set[str]) -> bool:
    """"vacancys" (a consonant's y takes -ies), "spoted" (the English word is "spotted"): a slip in
    an inflection, not the inflection."""
    if suffix == "s" and re.search(r"[^aeiou]y$", base):
        return True
    if suffix == "ing" and re.search(r"[^aeiouy]e$", base) and base[:-1] + suffix in english:
        return True  # "houseing": a silent "e" goes before -ing ("housing")
    return suffix in ("ed", "ing") and bool(re.search(r"[^aeiou][aeiou][^aeiouwxy]$", base)) and (
        base + base[-1] + suffix in english)


def _irregular_past(word: str) -> str | None:
    """"sayd", "payd", "buyed": a past made regular of a verb whose past is not ("said", "paid", "bought")."""
    for end in ("ed", "d"):
        base = word[: -len(end)] if word.endswith(end) else ""
        if base and PAST_OF.get(base, base) != base:
            return PAST_OF[base]
    return None


def _inflection_of(word: str, other: str) -> bool:
    """Whether ``other`` is ``word`` with an inflection's ending: "displaced" of "displace"."""
    return any(other == word + end for end in ("s", "d", "es", "ed", "ing"))


WH_WORDS = ("what", "when", "where", "which", "who", "why", "how")
WH_SLIP = re.compile(r"^\s*([A-Za-z]{2,6})\s+(?:is|are|was|were|will|would|did|does|do|has|have|had|can|could|should|many|much)\b",
                     re.IGNORECASE)
WH_SLIP_CONTRACTED = re.compile(r"^\s*([A-Za-z]{2,6})(?=['’](?:s|re)\s)", re.IGNORECASE)
# "wat started the fire?": the wh-word as the subject, before a past tense, in a question
WH_SLIP_SUBJECT = re.compile(r"^\s*([A-Za-z]{2,6})\s+[a-z]{2,}ed\b[^?]*\?\s*$", re.IGNORECASE)
# "wat generashun is the jet", "wat edinbrugh firm did …": the wh-word before the noun it asks about, then an auxiliary
WH_SLIP_DETERMINER = re.compile(r"^\s*([A-Za-z]{2,6})\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?\s+(?:is|are|was|were|will|would|did|does|do|has|have|had|can|could)\b",
                                re.IGNORECASE)
IRREGULAR_PAST = dict(pair.split(":") for pair in """paid:pay said:say made:make took:take gave:give won:win lost:lose
    left:leave led:lead sold:sell bought:buy held:hold met:meet ran:run went:go came:come saw:see told:tell found:find
    built:build began:begin chose:choose wrote:write rose:rise fell:fall sent:send spent:spend struck:strike
    brought:bring thought:think kept:keep became:become got:get had:have did:do drove:drive grew:grow knew:know
    threw:throw drew:draw flew:fly stole:steal hid:hide shot:shoot fought:fight taught:teach caught:catch
    sought:seek sat:sit stood:stand understood:understand lent:lend meant:mean heard:hear felt:feel
    cost:cost hit:hit beat:beat cut:cut put:put set:set let:let spread:spread hurt:hurt quit:quit shut:shut split:split
    bet:bet cast:cast burst:burst broke:break spoke:speak woke:wake froze:freeze wore:wear tore:tear swore:swear
    forgot:forget shook:shake forbade:forbid""".split())
PAST_OF = {base: past for past, base in reversed(list(IRREGULAR_PAST.items()))}  # the first listed, where two are
_ENGLISH: set[str] | None = None
_ENGLISH_RANK: dict[str, int] = {}


def english_words() -> set[str]:
    """Whole lower-case words of the model's WordPiece vocabulary: about 22,000 common English
    words, read once from the tokenizer shipped with the base model."""
    global _ENGLISH
    if _ENGLISH is None:
        import json

        from qa.embed import model_dir

        vocab = json.loads((model_dir() / "tokenizer.json").read_text(encoding="utf-8"))["model"]["vocab"]
        _ENGLISH = {w for w in vocab if w.isalpha() and w.islower()}
        _ENGLISH_RANK.update((w, i) for w, i in vocab.items() if w in _ENGLISH)
    return _ENGLISH


def bare_verb(word: str) -> bool:
    """"start", "pass", "impose": a word whose past tense is an English word ("started"), so after
    "will" or "did" it is most likely the verb; "tram", "council", "budget" have none."""
    english = english_words()
    w = word.lower()
    if w in IRREGULAR_PAST.values():
        return True
    if w in STOPWORDS and w not in ("be", "do", "have", "own"):
        return False  # "to", "in", "she": a little word, though "toed", "inned", "shed" are English
    if w not in english or (w.endswith("s") and not w.endswith("ss")):
        return False  # "takes", "tariffs": not bare
    past = {w + "ed", w + "d", w + w[-1] + "ed"} | ({w[:-1] + "ied"} if w.endswith("y") else set())
    return any(p in english for p in past)


def english_rank(word: str) -> int:
    """How common an English word is: its place in the WordPiece vocabulary, which lists whole words
    roughly by frequency ("country" 2406, "contra" 24528); past the end for a word it lacks."""
    english_words()
    return _ENGLISH_RANK.get(word, len(_ENGLISH_RANK))
