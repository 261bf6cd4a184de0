"""Conversation.ask: the one path from a question to an answer, keeping turns for follow-ups."""

from __future__ import annotations

import difflib
import itertools
import json
import os
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date
from functools import cache
from pathlib import Path

import numpy as np

from qa.errors import ModelError, QuestionError
from qa.extract import extract
from qa.index import Index
from qa.language import (IRREGULAR_PAST, NOT_ENGLISH_NOTE, PARTICIPLES, PAST_OF, WH_WORDS, Speller, bare_verb, english_rank, english_words,
                         is_english)
from qa.question import MEASURED as AMOUNTS, classify
from qa.reader import Reader
from qa.retrieve import retrieve
from qa.schema import Answer
from qa.speakers import LABEL
from qa.text import (ORGANIZATIONS, PERSON_NOUNS, PERSON_TITLE_WORDS, PERSON_TITLES, STOPWORDS, TITLE_PARTS, TITLES, is_person_noun,
                     normalize, sentences, stem, tokenize)
from qa.values import NUMBER_RE, VALUE_KINDS, VALUE_PATTERN, value_kind

PRONOUNS = {
    "he": "person", "him": "person", "his": "person-poss", "she": "person", "her": "person-poss",
    "hers": "person-poss", "it": "thing", "its": "thing-poss", "they": "group", "them": "group",
    "their": "group-poss", "that": "thing", "this": "thing", "those": "group", "these": "group",
}
PERSONAL_PRONOUNS = {"he", "she", "they", "it", "we", "you", "i"}  # who may be somewhere
GENDER = {"he": "he", "him": "he", "his": "he", "she": "she", "her": "she", "hers": "she"}
KIN = {**{w: "she" for w in """mother grandmother wife sister daughter granddaughter aunt niece girlfriend widow mum mom
         grandma stepmother""".split()},
       **{w: "he" for w in """father grandfather husband brother son grandson uncle nephew boyfriend widower dad
          grandpa stepfather""".split()}}  # a person said by a word that is "he" or "she"
PERSON_GENDER = {"woman": "she", "man": "he", "girl": "she", "boy": "he", "businesswoman": "she", "businessman": "he",
                 "chairwoman": "she", "chairman": "he", "sportswoman": "she", "sportsman": "he"}
TITLE_GENDER = {"mr": "he", "sir": "he", "lord": "he", "mrs": "she", "ms": "she", "miss": "she", "madam": "she",
                "lady": "she", "dame": "she", "king": "he", "queen": "she", "prince": "he", "princess": "she",
                "emperor": "he", "empress": "she", "duke": "he", "duchess": "she"}
# Given names that are one sex's in English-language news almost always ("Walter Reed", "Marie Curie"), read only
# before a capitalized surname; none given to both ("Jordan", "Alex") nor a place's name ("Charlotte", "Florence")
GIVEN_NAME_GENDER = {**{w: "he" for w in """aaron abdul adam adrian ahmed alan albert alexander alfred andrew anthony
         antonio arthur barack benjamin bernard boris brian bruce carl carlos charles christopher colin daniel david dennis
         derek dmitry donald douglas edward emmanuel eric ernest francis frank fred frederick gary geoffrey george gerald
         gordon graham gregory harold harry henry howard hugh ian isaac ivan jack jacob james jason jeffrey jeremy john
         jonathan joseph juan justin keith kenneth kevin larry lawrence leonard louis luis marcus martin matthew michael
         mikhail mohammed muhammad nathan neil nicholas nigel oliver oscar patrick paul peter philip rahul ralph raymond
         richard robert roger ronald rupert samuel sergei sergey simon stanley stephen steven stuart thomas timothy tony
         victor vincent vladimir walter wayne william""".split()},
    **{w: "she" for w in """abigail agnes alice alison amanda amelia amy andrea angela anna anne annie barbara beatrice
         beth betty brenda caroline catherine christina christine claire clara deborah denise diana diane dorothy
         edith eleanor elena elizabeth ellen emily emma esther fatima fiona frances gillian hannah harriet helen
         irene isabel isabella jacqueline jane janet jennifer jessica joan josephine judith julia julie karen katherine
         kathleen laura lauren linda lisa louise lucy margaret maria marie marta martha mary michelle monica nancy natalia
         natalie nicola olga olivia pamela patricia pauline priya rachel rebecca ruth sandra sarah sharon sophia sophie
         stephanie susan tatiana teresa theresa valerie wendy yvonne""".split()}}
FOLLOW_UP_START = re.compile(r"^\s*(?:and|also|so|then|but)\b[\s,]*|^\s*(?:what|how) about\b\s*", re.IGNORECASE)
WHAT_ABOUT = re.compile(r"^\s*(?:and\s+)?(?:what|how) about\s+(.+?)\s*\??\s*$", re.IGNORECASE)
# a name may carry a number: "Lumora Nova 3 Lite", "Windows 11"
# "Otto von Bismarck", "Charles de Gaulle", "Hassan al Banna": the particles of a name are inside it
NAME_PARTICLES = {"de", "del", "della", "des", "di", "da", "dos", "du", "van", "von", "der", "den", "bin", "ibn", "al", "el", "ben",
                  "abu", "la", "le"}
ENTITY_RE = re.compile(rf"\b[A-Z][\w'’.-]*(?:\s+(?:(?:of|{'|'.join(sorted(NAME_PARTICLES))}|&)\s+)?"
                       r"(?:[A-Z][\w'’.-]*|\d[\w.-]*))*")
AUX_WORDS = {"is", "are", "was", "were", "has", "have", "had", "does", "do", "did", "will", "would", "can"}
TIME_AFTER = re.compile(r"\s+(?:(?:\w+\s+)?(?:years?|months?|weeks?|days?)\s+ago|(?:last|next|this)\s+(?:year|month|week)|in\s+\d{4})$")
DAY_OF_MONTH = re.compile(r"(?:the\s+)?\d{1,2}(?:st|nd|rd|th)", re.IGNORECASE)
CALENDAR = re.compile(r"^(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?$")
COUNTRY_OF = {"russian": "Russia", "indian": "India", "american": "the US", "chinese": "China", "ukrainian": "Ukraine",
              "british": "Britain"}  # "a Russian air defence system" names a country
NATIONALITY = set(COUNTRY_OF) | {"western", "european"}

PLACES = frozenset(  # names a follow-up may swap for a place
    """india russia china ukraine pakistan japan germany france italy spain britain england scotland
    america canada mexico brazil argentina australia iran iraq israel turkey egypt africa asia europe
    moscow beijing delhi washington london paris berlin tokyo kyiv kiev mumbai kolkata chennai
    bangalore bengaluru shanghai dubai singapore korea vietnam indonesia nigeria kenya
    saudi arabia qatar syria afghanistan bangladesh nepal sri lanka united states kingdom emirates us usa uk eu""".split()
)


ANTECEDENT_MODEL = Path(__file__).resolve().parent / "models" / "antecedents.json"
CHOICE_MODEL = Path(__file__).resolve().parent / "models" / "choice.json"
RECENT_TURNS = 6  # the turns "it" may reach back to for what the conversation spoke of
MAX_READINGS = 3  # each reading costs one read of the passages
OTHER_READING_MARGIN = 0.25  # the second reading must be answered this much more confidently
MAX_OPTIONS = MAX_READINGS + 2  # the readings, one searched again, and the question as typed
# ("how heavy", "how tall": a degree asked is one wh-phrase, which "and how heavy?" swaps for the last one's)
WH = (r"(?:what|which|whose|whom|who|when|where|why|how(?:\s+(?:much|many|long|old|often|far|big|large|tall|high|heavy|deep|wide|"
      r"fast|soon|late|early|close|small|severe|serious|bad|strong|expensive|cheap|hot|cold|common|likely|popular|important|"
      r"effective|safe|quickly|well))?)")
AUX_RE = r"(?:is|are|was|were|has|have|had|does|do|did|will|would|can|could|should|may|might)"
# the noun a relative clause follows, up to its relative pronoun: "the historian who says …" is the historian's
RELATIVE_HEAD = r"(?:(?!(?:who|whom|that|which)\b)[a-z][\w-]*\s+){0,4}?(?!(?:who|whom|that|which)\b)[a-z][\w-]*"
# "the advanced air defence system India is keen on": a noun with a clause of its own after it
NP_RELATIVE = re.compile(rf"^(?:the|a|an)\s+({RELATIVE_HEAD})\s+(?:that\s+|which\s+)?"
                         rf"([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*|(?i:{'|'.join(sorted(PLACES))}))"  # "the jet russia is pushing"
                         r"\s+(is|are|was|were|has|have|had|will|would)\s+([^?]+?)\s*\??\s*$")
# "and the gallery it was taken from?": the same with a pronoun, which is then resolved
NP_RELATIVE_PRONOUN = re.compile(rf"^(?:the|a|an)\s+({RELATIVE_HEAD})\s+(?:that\s+|which\s+)?"
                                 r"(it|he|she|they)\s+(is|are|was|were|has|have|had|will|would)\s+([^?]+?)\s*\??\s*$")
# "and the missile they develop jointly?": the same with a verb and no auxiliary
NP_RELATIVE_PRONOUN_VERB = re.compile(rf"^(?:the|a|an)\s+({RELATIVE_HEAD})\s+(?:that\s+|which\s+)?"
                                      r"(it|he|she|they)\s+([a-z][\w'’-]*)\b\s*([^?]*?)\s*\??\s*$")
# "… cautioned that the Estermont crab-shell coating might not …": a saying and the subject of what was said
REPORTED_SUBJECT = re.compile(rf"\b([a-z]+)\s+that\s+((?:the|a|an|its|their)\s+(?:[\w'’-]+\s+){{0,4}}?[\w'’-]+)\s+{AUX_RE}\b")
WARNING = {"warn", "warns", "caution", "cautions", "suggest", "suggests", "insist", "insists", "claims", "argues"}
# "the air defence system India wants": a noun, then a clause whose verb takes no auxiliary
NP_RELATIVE_VERB = re.compile(rf"^(?:the|a|an)\s+({RELATIVE_HEAD})\s+(?:that\s+|which\s+)?"
                              rf"([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*|(?i:{'|'.join(sorted(PLACES))}))"
                              r"\s+([a-z][\w'’-]*(?:s|ed))\b\s*([^?]*?)\s*\??\s*$")
# "and the cells that detect it?": the one that does something, asked for
NP_SUBJECT_RELATIVE = re.compile(rf"^(?:the|a|an)\s+({RELATIVE_HEAD})\s+(?:that|which|who)\s+"
                                 r"([a-z][\w'’-]*)\b\s*([^?]*?)\s*\??\s*$")
# A topic named first, then a question about it: "the logistics pact Russia ratified, what is it
# called?", "what about the earbuds, how much are they?", "ok what about lavrov - when is he coming?",
# "you said an outside vendor - which company was that?", "racehorses?? how much went on those"
DISLOCATED = re.compile(rf"^\s*(?:(?:ok(?:ay)?|and|so|oh|right|btw)\b[\s,]*)*(?:(?P<about>(?:what|how)\s+about)\s+"
                        rf"|(?P<said>you\s+(?:said|mentioned|told\s+me(?:\s+about)?|talked\s+about)\s+(?:that\s+)?))?"
                        rf"(?P<topic>[^,?–—]+?)\s*(?:(?P<comma>,)|\s[–—-]|(?P<qmark>\?+))\s*(?P<question>(?:{WH}|{AUX_RE})\b[^?]*\??)\s*$",
                        re.IGNORECASE)
# a vote asked of with nothing after it: "what was the vote?", "who were the two against?", "who dissented?"
VOTED = re.compile(r"\W*(?:and\s+|so\s+|ok(?:ay)?,?\s+)?(?:(?P<vote>what\s+(?:was|is)\s+the\s+(?:final\s+)?(?:vote|tally|split))"
                   r"|(?P<against>who\s+(?:(?:was|were|is|are)\s+the\s+(?:only\s+|lone\s+)?(?:one|ones|two|three|four|\d+)"
                   r"(?:\s+(?:who|that)\s+(?:voted|was|were))?|voted|was|were)\s+against)"
                   r"|(?P<dissent>who\s+(?:(?:was|were)\s+the\s+(?:one|ones)\s+(?:who|that)\s+)?(?:dissented|disagreed|objected)))"
                   r"\s*\??\s*", re.IGNORECASE)
# what is voted on or decided, with the clause that says whose: "the budget Bridgewater City Council approved for 2025-26"
DECIDED = re.compile(r"\bthe\s+(?P<head>(?:(?!(?:on|of|for|in|at|by|to|with|about|over|the)\s)[\w'’&-]+\s+){0,4}?(?:budget|contract|plan|proposal|motion|bill|measure|merger|deal|"
                     r"ruling|decision|case|law|ordinance|resolution|policy|agreement|pact|amendment|application|scheme)s?)\b"
                     r"(?:\s+(?:that\s+)?(?:the\s+)?(?:(?-i:[A-Z])[\w'’&.-]*\s+)+(?:approved|passed|adopted|awarded|signed|ratified|"
                     r"rejected|proposed|backed)(?:\s+(?:for|in|on)\s+(?:the\s+)?[\w'’-]+)?)?", re.IGNORECASE)
# a court's finding said as a clause: "… did the Supreme Court rule that Zipply couriers are employees?"
RULED = re.compile(r"\b(?:rule|ruled|rules|find|found|finds)\s+(that\s+[^?]+?)\s*\??\s*$", re.IGNORECASE)
# what is said or thought is about, on or regarding a thing, one as the other
TOPIC_OF_SAYING = {"about", "on", "regarding", "concerning"}
SAID_ABOUT = re.compile(r"\b(?:say|says|said|think|thinks|thought|feel|feels|felt|write|writes|wrote|tell|tells|told|speak|speaks|spoke|"
                        r"talk|talks|talked|comment|comments|commented|warn|warns|warned|claim|claims|claimed|argue|argues|argued|"
                        r"believe|believes|believed)\b(?:\s+[\w'’-]+){0,3}?\s+(?P<about>(?:about|on|regarding|concerning)\s+[^?]+?)"
                        r"\s*\??\s*$", re.IGNORECASE)
# "switching to tributaries - which one …?", "on the IT side - how many …?": a turn to a topic before the question
SHIFT = re.compile(rf"^\s*(?:(?:ok(?:ay)?|and|so|right|now|alright)\b[\s,]*)*(?:(?:switching|switch|moving|move|turning|turn|"
                   rf"going|getting|coming)\s+(?:back\s+|over\s+|on\s+)?to\s+(?P<to>)|on\s+|as\s+for\s+|regarding\s+)"
                   rf"(?P<topic>[^,?–—:]+?)\s*(?:(?(to)[,:]|(?!))|\s[–—-])\s*(?P<question>(?:{WH}|{AUX_RE})\b[^?]*\??)\s*$",
                   re.IGNORECASE)
ASPECTS = {"side", "front", "angle", "end", "aspect", "part", "issue", "matter", "question", "subject", "topic"}
PARTICLES = {"up", "down", "out", "off", "back", "over", "away", "more", "less", "much", "now", "again"}
REMARKS = {"really", "seriously", "wow", "ok", "okay", "oh", "hmm", "huh", "yes", "no", "yeah", "sure", "right", "wait",
           "sorry", "thanks", "cool", "great", "interesting", "what", "why", "how", "hm", "ah", "lol", "nice"}
# "prosecutors had asked for?", "the money will go to?": a statement with its last word a preposition
ECHO = re.compile(rf"^((?:[\w'’-]+\s+){{0,3}}?[\w'’-]+)\s+({AUX_RE})\s+((?:[a-z][\w'’-]*\s+){{0,3}}?[a-z][\w'’-]*\s+"
                  r"(?:for|to|about|with|on|at|from|of|by|in|into))\s*\??\s*$", re.IGNORECASE)
# the pronoun of the question that stands for the topic, and "one" after "each"/"which"
TOPIC_PRONOUN = re.compile(r"\b(?:(?P<subject>it|they|them|he|him|she)|(?P<possessive>its|their|his)|(?P<her>her)"
                           r"|(?P<demonstrative>that|this|those|these)|(?P<one>(?:each|which|every)\s+one))\b", re.IGNORECASE)
# "it" that stands for nothing: "is it true that …", "it seems", "was it possible"
# verbs whose subject acts: "it" before them is a country or body, not the thing talked about
AGENTIVE = {stem(w) for w in """buy bought purchase order sign pay paid want decide announce plan agree vote approve
reject invest sell sold import export hire ban deploy deployed acquire reserve book rent ratify ratified adopt enact
negotiate""".split()}
SPENDING = {stem(w) for w in "spend spent blow blew blown waste wasted invest squander squandered splurge launder repay owe steal stole".split()}
# what befalls a sum once taken: "which charity was it taken from?", "where was it spent?"
SPENT = SPENDING | {stem(w) for w in "taken stolen hidden moved transferred paid raised lost embezzled siphoned diverted".split()}
# an act of saying or deciding, or where it is done: what it is on, over or about is what is talked about
# ("the vote on the budget", "the KVRN panel about the flood barrier"),
# unlike "tariffs on Indian goods" or "the rate on Main Street"
SPOKEN_OF = {stem(w) for w in """vote ballot debate decision ruling verdict report talks discussion referendum consultation
hearing inquiry study survey opinion statement speech question dispute row argument panel meeting conference
briefing interview article story documentary programme program""".split()}
# what one has with or against a thing: "her problem with the budget" is about the budget
OBJECTIONS = {stem(w) for w in "problem problems issue issues concern concerns complaint complaints objection objections".split()}
# verbs that have someone or something do what follows "to" ("caused the thermostat to lose wifi")
CAUSING = {stem(w) for w in """cause caused allow allowed force forced ask asked tell told want wanted expect expected lead led
    help helped enable enabled persuade persuaded urge urged require required invite invited order ordered encourage encouraged
    prompt prompted push pushed drive drove convince convinced warn warned advise advised compel compelled""".split()}
SCHEDULED = {"scheduled", "expected", "due", "set", "going", "supposed", "about"}  # "is Putin scheduled to visit"
# "it" said to have gone up or down, or to be so high or that low: a quantity
CHANGED = re.compile(r"\s+(?:(?:up|down|higher|lower|so\s+[a-z]+|that\s+(?:high|low|big|small|much|many|large))\b"
                     r"|(?:rise|rose|risen|fall|fell|fallen|grow|grew|grown|drop|dropped|increase|increased|decrease|decreased"
                     r"|change|changed|jump|jumped|climb|climbed)\b)", re.IGNORECASE)
ESTABLISHED = re.compile(r"\b(?:established|founded|instituted|inaugurated|set\s+up|(?:first|originally)\s+held)\b", re.IGNORECASE)
READ_AS_TYPED_NOTE = "the question could not be read with the earlier turns; it was asked as typed"
# "what time did …?", "what year was …?": the asking of a time
ASKED_TIMES = {"time", "year", "day", "date", "month", "hour"}
# "how much rain did …", "how many votes has …": the follow-up names what it measures itself
OWN_MEASURE = re.compile(r"\bhow\s+(?:many|much)\s+(?!(?:is|are|was|were|do|does|did|has|have|had|will|would|can)\b)[a-z][\w-]*"
                         r"\s+(?:is|are|was|were|do|does|did|has|have|had|will|would|can)\s*$", re.IGNORECASE)
# what "they" do is done by an agent, or by someone alive ("where are they staying?": not the dates)
DOING = {stem(f) for w in """find found discover pull recall hire fire sue arrest charge stay live sleep eat arrive travel visit
    meet say tell think believe claim argue complain compete offer quote employ operate run manage propose build make produce
    serve earn spend win play score demand seek expect hope negotiate strike protest elect appoint own fund finance accuse
    deny admit confirm report estimate reckon promise start begin finish borrow lend owe repay push delay postpone cancel""".split()
         for f in (w, f"{w}ing")}  # Porter: "stay" → "stai", "staying" → "stay"
EXPLETIVE_IT = re.compile(r"\b(?:is|was|isn't|wasn't)\s+(it)\s+(?:true|possible|likely|clear|known|confirmed|certain|correct|right|"
                          r"fair|expected|reported|said|the\s+case)\b|\b(it)\s+(?:seems|seemed|appears|appeared)\b"
                          r"|\b(it)\s+(?:is|was)\s+(?:true|possible|likely|unclear|clear|known|expected|reported|said)\s+(?:that|to)\b"
                          # "how did it go down when the army reoccupied the Rhineland?": how things went then
                          r"|\b(it)\s+(?:go|goes|went|turn(?:ed)?\s+out|play(?:ed)?\s+out)\b(?=[^?]*\swhen\s)"
                          # "how long will it take them to fix it?": the time a doing takes ("how many days does it
                          # take to ripen?" is the time the thing takes: its verb ends the question)
                          r"|\b(it)\s+(?:take|takes|took|taken)\s+(?:(?:them|him|her|us|me|you|[A-Z][\w'’&-]*(?:\s+[A-Z][\w'’&-]*)*)\s+)?"
                          r"to\s+[a-z][\w'’-]*\s+[^\s?]",
                          re.IGNORECASE)
# what an event does: "how long did it last?", "when does it start?"
LASTING = {stem(w) for w in "last lasted lasts start started starts begin began begins end ended ends happen happened".split()}
# "When was that?", "Where did that happen?": when, where or why the last question's event was
REASON_ASKED = re.compile(r"\W*(?:and\s+)?(?:why|how\s+come)\b", re.IGNORECASE)  # (qa.question.classify: "how come" is manner)
EVENT = re.compile(r"^\s*(when|where|why)\s+(?:was|is|did|does)\s+(?:that|this|it)(?:\s+happen)?\s*\??\s*$", re.IGNORECASE)
# "when did she do that?", "what year did he do it": "do" standing for what the last question said was done
# what only a person has: "their surname", "his wife"
PERSONAL = re.compile(rf"\s*(?:(?:first|last|middle|maiden|given|family)\s+name|surname|nickname|birthday|parents|children"
                      rf"|{'|'.join(sorted(KIN))})\b", re.IGNORECASE)
# what was said, noticed or found, as a noun: "what did he notice?" → "his observation that …"
SAID_AS_NOUN = {"notice": "observation", "observe": "observation", "find": "finding", "discover": "discovery",
                "show": "finding", "say": "statement", "claim": "claim", "argue": "argument", "suggest": "suggestion",
                "propose": "proposal", "conclude": "conclusion", "predict": "prediction", "warn": "warning"}
# an auxiliary before the verb: "(they) have offered", "(they) will sign"
AUX_FIRST = re.compile(r"^\W*(?:(?:have|has|had|need|needs|got)\s+to"
                       r"|(?:are|is|were|was|will|would|have|has|had|'ve|’ve|could|can|should|must|might|may|do|does|did)"
                       r"(?:\s+(?:have|be))?)\s+", re.IGNORECASE)
# "how did that go down?", "why did that happen?": the last question's doing, as an event
WENT_THAT = re.compile(r"^\s*(?:and\s+)?(?:how|why|where)\s+(?:did|does|has)\s+(that|this)\s+(?:go\s+down|go\s+over|happen|turn\s+out"
                       r"|come\s+about|take\s+place|unfold|play\s+out)\b", re.IGNORECASE)
DO_THAT = re.compile(r"\b(?:did|does|do|will|would|could|can|to)\s+\S+\s+(?:\S+\s+)?(do)\s+(?:that|this|it|so)\s*\??\s*$",
                     re.IGNORECASE)
# "the time before that", "before that": the one before the time the last answer gave
EARLIER = re.compile(r"(?:(?:the\s+)?(?:time|one|visit|trip)\s+)?before\s+(?:that|this|it)(?:\s+one)?", re.IGNORECASE)
# "Why?", "When?", "For how much?", "By what vote?", "Which vendor?": a new wh-phrase for the last question
# an hour asked with the day it is on, and no verb: "by what time on that day?"
CLOCK_ASKED_ON = re.compile(r"\W*((?:(?:by|at|until|from|before)\s+)?what\s+(?:time|hour)|how\s+(?:early|late))\s+((?:on|in|at|during)\s+[^?]+?)"
                            r"\s*\??\s*", re.IGNORECASE)
# a time asked of the last question as a fragment ("and the year?") and how it is asked
TIME_FRAGMENT = re.compile(r"(?:the\s+)?(year|month|date|day)", re.IGNORECASE)
TIME_ASKED = {"year": "In what year", "month": "In what month", "date": "On what date", "day": "On what day"}
WH_PHRASE = re.compile(rf"^\s*((?:(?:roughly|approximately|exactly|about|around|precisely|mainly|mostly|largely|chiefly"
                       rf"|primarily)\s+)?"  # "roughly when?", "mainly in which part?"
                       rf"(?:(?:for|by|to|into|from|since|until|in|at|with|of|as\s+of|between|during|after|before|on|over|within|under"
                       rf"|(?:in\s+front|ahead|because|out|instead|on\s+behalf)\s+of)\s+)?"  # "in front of how many?"
                       rf"(?:how\s+(?:far|much)\s+(?:over|under|behind|ahead\s+of|above|below|beyond)\s+[a-z][\w'’-]*|"  # "how far over budget?"
                       rf"{WH}|(?:which|what|whose|how\s+many|how\s+much)\s+"
                       r"(?!(?:it|them|him|her|this|that|these|those|you|they|he|she)\b)[a-z][\w'’-]*(?<!ed)(?<!ing)"
                       r"(?:\s+(?:per|of|a|an)\s+(?:the\s+)?[a-z][\w'’-]*)?))"  # "at what price per tram", "which part of the business"
                       r"(?:\s+(?:exactly|roughly|approximately|precisely))?\s*\??\s*$", re.IGNORECASE)  # "when exactly?"
MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
# a time a follow-up may swap or add: "in 2024", "since March", "last year"
TIME = re.compile(rf"(?:\b(?:in|during|since|by|before|after|until|on)\s+)?(?:\b(?:\d{{1,2}}(?:st|nd|rd|th)?\s+)?(?:{MONTHS})(?:\s+\d{{1,2}}\b)?(?:,?\s+\d{{4}})?"
                  rf"|\b\d{{4}}(?:[-–]\d{{2,4}})?\b|\b(?:last|this|next) (?:year|month|week)\b)")
QUALIFIER = re.compile(r"^(?:in|for|to|from|with|during|after|before|on|at|by|since|under|over|without|per|about|around|near|along"
                       r"|across|inside|outside|behind|beside|between|among|against|through|throughout|within|towards?|into"
                       r"|beyond|below|above|beneath|until|via|off(?=\s+\S))\b", re.IGNORECASE)  # "and off the lib dems?"
POINTED = ("st", "dr", "mt", "ft")  # written with a point, they open a name: "St. Brigid's", typed "st brigid's"
# "and vice versa?": the last question with its two parties trading places
REVERSED = re.compile(r"(?:(?:and\s+)?(?:the\s+)?(?:other\s+way\s+a?round|reverse)|vice[\s-]+versa)", re.IGNORECASE)
# "and originally?", "and now?": a time said by one word or two, swapped for the last question's own
PRONOUN_WORD = re.compile(r"\b(?:it|he|she|they|them|him|her|that|this|there)\b", re.IGNORECASE)
THEN = re.compile(r"\b(?:(?:back|even|just)\s+then|at\s+(?:that|the)\s+time"
                  r"|(?P<day>(?<!is\s)(?<!was\s)(?:on\s+)?that\s+(?:day|date))"
                  r"|(?P<year>(?<!is\s)(?<!was\s)(?:in\s+)?that\s+year)"
                  r"|(?<!and\s)(?<!since\s)(?<!until\s)then|(?:(?<=before\s)|(?<=after\s)|(?<=since\s)|(?<=until\s))that)(?=\s*\??\s*$)"
                  # "how far behind that is it?": the time answered, then what is dated by it
                  r"|(?:(?<=behind\s)|(?<=before\s)|(?<=after\s))that(?=\s+(?:is|was|will|would)\s+(?:it|he|she|they)\b)",
                  re.IGNORECASE)
WHEN_WORDS = {"now", "today", "currently", "nowadays", "originally", "initially", "previously", "formerly", "before",
              "earlier", "then", "at first", "at present", "these days", "at the moment", "at the start", "last year",
              "this year", "next year"}
# words that place one of a series in time: whether it is still to come
TEMPORAL_ORDER = {"previous": False, "last": False, "first": False, "original": False, "earlier": False, "next": True,
                  "following": True}
# words that single out one holder of an office or one of a series: "the first chair", "the current director"
SINGLED_OUT = sorted(TEMPORAL_ORDER.keys() | {"current", "new", "former", "founding", "incoming", "outgoing", "present"})
CLOCK = r"\b\d{1,2}[:.]\d{2}\b(?:\s*[ap]\.?m\.?)?"  # "3:05", "10.30 pm": a time of day
ORIGINALLY = re.compile(r"(?:originally|initially|at\s+first|at\s+the\s+outset|to\s+begin\s+with)", re.IGNORECASE)
PRESENT = re.compile(r"\s+(?:now|today|currently|nowadays|at present|these days|at the moment)(?=\s*\??\s*$)", re.IGNORECASE)
# "how many in ashby?" after "How many people did the storm kill?": the same question, narrowed
WH_QUALIFIED = re.compile(rf"^\s*({WH})\s+((?:in|at|on|during|since|from|among|across|outside|inside)\s+"
                          r"(?:[\w'’.-]+\s+){0,3}[\w'’.-]+)\s*\??\s*$", re.IGNORECASE)
# "which summit is this?": what the pronoun is asked to be, a thing of that noun ("what generation is it?" asks
# a thing's generation)
IDENTITY = re.compile(r"^\s*(?:and\s+)?which\s+((?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)\s+(?:is|was|are|were)\s+"
                      r"(this|that|it)\s*\??\s*$", re.IGNORECASE)
# "who is the governor?", "what did the chief executive say?": an office, of no one the question names
OFFICE = re.compile(r"\bthe\s+(?:(?:current|present|new|acting|interim)\s+)?(?:governor|chairman|chairwoman|chair|president|chief\s+executive|ceo|director|spokesman"
                    r"|spokeswoman|spokesperson|leader|manager|coach|owner|founder|secretary|editor|treasurer)\b"
                    r"(?!['’]|\s+(?:of|at|for|in|on)\b)", re.IGNORECASE)
# a sum said with "the" and of nothing ("what's the price tag now?"); "the cost of …", "the tram's cost" say whose
SUM_OF_NOTHING = re.compile(r"\bthe\s+(?:(?:total|overall|final|estimated|projected|expected|new|original|current)\s+)?"
                            r"(?:price\s+tag|price|cost|bill|budget)\b"  # and no noun after it ("the budget ceiling")
                            r"(?=\s*(?:[?.!]|$|(?:now|then|today|so\s+far|altogether|overall|is|was|are|were|will|would|has|had)\b))",
                            re.IGNORECASE)
WHOLE = re.compile(r"\bthe\s+(?:whole|entire)\s+(?:thing|project|scheme|affair|business|story)\b", re.IGNORECASE)
REST = re.compile(r"^the\s+(?:rest|remainder|balance|other\s+half)$", re.IGNORECASE)  # what is left of a whole
DURING = re.compile(r"(?:during|amid|after|before|following)\s+((?:the|an?)\s+(?:\S+\s+){0,5}\S+)")  # an event answered
# "to do what?", "what for?": the purpose of what the last question asked about
PURPOSE = re.compile(r"^\s*(?:to\s+do\s+what|what\s+for|for\s+what(?:\s+(?:reason|purpose))?|to\s+what\s+end)\s*\??\s*$",
                     re.IGNORECASE)
IMPERATIVE = {"tell", "list", "name", "give", "show", "explain", "describe", "summarize", "summarise"}
# a place inside a building or a site, told by its number: "bay 4", "gate B12", "room 101"
NUMBERED_PLACE = re.compile(r"\b(bay|gate|room|platform|ward|dock|aisle|hall|floor|pier|terminal|berth|zone|wing|lane|stand)"
                            r"\s+([A-Z]?\d+[A-Za-z]?)\b", re.IGNORECASE)
COMMON_NAME = 0.25  # a name in more than this share of the passages says little of where an answer is
ACTS = {"call", "move", "vote", "raid", "crash", "flight", "sale", "merger", "arrival", "departure", "return", "visit",
        "trip", "launch", "death", "birth", "opening", "signing"}  # nouns of a thing done at a time, which "when" asks of
EVENTS_IN_ING = {"meeting", "hearing", "opening", "wedding", "ruling", "landing", "sitting", "briefing", "signing", "closing"}
DETERMINERS = {"the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "our"}
COPULA = {"is", "are", "was", "were"}
BUILDINGS = set("warehouse plant factory office offices station hospital school stadium depot mill mine port terminal "
                "museum church castle hotel cottage centre center building site yard farm prison airport garage shed".split())
# nouns of what someone puts forward, and their verbs: "the company's offer" is what it offers
PROPOSALS = {"offer": "offer", "proposal": "propose", "demand": "demand", "bid": "bid", "estimate": "estimate",
             "forecast": "forecast", "request": "request", "quote": "quote", "counteroffer": "offer", "ask": "ask for"}
# "a client of which empire?": a noun phrase with its wh-word inside, said of what the last question was about
NP_WH = re.compile(r"^\s*(?:a|an|the)\s+(?:[\w'’-]+\s+){0,3}?(?:of|for|to|from|with|in|by)\s+(?:which|what|whose)\s+[^?]+\??\s*$",
                   re.IGNORECASE)
# "… each?", "… a night?": what something costs by the unit
PRICED = re.compile(r"\s+(?:each|apiece|per\s+\w+|an?\s+(?:night|day|week|month|year|head|person|piece|room))\b", re.IGNORECASE)
# what is counted in money: "indian exports", "the trade", "sales"
SUMS = {stem(w) for w in "exports imports trade revenue revenues sales profit profits spending budget cost costs debt deficit surplus investment".split()}
# what a country or a region has, not a body in it: "inflation there" is in the country
REGIONAL = set("inflation unemployment population economy gdp growth weather temperature temperatures crime prices wages".split())
GROUPINGS = {"series", "sequence", "string", "cycle"}  # nouns for many of one kind
PARTICIPLE = rf"(?:[a-z]{{3,}}ed|{'|'.join(sorted(PARTICIPLES))})"  # a past participle, as a pattern
INVERTED_SUBJECT = re.compile(r"^\s+(?:[\w'’-]+\s+){1,4}?(?:does|do|did|is|are|was|were|has|have|had|will|would|can|could)"
                              r"\s+(?:the\s+)?[A-Z]")
PRO_FORMS = {"it", "its", "they", "them", "their", "he", "she", "him", "his", "her"}
HARM = {stem(w) for w in "toll damage casualties deaths injuries losses dead injured".split()}  # what a disaster does
DISASTERS = set("fire wildfire blaze storm hurricane cyclone typhoon tornado flood flooding earthquake quake drought".split())
ASPECTUAL = {"start", "stop", "keep", "begin", "finish", "continue", "resume", "quit", "go", "get"}  # "start carrying"
RARE_WORD = 10_000  # a word list's rank beyond which a word is rarer than "reed" and "summit": a name's, likelier
ROLES = {"post", "position", "role", "job", "office", "title", "seat"}  # "that post": an office someone holds
# doings that leave a new thing behind, which the talk then turns to ("what did the hospital open?")
MAKING = {stem(w) for w in """open build buy sign launch create produce develop order release acquire introduce unveil
    install found establish design invent discover publish write compose purchase construct make""".split()}
JOURNEYS = {stem(w) for w in "trip visit journey tour voyage".split()}  # a going somewhere, named as a thing
# what happens over a while, so that something can happen "during" it
EVENTS = JOURNEYS | DISASTERS | {stem(w) for w in """summit meeting talks war strike election campaign match game final
    season ceremony banquet conference session shift crisis pandemic epidemic plague outbreak famine occupation siege
    battle hearing trial debate festival tournament stay negotiations rally protest""".split()}
# nouns a person uses for one thing: "that race" is the election, "the deal" the agreement
SAME_THING = {w: [o for o in group if o != w] for group in (
    ("election", "race", "contest", "poll"), ("agreement", "deal", "pact", "accord", "treaty"),
    ("company", "firm", "business"), ("ruling", "judgment", "judgement", "verdict", "decision"),
    ("fire", "blaze"), ("crash", "accident", "collision"), ("match", "game", "fixture", "final"),
    ("gap", "imbalance", "deficit", "shortfall"), ("debate", "battle", "dispute", "controversy")) for w in group}
POLLS = {stem(w) for w in ("election", *SAME_THING["election"], "vote", "referendum", "ballot")}  # what people turn out for
# what comes into force or takes effect: an agreement, a law, a ban
INSTRUMENTS = {stem(w) for w in ("agreement", *SAME_THING["agreement"], "law", "act", "bill", "rule", "regulation", "ban",
                                 "tariff", "tariffs", "contract", "sanctions", "measure", "policy", "budget")}
IN_FORCE = re.compile(r"\s+(?:come|comes|came|coming)\s+into\s+(?:force|effect)|\s+(?:take|takes|took|taking)\s+effect\b"
                      r"|\s+(?:expire|expires|expired|lapse|lapses)\b", re.IGNORECASE)
MOTION = {stem(w) for w in "go went gone going travel travelled traveled move moved fly flew return returned come came send sent".split()}
SENDING = {stem(w) for w in "move moved send sent".split()}  # a motion of things, not a visit
PREDICATE_ENDS = {"worth", "like", "called", "named", "known", "made", "based", "located"}
# a fight named by where it was fought: "the Battle of the Monongahela", "the siege of Fort Necessity"
FOUGHT_AT = re.compile(r"\b(?:the\s+)?(?:[Bb]attle|[Ss]iege|[Mm]assacre|[Ss]kirmish)\s+(?:of|at)\s+(?:the\s+)?"
                       r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*")
# "it" that is built: "how much did it cost to build?", "when was it built?"
BUILT_IT = re.compile(r"\s+(?:(?:cost|take|costs|took)\s+to\s+(?:build|construct|renovate)|(?:was|were|is|being|been)\s+"
                      r"(?:built|constructed|renovated|designed))\b", re.IGNORECASE)
# a wh-phrase before its verb in the past: "which firm won …?", "which council approved …?"
WH_NOUN_DONE = re.compile(rf"\W*(?:and\s+)?(?:which|what)\s+((?:(?!(?:of|the|an?|{AUX_RE})\b)[\w-]+\s+){{0,2}}?"
                          rf"(?!(?:of|the|an?|{AUX_RE})\b)[\w-]+)\s+(?:[a-z]+ed|{'|'.join(sorted(IRREGULAR_PAST))})\b", re.IGNORECASE)
# people named by what they are together: "the group", "the crew"
CREWS = {"group", "team", "family", "crew", "party", "couple", "pair", "gang", "band", "squad", "class", "staff", "delegation"}
# a gathering people attend, where things are on a menu: "the state banquet", "the gala"
GATHERING = re.compile(r"\bthe\s+(?:[\w'’-]+\s+){0,3}?(?:banquet|dinner|lunch|luncheon|reception|gala|party|wedding|funeral|"
                       r"festival|concert)\b", re.IGNORECASE)
# what only a town is: "become capital", "was the capital"
CAPITAL = re.compile(r"\s+(?:become|became|becomes|becoming|is|was|remain|remains|remained)\s+(?:the\s+)?(?:[a-z]+\s+)?capital\b",
                     re.IGNORECASE)
# what is done to a contract or an agreement: "need it signed", "get it ratified"
SIGNED = re.compile(r"\s+(?:signed|countersigned|ratified|sealed|finalized|finalised|renewed|drafted)\b", re.IGNORECASE)
# what a firm gives for work: "their lowest quote", "its final bid"
BID = re.compile(r"\s+(?:[a-z]+\s+){0,2}?(?:quote|quotes|bid|bids|tender|tenders|estimate|estimates|offer|offers|invoice|price)\b",
                 re.IGNORECASE)
# what only a body or a place has: "how many employees does it have?", "how many jobs is it cutting?"
STAFFED = re.compile(r"\b(?:employees|staff|staffers|workers|workforce|headcount|employ|employs|employed|jobs|layoffs|hire|hires|"
                     r"hiring|hired)\b", re.IGNORECASE)
# "what had analysts expected?": a verb of expecting with nothing after it, whose object is "what"
EXPECTED = re.compile(r"\W*(?:and\s+|so\s+)?what\s+(?:had|have|has|did|do|does|were|was|are|is)\s+(?:[\w'’-]+\s+){1,3}?"
                      r"((?:expect|forecast|predict|estimat|project|anticipat)(?:ed|e|ing|s|es)?)\s*\??\s*", re.IGNORECASE)
# a wh-phrase that is the subject of its verb: "who lost", "how many had to", "which players were",
# "which river burst", "which military ruler made"
WH_SUBJECT = re.compile(r"^\s*(?:and\s+)?(?:who\s+(?!(?:do|does|did|is|are|was|were)\b)[a-z]+|(?:how\s+many(?:\s+[a-z]+)?|which\s+[a-z]+)\s+"
                        r"(?!(?:do|does|did)\b)(?:had|have|has|were|was|are|is|will|would|could|must|[a-z]+ed)"
                        rf"|which\s+[a-z]+\s+(?:{'|'.join(sorted(IRREGULAR_PAST))})"
                        rf"|which\s+[a-z]+\s+[a-z]+\s+(?:[a-z]+ed|{'|'.join(sorted(IRREGULAR_PAST))}))\b", re.IGNORECASE)


VALUE_BEFORE = r"(?:(?:until|till|by|in|for|from|since|on|at)\s+)?"


RESPONDING = {"responded": "to", "replied": "to", "reacted": "to", "objected": "to", "dissented": "from"}  # a verb and its "to"


def _doer_swapped(body: str, prev: "Turn") -> str | None:
    """"and who seconded?" after "who moved the motion on the bridge contract?" → "who seconded the motion on the
    bridge contract?": another doer of another deed, done to the same thing; "and who responded?" after "which author
    criticised the summary?" (Lindzen) → "who responded to Lindzen?". None unless the last question asked who did what."""
    m = re.fullmatch(r"\s*who\s+([a-z]+ed)\s*\??\s*", body, re.IGNORECASE)
    done = re.fullmatch(r"\W*(?:and\s+)?(?:who\s+|which\s+(?:[a-z][\w-]*\s+){1,2}?)([a-z]+ed)\s+((?:the|a|an|his|her|their|its)\s+\S.*?)"
                        r"\s*\??\s*", prev.understood, re.IGNORECASE)
    if not m or not done or m.group(1).lower() == done.group(1).lower():
        return None
    verb = m.group(1).lower()
    if verb in RESPONDING:
        said = prev.answer.text or ""
        return f"who {verb} {RESPONDING[verb]} {said}?" if said and _a_name(said) and not prev.answer.abstained else None
    return f"who {verb} {done.group(2)}?"


def _held_on(phrase: str) -> str:
    """What a role is held on, or a sum is of, for "it": "the tar" for "John Houghton's role on the tar", "the
    tram" for "the original price of the tram"; any other phrase as it is."""
    if _head(phrase).lower() in VALUE_NOUNS:  # "the new parking rate on Main Street" is no street
        return re.sub(rf"^.*?\b(?:{'|'.join(VALUE_NOUNS)})\s+of\s+", "", phrase)
    if _head(phrase).lower() not in ROLES:
        return phrase
    return re.sub(rf"^.*?\b(?:{'|'.join(ROLES)})\s+(?:on|of|at|in|with|for)\s+", "", phrase)


def _without_value_asked(reading: str, typed: str) -> str | None:
    """``reading`` without the value of the kind it asks for that its antecedent brought in: "Until what
    year does it run?" read as "… does Development Programme … until 2030 run?" answers itself, and the
    articles are asked "… does Development Programme … run?" too. The value goes where it qualifies a
    noun ("until 2030", "Bridgewater's 2025-26 budget"), not where it is the thing asked about ("how much
    of the $4.88 billion is …"), nor where it is part of a value of another kind ("4.88" of "$4.88 billion").
    None when there is no such value."""
    kind = classify(reading)[0]
    if kind not in VALUE_KINDS:
        return None
    others = [m.span() for k in VALUE_KINDS if k != kind for m in VALUE_PATTERN[k].finditer(reading)]
    found = []
    asked = VALUE_PATTERN[kind].pattern + (rf"|{CLOCK}" if kind == "date" else "")  # "the 3:05 call" is a time too
    for m in re.finditer(f"(?P<before>{VALUE_BEFORE})(?P<value>{asked})", reading, re.IGNORECASE):
        value, after = m.group("value"), reading[m.end():].split()[:1]
        inside = any(a <= m.start("value") and m.end() <= b and b - a > len(value) for a, b in others)
        qualifies = bool(m.group("before")) or bool(after) and after[0].isalpha() and after[0].islower() and after[0] not in (
            AUX_WORDS | MODALS | PREPOSITIONS | STOPWORDS)
        if re.search(r"\d", value) and value.lower() not in typed.lower() and qualifies and not inside:
            found.append(m)
    for m in reversed(found):
        reading = reading[: m.start()].rstrip() + reading[m.end():]
    return reading if found else None


def _a_name(text: str) -> bool:
    """Whether a phrase is a name (`_capitalized`) once its numbers, signs ("Carrow & Sons") and little
    words inside ("Bank of England") are set aside; not a description that opens with a proper adjective
    ("Russian oil imports")."""
    words = text.split()
    return bool(words) and _capitalized(" ".join(
        w for i, w in enumerate(words) if not (w[:1].isdigit() or _is_value(w) or 0 < i < len(words) - 1 and w in STOPWORDS)))


def _past(verb: str) -> str:
    """"reoccupied" for "reoccupy", "moved" for "move", "took" for "take": a bare verb in the past."""
    v = verb.lower()
    if v in PAST_OF:
        return PAST_OF[v]
    if re.search(r"[^aeiou]y$", v):
        return v[:-1] + "ied"
    return v + ("d" if v.endswith("e") else "ed")


STRANDED_AUX = re.compile(r"^(\W*(?:and\s+|so\s+)?(?:why|how\s+come|when|where|how)\b.*?\s)((?:could|can|did|does|do|would|will|should|"
                          r"is|was|are|were|has|have|had)n['’]t|can['’]t|won['’]t)(\s+(?:he|she|they|it|we|you))?\s*\??\s*$", re.IGNORECASE)


def _predicate_elided(question: str, last: str) -> str:
    """"how come she couldn't?" after "who couldn't do aug 14-17?" → "how come she couldn't do aug
    14-17?": a negated auxiliary that ends a question (or its subject pronoun after it: "why won't they?")
    leaves out the last question's predicate after the same auxiliary."""
    m = STRANDED_AUX.match(question)
    if not m:
        return question
    base = {"ca": "can", "wo": "will"}.get(b := re.sub(r"n?['’]t$", "", m.group(2).lower()), b)
    said = re.search(rf"\b{'wo' if base == 'will' else base}(?:n?['’]t|\s+not)?\s+(\w[^?]*?)\s*\??\s*$", last, re.IGNORECASE)
    return f"{m.group(1)}{m.group(2)}{m.group(3) or ''} {said.group(1)}?" if said else question


def _went_when_done(question: str, last: str) -> str:
    """"how did that go down in germany?" after "when did the German army reoccupy the Rhineland?" →
    "how did it go down in germany when the German army reoccupied the Rhineland?": "that" which went
    down is the last question's doing; the question as it was where that asked no doing by someone."""
    went = WENT_THAT.match(question)
    f = _frame(last) if went else None
    if not f or f[2].lower() != "did":
        return question
    done = _predicate(last)
    subject = _topic(last) if not done else None
    if subject and f[3].startswith(subject) and f[3][len(subject):].strip():
        done = f[3][len(subject):].strip()  # "the German army reoccupy the Rhineland": a verb no vocabulary has
    doer = f[3][: f[3].find(done)].strip() if done and done in f[3] else ""
    if not doer or set(doer.lower().split()) & (PRONOUNS.keys() | {"there"}):
        return question
    words = done.split()
    early = [words.pop(0) for _ in range(len(words) - 1) if words[0].lower() in TIME_ADVERBS]  # "last visited"
    then = f" when {' '.join([doer] + early + [_past(words[0])] + words[1:])}"
    return f"{question[: went.start(1)]}it{question[went.end(1):].rstrip(' ?')}{then}?"


def _do_support(verb: str, known) -> tuple[str, str] | None:
    """("did", "sign") for "signed", ("does", "supply") for "supplies": the auxiliary and bare verb
    a question needs once its subject is no longer the wh-word ("Who signed him?" → "For how much
    did Kesterfield sign him?"). ``known(word)``: whether a word is an English word."""
    v = verb.lower()
    if v in IRREGULAR_PAST:
        return "did", IRREGULAR_PAST[v]
    if v.endswith("ied") and len(v) > 4:
        return "did", v[:-3] + "y"
    if v.endswith("ed") and len(v) > 3:
        stem_, forms = v[:-2], []
        if len(stem_) >= 3 and stem_[-1] == stem_[-2] and stem_[-1] not in "lsz":
            forms.append(stem_[:-1])  # "stopped" → "stop"
        forms += [v[:-1], stem_]  # "raised" → "raise", "signed" → "sign"
        # a word no list has: English spells "-ated", "-ized", "-ured", "-ved" … of a verb ending in "e"
        # ("reformulated" → "reformulate")
        silent_e = re.search(r"(?:[^aeo]at|iz|uc|ur|[^aeiou]v|[bdgpt]l|rg|dg|[aeiou]g)$", stem_) is not None  # "besieged"
        return "did", next((f for f in forms if known(f)), v[:-1] if silent_e else stem_)
    if v.endswith("ies") and len(v) > 4:
        return "does", v[:-3] + "y"
    if v.endswith(("ches", "shes", "sses", "xes", "zes", "oes")):
        return "does", v[:-2]
    if v.endswith("s") and not v.endswith(("ss", "us", "is")) and len(v) > 3:
        return "does", v[:-1]
    return None


def _past_verb(words: list[str], first: int) -> int | None:
    """Where a wh-subject's verb in the past stands among a question's first four words, from
    ``first`` on ("Who signed …": 0; "Which club signed …": after the wh-word's noun)."""
    return next((i for i, w in enumerate(words[:4]) if i >= first and (w in IRREGULAR_PAST or re.fullmatch(r"[a-z]{2,}ed", w))),
                None)


def _predicate(question: str) -> str | None:
    """What a question says was done, its verb bare: "Which king moved the royal court to Warsaw?"
    → "move the royal court to Warsaw", "Who opened the building?" → "open the building", "When did
    Sigismund move the court?" → "move the court"; None where no such verb is found."""
    f = _frame(question)
    if f is None:
        return None
    words = f[3].split()
    if f[2].lower() in DO:  # "when did Sigismund move the court to Warsaw?": the bare verb after its subject
        verb = next((i for i, w in enumerate(words) if i and w.islower() and bare_verb(w)
                     and words[i - 1].lower() not in DETERMINERS | PREPOSITIONS), None)
        return " ".join(words[verb:]).rstrip(" ?") if verb is not None and verb + 1 < len(words) else None
    if f[2] or f[0].lower() not in ("who", "which", "what", "whose"):
        return None
    # "Who opened …": the verb comes first; "Which (Russian) king moved …": after the wh-word's noun
    verb = _past_verb(words, 0 if f[0].lower() == "who" else 1)
    support = _do_support(words[verb], english_words().__contains__) if verb is not None else None
    if support is None or verb + 1 >= len(words):
        return None
    return " ".join([support[1]] + words[verb + 1:]).rstrip(" ?")


def _frame(question: str) -> tuple[str, str, str, str] | None:
    """(wh-word, its noun, auxiliary, rest) of a wh-question: "What tariffs did the US impose?"
    → ("What", "tariffs", "did", "the US impose"); the auxiliary is "" when the wh-word is the
    subject ("What drives trade?")."""
    question = re.sub(r"^\s*(?:until|since|by|in|on|at|for|from|to|with|over|during|within)\s+(?=(?:what|which|whom|how)\b)", "", question,
                      flags=re.IGNORECASE)  # "Until what year does it run?"
    # "according to Voss, what time did the alarm go off?": whose account, then the question
    question = re.sub(rf"^\s*according\s+to\s+(?:[\w'’.-]+,?\s+){{1,4}}?(?={WH}\b)", "", question, flags=re.IGNORECASE)
    m = re.match(rf"^\s*how\s+come\s+((?:(?!(?:{AUX_RE})\s)[\w'’-]+\s+){{1,6}}?)({AUX_RE})\s+(.+?)\s*\??\s*$", question, re.IGNORECASE)
    if m:  # "how come the sixty-five days is a big deal": why, in a statement's order
        return "why", "", m.group(2), f"{m.group(1).strip()} {m.group(3)}"
    m = re.match(rf"^\s*({WH})((?:\s+[\w'’-]+){{0,5}}?)\s+({AUX_RE})\s+(.+?)\s*\??\s*$", question, re.IGNORECASE)
    done = (m.group(2).split() or [""])[0].lower() if m else ""
    if m and m.group(1).lower() == "who" and (done in IRREGULAR_PAST or done.endswith("ed") and _do_support(
            done, english_words().__contains__)):
        m = None  # "who showed there are infinitely many primes": "who" is the subject of "showed"
    if m and re.search(r"\s(?:that|whether)\s", m.group(2) + " "):
        m = None  # "which court ruled that couriers are employees": the auxiliary is the clause's, the wh-phrase the subject
    if m and m.group(2).strip().lower() not in AUX_WORDS:
        return m.group(1), m.group(2).strip(), m.group(3), m.group(4)
    m = re.match(rf"^\s*({WH})\s+(.+?)\s*\??\s*$", question, re.IGNORECASE)
    return (m.group(1), "", "", m.group(2)) if m else None


DO = {"do", "does", "did"}
# "work on it", "construction of it", "repairs to it": what is built or mended, never the firm doing it
WORKED_ON = re.compile(r"\b(?:work|works|construction|building|repairs?|renovation|upgrade)\s+(?:on|of|to)\s*$", re.IGNORECASE)
# "India-Russia", "US-China": two names joined, each one side
PAIRED = re.compile(r"\b([A-Z][a-z]+|[A-Z]{2,})[-–]([A-Z][a-z]+|[A-Z]{2,})\b")
AGREEMENT = {"is": "are", "are": "is", "was": "were", "were": "was", "has": "have", "have": "has"}  # the verb of the other number
PREPOSITIONS = {"of", "in", "on", "at", "to", "for", "from", "with", "by", "about", "between", "during", "into",
                "over", "under", "against", "after", "before", "since", "until", "ahead", "across", "along", "through",
                "throughout", "within", "near", "among", "toward", "towards", "upon", "behind", "beyond", "beside", "vs", "versus"}


# words in "-ly" that say no manner: "when is early voting", "is it likely"
LY_ADJECTIVES = {"early", "hourly", "daily", "weekly", "monthly", "quarterly", "yearly", "likely", "elderly"}
DEGREE = {"many", "much", "long", "far", "big", "high", "low", "bad", "good", "late", "early", "often", "old", "large"}  # "that many"
ADVERBS = {"", "now", "today", "still", "again", "first", "next", "later", "soon", "so", "then", "there", "here", "instead",
           "too", "also", "yet", "eventually", "finally", "originally", "initially", "anyway", "anyhow", "actually", "really"}
COMPARATIVES = {"later", "earlier", "longer", "more", "less", "fewer", "higher", "lower", "bigger", "smaller", "faster"}
PLACE_NOUNS = {"neighborhood", "neighbourhood", "city", "town", "village", "country", "state", "region", "district",
               "area", "county", "province", "site", "location", "suburb", "island", "port", "headquarters", "venue",
               "capital", "hometown", "birthplace", "destination"}
# words that stand before a noun and never end a noun phrase: "brentwater's new operating budget", "the new heart centre"
SEQUENCE = set("previous first second third last next former earlier later original".split())  # which of several
ATTRIBUTIVE = set("new old first last main current proposed planned annual total latest next major final original former".split())
SEASONS = set("summer winter spring autumn weekend morning evening afternoon night season decade century".split())
TIME_NOUNS = "|".join(sorted(SEASONS | {"time", "year", "month", "week", "day"}))  # "this time" names no answer
LANDFORMS = set("valley river lake mountain ridge hill hills park street road bay coast island sea ocean creek forest".split())
KINDS = {"kind", "kinds", "type", "types", "sort", "sorts", "form", "class", "variety", "brand", "model"}
# "which way did he say the mistakes leaned?", "to what extent …": a manner or a measure asked for, no thing "it" can be
MANNERS = {"way", "ways", "direction", "manner", "extent", "degree", "sense", "respect", "means"}
TIME_ADVERBS = {"last", "first", "ever", "never", "already", "recently", "still", "again"}  # "was Putin last in India"
FREQUENCY = {"always", "almost", "often", "sometimes", "seldom"}  # "has the largest known prime almost always been"
REPORTING = {"say", "said", "says", "tell", "told", "think", "believe", "claim", "argue", "expect", "warn", "predict"}
THINKING = {"reckon", "estimate", "suppose", "fear", "hope", "feel", "guess", "allege", "insist", "want"}
SAYING = REPORTING | {"mention", "mentioned", "write", "wrote"}  # "what did he write about …?" "when did he write it?"
MODALS = {"will", "would", "can", "could", "should", "may", "might", "must", "shall"}
# "did Voltaire call", "does Lavrov say": the one a question says said or called something
SAYER = re.compile(rf"\b(?:did|does|do|will|would|has|had)\s+([A-Z][\w'’-]+)\s+(?:{'|'.join(sorted(SAYING | {'call', 'describe'}))})\b")
# a person's trade as people say it for short: "that tech" is the technician just named
CLIPPED = {"tech": "technician", "rep": "representative", "exec": "executive", "doc": "doctor", "prof": "professor",
           "vet": "veterinarian", "mgr": "manager", "cop": "policeman"}
# "and the other two?", "the others": the rest of those the last answer was one of
OTHERS = re.compile(r"the\s+other\s+(two|three|four|five|one)|the\s+others", re.IGNORECASE)


def _verb_after(rest: str) -> str:
    """The stem of the first word after a pronoun that is not an adverb: "did they (ever) find …" → "find"."""
    words = [x for x in re.findall(r"[a-z]+", rest.lower())[:3] if x not in TIME_ADVERBS | ADVERBS | {"just"}]
    return stem(words[0]) if words else ""


def _verb_later(words: list[str]) -> bool:
    """Whether a bare verb comes among these words, not as a noun after a determiner, a
    preposition or a name after a determiner ("the Porthmere trip", "on oil")."""
    def noun(i: int) -> bool:  # "the trip", "for trips", "the Porthmere trip"
        before = [w.lower() for w in words[max(0, i - 2):i]]
        return bool(before) and (before[-1] in DETERMINERS | PREPOSITIONS
                                 or words[i - 1][:1].isupper() and len(before) == 2 and before[0] in DETERMINERS)
    return any(i and w.islower() and bare_verb(w.rstrip("?,")) and not noun(i) for i, w in enumerate(words))


def _object_begins(verbs: list[str], word: str) -> bool:
    """After a progressive verb, whether ``word`` opens its object: "what is driving bilateral trade?"
    (the trade); "who is going to run …", "who was acting chair …" are verbs still."""
    return (verbs[0].endswith("ing") and verbs[-1] != "to" and not re.search(r"(?:ing|ed|ly)$", word)
            and word not in PARTICIPLES | PARTICLES | PREPOSITIONS | TITLES)


# the two ends or sides of a doing: one asked after the other asks the same of it ("when does it start?" "and finish?")
OTHER_ENDS = [({"start", "begin", "open", "launch"}, {"finish", "end", "close", "stop", "complete", "conclude"}),
              ({"arrive", "come", "enter", "join", "land"}, {"leave", "depart", "go", "exit", "quit"}),
              ({"buy", "import", "borrow", "hire", "win", "rise", "collect"}, {"sell", "export", "lend", "fire", "lose", "fall", "return"})]


def _other_end(verb: str, other: str) -> bool:
    """Whether two bare verbs are the two ends or sides of one doing: start and finish, buy and sell."""
    return any(verb in a and other in b or verb in b and other in a for a, b in OTHER_ENDS)


def _of(fragment: str, topic: str) -> str:
    """"net income of Corvane": a fragment asked of the topic; of "Corvane Systems' revenue", whose
    the revenue is owns the fragment too ("Corvane Systems' net income")."""
    if re.search(r"\bother\b", fragment, re.IGNORECASE) and topic[:1].isupper():
        return fragment  # "the other two bids" after "how much did Corvane Builders bid?": others', not Corvane's
    # ("Corvane Systems' revenue in the second quarter": whose, what, and when, which stays)
    whose = re.match(r"^((?:[A-Z][\w-]*\s+){0,3}[A-Z][\w-]*['’]s?)\s+([a-z][\w-]*(?:\s+[a-z][\w-]*)?)"
                     r"(\s+(?:in|for|during|over|since)\s+\S.*)?$", topic)
    if whose and not re.match(r"(?:the|a|an)\s", fragment, re.IGNORECASE):
        owned = whose.group(2).split()[-1]
        # "hardware" of "Corvane Systems' revenue": a kind of the revenue ("net income" is a sum of its own)
        kind = (re.fullmatch(r"[a-z]{3,}", fragment) and stem(fragment) not in AMOUNTS and stem(owned) in AMOUNTS
                and fragment not in STOPWORDS)
        return f"{whose.group(1)} {fragment}{' ' + owned if kind else ''}{whose.group(3) or ''}"
    someone = re.fullmatch(r"(?:the|an?)\s+([a-z][\w-]*)\s+of\s+(\S.*)", topic)
    if someone and is_person_noun(someone.group(1)) and not is_person_noun(_head(fragment).lower()):
        topic = someone.group(2)  # "beds" after "who was the architect of the building?": the building's, no architect's
    words = fragment.split()
    if (re.fullmatch(r"[a-z][\w-]*(?:\s+[a-z][\w-]*){1,2}", fragment) and not set(words) & (STOPWORDS | PREPOSITIONS | TIME_ADVERBS)
            and not any(w.endswith("ed") or w in PARTICIPLES or w in SEASONS for w in words)):
        fragment = f"the {fragment}"  # "start date?": the start date of the contract ("containment", "acres burned": bare)
    return f"{fragment} of {topic}"


def _office_singled_out(fragment: str) -> bool:
    """"the very first chair", "the current director": one holder of an office, singled out by when."""
    return bool(re.fullmatch(rf"the\s+(?:very\s+)?(?:{'|'.join(SINGLED_OUT)})\s+(?:[a-z][\w-]*\s+)?[a-z][\w-]*", fragment,
                             re.IGNORECASE)) and (is_person_noun(_head(fragment).lower()) or _head(fragment).lower() in TITLES)


def _bygone(phrase: str) -> bool:
    """"his previous visit", "the very first summit", "the inaugural meeting": over, asked of in the past."""
    return bool(re.search(r"\b(?:previous|former|earlier|prior|inaugural|very\s+first|first[\s-]ever)\b", phrase, re.IGNORECASE))


def _participle_by(words: list[str], i: int) -> bool:
    """Whether ``words[i]`` is a participle its doer follows ("created by the merger"): what it says
    describes the noun before it."""
    return 0 <= i and i + 1 < len(words) and words[i].endswith("ed") and words[i + 1] == "by"


def _to_come(phrase: str) -> bool:
    """"Lavrov's upcoming trip", "the next summit": still to come, asked of in the present."""
    return bool(re.search(r"\b(?:upcoming|next|coming|forthcoming|planned)\b", phrase, re.IGNORECASE))


# nouns of events that no ending shows, and prizes, which are given at a time as an event happens
EVENT_NOUNS = {"death", "birth", "coup", "war", "nobel", "prize", "award", "medal", "trophy", "knighthood", "oscar", "honour", "honor"}


def _wh_of_event(phrase: str, f: tuple[str, str, str, str] | None) -> str | None:
    """"When" or "where" of the last question kept for an event ("the move itself", "his last
    visit"); not for "the roadmap", which happens at no time."""
    head = _head(re.sub(r"\s+itself$", "", phrase)).lower()
    # ("and his nobel?" after "what year did Koch prove …?": the year of the prize)
    event = bare_verb(head) or head.endswith(("tion", "ment", "ing", "val")) or head in EVENT_NOUNS
    if f and f[0].lower() in ("what", "which") and f[1].lower() in ASKED_TIMES and event:
        return f"{f[0].capitalize()} {f[1].lower()}"  # "what about his death?" after "what year did he seize power?"
    return f[0].capitalize() if f and (f[0].lower() == "where" or f[0].lower() == "when" and event) else None


def _object_named(verbs: list[str], words: list[str], known) -> bool:
    """After a verb that needs no auxiliary ("drove", "drives"), whether ``words`` open its object, a
    noun phrase the articles use ("bilateral trade …", "trade between …"); "went bust on …", "paid
    for …" go on to their object, which may open after the preposition ("experimented with scorpion
    venom back in …"). ``known(phrase)``: whether the articles use a phrase."""
    after_preposition = verbs[-1].lower() in PARTICLES | PREPOSITIONS
    verbs = [v for v in verbs if v.lower() not in PARTICLES | PREPOSITIONS] or verbs
    last, nxt = verbs[-1].lower(), (words[1].lower() if len(words) > 1 else "")
    two = nxt.isalpha() and nxt not in PREPOSITIONS
    if after_preposition and (not two or nxt in ("and", "or")):
        return False  # after a preposition, a word alone ("went on strike at …") or a list ("with vaccination and …")
    if words[0].lower().endswith("ing") and nxt in DETERMINERS:
        return False  # "pays for housing the secretariat": a verb in -ing, and its own object after it
    finite = (last in IRREGULAR_PAST or re.fullmatch(r"[a-z]{3,}ed", last) is not None
              or len(verbs) == 1 and re.fullmatch(r"[a-z]{3,}e?s", last) is not None and (bare_verb(last[:-1]) or bare_verb(last[:-2])))
    return (finite and words[0].lower() not in PARTICLES | PREPOSITIONS | set(WH_WORDS)  # "set up what became …": a clause
            and known(f"{words[0]} {nxt}" if two else f"the {words[0]}"))


def _vowel_before_ending(word: str) -> bool:
    """"stolen", "visiting": a verb's ending after a stem; "thing", "spring" end in "ing" with none."""
    return bool(re.search(r"[aeiouy]", re.sub(r"(?:ing|ed|ly)$", "", word.lower())))


def _given_name_gender(name: str) -> str | None:
    """"he" for "Walter Reed", "she" for "Marie Curie": a given name before a capitalized surname, when
    neither the articles nor the user say which."""
    words = _strip_titles(name).split()
    if not 2 <= len(words) <= 4 or not all(w[:1].isupper() for w in words):
        return None
    if words[-1].lower().strip(".,") in PLACES | NON_PERSON or stem(words[-1].lower()) in ORGANIZATIONS:
        return None  # "Victoria Station", "Walter Reed Hospital"
    return GIVEN_NAME_GENDER.get(words[0].lower())


def _topic(question: str, known=None) -> str | None:
    """What a question asks about: "trade between India and Russia" in "How much is trade between
    India and Russia worth?", "the labour mobility pact" in "What would the labour mobility pact
    regulate?".

    ``known(phrase)``: whether the articles use a phrase; the longest opening of the subject they
    use is the topic ("bilateral trade between India and Russia", not "… reach in 2024-25").
    """
    f = _frame(question)
    if f is None:
        return None
    wh, noun, aux, rest = f
    words = rest.split()
    if (len(words) > 1 and words[0].islower() and words[0].endswith("ly") and words[0][:-2] in english_words()
            and words[0] not in LY_ADJECTIVES and (words[1].endswith(("ing", "ed")) or words[1] in PARTICIPLES)):
        words = words[1:]  # "what is mostly driving trade?": how it is done, then the verb
    aux_spent = False  # whether the auxiliary's verb came before the words left ("will host" the banquet)
    subject_wh = wh.lower() in ("who", "what", "which") and not noun and (
        aux.lower() not in DO | COPULA or bool(words) and len(words[0]) > 4 and words[0].endswith("ing"))  # "who is hosting"
    if not aux or (subject_wh and words and words[0].islower() and words[0].lower() not in DETERMINERS):
        # the wh-word is the subject and a verb comes first ("Who will host the banquet?"): what follows it
        verbs, words, aux_spent = words[:1], words[1:], True
        while words and words[0].islower() and words[0].lower() not in DETERMINERS and not (
                aux and _object_begins(verbs, words[0])):
            if not aux and known and _object_named(verbs, words, known):
                break  # "What drove bilateral trade …?": without an auxiliary, one verb, then its object
            verbs, words = verbs + words[:1], words[1:]
        if any(stem(v.lower()) in CAUSING for v in verbs):  # "what caused Graham's thermostat to lose wifi": the thermostat
            cut = next((i for i, w in enumerate(words[1:-1], 1) if w.lower() == "to" and bare_verb(words[i + 1].rstrip("?"))), None)
            words = words[:cut] if cut else words
    said = next((i for i, w in enumerate(words[1:-1], 1) if w.lower() in REPORTING  # not "say about it"
                 and words[i + 1].lower() not in AUX_WORDS | MODALS | set(PRONOUNS) | PREPOSITIONS), None)
    if said is not None and aux.lower() not in COPULA:
        # "did Amara Nwosu say the museum closed": what was said is about the museum
        sayer, words = words[:said], words[said + 1:]
        words = words[1:] if words[0].lower() == "that" and len(words) > 1 else words
        doing = words[0].islower() and re.fullmatch(r"[a-z]+s", words[0]) and bare_verb(words[0][:-1])
        if words[0].islower() and (_done(words[0]) or doing or words[0].lower() in AUX_WORDS | MODALS):
            # "which contractor did she say went bust?": what is asked for is the clause's subject; "what does the
            # clonal selection theory say triggers …?": the theory is what is asked about
            return " ".join(sayer) if sayer[0].lower() in ("the", "a", "an") and len(sayer) > 1 else None
        aux, known = "said", None  # a clause of its own: its verb, not the articles' phrases, ends its subject
    # "how much does that part cost?": "that" before a noun and its verb is no pronoun ("what does this mean for …?" is)
    demonstrative = (aux.lower() in DO | MODALS and len(words) > 2 and words[0].lower() in ("that", "this", "these", "those")
                     and words[1].isalpha() and words[1].islower() and words[1] not in STOPWORDS
                     and words[2].lower() not in STOPWORDS | PREPOSITIONS and bare_verb(words[2]))
    if demonstrative:
        return " ".join(words[:2])  # the noun, then its verb
    if words and (words[0].lower() in PRONOUNS or words[0].lower() == "to"):
        return None  # "did he argue …": the topic is whoever "he" is; "How many had to leave …?": no subject named
    if (noun and aux.lower() in COPULA and len(words) > 1 and words[0].islower() and words[0] not in DETERMINERS | PRONOUNS.keys()
            and words[1].lower() in PREPOSITIONS):
        return None  # "which marker is low on cells …?", "which city is home to …?": said of the one asked for
    if words and words[0].lower() == "there" and aux.lower() in COPULA:
        return None  # "how much trade is there between India and Russia?": what is asked for is the subject
    if (noun and aux.lower() in COPULA and len(words) > 2 and words[0].lower() in ("under", "in", "on", "at", "inside", "within")
            and words[1].lower() in ("a", "an", "the")):
        # "how many counties are under a state of emergency?": the counties asked for are where the state is; what
        # the question is about is the state, the one spoken of now
        words = ["the"] + words[2:]
    if noun and aux.lower() in MODALS and words and words[0].islower() and words[0] not in DETERMINERS and bare_verb(words[0]):
        return None  # "how many staff will lose their jobs?": the staff counted are the subject
    if aux.lower() in COPULA and words and (words[0] in PARTICIPLES or words[0].endswith("ed")) and (
            noun or wh.lower() in ("who", "what", "which")):
        return None  # "What impurity was found in Velotrin?", "Who is expected to visit?": a passive of what is asked for
    if words and (aux.lower() in ("has", "have", "had") and words[0].lower() == "been"
                  or aux.lower() in COPULA and words[0].lower() == "being"):  # "how many bottles are being recalled"
        return None  # "Which jet has been offered to India?": the subject is the jet asked for
    if len(words) > 2 and words[0].lower() in {"most", "some", "all", "many", "much", "part", "half"} and words[1].lower() == "of":
        words = words[2:]  # "did most of the deaths happen": the deaths
    if len(words) > 2 and words[0].lower() in {"wrong", "special", "different", "unusual", "new"} and words[1].lower() in ("with", "about"):
        words = words[2:]  # "what is wrong with the drug": the drug
    phrase: list[str] = []
    bare_verb_next = aux.lower() in DO | MODALS and not aux_spent
    for i, w in enumerate(words):
        if phrase and (w.lower().rstrip("?,") in {"nowadays", "today", "currently", "now", "anymore"}
                       or w.lower() == "these" and words[i + 1: i + 2] and words[i + 1].lower().rstrip("?,") == "days"):
            break  # "who heads the IPCC these days": a time, said of the question, not of the IPCC
        if phrase and w.lower() in ("from", "to") and re.fullmatch(r"how\s*(?:far|close|near)", f"{wh}{noun}".strip(), re.IGNORECASE):
            break  # "how far is Warsaw from the Baltic Sea": the distance is Warsaw's, to the sea
        if phrase and re.search(r"n['’]t$|['’](?:ll|d|ve|re)$", w.lower()):
            break  # "say Marden Reliquary can't be sold": a contracted auxiliary ends the subject
        if phrase and w.lower() in ("than", "so", "too", "very", "worth", "just", "since", "until"):
            # "is the tram than planned", "was trade so high": a comparison or degree ends the subject; "leading the
            # IPCC just before 2015", "chaired the IPCC since October 8, 2015": so does a word of when
            break
        if (phrase and w.lower() in ("against", "behind") and aux.lower() in COPULA and wh.lower() in ("why", "how")
                and all(p[:1].isupper() for p in phrase)):
            break  # "why was Becker against the budget": where a person stands, not part of the subject
        if bare_verb_next and phrase and w.lower() in REPORTING and not all(p.lower() in DETERMINERS for p in phrase):
            break  # "did the court say about it": a verb of saying ends the subject
        if phrase and w.lower() in PARTICLES | COMPARATIVES and phrase[-1].lower() not in DETERMINERS | PREPOSITIONS:
            break  # "was the turnout up on last time", "is the budget higher": said of the subject, not part of it
        if phrase and w.lower() in ("i", "you", "we", "they", "he", "she"):
            break  # "were the two no votes you mentioned": a clause of its own, "that" left out
        if phrase and w.lower() in ("that", "who", "whom", "which", "where", "whose") and phrase[-1].lower() not in PREPOSITIONS:
            break  # "the COO that talked about …", "the election in Harwick where …": a relative clause
        infinitive = len(phrase) >= 3 and phrase[-2].lower() == "to" and bare_verb(phrase[-1])  # "the contract to fix the roof"
        if (phrase and w.lower() in ("the", "a", "an") and phrase[-1].lower() not in PREPOSITIONS | {"and", "or"}
                and not all(p.lower() in DETERMINERS for p in phrase) and not infinitive):
            break  # "is the budget the council approved": so is "the council approved"
        # an -ing word that names, not does: "the March flooding in …", "brentwater's new operating budget"
        gerund = bool(phrase) and w.endswith("ing") and (
            phrase[0].lower() in DETERMINERS and phrase[-1][:1].isupper()
            and (i + 1 == len(words) or words[i + 1].lower() in PREPOSITIONS or bare_verb_next and i + 2 == len(words))
            or phrase[-1].lower() in ATTRIBUTIVE or phrase[-1].endswith(("'s", "’s"))
            or "-" in phrase[-1] and phrase[-1].islower() and phrase[-1][-1].isalpha())  # "the crab-shell coating"
        gerund = gerund or bool(phrase) and all(p.lower() in DETERMINERS for p in phrase) and w.endswith(("ing", "ed"))  # "the deciding vote"
        gerund = gerund or bool(phrase) and phrase[-1].lower() in DETERMINERS and w.endswith("ing")  # "the architect of the building"
        # "the earliest known reference", "the most widely used drug": a participle after a superlative describes the noun
        gerund = gerund or bool(phrase) and len(phrase) >= 2 and phrase[0].lower() in DETERMINERS and (
            re.fullmatch(r"[a-z]{3,}est|most|least|best|worst|first|only|widely|commonly", phrase[-1]) is not None) and (
            i + 1 < len(words) and words[i + 1][:1].islower() and words[i + 1].lower().rstrip("?") not in PREPOSITIONS | DETERMINERS)
        # "will the airline created by the merger have": a participle and its "by" before the verb the auxiliary waits
        # for describe the subject
        described = (bare_verb_next and bool(phrase) and _participle_by(words, i)
                     and bare_verb(words[-1].rstrip("?")) and not all(p.lower() in DETERMINERS for p in phrase))
        if phrase and w.islower() and not gerund and not described and (len(w) > 4 and w.endswith(("ing", "ed", "ly")) and _vowel_before_ending(w) or w in PARTICIPLES
                                       or w in AUX_WORDS | MODALS | {"get", "gets", "got", "be", "been"}
                                       or w in TIME_ADVERBS | FREQUENCY and not all(p.lower() in DETERMINERS for p in phrase)):
            break  # "is Putin visiting India", "was trade largely driven by", "the rate will": the verb ends the subject
        after = words[i + 1].lower() if i + 1 < len(words) else ""
        if (bare_verb_next and w.islower() and not all(p.lower() in DETERMINERS for p in phrase)
                and not _participle_by(phrase + [w], len(phrase) - 1)  # "the airline created by the merger"
                and (after in DETERMINERS and not (w == "of" and not bare_verb(phrase[-1]))
                     or bare_verb(w) and (after.endswith("ing") or after.rstrip("?") in ADVERBS | {"to"}))):
            # "did India ratify the pact", "will the tram start carrying", "did the council decide to": the verb ends
            # it ("does construction of the barrier start": "of" after a noun does not)
            break
        if (bare_verb_next and w.islower() and phrase and not all(p.lower() in DETERMINERS for p in phrase) and bare_verb(w)
                and after[:1].islower() and after.rstrip("?") not in PREPOSITIONS and not bare_verb(after.rstrip("?"))
                and not (i + 2 < len(words) and bare_verb(words[-1].rstrip("?")))):
            # "did the River Tamsin survey find signs": a verb and its object ("survey find" is no object); "does the
            # Dunmere flood barrier start": the verb is the last word, "flood" a noun before one
            break
        if (bare_verb_next and w.islower() and phrase and not all(p.lower() in DETERMINERS for p in phrase)
                and bare_verb(w) and after in PREPOSITIONS and i + 2 >= len(words)):
            break  # "does the 1,500 number come from": a verb and its preposition end the question
        if bare_verb_next and w.islower() and phrase and phrase[-1][:1].isupper() and bare_verb(w) and after in PREPOSITIONS - {"of"}:
            break  # "did the Supreme Court rule about …": after a name, a verb and its preposition
        if (bare_verb_next and w.islower() and phrase and not all(p.lower() in DETERMINERS for p in phrase) and bare_verb(w)
                and after in PREPOSITIONS - {"of"} and not _verb_later(words[i + 1:])):
            break  # "did the group settle on for the trip": the only verb the auxiliary can wait for ("the price cap on oil affect")
        phrase.append(w)
    if len(phrase) < len(words) and len(phrase) >= 3:
        # "the logistics pact russia ratified": the name before a clause's verb is its subject, not the noun's
        phrase = _before_clause(" ".join(phrase + [words[len(phrase)]])).split()[: len(phrase)]
    tail = next((n for n in (2, 1) if len(phrase) > n + 1 and all(w.isalpha() and w.islower() for w in phrase[-n:])), 0)
    name = phrase[1:-tail] if tail else []
    if (known and name and phrase[0].lower() == "the" and name[0][:1].isupper() and name[-1][:1].isupper()
            and all(w[:1].isupper() or w in ("of", "the", "and") for w in name) and known(f"the {phrase[-1]}")):
        # "the River Tamsin survey", "the Port of Velmora dock strike": the articles' "the survey", "the strike",
        # named by what it is of
        return " ".join(phrase)
    # "Which company won the Fennick gym roof contract?": the object after a wh-subject's verb, a noun phrase with no
    # preposition, is as the user typed it, whatever the articles call it ("gymnasium")
    whole = not aux and wh.lower() in ("who", "which", "what") and not {w.lower() for w in phrase} & PREPOSITIONS
    if known and aux.lower() not in COPULA and not whole:  # the longest opening of the subject the articles use
        for n in range(len(phrase), 0, -1):
            cand = phrase[:n]
            if cand[-1].lower() in PREPOSITIONS | DETERMINERS | ATTRIBUTIVE or cand[-1].lower() in AUX_WORDS:
                continue
            if all(w.lower() in DETERMINERS for w in cand[:-1]) and cand[-1].endswith(("ed", "ing")) and n < len(phrase):
                continue  # "the merged": a word that describes the noun after it
            if n >= 2 and cand[-2].lower() in ("most", "more", "least", "less", "very", "so", "too"):
                continue  # "the most important": a degree, then an adjective that waits for its noun
            if cand[-1].endswith(("'s", "’s", ".")) and n < len(words):
                continue  # "Harwick's" is whose, not what; "St." is the start of a name
            if n < len(phrase) and cand[-1].lower() in POINTED + ("mr", "mrs", "ms"):
                continue  # "st brigid's new heart centre": "St." typed without its point starts a name too
            if n < len(phrase) and n >= 2 and cand[-2].lower() in DETERMINERS and cand[-1][:1].isupper() and (
                    phrase[n][:1].isupper() or phrase[n].islower() and phrase[n] not in PREPOSITIONS | {"and", "or"}):
                # "the Estermont University study": a name is not cut inside ("the Estermont"), nor cut from the
                # noun it names ("the Harwick mayor")
                continue
            if n < len(phrase) and "-" in cand[-1] and cand[-1].islower() and phrase[n].isalpha() and phrase[n].islower():
                continue  # "the crab-shell coating": a hyphened word before a noun describes it
            if (not aux and n < len(phrase) and cand[-1].isalpha() and cand[-1].islower() and phrase[n].isalpha()
                    and phrase[n].islower() and phrase[n] not in PREPOSITIONS | STOPWORDS | AUX_WORDS | PARTICIPLES
                    and not phrase[n].endswith(("ed", "ing"))):
                continue  # "Who wrote the majority opinion …?": the object after the verb is not cut inside a compound
            if any(_participle_by(phrase, n + k - 1) for k in (0, 1)):
                continue  # "the airline created by the merger": which airline, not any
            if all(w.lower() in DETERMINERS for w in cand):
                break
            if known(" ".join(cand)):
                return " ".join(cand).strip(" ,;:")
    if (aux and not aux_spent and aux.lower() not in COPULA and len(phrase) >= 2 and len(phrase) == len(words)
            and phrase[-1].islower()):
        phrase = phrase[:-1]  # "did Russia ratify": the last word is the verb
    while len(phrase) >= 2 and phrase[-1].lower() in PREDICATE_ENDS | PREPOSITIONS | {"not", "never", "and", "or", "but"}:
        phrase = phrase[:-1]  # "is trade worth", "is the pact for"; "tell patients not to do": the patients; "developed
        # vaccination and proposed …": vaccination
    if all(w.lower() in DETERMINERS for w in phrase):
        return None
    text = " ".join(phrase).strip(" ,;:")
    # "the value of bilateral trade": a measure of the thing talked about, which is the trade; "the name of
    # the reliquary": the reliquary
    text = re.sub(r"^(?:the\s+)?(?:value|amount|number|figure|sum|size|cost|price|level|rate|share|total|volume|worth|name)\s+of\s+(?=\S)"
                  r"|^(?-i:[a-z][\w-]*)\s+of\s+(?=the\s|(?-i:[A-Z]))", "", text,
                  flags=re.IGNORECASE)  # "containment of the fire", "containment of Cedar Gap Fire": the fire
    text = STANDING_TO.sub("", text)  # "who is in charge of the tram project?": the project is what it is about
    when = TIME.search(text)
    if when and when.start() > 0 and when.end() == len(text) and text[: when.start()].strip().lower() not in DETERMINERS:
        text = text[: when.start()].strip()  # "inflation in May": the topic is inflation, May is when
        # ("Brentwater's operating budget for 2026-27": the budget, its "for" gone with the year)
        text = re.sub(r"\s+(?:for|in|of|on|at|during|from|since|by)$", "", text, flags=re.IGNORECASE)
    return text or None


# how one stands to a thing, said before it: "in charge of the project", "responsible for the works"
STANDING_TO = re.compile(r"^(?:in\s+(?:charge|command|favou?r|support)\s+of|at\s+the\s+(?:head|helm)\s+of|(?:responsible|accountable)\s+for"
                         r"|(?:running|leading|heading|overseeing|behind))\s+(?=\S)", re.IGNORECASE)
# "the fight against the fire", "the battle against the floods": what is fought
FOUGHT = re.compile(r"^the\s+(?:fight|battle|struggle|war|campaign)\s+against\s+(?=\S)", re.IGNORECASE)
CONTRACTION = re.compile(r"\b(what|who|where|when|why|how|it|he|she|that|there|they|we|you)['’](s|re|ve|ll|d)\b", re.IGNORECASE)
FULL = {"s": "is", "re": "are", "ve": "have", "ll": "will", "d": "would"}


def _expanded(question: str) -> str:
    """"What's driving it?" → "What is driving it?", "they've" → "they have": a contracted
    wh-word or pronoun is read as the two words it stands for; "who is it's director?" means its."""
    question = re.sub(r"\b((?:is|was|are|were|does|did|do|of|for|in|on|about)\s+)it['’]s\b", r"\1its", question,
                      flags=re.IGNORECASE)
    question = re.sub(r"\btheir(?=\s*\??\s*$)", "there", question, flags=re.IGNORECASE)  # "working their?": there
    # "when did there manager take over?": "their"; "will there be", "did there used to be" stay
    question = re.sub(r"\b((?:did|does|do|will|would|can|could|should)\s+)there(?=\s+(?!(?:be|been|ever|used|any|anyone|"
                      r"anything|a|an|the|no|some|still|more|many|much|really)\b)[a-z]+\b)", r"\1their", question,
                      flags=re.IGNORECASE)
    # before a past participle "'s" is "has": "what's been driving it?", "who's got the contract?"
    question = re.sub(r"['’]s(\s+(?:been|got|gone|had|done|made|become|taken|given|seen))\b", r" has\1", question,
                      flags=re.IGNORECASE)
    # "what's that hospital just opened?": "just", "already", "ever" before a past participle mark a perfect, has
    question = re.sub(r"\b(what|who|which|where|how)['’]s(\s+(?:(?:the|that|this|its|his|her|their)\s+)?(?:[\w.'’-]+\s+){0,3}?"
                      r"(?:just|already|ever|never|recently)\s+[a-z]+(?:ed|en|wn|ne|ght)\b)", r"\1 has\2", question, flags=re.IGNORECASE)
    # "anything else come with that offer?": a question with its "does" left out, asking what else
    question = DROPPED_DOES.sub(lambda m: f"{m.group(1)}{'who' if m.group(2).lower().endswith(('one', 'body')) else 'what'} else "
                                          f"{_third_person(m.group(3))}" if bare_verb(m.group(3)) and m.group(3) not in STOPWORDS
                                else m.group(), question)
    # "how'd they get them out?", "where'd he go?": a wh-word's "'d" before someone and a bare verb asks what was done
    question = re.sub(r"\b(how|where|when|why|what|who)['’]d(?=\s+(?:they|he|she|it|you|we|(?-i:[A-Z][\w-]*))\s+(?!like\b|love\b|prefer\b|rather\b)"
                      r"[a-z]+\b)", r"\1 did", question, flags=re.IGNORECASE)
    # "how long's halvorsen's warranty?": a "how" measure's "'s" is "is" too
    # ("how long's he been on the court?": "has")
    question = re.sub(r"\b(how\s+(?:long|much|many|far|old|big|late|early|soon|often|high|deep|wide|tall))['’]s\b(?=([^?]*\bbeen\b)?)",
                      lambda m: f"{m.group(1)} {'has' if m.group(2) else 'is'}", question, flags=re.IGNORECASE)
    return CONTRACTION.sub(lambda m: f"{m.group(1)} {FULL[m.group(2).lower()]}", question)


DROPPED_DOES = re.compile(r"^(\W*(?:and\s+|so\s+|ok(?:ay)?\s+so\s+)?)(anything|something|anyone|someone|anybody|somebody)"
                          r"\s+else\s+([a-z]+)\b", re.IGNORECASE)


def _third_person(verb: str) -> str:
    """"comes", "goes", "carries", "has": a bare verb after "it" or "what"."""
    if verb == "have":
        return "has"
    if re.search(r"(?:s|sh|ch|x|z|o)$", verb):
        return verb + "es"
    return verb[:-1] + "ies" if re.search(r"[^aeiou]y$", verb) else verb + "s"


INTERJECTION = re.compile(r"^\s*(?:(?:hey|hi|hello|ok(?:ay)?|wow|whoa|huh|hm+|um+|uh+|oh|ah|btw|lol|thanks|cool|great|nice|interesting)"
                          r"\b[\s,.!:;-]*)+(?=\S)", re.IGNORECASE)
# "that's tiny compared to the total you'd expect.": a remark on the answer, whatever its length, with no
# name or number of its own for the question after it
REMARK = re.compile(r"\W*(?:(?:wow|ok(?:ay)?|hm+|oh|so)\W+)?(?:that|it)(?:['’]?s|\s+is|\s+was|\s+seems|\s+sounds)\s+"
                    r"(?![^.!]*(?:\b(?-i:[A-Z])|\d))[^.!]*[.!]$", re.IGNORECASE)
# a yes-or-no question of "some"/"any" thing, then "which one?": "is he launching some TV channel too? which one?"
WHICH_OF_SOME = re.compile(rf"^\W*(?P<aux>{AUX_RE})\s+(?P<subject>[\w'’-]+)\s+(?P<verb>(?:[a-z][\w'’-]*\s+){{0,2}}?[a-z][\w'’-]*)\s+"
                           r"(?:some|any|an?)\s+(?P<noun>(?:[\w'’-]+\s+){0,3}?[\w'’-]+?)(?:\s+(?:too|also|as\s+well|then))?\s*\?\s*"
                           r"(?:(?:and|so|if\s+so),?\s+)?(?:which|what)(?:\s+(?:one|ones|kind|exactly))?\s*\??\s*$", re.IGNORECASE)
LAUGHTER = re.compile(r"\s*\b(?:lol|lmao|haha+|hehe+)\b", re.IGNORECASE)


def _asked(text: str) -> str:
    """What a chat message asks: "wow. how does that compare with 1984?" asks "how does that
    compare with 1984?"; "Hey, quick one: how big is trade?" asks "how big is trade?". A short
    remark before the question ("that's tiny lol.") and a greeting or interjection are left out; a
    longer sentence before it may be context and is kept, and so is a message with no question."""
    text = LAUGHTER.sub("", text).strip() or text
    text = re.sub(r"\?[?!]+", "?", text)  # "by how much??", "really?!": one question
    # sentences and "quick one:" openers; a period after a capital or a short word ("St.", "No.",
    # "U.S.") ends no sentence
    parts = re.split(r"(?<=[a-z]{2}[.!])\s+|(?<=:)\s+", text)
    while (len(parts) > 1 and not _is_question(parts[0]) and (len(parts[0].split()) <= 4 or REMARK.match(parts[0]))
           and any(_is_question(p) for p in parts[1:])):  # "The tram opens in 2028. …" is context, kept
        parts = parts[1:]
    out = " ".join(parts)
    which = WHICH_OF_SOME.match(out)
    if which:  # "is he launching some TV channel too? which one?": which channel he is launching
        out = f"which {which.group('noun')} {which.group('aux')} {which.group('subject')} {which.group('verb')}?"
    stripped = INTERJECTION.sub("", out)
    out = stripped if _is_question(stripped) else out
    # "and what it was actually reading?": a question typed in the order of a reported one asks "what was it …?"
    return re.sub(r"^(\W*(?:(?:and|so|but|ok)\s+)?(?:what|where|when|who|why|how(?:\s+(?:much|many|long|big|far))?)\s+)"
                  r"(it|he|she|they|this|that)\s+(is|was|are|were)\b(?=\s+\w)", r"\1\3 \2", out, flags=re.IGNORECASE)


def _is_question(text: str) -> bool:
    # "in which month": a wh-word after its preposition asks too
    return text.rstrip().endswith("?") or bool(re.match(rf"\s*(?:and\s+|so\s+)?(?:(?:in|on|at|for|by|from|since|until|during|to|with)"
                                                       rf"\s+(?=(?:which|what|whom|whose|when|where|how)\b))?(?:{WH}|{AUX_RE})\b",
                                                       text, re.IGNORECASE))


def _of_every(phrase: str) -> str:
    """"the India-Russia Annual Summit" of "the 23rd India-Russia Annual Summit": what a series is of, every
    one, not the one numbered."""
    return re.sub(r"^(the\s+)?\d+(?:st|nd|rd|th)\s+", lambda m: m.group(1) or "", phrase)


def _the(noun: str) -> str:
    """"the prison sentence" for "a prison sentence" or "prison sentence"."""
    return "the " + re.sub(r"^(?:the|a|an)\s+", "", noun.strip(), flags=re.IGNORECASE)


def _object(question: str, subject: str | None) -> str | None:
    """"the 2026-27 budget" in "By what vote did Brentwater's council pass its 2026-27 budget?": the
    noun phrase after a do- or modal question's subject and verb, up to a preposition."""
    f = _frame(question)
    if not f or not subject or subject not in f[3]:
        return None
    after = f[3][f[3].index(subject) + len(subject):].split()
    # "when is Graham Ostrowski getting his replacement": a verb in "-ing" after "is" has an object too
    doing = f[2].lower() in COPULA and bool(after) and re.fullmatch(r"[a-z]{2,}ing", after[0]) is not None
    if f[2].lower() not in DO | MODALS and not doing:
        return None
    if not after or after[0].lower() in PREPOSITIONS:
        return None  # "did the March flooding in the valley kill": the subject goes on, no verb yet
    # past the verb, and an adverb before it ("did the queen officially open the building")
    words = after[2:] if len(after) > 2 and after[0].lower().endswith("ly") and after[0].lower() not in ("only",) else after[1:]
    phrase: list[str] = []
    for w in words:
        of = w.lower() == "of" and len(phrase) >= 2 or phrase[-1:] == ["of"] and w.lower() in DETERMINERS
        if not of and (w.lower() in PREPOSITIONS or w.lower() in AUX_WORDS or (phrase and w.lower() in DETERMINERS)
                       or len(phrase) >= 2 and w.lower().rstrip("?") in PARTICLES):  # "push the launch back"
            break
        phrase.append(w)  # "a state of emergency": what it is of is part of it
    while phrase and phrase[-1].lower().rstrip("?") in DETERMINERS | {"of"}:
        phrase.pop()
    verb = (after[1] if len(words) == len(after) - 2 else after[0]).lower()
    gerund = (len(phrase) >= 2 and phrase[0].islower() and phrase[0].endswith("ing") and phrase[1].islower()
              and verb not in ASPECTUAL)  # "start carrying passengers": one doing, begun
    if not phrase or phrase[0].lower() not in DETERMINERS and not gerund or len(phrase) < 2:
        return None  # only "the X", "its X" ("oppose acquiring colonies": a doing): a bare word may be a particle
    phrase[0] = "the" if phrase[0].lower() in {"its", "their", "his", "her", "our", "a", "an", "this", "that"} else phrase[0]
    return " ".join(phrase).strip(" ,;:?")


def _before_clause(phrase: str) -> str:
    """"logistics agreement" of "logistics agreement Russia ratified" (or "russia", a place typed in
    lower case): a noun ends where a clause about it begins, a name and its verb."""
    words = phrase.split()
    if not words or words[0].lower() not in DETERMINERS:
        return phrase  # a name ("Otto von Bismarck oppose"): no noun for a clause to follow
    for i in range(1, len(words) - 1):
        verb = words[i + 1].lower()
        if (words[i - 1].islower() and words[i - 1] not in STOPWORDS | PREPOSITIONS | DETERMINERS | {"and", "or"}
                and (words[i][:1].isupper() or _is_place(words[i])) and words[i + 1].islower()
                and (verb.endswith("ed") or verb in IRREGULAR_PAST or bare_verb(verb) and verb not in STOPWORDS)):
            return " ".join(words[:i])
    return phrase


def _agent(phrase: str) -> bool:
    """"Brentwater's council", "the US", "Russia": a phrase naming who acts, not what is acted on
    ("Priya Raman's objection" is a thing someone has)."""
    owned = re.fullmatch(r".*?[\w-]['’]s?\s+((?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*)", phrase)
    if owned:
        return _people(owned.group(1)) or any(w in NON_PERSON for w in owned.group(1).split())
    return any(w[:1].isupper() for w in phrase.split()) or any(w.lower().strip("'’s") in NON_PERSON for w in phrase.split())


UNITS = set("second minute hour day week month year decade century metre meter kilometre kilometer mile km kg tonne ton".split())


def _is_value(text: str) -> bool:
    """"1987", "25%", "$68.7 billion", "4-1", "the 1700s": a value, which "it" or "they" never stands for."""
    bare = re.sub(r"^the\s+", "", text.strip(), flags=re.IGNORECASE)
    if bare != text.strip() and value_kind(bare) == "date":
        return True  # "the 1700s" is a time ("the sixty-five days" is a length, which "that" may point at)
    return value_kind(text) is not None or not re.search(r"[^\W\d_]", text)  # "S-500" is a name


def _measure(text: str) -> bool:
    """"(the) sixty-five days", "eleven years": a count of a unit of time or length, which "that" may point at
    but "it" does not stand for."""
    counted = re.fullmatch(rf"(?:the\s+)?({NUMBER_RE.pattern})\s+([a-z]+?)s?", text.strip(), re.IGNORECASE)
    return bool(counted) and counted.group(2).lower() in UNITS


def _is_place(text: str) -> bool:
    """Whether a phrase is a place by itself ("New Delhi", "Russia", a dateline's "CALDER VALLEY"),
    not a phrase naming one."""
    if text.isupper() and re.fullmatch(r"[A-Z][A-Z .'’-]+", text.strip()) and not re.fullmatch(r"[A-Z]{2,4}", text.strip()):
        return True  # news datelines name the place in capitals; "RT", "IPCC" are acronyms
    toks = [t.lower().strip(".,") for t in text.split()]
    return bool(toks) and any(t in PLACES for t in toks) and all(t in PLACES or t in {"the", "of", "new", "and"} for t in toks)


def _two_places(text: str) -> bool:
    """"India-Russia": two places said together, which no "it" or "that" stands for."""
    parts = text.split("-")
    return len(parts) > 1 and all(_is_place(p) for p in parts)


def _owned_thing(text: str) -> bool:
    """"India's response", "Zipply's revenue": a name's thing, no name (nor person) itself."""
    owned = re.search(r"['’]s?\s+(?:[a-z][\w-]*\s+)*([a-z][\w-]*)$", text.strip())
    return bool(owned) and not is_person_noun(owned.group(1))


def _sort(text: str) -> str:
    """A person, a place, a time or a thing: a follow-up swaps like for like."""
    if TIME.fullmatch(text.strip()) or text.strip().lower() in WHEN_WORDS:
        return "time"
    if _is_place(text):
        return "place"
    if text[:1].isupper() and _is_person(text) and len(text.split()) <= 3 and not _owned_thing(text) and not _acronym(text.strip()):
        return "person"  # not "UNEP", "RT": letters for a body's name
    described = re.fullmatch(r"(?:the|his|her|their)\s+(?:(two|three|four|other|other\s+two|other\s+three)\s+)?"
                             r"(?:[A-Z][\w'’-]*\s+)?([a-z]+)",  # "the Harwick mayor"
                             text.strip(), re.IGNORECASE)
    if described and is_person_noun(described.group(2)) and (described.group(1) or not _plural(described.group(2))):
        return "person"  # "and the incumbent?" after "how many votes did Marta Kowalczyk get?"; "and the two independents?"
    return "thing"


def _answer_as_thing(ans: str | None, kind: str, f: tuple[str, str, str, str] | None) -> tuple[str | None, str]:
    """The thing an answer speaks of, and its kind, for "it" or "that" to stand for: "finalize the
    agenda" → the agenda, "through vaccination" → vaccination, "during the plague of Athens" → the
    plague of Athens, "demountable" answering "What sort of flood barrier …?" (``f``, the last
    question's frame) → the demountable flood barrier; any other answer as it is."""
    verb = ans.split(maxsplit=2) if ans else []
    past = bool(verb) and (verb[0] in IRREGULAR_PAST or verb[0].endswith("ed") and (
        bare_verb(verb[0][:-1]) or bare_verb(verb[0][:-2])))
    if len(verb) == 3 and verb[1].lower() in {"the", "a", "an"} and verb[0].islower() and (
            bare_verb(verb[0]) or {verb[0] + "d", verb[0] + "ed"} & english_words() or past):
        # "finalize the agenda": "it" is the agenda; "promised a flood barrier three years ago": the
        # flood barrier, without the time
        ans = f"the {TIME_AFTER.sub('', verb[2])}"  # what was just said is definite: "the flood barrier"
    means = re.fullmatch(r"(?:through|via|by|with)\s+(?:(an?)\s+)?([a-z][\w-]*(?:\s+[a-z][\w-]*){0,2})", ans or "")
    if means and not any(w.endswith("ing") or w in STOPWORDS for w in means.group(2).split()):
        # "through vaccination" answered how: "how many lives does that save?" is vaccination
        ans, kind = (f"the {means.group(2)}" if means.group(1) else means.group(2)), "other"
    during = DURING.fullmatch(ans or "")
    if during and kind != "place":  # "during the plague of Athens": "when was that?" asks of the plague
        ans, kind = _the(during.group(1)), "other"
    if ans and re.match(r"\d+(?:st|nd|rd|th)\s", ans) and "-" not in ans.split()[-1]:
        ans = f"the {ans}"  # "the 23rd India-Russia Annual Summit"
    named = re.fullmatch(r".*\b[a-z][\w-]*,\s+([A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})", ans or "")
    if named and not _is_place(named.group(1)):
        ans = named.group(1)  # "Russia's state-backed broadcaster, RT": a description, then the name it goes by
    sort_of = _kind_of(f[1]) if f else None
    if sort_of and ans and (ans.islower() or kind not in ("person", "title", "place") and _a_name(ans) and not _is_value(ans)) and len(
            ans.split()) <= 2 and sort_of.split()[-1].lower() not in ans.lower():
        # "demountable" answered "What sort of flood barrier …?": "that" is the demountable flood barrier; "Mersenne"
        # answering "what kind of prime …?" the Mersenne prime
        ans, kind = f"the {ans} {sort_of}", "other"
    # ("which planets orbit", typed without its apostrophe, is one planet's; "what logistics pact …?" answered "RELOS"
    # is the RELOS pact: "logistics", "economics" are no plurals)
    whose = re.fullmatch(r"[a-z]+(?:['’]s|(?<!ic)(?<![su])s)\s+([a-z][\w-]+)", f[1]) if f and f[0].lower() in ("which", "what") else None
    if whose and ans and ans[:1].isupper() and len(ans.split()) <= 3 and whose.group(1) not in STOPWORDS:
        # "Mercury" answered "which planet's orbit could Newton's law not explain?": that is Mercury's orbit
        ans, kind = f"{_possessive(ans)} {whose.group(1)}", "other"
    return ans, kind


def _asks_place(question: str) -> bool:
    """"Which neighborhood …?", "What is the biggest city …?", "What are the headquarters?": a place is asked for."""
    f = _frame(question) or _wh_frame(question)
    if f and f[1].strip() and f[1].split()[-1].lower() in PLACE_NOUNS:
        return True
    described = re.split(r"\s+(?:in|of|on|at|along|near)\s+", f[3])[0].split() if f and f[2].lower() in COPULA else []
    return bool(described) and described[-1].lower() in PLACE_NOUNS


def _asks_what_was_made(question: str) -> bool:
    """"what did St. Brigid's hospital just open?": the answer (new cardiac centre) is a new thing,
    which the talk turns to next (so is what it "has just opened"); what a pact "allows" describes the pact."""
    f = _frame(question)
    return bool(f) and f[0].lower() == "what" and not f[1].strip() and f[2].lower() in DO | MODALS | {"has", "have", "had"} and any(
        stem(w) in MAKING for w in re.findall(r"[a-z]+", f[3].lower())[-3:])


def _names_what_was_asked(turn: "Turn") -> str | None:
    """"Ludendorff Bridge" after "Which bridge over the river …?": an answer that names the very thing
    its question asked for, by the asked noun's head."""
    f = _noun_frame(turn.understood)
    ans = turn.answer.text or ""
    noun = re.split(r"\s+(?:over|of|in|on|at|for|from|with|by|to|near)\s+", f[1])[0].split() if f and f[1].strip() else []
    named = ans[:1].isupper() and len(ans.split()) > 1
    return ans if noun and named and stem(ans.split()[-1].lower()) == stem(noun[-1].lower()) else None


def _elliptical(typed: str) -> bool:
    """Whether a follow-up leaves out most of its question: "and exports?", "what about the S-500?",
    "in 2024?"."""
    typed = _expanded(typed)  # "what's her title?" is a question: "what is …"
    lead = FOLLOW_UP_START.match(typed)
    body = (typed[lead.end():] if lead else typed).strip().rstrip(" ?")
    return bool(lead) or bool(body) and _is_fragment(body)


def _noun_frame(question: str) -> tuple | None:
    """The frame of a question that asks with a noun ("Which organisation published …?"), by either reading."""
    return next((f for f in (_frame(question), _wh_frame(question)) if f and f[1].strip()), None)


def _body_asked(turn: "Turn") -> str | None:
    """"Tamsin Rivers Trust" after "Which organisation published the survey?": a name answering a
    question that asked for a body by its kind."""
    f = _noun_frame(turn.understood)
    ans = turn.answer.text or ""
    return ans if f and ans[:1].isupper() and _body(_head(f[1]).split()[-1]) else None


def _is_fragment(body: str, most: int = 6) -> bool:
    """"And exports?", "trade?", "in 2024?": no wh-word, no auxiliary, no command, a few words (``most``)."""
    words = re.findall(r"[\w'’-]+", re.sub(r"\bMay(?=\s+\d)", "", body).lower())  # "in May 2000": the month
    verbs = AUX_WORDS | {"could", "should", "may", "might", "shall", "does", "do", "did"}
    # a command opens with its verb ("name the firm"); "the engineer's name?" is a noun phrase
    return 0 < len(words) <= most and words[0] not in IMPERATIVE and not any(re.fullmatch(WH, w) or w in verbs for w in words)


def _plural_phrase(text: str) -> str | None:
    """"folding display panels" in "a shortage of folding display panels from its supplier": the first
    run of lower-case words, no little words among them, that ends in a plural; None when the text is
    itself plural."""
    if _plural(text):
        return None
    run: list[str] = []
    for token in re.findall(r"[\w'’-]+|[^\w\s]", text) + ["."]:
        if token.isalpha() and token.islower() and token not in STOPWORDS:
            run.append(token)
            continue
        if run and _plural(run[-1]) and token != ",":  # "ports, airspace, and infrastructure": one of a list
            return " ".join(run[-4:])
        run = []
    return None


def _possessive(phrase: str) -> str:
    """"Velotrin's", "the dockworkers'"."""
    return phrase + ("'" if _plural(phrase) and phrase.endswith("s") else "'s")


def _people(phrase: str) -> bool:
    """"the dockworkers", "the residents": people named by a common noun."""
    head = phrase.split()[-1].lower()
    return not phrase[:1].isupper() and (head in PERSON_NOUNS | CROWDS or head.endswith(PEOPLE))


def _many_people(phrase: str) -> bool:
    """"Fish farmers", "the owners of private fishing lakes": people named by a plural common noun
    (`_people`, whatever the capital a sentence gave it)."""
    core = re.split(r"\s+(?:of|for|in|on|at|from|with|to|by)\s+", phrase.strip())[0]
    head = core.split()[-1] if core.split() else ""
    return head.islower() and _plural(head) and _people(core.lower())


def _body(phrase: str) -> bool:
    """"Veltrans Terminals", "the company": what has officers."""
    head = phrase.split()[-1].lower()
    return phrase[:1].isupper() and not _people(phrase) or stem(head) in ORGANIZATIONS or head in NON_PERSON


def _things_alone(phrase: str) -> bool:
    """"the nursing vacancies", "the bottles of Velotrin": many things, written in lower case, that no one is
    (not "the dockworkers", "the Romans", "the company", "the thieves")."""
    core = re.split(r"\s+(?:of|for|in|on|at|from|with|to|by|about)\s+", phrase.strip())[0]  # "the bottles", not "… of Velotrin"
    head = core.split()[-1].lower() if core else ""
    return (core[:1].islower() and _plural(core) and not _people(core) and not _agent(core)
            and stem(head) not in ORGANIZATIONS and not is_person_noun(head))


def _kind_of(noun: str) -> str | None:
    """What "sort of flood barrier", "kind of system" is a kind of (the flood barrier, the system)."""
    m = re.match(rf"(?:{'|'.join(KINDS)})\s+of\s+([a-z][\w\s-]*)$", (noun or "").strip())
    return m.group(1) if m else None


def _capitalized(name: str) -> bool:
    """Every word of a person's name has its capital ("Medieval reliquary", "Mersenne prime" are no one's),
    but "de", "van" …, and "and" between two names."""
    return all(w[:1].isupper() or w in NAME_PARTICLES or w == "and" for w in name.split())


def _places_said(text: str) -> list[str]:
    """The places a question names; a country typed in lower case ("which system would india like to buy?")
    stays as typed."""
    return [e for e in _entities(text) if _is_place(e)] or list(dict.fromkeys(
        w for w in re.findall(r"\b[a-z]{3,}\b", text) if w not in STOPWORDS and _is_place(w)))


def _opens_like_a_name(text: str) -> bool:
    """A name opens with a capital, or "de", "van" …, or "the" ("the Queen"), never with a preposition, a
    conjunction or a quantifier: "In all other rows", "chamber proceedings and the …" are no one, whatever
    the question asked for."""
    first = (text.split() or [""])[0]
    return (first.lower() not in PREPOSITIONS | {"and", "or", "but", "all", "other", "some", "each", "every", "no", "when", "where", "if"}
            and (not first.islower() or first in NAME_PARTICLES or first == "the"))


def _done(word: str | None) -> bool:
    """A verb in the past: "walked", "went" (not "did", "had", which carry another verb)."""
    return bool(word) and (word.lower() in IRREGULAR_PAST.keys() - {"did", "had"} or word.endswith("ed"))


def _content_words(text: str) -> set[str]:
    """The stems of a text's words of four letters or more but wh-words, pronouns and auxiliaries ("against" stays)."""
    return {stem(w) for w in re.findall(r"[a-z]{4,}", text.lower())} - {stem(w) for w in {*WH_WORDS, *PRONOUNS, *AUX_WORDS}}


def _told_first(question: str) -> str:
    """"The tram was an election issue as well. What did the new mayor promise to do about it?": a statement
    typed before the question says what its "it" is, the thing the statement is about."""
    parts = re.split(r"(?<=[.!])\s+(?=[A-Z])", question.strip())
    if len(parts) < 2 or parts[-2].rstrip().endswith("?"):
        return question
    about = re.match(r"((?:the|this|that|our|my)\s+(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*)\s+(?:is|was|has|had|will|would|"
                     r"keeps|kept|seems|seemed|looks|looked)\b", parts[-2], re.IGNORECASE)
    it = re.search(r"\bit\b(?!['’])", parts[-1], re.IGNORECASE)
    if not about or not it or re.match(r"\s+(?:is|was)\b", parts[-1][it.end():]):
        return question  # ("… Is it true that …?": no thing)
    thing = re.sub(r"^(?:this|that|our|my)\b", "the", about.group(1)[:1].lower() + about.group(1)[1:], flags=re.IGNORECASE)
    last = parts[-1][: it.start()] + thing + parts[-1][it.end():]
    return question[: question.rindex(parts[-1])] + last


def _built(phrase: str) -> bool:
    """"Millrace Bridge", "Castle Square": a name of a thing built or a place, which does not act (a centre
    or a hall may be the people in it)."""
    return phrase[:1].isupper() and phrase.split()[-1].lower() in NON_PERSON - BODIES - {"centre", "center", "hall"}


def _named_body(phrase: str) -> bool:
    """"the Reserve Bank of Norland", "Halvorsen Pharmaceuticals": a name with a word that says it is a body
    (``_body`` looks at the head word only)."""
    words = phrase.split()
    # (or two names joined by "&", as firms are called: "Carrow & Sons", "Holm & Varga")
    return any(w[:1].isupper() for w in words) and (any(w.lower() in BODIES for w in words)
                                                    or re.search(r"\b[A-Z][\w'’-]*\s+&\s+[A-Z]", phrase) is not None)


def _says(question: str, phrase: str) -> bool:
    """Whether a question already names a phrase, with or without its article ("the people": "people"),
    or a name by its common noun ("the valley" for "the Calder Valley", "the museum" for "the Brannock
    Museum"): a pronoun and a noun of the same clause are two things ("how much rain did it dump on
    the valley?" is not the valley)."""
    bare = re.sub(r"^(?:the|a|an)\s+", "", phrase.strip(), flags=re.IGNORECASE)
    if bare and re.search(rf"(?<![\w-]){re.escape(bare)}(?![\w-])", question, re.IGNORECASE):
        return True
    words = bare.split()
    head = words[-1] if len(words) > 1 and all(w[:1].isupper() for w in words) else ""
    return (head.isalpha() and head.lower() in english_words()
            and re.search(rf"\b(?:the|that|this)\s+{re.escape(head.lower())}\b", question) is not None)


def _no_noun_after(question: str, m: re.Match[str], noun: str) -> bool:
    """Whether "that X" or "the X" (``m``) names no thing: X is an auxiliary, a little word or an adverb
    ("is that exactly?"), a verb in the past ("when was that started?"), the question's last verb after
    do or a modal ("which sectors will that cover?"; ``noun`` is what the last question asked for), or
    "that" opens a relative clause (", that matters …")."""
    word = m.group().split()[-1]
    last_verb = (m.group().lower().startswith(("that ", "this ")) and noun.split()[-1:] != [word]
                 and re.search(rf"\b(?:{'|'.join(sorted(DO | MODALS))})\s+$", question[: m.start()], re.IGNORECASE)
                 and re.fullmatch(r"\s*\??\s*", question[m.end():]))
    return bool(word in AUX_WORDS | STOPWORDS | ADVERBS | set(IRREGULAR_PAST) or word.endswith(("ly", "ing"))
                or re.search(r"[a-z]{3}ed$", word) or last_verb or _opens_clause(question, m.start()))


def _acronym(word: str) -> bool:
    """"US" in "US tariffs" is a name, not the word "us"."""
    return len(word) > 1 and word.isupper()


ERA = re.compile(r"\d{1,4}\s+(?:BC|BCE|AD|CE)\b")  # "430 BC", a year no calendar of ours writes


def _time_in(answer: str) -> str | None:
    """The time an answer to "when …?" tells among other words ("during the plague of Athens in 430 BC":
    430 BC), or None when it is a time itself or tells none."""
    if value_kind(answer) == "date":
        return None
    found = ERA.search(answer) or VALUE_PATTERN["date"].search(answer)
    return found.group() if found else None


TRADING = {stem(w) for w in "win won award hire sign buy bought sell sold pay paid lease rent charge bid contract".split()}


def _trades(question: str) -> bool:
    """Whether a question tells of something done for a price: won, hired, bought, leased …"""
    return any(stem(w) in TRADING for w in re.findall(r"[a-z]+", question.lower()))


def _opens_clause(question: str, at: int) -> bool:
    """"Which court is India not a member of, that matters for his visit?": "that" after a comma, or
    after a noun and before its verb ("the COO that talked …"), opens a relative clause; it is neither a
    pronoun nor a determiner. Nor is it one before a word that
    counts ("who guessed that every number … would be prime?"): it opens what was guessed; nor before many
    and their verb ("who noticed that survivors didn't catch it?": "those survivors" would point at some)."""
    many = re.match(r"\w+\s+([a-z][\w-]*)\s+([a-z]+?)(?:n['’]t)?\b", question[at:])
    verb = re.match(r"\w+\s+([a-z]+)\b", question[at:])
    if (question[at:at + 4].lower() == "that" and verb and re.search(r"\bthe\s+(?:[\w-]+\s+){0,2}[\w-]+\s*$", question[:at], re.IGNORECASE)
            and (_done(verb.group(1)) or verb.group(1) in AUX_WORDS | MODALS)):
        return True  # "who's the COO that talked about the plant?": "that" after a noun and before its verb is "who"
    return question[:at].rstrip().endswith(",") or re.match(
        r"\w+\s+(?:every|each|some|any|both|several)\s+\w", question[at:], re.IGNORECASE) is not None or bool(
        many and question[at:at + 4].lower() == "that" and _plural(many.group(1)) and many.group(2).lower() in AUX_WORDS | MODALS)


def _body_name(name: str) -> bool:
    """A name a body or a firm goes by: "the Reserve Bank of Norland", "Hanul Display" (a firm's word in it)."""
    return _named_body(name) or bool({w.lower() for w in name.split()} & FIRM_NAMES)


def _bound(question: str, m: re.Match[str]) -> bool:
    """Whether a pronoun after a name in its own question most likely stands for it: a
    possessive ("India … its imports") or the subject of a clause of its own ("Russia is
    signalling it wants …"), not an object ("When will India ratify it?")."""
    if m.group().lower() in ("its", "their", "his", "her"):
        return True
    if m.group().lower() == "it" and question[: m.start()].split()[-1:] and question[: m.start()].split()[-1].lower() in PREPOSITIONS:
        return False  # "what's the main piece taken in it called?": after a preposition, an object
    if re.search(r"\b(?:where|when)\s*$", question[: m.start()], re.IGNORECASE):
        return False  # "the election in Harwick where it was the big issue": a clause about something else
    if re.search(rf"\b(?:{AUX_RE}|must)\s*$", question[: m.start()], re.IGNORECASE):
        return False  # "How many in Harlan Ridge has it forced out?": the question's own subject
    nxt = re.match(r"\s+(\w+)", question[m.end():])
    # "Russia is signalling it wants …", "the contractor … when it went bust": a verb of its own
    return bool(nxt) and (nxt.group(1) in AUX_WORDS | {"could", "should", "might", "may", "must"} | set(IRREGULAR_PAST)
                          or bool(re.fullmatch(r"[a-z]+s|[a-z]{2,}ed", nxt.group(1))))


def _counted(question: str, wh: str = r"how\s+many") -> str | None:
    """"seats" of "how many seats are in the debating chamber?": the noun a count asks for, up to its
    auxiliary (``wh`` may let "which", "what" or "how much" ask it); none where a preposition or a
    little word comes first ("how many of them were …")."""
    m = re.match(rf"\W*(?:and\s+)?(?:{wh})\s+((?:[\w-]+\s+){{0,2}}?[a-z][\w-]*)\s+{AUX_RE}\b", question, re.IGNORECASE)
    return m.group(1) if m and not set(m.group(1).lower().split()) & (STOPWORDS | PREPOSITIONS) else None


def _verb_done(words: list[str]) -> int | None:
    """Where the verb an auxiliary waited for stands: the first bare verb after the subject with no
    noun after it ("construction of the Dunmere River flood barrier finish", not "flood"; "Iqbal come
    back to Lahore")."""
    return next((i for i, w in enumerate(words) if i and w.islower() and bare_verb(w) and w not in STOPWORDS
                 and words[i - 1].lower() not in DETERMINERS | PREPOSITIONS
                 and (i + 1 == len(words) or words[i + 1].lower() in DETERMINERS | PREPOSITIONS | PARTICLES
                      or words[i + 1][:1].isupper() or words[i + 1][:1].isdigit())), None)


def _verb_follows(rest: str) -> bool:
    """Whether the words after a question's seeming verb hold the verb its auxiliary waits for: "between India
    and Russia reach in 2024-25" after "How much did bilateral trade …": "reach" is the verb, "trade" a noun."""
    return _verb_done(["…", *re.findall(r"[\w'’-]+", rest)]) is not None  # "…": the subject, which `_verb_done` passes over


def _counted_done(question: str) -> str | None:
    """"the people Storm Imogen killed" of "How many people did Storm Imogen kill?": the many a count
    asked for, with what was done to them (the verb with no object after it but a place or time)."""
    f = _frame(question)
    if not f or f[0].lower() != "how many" or not f[1] or not _plural(f[1]) or f[2].lower() != "did":
        return None
    words = f[3].rstrip(" ?").split()
    i = _verb_done(words)
    if i is None or i + 1 < len(words) and words[i + 1].lower() not in PREPOSITIONS - {"of"}:
        return None
    return " ".join([_the(f[1]), *words[:i], _past(words[i]), *words[i + 1:]])


def _sum_done(question: str) -> bool:
    """Whether a question asks for a sum someone did something with, by "how much" alone: "how much had
    Vernon Halloway stolen?", "how much did the council borrow?" ("it" after is that sum)."""
    m = re.fullmatch(r"\W*(?i:and\s+)?(?i:how\s+much)\s+(?i:(did|had|has|have|will))\s+((?i:the\s+)?(?:[A-Z][\w'’-]*\s+){0,3}?"
                     r"(?:[A-Z][\w'’-]*|[a-z]+))\s+([a-z]{3,})\s*\??\s*", question)
    verb = m.group(3) if m else ""
    # ("how much will the merger cost?" asks a price: "it" after is the merger)
    return (bool(m) and m.group(2).lower() not in PRONOUNS
            and (bare_verb(verb) if m.group(1).lower() in ("did", "will") else _done(verb) or verb.endswith(("ed", "en")))
            and verb not in {"cost", "weigh", "measure", "last", "take", "need", "want", "expect", "charge", "mean"})


def _claim(asked: str, ans: str) -> str | None:
    """The statement a question and its answer make together ("When will the barrier be finished?",
    "end of 2028": "the barrier will be finished by end of 2028"), or None where the question is of no
    shape this knows."""
    doer = re.fullmatch(r"\W*(?:and\s+)?(?:what|who)\s+([a-z]+)\s+(\S.*)", asked, re.IGNORECASE)
    if doer and doer.group(1).lower() not in AUX_WORDS | MODALS | DO and (doer.group(1).endswith("ed") or doer.group(1) in IRREGULAR_PAST):
        return f"{ans} {doer.group(1)} {doer.group(2)}"  # "what started the fire": the answer did it
    sum_of = re.fullmatch(r"\W*(?:and\s+)?how\s+(?:much|many)\s+(is|are|was|were)\s+(\S.*?)(\s+worth)?", asked, re.IGNORECASE)
    if sum_of and sum_of.group(3):  # "how much is india-russia trade worth?": it is worth the sum answered
        return f"{sum_of.group(2)} {sum_of.group(1).lower()} worth {ans}"
    going = re.fullmatch(r"(\S.*?)\s+(going\s+to|gonna|expected\s+to|set\s+to|due\s+to)\s+([a-z]+)(\s+\S.*)?", sum_of.group(2),
                         re.IGNORECASE) if sum_of else None
    if going and bare_verb(going.group(3)):  # "how much is the tram going to cost now?": it is going to cost the sum
        return f"{going.group(1)} {sum_of.group(1).lower()} {going.group(2)} {going.group(3)} {ans}{going.group(4) or ''}"
    if sum_of and not re.search(r"\b(?:to|gonna|\w+ing)\b", sum_of.group(2), re.IGNORECASE):
        return f"{sum_of.group(2)} {sum_of.group(1).lower()} {ans}"  # "how much is the ferry?": the ferry is €40
    # "When will construction … finish?": construction … will finish by end of 2028; "how many people did Storm
    # Imogen kill?": Storm Imogen killed 14 people
    supported = re.fullmatch(r"\W*(?:and\s+)?(when|where|how\s+(?:much|many)(?:\s+(?:[a-z][\w-]*\s+)?[a-z][\w-]*)?)\s+"
                             r"(will|would|can|could|did|does|do)\s+(\S.*)", asked, re.IGNORECASE)
    words = supported.group(3).split() if supported else []
    verb = _verb_done(words)
    if verb is None:
        return None
    aux, v, wh = supported.group(2).lower(), words[verb], supported.group(1).lower()
    said = {"did": _past(v), "does": _third_person(v), "do": v}.get(aux, f"{aux} {v}")
    if wh.startswith("how"):
        counted = re.sub(r"^how\s+(?:much|many)\s*", "", supported.group(1), flags=re.IGNORECASE)
        return " ".join(words[:verb] + [said, f"{ans} {counted}".strip()] + words[verb + 1:])
    at = "" if ans.split()[0].lower() in PREPOSITIONS else "at " if wh == "where" else "by " if re.match(
        r"(?:the\s+)?(?:end|start|beginning|middle)\b", ans, re.IGNORECASE) else "in "
    return " ".join(words[:verb] + [said] + words[verb + 1:] + [at + ans])


def _has_verb(question: str) -> bool:
    """Whether a question has a verb after its first word: an auxiliary, a past, a modal."""
    verbs = AUX_WORDS | MODALS | set(IRREGULAR_PAST)
    return any(w.lower() in verbs or w.lower().endswith("ed") for w in re.findall(r"[\w'’-]+", question)[1:])


def _indirect(asked: str) -> str | None:
    """A question of how, why, when or where, with "did", "does" or "do", as its clause: "how did E. coli
    get into the water" → "how E. coli got into the water"; None for other shapes."""
    m = re.fullmatch(r"\W*(?:and\s+)?(how|why|when|where)\s+(did|does|do)\s+(\S.*)", asked, re.IGNORECASE)
    words = m.group(3).split() if m else []
    verb = _verb_done(words) if words else None
    if not verb:
        return None
    said = {"did": _past, "does": _third_person}.get(m.group(2).lower(), lambda v: v)(words[verb])
    return " ".join([m.group(1).lower()] + words[:verb] + [said] + words[verb + 1:])


@dataclass
class Turn:
    """One exchange: what was asked, how it was read, what was answered."""

    question: str
    understood: str
    answer: Answer
    follow_up: bool = False  # read in the light of the turns before it


@dataclass(frozen=True)
class Candidate:
    """A thing "it" may stand for, and where the conversation said it."""

    text: str
    source: str  # "found": the rules' choices from the last exchange; "things", "phrase": from earlier turns
    back: int  # 1: the last exchange
    rank: int = -1  # its place among the rules' choices


def _said_enough(pool: list[Candidate], said: list[int], asked: set[str]) -> int | None:
    """The candidate beside which the articles write the rest of the follow-up (``asked``, its words;
    ``said``: the most of them one sentence holds beside each), when that is not the first: all the
    question says, or all but one of three or more words beside a thing described; one word in common
    is chance, unless the first never stands beside it and the other is a thing described, not a
    name. On a tie a fuller phrase of the same words wins ("the Continental Cup final")."""
    best = max(range(len(pool)), key=lambda i: (said[i], -i))
    fuller = [i for i in range(len(pool)) if said[i] == said[best]
              and set(tokenize(pool[i].text)) > set(tokenize(pool[best].text))]
    best = fuller[0] if fuller else best
    whole = len(asked - set(tokenize(pool[best].text)))
    described = pool[best].text.startswith("the ")  # "the new heart centre", "the Rhine", not a bare name
    enough = whole - 1 if described and whole >= 3 else whole
    fewest = 1 if described and not said[0] else 2
    if best == 0 or said[best] <= said[0] or said[best] < enough or whole < fewest:
        return None
    return best


@dataclass(frozen=True)
class Option:
    """One way a follow-up was put to the articles, and what they answered."""

    answer: Answer
    reading: str
    source: str  # "reading": one of `readings`; "again": searched again with the last question's words; "typed"
    rank: int = 0  # its place among the readings


def _model(path: Path, what: str) -> dict:
    """A logistic model shipped in qa/models/: its coefficients by feature, and the margin by which
    its pick must outscore the rules'."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return {"weights": {str(k): float(v) for k, v in data["weights"].items()}, "margin": float(data["margin"])}
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
        raise ModelError(f"the {what} model {path} is missing or damaged; reinstall qa") from exc


@cache
def antecedent_model(path: Path = ANTECEDENT_MODEL) -> dict:
    """The antecedent model (train/antecedents.py writes it)."""
    return _model(path, "antecedent")


@cache
def choice_model(path: Path = CHOICE_MODEL) -> dict:
    """The model that picks among the answers a follow-up got, read different ways (train/choice.py)."""
    return _model(path, "choice")


def _score(model: dict, rows: list[dict[str, float]]) -> list[float]:
    return [sum(model["weights"][name] * value for name, value in row.items()) for row in rows]


def _entities(text: str) -> list[str]:
    """Capitalized spans of a text that are not sentence-initial wh-words or titles alone."""
    out = []
    for m in ENTITY_RE.finditer(text):
        span = m.group().rstrip(".’'")
        if len(span) == 1:
            continue  # "E. coli", "H. pylori": an initial before a lowercase word names nothing alone
        first = re.sub(r"['’](?:s|re|ll|d|ve)$", "", span.split()[0].lower())  # "What's Skerry Airways worth …"
        if not _acronym(span.split()[0]) and (first in STOPWORDS or first in {"what", "which", "who", "when", "where", "why", "how", "and"}):
            rest = span.split()[1:]
            if not rest:
                continue
            span = " ".join(rest)
        span = re.sub(r"['’]s$", "", span)
        owner = re.match(r"(.+?)['’]s\s+(.+)$", span)
        if owner and (CALENDAR.match(owner.group(2).split()[0]) or re.fullmatch(r"(?:1[0-9]|20)\d\d", owner.group(2).split()[0])):
            # "Putin's December 2025 state visit", "Putin's 2025 state visit": Putin, not a name with a date in it
            span = owner.group(1)
        if span.lower() in TITLES or span.lower() in NATIONALITY or CALENDAR.match(span):
            continue
        out.append(span)
    return out


NOUN_PHRASE = re.compile(r"\b(?:the|its|their)\s+((?:[A-Za-z][\w'’-]*\s+){0,3}?[A-Za-z][\w'’-]*)(?=\s+(?:at|in|on|of|with|for|to|"
                         r"from|by|after|before|over|about|that|which|who|when|because|is|are|was|were|did|does|has|have|had|will|would)\b|\s*[?,.;]|\s*$)")


def _the_phrases(text: str) -> list[str]:
    """The "the …" noun phrases of a text ("the Larkspur Terrace phone call")."""
    return [n.group(0) for n in NOUN_PHRASE.finditer(text) if n.group(0).lower().startswith("the ")]


def _an_event(phrase: str) -> bool:
    """Whether a phrase's head names an event or an act ("the phone call", "Lavrov's visit")."""
    head = _head(phrase).lower()
    return stem(head) in EVENTS or head in ACTS


# verbs of holding the first office of a body: "who will run it?", "who heads the union?"
LEADING = r"run|runs|ran|lead|leads|led|head|heads|headed|manage|manages|managed|chair|chairs|chaired|direct|directs|directed"
# a thing named by what it is of: "the Confederation of the Rhine", "the Museum of Art and History"
NAME_OF = r"([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})\s+of\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:and\s+)?[A-Z][\w'’-]*)*"
OF_NAME = re.compile(rf"\bthe\s+{NAME_OF}")
WHOLE_NAME = re.compile(rf"\b(?:the\s+)?{NAME_OF}")  # "Battle of the Monongahela" typed without its "the" too
SCORE_AFTER = re.compile(r"\s+\d+\s*[-–:]\s*\d+$")  # "Real Castellan 3-1": a score after a name ("Bay 2" is a name)
# "the second one", "the first of them": one of the names the last answer listed
ORDINALS = {"first": 0, "second": 1, "third": 2, "fourth": 3, "last": -1}
THOSE_COUNTED = re.compile(r"\b(?:those|these)\s+(two|three|four)\b", re.IGNORECASE)
NUMBERS = {"two": 2, "three": 3, "four": 4}
ORDINAL_ONE = re.compile(rf"\b(?:the\s+)?({'|'.join(ORDINALS)})\s+(?:one|of\s+(?:them|those|these))\b", re.IGNORECASE)
WHICH_ONE = re.compile(r"\b(which|what)\s+(ones?)\b", re.IGNORECASE)
# "the first one", "the 2021 one", "the cheapest one", "the two extra ones": "one" standing for a noun said before
# "the first major one": a word that singles it out, and perhaps one more that describes it; "Lavrov's upcoming one"
MODIFIED_ONE = re.compile(r"\b(?:the|that|this|these|those|[a-z][\w-]*['’]s)\s+(?:(?:two|three|four|both)\s+)?"
                          rf"(?!(?:{AUX_RE})\b)([a-z0-9][\w-]*)\s+(?:[a-z][\w-]*\s+)?(ones?)\b"
                          r"(?!\s+(?:of|another)\b)", re.IGNORECASE)


def _whole_names(text: str) -> tuple[list[str], list[str]]:
    """The names of a text: those of the form "the Confederation of the Rhine", "Battle of the
    Monongahela" whole, and the other capitalized spans not inside one of them."""
    whole = [m.group() for m in WHOLE_NAME.finditer(text)]
    return whole, [e for e in _entities(text) if not any(e in w for w in whole)]


def _wh_frame(question: str) -> tuple[str, str, str] | None:
    """("Which ", "air defence systems ", "has been offered to India?") of a which/what-X question."""
    aux = r"(?:is|are|was|were|has|have|had|does|do|did|will|would|can|could|should)"
    m = re.match(rf"^\s*((?:which|what)\s+)((?:[\w'’-]+\s+){{1,3}}?)(\b{aux}\b.*)$", question, re.IGNORECASE)
    for words in range(1, 4) if not m else ():
        # "Which club signed him?", "Which firmware update broke it?": a noun, then its verb; in "What drives
        # trade?" the verb comes first
        m = re.match(rf"^\s*((?:which|what)\s+)((?:[\w'’-]+\s+){{{words}}})(([\w'’-]+).*)$", question, re.IGNORECASE)
        verb = m.group(4) if m and m.group(4).islower() else ""  # "… in May?": a month, no "may"
        noun = m.group(2).lower().split() if m else []
        if verb and not set(noun) & (AUX_WORDS | PREPOSITIONS) and (verb.endswith(("ed", "s")) or verb in IRREGULAR_PAST or verb in MODALS):
            break
        m = None
    if not m or m.group(2).strip().lower() in AUX_WORDS:
        return None
    return m.group(1), m.group(2), m.group(3)


def _head(noun: str) -> str:
    """The noun a phrase is about, before its complement: "add-ons" in "the add-ons of Mateo Arroyo's
    contract", "pact" in "pact on Indian workers", "call" in "the call to Polar Line", "move" in "the
    move into the old ferry terminal"."""
    words = re.split(r"\s+(?:of|for|in|on|at|from|with|to|by|about|among|amongst|between|before|after|into|onto|towards?|across"
                     r"|through|over|against|under)\s+", noun.strip())[0].split()
    return words[-1] if words else ""


def _plural(noun: str) -> bool:
    """"sectors", "air defence systems": a plural noun phrase (its last word); "news", "process",
    "status", "analysis" are not."""
    last = _head(noun).lower()
    return (len(last) > 3 and last.endswith("s") and not last.endswith(("ss", "us", "is", "ics", "news", "series"))
            or last in {"people", "children", "men", "women", "data"})


def _agreed(question: str) -> str:
    """"Which air defence systems have been offered?", not "… systems has been …": a plural swapped in
    for the noun a question asked with takes the plural of its verb; so does one after "who is" ("who are
    the deputies?")."""
    after = re.fullmatch(r"(\W*(?:who|what)\s+)(is|was)(\s+the\s+(?:(?!(?:of|for|in|on|at|to|with|from|by|and)\b)[\w-]+\s+){0,2}?"
                         r"([a-z][\w-]*)\s*\??\s*)", question, re.IGNORECASE)
    if after and _plural(after.group(4)) and after.group(4) not in ("species", "data"):
        return after.group(1) + AGREEMENT[after.group(2).lower()] + after.group(3)  # "who are the deputies?": the subject after
    m = re.match(r"(\W*(?:which|what|how\s+many)\s+(?:[\w-]+\s+){0,3}?[a-z][\w-]*)\s+(has|is|was)\s+([a-z]+)", question, re.IGNORECASE)
    # the wh-phrase is the subject only before "been" or a participle ("What sectors is it?" agrees with "it")
    if (not m or not _plural(m.group(1).split()[-1]) or m.group(1).split()[-1].lower() in ("many", "much")
            or not (m.group(3) == "been" or m.group(3).endswith(("ed", "ing")) or m.group(3) in PARTICIPLES)):
        return question
    return m.group(1) + " " + AGREEMENT[m.group(2).lower()] + question[m.end(2):]


def _in_the_past(question: str) -> str:
    """"what was the tram going to cost …" of "what is the tram going to cost …": the question's "is" or
    "are" after its wh-word (and a noun) in the past."""
    return re.sub(rf"^(\s*{WH}\s+(?:[a-z]+\s+)?)(is|are)\b", lambda x: x.group(1) + {"is": "was", "are": "were"}[x.group(2).lower()],
                  question, count=1, flags=re.IGNORECASE)


def _gerund(verb: str) -> str:
    """"offering", "proposing", "bidding": a verb's -ing form."""
    if re.fullmatch(r"[^aeiou]*[aeiou][^aeiouwxy]", verb):
        return verb + verb[-1] + "ing"  # one short syllable: its last letter doubled
    return (verb[:-1] if verb.endswith("e") and not verb.endswith("ee") else verb) + "ing"


def _be(verbs: str) -> str:
    """"was" after a verb in the past ("went bust", "did", "was"), else "is": the tense a question
    asked in, for asking it again of something else."""
    verb = (verbs.split() or [""])[0].lower()
    return "was" if verb in IRREGULAR_PAST or verb in ("was", "were", "did", "had") or verb.endswith("ed") else "is"


def _singular(noun: str) -> str:
    """"summit" for "summits", "strategy" for "strategies", "taxes" → "tax"; a singular noun as it is."""
    if not _plural(noun):
        return noun
    if noun.endswith("ies"):
        return noun[:-3] + "y"
    return noun[:-2] if re.search(r"(?:ss|x|z|ch|sh)es$", noun) else noun[:-1]


def _plural_of(phrase: str) -> str:
    """"Mersenne primes" for "Mersenne prime", "the treaties" for "the treaty": the last word made plural."""
    head = phrase.split()[-1]
    many = (head[:-1] + "ies" if re.search(r"[^aeiou]y$", head) else head + "es" if re.search(r"(?:s|x|z|ch|sh)$", head)
            else head + "s")
    return phrase[: len(phrase) - len(head)] + many


def _only_titles(text: str) -> bool:
    """"Prime Minister", "President": a title names no one by itself."""
    return all(t.lower() in TITLES or t.lower() in NATIONALITY for t in text.split())


def _subject(question: str) -> str | None:
    """The subject of a which/what-X question: "the long-term economic roadmap" in
    "Which sectors will the long-term economic roadmap cover?"."""
    m = re.match(r"^\s*(?:which|what)\s+(?:[\w'’-]+\s+){0,3}?(?:is|are|was|were|will|would|does|do|did|can|could|has|have)"
                 r"\s+((?:the|a|an|this|that|its|their)\s+(?:[\w'’-]+\s+){0,4}?[\w'’-]+)\s+\w+\W*$", question, re.IGNORECASE)
    if not m:
        return None
    # "which ferry sailing did the porthmere group end up booking?": a verb and its particle end the subject
    phrasal = re.search(r"\s+([a-z]+)\s+(?:up|out|on|off|down)$", m.group(1))
    subject = m.group(1)[: phrasal.start()] if phrasal and bare_verb(phrasal.group(1)) else m.group(1)
    # "has the largest known prime almost always been": how often is said of the subject, not part of it
    subject = re.sub(rf"(?:\s+(?:{'|'.join(sorted(TIME_ADVERBS | FREQUENCY))}|[a-z]{{3,}}ly))+$", "", subject)
    return _before_clause(subject)  # "the logistics pact russia ratified": the pact


def _titled(phrase: str) -> bool:
    """A person named by a title or a noun for a person: "the governor", "the mayor of Moscow"."""
    # "the architect behind the Scottish Parliament building" is the architect
    head = re.split(r"\s+(?:of|behind|for|at|in|from|with|on|to)\s+", phrase.strip())[0].split()
    return bool(head) and head[-1].lower() in (TITLES - TITLE_PARTS) | PERSON_NOUNS


def _strip_titles(name: str) -> str:
    """"President Droupadi Murmu" → "Droupadi Murmu", "Chief Financial Officer Priya Nair" →
    "Priya Nair": the title may be what is asked next."""
    toks = name.split()
    titled = [i for i, t in enumerate(toks[:-1]) if t.lower().rstrip(".") in TITLES
              or t.lower() in NATIONALITY and toks[i + 1][:1].isupper()  # "Russian Foreign Minister", not "Russian oil"
              or t[:1].isupper() and t.lower().rstrip(".") in ABBREVIATED_TITLES  # "Rep. Joe Barton"
              or t[:1].isupper() and t.lower().endswith("s") and t.lower()[:-1] in TITLES]  # "Councillors"
    return " ".join(toks[titled[-1] + 1:]) if titled else name


ABBREVIATED_TITLES = {"rep", "reps", "sen", "gov", "gen", "col", "capt", "lt", "sgt", "cllr", "supt", "insp", "det", "amb",
                      "hon", "rev", "fr", "pres", "sec"}
PERSON_VERBS = ("said|says|told|added|argued|wrote|noted|explained|warned|insisted|recalled|stated|announced|testified"
                "|died|resigned|retired|married|was born")  # what only people do
PEOPLE = ("workers", "ers", "ists", "ants", "ents", "ians")  # "dockworkers", "protesters", "residents": people who act
CROWDS = set("thieves staff crew police families friends fans pupils nurses doctors investors donors group team gang couple crowd".split())
MEASURES = ("age", "duration")  # answers ("31 hours", "34") that are no more a thing than a value is
MEASURED = re.compile(r"(?:the\s+)?[$€£]?\d[\d.,]*\s+[a-z]+\s+of\s")  # "the 210 millimetres of rain"
FIGURE = re.compile(r"\d\S*\s+(?:[a-z]+\s+)?(?:number|figure|total|estimate|count|tally|sum|amount)s?$")
# verbs a sum is asked of, and the sum's noun: "how much did they trade?" asks of their trade
# what drives or causes a thing, said before it: "what drove it?", "what's behind it?"
DRIVING = re.compile(r"\b(?:drove|drive|drives|driving|driven|caused?|causes|causing|explains?|explained|fuel(?:l?ed|s)?|boost(?:ed|s)?"
                     r"|behind)\s*$", re.IGNORECASE)
DOINGS = {"trade": "trade", "spend": "spending", "export": "exports", "import": "imports", "invest": "investment",
          "earn": "earnings", "lose": "losses", "borrow": "borrowing", "owe": "debt", "sell": "sales", "raise": "fundraising"}
# what is done at a ceremony, said as a verb, and the ceremony's name: "sworn in" is a swearing-in
CEREMONIES = {r"sworn\s+in|swear(?:s|ing)?\s+in": "swearing-in", r"inaugurat\w*": "inauguration", r"crowned": "coronation",
              r"married|marry|marries": "wedding", r"buried": "funeral", r"graduat\w*": "graduation"}
OCCASIONS = {stem(w) for w in ("ceremony", "event", "occasion", "celebration")}
# what the conversation's topic may be called when it is something done: "that project" is the tram talked about
UNDERTAKINGS = {stem(w) for w in ("project", "scheme", "programme", "program", "initiative", "undertaking")}
VALUE_NOUNS = {"money", "sum", "amount", "number", "figure", "estimate", "total", "count", "tally", "price", "cost", "rate"}
# what a measure undergoes: "what's russia doing to raise that?" is the trade raised, not the value it had
MOVED = {stem(w) for w in "raise push lift boost increase grow double cut reduce lower shrink narrow halve close bridge offset".split()}
NUMBERED_NAME = re.compile(r"^the\s+(?=[A-Z][a-z]+\s+\d+[A-Za-z]?$)")  # "the Bay 4": a name numbered, no "the"
# "$84 more per year", "the 2.1 percent": a value said (not "the 2026-27 budget", a thing a year names)
SUM_SAID = re.compile(r"(?:the\s+)?(?:about\s+)?(?:[$€£]\d|\d[\d,.]*\s*(?:%|percent\b|million\b|billion\b)|\d[\d,.]*$)")
CHARGES = {"fee", "fees", "fare", "fares", "tariff", "tariffs", "tax", "toll", "rent", "charge", "fine", "levy", "duty"}
# what a person or a thing has as a value, asked of whole: "and his transfer fee?"
ATTRIBUTES = VALUE_NOUNS | set("""fee salary wage wages pay age birthplace hometown nationality height weight budget
    revenue population birthday address religion occupation profession nickname surname""".split())
VALUE_STEMS = {stem(v) for v in VALUE_NOUNS}  # as `stem` leaves them: "pric" of "price"
# "the former head of the Lakeshore Food Alliance", "Kesterfield's new striker": a person by a title
DESCRIBED_PERSON = re.compile(rf"\b(?:the|[A-Z][\w-]*['’]s)\s+(?:(?!(?:for|of|in|on|at|to|from|with|by)\s)[\w'’-]+\s+){{0,2}}?({'|'.join(sorted(TITLES | PERSON_NOUNS))}"
                              r"|[a-z]{2,}(?:ician|[^ls\W]ist)s?)\b"  # "the hydrologist", as qa.text.is_person_noun
                              rf"(?:\s+(?:{'|'.join(sorted(TITLES | PERSON_NOUNS))})\b)?"  # "chief executive"
                              # "the roadmap's official name": a word that describes a noun after it, no one
                              r"(?!\s+(?:names?|titles?|statements?|figures?|data|estimates?|reports?|records?|results?|"
                              r"languages?|residences?|websites?|accounts?|channels?|sources?|documents?|visits?|trips?)\b)"
                              r"(?:\s+of\s+(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*)?")
# words that make a name an organization's, a team's, a place's or an event's, never a person's
NON_PERSON = frozenset("""united city club fc athletic athletico atlético real sporting inter dynamo rovers wanderers team
    council court bank ministry
    department party company corporation corp inc ltd plc group association alliance union university college school
    hospital museum committee board agency authority foundation institute airlines airways motors pharmaceuticals
    systems technologies labs display electronics energy holdings partners fund trust church fire storm hurricane
    cyclone river valley ridge lake mountain park street road bridge station airport parliament senate congress
    government army navy police commission federation league cup summit festival llc gmbh ag sa co supply services
    solutions industries logistics capital media foods farms analytics software networks consulting
    heating engineering ventures studios insurance healthcare telecom communications shipping brands storage racing
    roofing builders contractors terrace avenue lane square plaza gardens estate tower building hall centre center quay
    wharf harbour harbor bay beach heights hill hills crescent organization organisation programme program""".split())
BODY_WORDS = "|".join(sorted(NON_PERSON))  # as a regular expression's alternatives
# of those, the words of a body that acts ("Halvorsen Pharmaceuticals", "the Brannock Museum"), not of a storm or a river
# a firm is called a company, a maker, a contractor …; and its name says it is one ("Halvorsen Pharmaceuticals",
# "Carrow & Sons Roofing", not "Riders United", a union, nor "Bridgewater City Council")
FIRMS = {stem(w) for w in """company firm business maker manufacturer supplier contractor operator retailer developer provider
    distributor insurer lender airline""".split()}
FIRM_NAMES = frozenset("""company corporation corp inc ltd plc llc gmbh ag sa co group air airlines airways motors pharmaceuticals
    systems technologies labs display electronics energy holdings partners supply services solutions industries logistics
    media foods farms analytics software networks consulting heating engineering ventures studios insurance healthcare
    telecom communications shipping brands storage roofing builders contractors construction terminals removals""".split())
BODIES = NON_PERSON - set("""fire storm hurricane cyclone river valley ridge lake mountain park street road bridge station
    airport cup summit festival terrace avenue lane square plaza gardens estate tower building hall centre center quay
    wharf harbour harbor bay beach heights hill hills crescent""".split())


def _listed(answer: str) -> list[str]:
    """The names an answer lists, the noun they share left off: "Pinecrest and Mill Creek
    neighborhoods" → ["Pinecrest", "Mill Creek"]; [] for anything else ("Frank Burnet, inspired
    by a suggestion made by Niels Jerne" is one name and what it did)."""
    # "the United Nations Environment Programme and the World Meteorological Organization": names with "the"
    parts = [_strip_titles(re.sub(r"^the\s+", "", p)) for p in re.split(r"\s*,\s*(?:and\s+)?|\s+and\s+", answer.strip()) if p]
    if len(parts) < 2:
        return []
    shared = re.search(r"(?:\s+[a-z][\w-]*)+$", parts[-1])  # "Mill Creek neighborhoods"
    if shared and shared.start() > 0 and shared.group().split()[-1].lower() not in STOPWORDS:
        parts[-1] = parts[-1][: shared.start()]
    return parts if all(p[:1].isupper() or p[:1].isdigit() for p in parts) else []


NUMBERED = re.compile(r"(?:the\s+)?(?:two|three|four|five|six|seven|eight|nine|ten|both|others?)", re.IGNORECASE)  # "the three"


def _same_doing(clause: str, question: str) -> bool:
    """Whether a clause does what a question asked about: "supposed to come" and "expected to visit
    India" (both a going somewhere), "did he resign" and "who resigned"."""
    def doings(text: str) -> set[str]:
        words = [w for w in re.findall(r"[a-z]+", text.lower()) if w not in STOPWORDS | AUX_WORDS | MODALS]
        return {stem(IRREGULAR_PAST.get(w, w)) for w in words if bare_verb(w) or w in IRREGULAR_PAST or w.endswith(("ed", "ing"))}
    # the question's own doing, after "who": "is expected to visit", "will host" (not "Putin's state visit")
    own = re.match(r"\W*(?:and\s+)?(?:who|which|what)\s+((?:(?!(?:the|a|an|his|her|their|its)\b)[a-z]+\s+){1,6})", question,
                   re.IGNORECASE)
    mine, asked = doings(clause), doings(own.group(1) if own else "")
    return bool(mine & asked) or bool(mine & (MOTION | JOURNEYS)) and bool(asked & (MOTION | JOURNEYS))


def _one_thing(phrase: str) -> bool:
    """Whether "it" can stand for a phrase: one thing, or a name ("Zipply", "Nordvik Skerry"), not
    "the two no votes" nor people listed ("Priya Raman and Tom Becker")."""
    # ("Albright's votes" are many, whoever's they are)
    return (not _plural(phrase) or phrase[:1].isupper() and " and " not in phrase and not re.search(r"['’]s?\s", phrase)) and (
        len(_one_by_one(phrase)) == 1) and (
        not NUMBERED.fullmatch(phrase))  # "the three" (who voted against) are no "it"


def _one_by_one(names: str) -> list[str]:
    """"Councillors Priya Raman and Tom Becker" → ["Priya Raman", "Tom Becker"]; anything else ("Valtek
    and Nordgrau", one name) as it is."""
    parts = _listed(_strip_titles(names))
    if parts and all(2 <= len(p.split()) <= 3 and all(w[:1].isupper() for w in p.split()) for p in parts):
        return parts
    return [names]


def _is_person(entity: str) -> bool:
    toks = [t.lower() for t in entity.split()]
    parts = [p for t in toks for p in t.split("-")]  # "India-Russia" is two places
    return (not any(t in PLACES or t in NATIONALITY or t in NON_PERSON for t in toks + parts)
            # "Ashdown-Pike", "O'Brien", "G. H. Hardy" (initials)
            and all(re.sub(r"(?<=[a-z])-(?=[a-z])|^[od]['’](?=[a-z])|(?<=^[a-z])\.$", "", t).isalpha() for t in toks))


@dataclass
class Conversation:
    """Answers questions over one index, reading follow-ups in the light of earlier turns."""

    index: Index
    turns: list[Turn] = field(default_factory=list)
    genders: dict[str, str] = field(default_factory=dict)  # "Droupadi Murmu" → "she": as the user spoke of her
    called_it: set[str] = field(default_factory=set)  # "Seedwell Commons", read as "it" beside a "he": a thing
    called_they: set[str] = field(default_factory=set)  # "Corvane Builders", read as "they": many, never "it"
    reader: Reader | None = None  # None: the index's own
    _speller: Speller | None = None

    def reset(self) -> None:
        """Forget the earlier turns."""
        self.turns.clear()
        self.genders.clear()
        self.called_it.clear()
        self.called_they.clear()

    def ask(self, question: str) -> Answer:
        """Answer one question. A follow-up is read in the light of the last exchange; where it
        can be read two ways, the articles are asked both and the reading they answer with more
        confidence is kept ("understood as" shows it). A follow-up's search gives weight to the
        passage the last answer came from, and one that names nothing is searched with the last
        exchange's words beside its own. An elliptical follow-up ("and exports?") asks for something
        new: the last answer's value is passed over (`_told`). A follow-up the articles do not answer is
        looked up once more with the last question's words added to the search (not to the question
        read): "Who was the auditor?" after a question about the Lakeshore Food Alliance. A follow-up
        read with the turns before it is also asked as typed, and the choice model (`_choose`) may
        answer with that, or another reading, over the rules' choice.

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
        if not is_english(cleaned):
            answer = Answer(question, None, 0.0, notes=(*notes, NOT_ENGLISH_NOTE), kind=classify(cleaned)[0])
            self.turns.append(Turn(question, cleaned, answer))
            return answer
        used = frozenset(w for t in self.turns[-RECENT_TURNS:] for w in re.findall(r"[a-z]+", f"{t.understood} {t.answer.text or ''}".lower()))
        fixed, _ = self.speller.correct(_asked(cleaned), used)
        try:
            readings = self.readings(fixed) or [fixed]  # "then" alone: no reading of its own, asked as typed
        except Exception:  # a slip in reading a follow-up with the turns before it must not cost the answer
            readings = [fixed]
            notes.append(READ_AS_TYPED_NOTE)
        # people ask about what they just read: the passage of the last answer weighs in the search for a follow-up
        # read with the turns before it, or for one that names nothing ("what was the vote?"), which is searched with
        # the last exchange's words too; one that names what it asks about stands alone
        last = self._previous_chunks()
        said = f"{self.turns[-1].understood} {self.turns[-1].answer.text or ''}" if self.turns else ""

        own = {text: self._names_own(text) for text in {fixed, *readings[:MAX_READINGS]}}  # stands alone

        def near_last(reading: str) -> list[int]:
            # (not a question of origins: "when was the IPCC first set up?" after a question of its chair now is answered
            # where the articles tell its founding, seldom beside the last answer)
            return last if (readings[0] != fixed or not own[reading]) and not ESTABLISHED.search(reading) else []

        reader = self.reader or self.index.reader
        def put(reading: str, source: str, rank: int = 0, search: str | None = None, prefer: list[int] | tuple = (),
                context: str = "") -> Option:
            """``reading`` put to the articles (searched as ``search``, by default the reading itself)."""
            hits, _ = retrieve(self.index, search or reading, self.index.settings.k_support, prefer=prefer, context=context)
            return Option(extract(self.index, reading, hits, reader, told=self._told(fixed, reading)), reading, source, rank)

        options = [put(reading, "reading", rank, prefer=near_last(reading), context="" if own[reading] else said)
                   for rank, reading in enumerate(readings[:MAX_READINGS])]
        ruled = 0  # the first reading, or another the articles answer much more confidently
        for i, option in enumerate(options):
            if option.answer.confidence > options[ruled].answer.confidence + OTHER_READING_MARGIN:
                ruled = i
        # a question read with the turns before it, or one still leaning on them ("who voted against it?")
        leans = readings[0] != fixed or any(w.lower() in PRONOUNS or w.lower() == "there" for w in re.findall(r"[A-Za-z]+", fixed))
        if options[ruled].answer.abstained and self.turns and (leans or not own[fixed]):
            # nothing found for the follow-up alone ("Who was the auditor?"): search again with the last question's
            # words too; a question that names what it asks about ("How much will the S-500 deal cost India?")
            # stands on its own, and is answered as if asked alone
            reading = options[ruled].reading
            options.append(put(reading, "again", options[ruled].rank, search=f"{reading} {self.turns[-1].understood}",
                               prefer=near_last(reading)))
            if not options[-1].answer.abstained:
                ruled = len(options) - 1
        if self.turns and fixed not in readings[:MAX_READINGS]:
            # the question as typed, searched near the last answer unless it names what it asks about: where the
            # reading went wrong, its words and the passage just read may still find the answer
            options.append(put(fixed, "typed", prefer=[] if own[fixed] else last, context="" if own[fixed] else said))
        chosen = options[self._choose(options, ruled)]
        if chosen.answer.abstained and options[ruled].answer.abstained:
            chosen = options[ruled]  # nothing answers: the question as the rules read it ("what was her job there?")
        if chosen.source in ("typed", "reading") and not chosen.answer.abstained:
            # a reading the articles answer the same way says what the question meant, where the words as typed
            # may still lean on the turns before ("how many votes did she get?"); so does the first of two
            # readings that answer alike ("who paid for St. Brigid's new heart centre?", not "… for Brigid?")
            same = normalize(chosen.answer.text or "")
            chosen = next((o for o in options if o.source == "reading" and not o.answer.abstained
                           and normalize(o.answer.text or "") == same), chosen)
        answer, understood = chosen.answer, chosen.reading
        # withheld, the question is shown as the rules read it ("which square is the castle on?"); the turns after
        # still lean on the words as typed, as answered
        shown = options[ruled].reading if answer.abstained and chosen.source == "typed" else understood
        if chosen.source == "typed" and options[ruled].source == "reading" and self._said_near(answer, options[ruled].reading, fixed):
            shown = options[ruled].reading  # answered as typed, but the question meant what the rules read
        answer = replace(
            answer, question=question, rewritten=shown if shown != cleaned else None, notes=tuple(notes),
        )
        # "What's …": "What is …"; a first question's names as the articles write them ("when is putin visiting
        # india": Putin), so that a follow-up finds them ("and lavrov?": Lavrov for Putin)
        held = understood if self.turns else self._cased(understood)
        self.turns.append(Turn(question, _expanded(held), answer, follow_up=leans))
        return answer

    def _said_near(self, answer: Answer, reading: str, typed: str) -> bool:
        """Whether the passage an answer was cut from says the words a reading adds to what was typed, a few
        sentences before the answer or after ("where did she work before politics?" read with "Marta Kowalczyk":
        "… Kowalczyk … She worked for 19 years at St. Brigid's Hospital"; not "Decision Time", 6,000 characters off)."""
        cited = answer.citations[0] if answer.citations else None
        near = self.index.articles[cited.article].text[max(0, cited.start - 600): cited.end + 300] if cited else ""
        return bool((set(tokenize(reading)) - set(tokenize(typed))) & set(tokenize(near)))

    def _first_thing(self, turns: list[Turn] | None = None) -> str | None:
        """What the conversation is about: the first thing (no place, no one) a question of it asked about."""
        # "the project director of Harwick's Eastline tram" is someone: the thing is the tram
        office = rf"^(?:the\s+)?(?:[\w-]+\s+){{0,2}}(?:{'|'.join(sorted(TITLES | PERSON_NOUNS))})\s+(?:of|at|for)\s+(?=\S)"
        return next((t for t in (re.sub(office, "", _topic(turn.understood, self._in_articles) or "", flags=re.IGNORECASE)
                                 for turn in (self.turns if turns is None else turns))
                     if t and not _is_place(t) and not self._names_person(t)
                     and re.split(r"[\s-]", t)[-1].lower() not in TITLES | PERSON_NOUNS), None)

    def _names_own(self, question: str) -> bool:
        """Whether a question names what it asks about, so that it stands alone: a name few passages
        hold ("Lavrov", "the S-500"), not one most of them do ("India" in articles on India)."""
        n = self.index.bm25.n_docs
        most = max(COMMON_NAME * n, 3)  # in a handful of passages, any name says where
        return any(min((self.index.bm25.docs_with(t).size for t in tokenize(e)), default=n) <= most for e in _entities(question))

    def _choose(self, options: list[Option], ruled: int) -> int:
        """The option to answer with: the rules' (``ruled``), unless the choice model
        (qa/models/choice.json, fitted by train/choice.py on the development conversation sets)
        scores another higher by its margin. It weighs how confidently each was answered, how many
        of the ways agree on its answer, whether it is only the last answer again, and how it was
        asked (the first reading, another, searched again, or as typed)."""
        if len(options) < 2:
            return ruled
        model = choice_model()
        scores = _score(model, self._option_features(options))
        best = max(range(len(options)), key=lambda i: (scores[i], -i))
        return best if scores[best] > scores[ruled] + model["margin"] else ruled

    def _option_features(self, options: list[Option]) -> list[dict[str, float]]:
        """What the choice model weighs for each option (the names of qa/models/choice.json)."""
        last = normalize(self.turns[-1].answer.text or "") if self.turns else ""
        said = [normalize(o.answer.text or "") if not o.answer.abstained else "" for o in options]
        first = options[0].answer.confidence
        most = max(o.answer.confidence for o in options)
        answering = sum(bool(s) for s in said)
        rows = []
        for option, text in zip(options, said):
            confidence, withheld = option.answer.confidence, float(not text)
            first_reading = float(option.source == "reading" and option.rank == 0)
            rows.append({
                "bias": 1.0,
                "confidence": confidence,
                "withheld": withheld,
                "first reading": first_reading,
                "other reading": float(option.source == "reading" and option.rank > 0),
                "searched again": float(option.source == "again"),
                "as typed": float(option.source == "typed"),
                "over the first reading": confidence - first,
                "under the best": confidence - most,
                "other ways with this answer": (said.count(text) - 1) / MAX_OPTIONS if text else 0.0,
                "the last answer again": float(bool(text) and text == last),
                "withheld while others answer": withheld * answering / MAX_OPTIONS,
                "ways asked": len(options) / MAX_OPTIONS,
                "confidence of the first reading": confidence * first_reading,
            })
        return rows

    def _told(self, typed: str, reading: str) -> str | None:
        """The last answer, which an elliptical follow-up asks past: "and exports?" swaps one part of
        the last question, so after trade's $68.7 billion it is not $68.7 billion again. A follow-up
        of its own ("which one does India want more of?") may have the last answer for its own, and
        the last question asked again keeps its answer: for those, none."""
        if not self.turns or not _elliptical(typed) or normalize(reading) == normalize(self.turns[-1].understood):
            return None
        return self.turns[-1].answer.text

    @property
    def speller(self) -> Speller:
        """Spelling against the articles' words, made on first use and kept with the index."""
        if self._speller is None:
            self._speller = self.index.remembered(
                "speller", lambda: Speller(self.index.word_counts(), english_words(), self.index.bm25.has, self._together,
                                         self._next_to))
        return self._speller

    def _together(self, a: str, b: str) -> bool:
        """Whether one passage of the articles has both words."""
        words = tokenize(a)[:1] + tokenize(b)[:1]
        return len(words) == 2 and self._passages_with(words).size > 0

    def _next_to(self, a: str, b: str) -> bool:
        """Whether the articles write one word next to the other ("scalar equations")."""
        words = tokenize(a)[:1] + tokenize(b)[:1]
        side = re.compile(rf"\b{re.escape(a)}\s+{re.escape(b)}\b|\b{re.escape(b)}\s+{re.escape(a)}\b", re.IGNORECASE)
        return len(words) == 2 and any(side.search(t) for t in self._texts_with(words, 20))

    def _passages_with(self, words: list[str]) -> np.ndarray:
        """The chunks that hold every one of these (tokenized) words."""
        docs = self.index.bm25.docs_with(words[0]) if words else np.zeros(0, dtype=np.int32)
        for w in words[1:]:
            if not len(docs):
                break
            docs = np.intersect1d(docs, self.index.bm25.docs_with(w))
        return docs

    def _texts_with(self, words: list[str], most: int) -> list[str]:
        """The text of the first ``most`` passages that hold every one of these (tokenized) words."""
        return [self.index.chunks[int(i)].text for i in self._passages_with(words)[:most]]

    @staticmethod
    def _dislocated(question: str) -> str | None:
        """A question about a topic named before it ("what about the new building, what did it
        cost?") with the topic in its pronoun's place: "What did the new building cost?". Without a
        pronoun, a question that has its own verb stands alone ("what about the other direction -
        which goods does Russia want?"), and a verbless one asks about the topic ("what about the
        police, how many new officer positions?" → "… positions for the police?")."""
        m = DISLOCATED.match(question)
        if not m:
            return None
        topic, rest = m.group("topic").strip(), m.group("question").strip()
        topic = re.sub(r"^(?:The|A|An|That|This)\b", lambda d: d.group().lower(), topic)  # it moves inside
        if m.group("said"):  # "you mentioned a fundraising campaign — was there one big donation in it?": the one known
            topic = re.sub(r"^(?:a|an)\s+", "the ", topic)
        words = topic.split()
        if (not m.group("about") and not m.group("said") and words[0].lower() not in {"the", "a", "an", "that", "this"}
                and (m.group("comma") or words[0].lower() in PREPOSITIONS | {"besides", "meanwhile", "anyway"})
                and not (all(w[:1].isupper() for w in words) and re.search(r"\b(?:he|she|him|her|his)\b", rest, re.IGNORECASE))):
            # "at that session, which forums …?": a phrase of place or time, not a topic; before a
            # dash any noun phrase is one ("flood wall - who would build it?"), and before a comma a
            # name the question calls "he" or "she" ("Justice Paul Lindgren, who did he think …?")
            return None
        if (words[0].lower() in PRONOUNS and (len(words) == 1 or words[0].lower() not in DETERMINERS)) or len(words) > 8 or (
                m.group("qmark") and (len(words) > 4 or any(w.lower() in AUX_WORDS | MODALS for w in words)
                                      or words[-1].lower() in STOPWORDS | ADVERBS | REMARKS or words[-1].endswith("ly"))):
            return None  # "and him, …", "his new club, …": the topic is itself a reference ("that pact" is not)
        # "the car? when did he buy it": he is someone else, the car is "it"
        thing = (words[0].lower() in DETERMINERS or topic[:1].islower()) and re.search(
            r"\b(?:it|its|they|them|that|this)\b", rest, re.IGNORECASE)
        for p in TOPIC_PRONOUN.finditer(rest):
            after = rest[p.end():].lstrip()
            if thing and GENDER.get(p.group().lower()):
                continue
            if p.group("demonstrative"):
                # "when does that start?", "does that free up": after an auxiliary, the subject, unless a
                # verb follows the next word ("when did that vote happen?")
                nxt = re.match(r"([\w'’-]+)\s*([\w'’-]*)", after)
                verb_next = re.search(rf"\b{AUX_RE}\s*$", rest[:p.start()], re.IGNORECASE) and nxt and (
                    not nxt.group(2) or nxt.group(2).lower() in PREPOSITIONS | DETERMINERS | PARTICLES)
                if nxt and not verb_next and nxt.group(1).lower() not in AUX_WORDS | MODALS | {"get", "got"}:
                    continue  # "that vote": a determiner
                new = topic
            elif p.group("one"):
                bare = topic[:1].islower() and words[0].lower() not in DETERMINERS | PRONOUNS.keys() and _plural(words[-1])
                new = f"{p.group().split()[0]} of {'the ' if bare else ''}{topic}"  # "which one" of "tributaries"
            elif p.group("possessive"):
                noun = re.match(r"[\w-]+", after)
                if noun and (len(words) > 4 or re.search(r"\b(?:who|that|which)\b", topic, re.IGNORECASE)):
                    # "the firefighter who got heat exhaustion, what is his name?": the name of that firefighter
                    out = f"{rest[:p.start()]}the {noun.group()} of {topic}{after[noun.end():]}"
                    break
                new = f"{topic}'s"
            elif p.group("her"):
                new = topic if not after or re.match(r"[?,.]|(?:to|for|about|with|from|of|in|at)\b", after) else f"{topic}'s"
            else:
                new = topic
            out = rest[:p.start()] + new + rest[p.end():]
            break
        else:
            if m.group("qmark"):
                return None  # "really? what did it cost": a remark, then a question of its own
            out = rest if _has_verb(rest) else f"{rest.rstrip(' ?')} for {topic}?"
        out = out if out.endswith("?") else out + "?"
        return out[:1].upper() + out[1:]

    def _previous_chunks(self) -> list[int]:
        """The passages the previous answer was read from: people ask about what they just read."""
        if not self.turns or not self.turns[-1].answer.citations:
            return []
        prev = self.turns[-1].answer
        c = prev.citations[0]
        return [h.chunk.id for h in prev.passages
                if h.chunk.article_id == c.article and h.chunk.start < c.end and c.start < h.chunk.end]

    # ------------------------------------------------------------ follow-ups

    def rewrite(self, question: str) -> str:
        """The question as understood before the articles are asked: its first reading."""
        return self.readings(question)[0]

    def readings(self, question: str) -> list[str]:
        """The ways a follow-up can be read, the likeliest first; a question that stands on its
        own is its only reading.

        The antecedent of "it", "this", "that" is the topic of the last exchange: its answer when
        that names a thing, else what its question asked about; a place only when nothing else
        fits. An elliptical follow-up ("Why?", "And exports?", "What about X?", "in 2024?")
        completes the last question's own frame.
        """
        if not self.turns:
            return [question]
        question = self._kind_of_one(_expanded(self._cased(question)))
        prev = self.turns[-1]
        one = WHICH_ONE.search(question)
        counted = _counted(prev.understood) if one and one.group(2).lower() == "ones" else None
        if counted and _plural(counted):
            # "which ones?" after "how many counties are under a state of emergency?": which counties, the rest of
            # the question as before
            question = question[: one.start(2)] + counted + question[one.end(2):]
        lead = FOLLOW_UP_START.match(question)
        body = question[lead.end():] if lead else question
        body = body.strip()
        shift = SHIFT.match(question)
        if shift and _head(shift.group("topic")).lower() in ASPECTS:
            question = shift.group("question")  # "on the IT side - how many …?": a side of things, no thing to be "it"
        elif shift and shift.group("to") is not None:
            question = f"what about {shift.group('topic')} - {shift.group('question')}"
        # ("on the late bus - which company is the transport contractor?" is read whole, its phrase kept)
        dislocated = self._dislocated(self._just_named(question))  # "the judge you just named, who did he …?"
        f = _frame(prev.understood)
        if (dislocated and f and f[0].lower() in ("which", "what") and f[1] and f[2] and prev.answer.text
                and re.match(r"(?:which|what)\s", dislocated, re.IGNORECASE) and _says(dislocated, prev.answer.text)
                and not _has_verb(dislocated)):
            # "you said RT - which edition of it exactly?" after "which TV channel is Putin launching?": the new
            # wh-phrase, of the answer, in the place of the one before
            dislocated = f"{dislocated.rstrip(' ?')} {f[2]} {f[3]}?"
        if dislocated and re.search(r"\b(?:its|it|he|she|him|his|her|they|them|their)\b", dislocated, re.IGNORECASE):
            # "switching to tributaries - which one more than doubles its discharge?": "its" read as a question's is
            return list(dict.fromkeys(self._resolve(dislocated)[:1] + [dislocated]))
        if dislocated:
            return [dislocated]
        # "and the gallery it was taken from?" asks which, after a question that asked for a thing; after "how much did
        # its new heart centre cost?", "and the rehab unit they're planning?" asks the same of that unit
        which = lead if not f or f[0].lower() in ("which", "what", "who", "whom", "whose") and not (
            f[1] and _head(f[1]).lower() in ASKED_TIMES) else None
        if lead and not which and any(r.match(body) for r in (NP_RELATIVE_PRONOUN, NP_RELATIVE_PRONOUN_VERB, NP_RELATIVE,
                                                                NP_RELATIVE_VERB)):
            return self._fragment(body.rstrip(" ?"), prev, question)
        relative = NP_RELATIVE_PRONOUN.match(body) if which else None
        if relative:  # "and the gallery it was taken from?" → "Which gallery was it taken from?", "it" read below
            noun, subject, aux, rest = relative.groups()
            question = body = f"Which {noun} {aux} {subject} {rest}?"
            lead = None
        relative = NP_RELATIVE_PRONOUN_VERB.match(body) if which and not relative else None
        if relative:  # "and the missile they develop jointly?" → "Which missile do they develop jointly?"
            noun, subject, verb, rest = relative.groups()
            support = ("do", verb) if subject == "they" and bare_verb(verb) else _do_support(verb, english_words().__contains__)
            if support:
                question = body = " ".join(w for w in ("Which", noun, support[0], subject, support[1], rest) if w) + "?"
                lead = None
        relative = NP_SUBJECT_RELATIVE.match(body) if which and not relative else None
        if (relative and relative.group(2).lower() not in PRONOUNS.keys() | {"one", "ones"}
                and not set(relative.group(1).lower().split()) & PREPOSITIONS):  # "the trip before that one": no clause
            # "and the cells that detect it?" → "Which cells detect it?", "it" read below
            noun, verb, rest = relative.groups()
            question = body = " ".join(w for w in ("Which", noun, verb, rest) if w) + "?"
            lead = None
        echo = ECHO.match(body)
        if echo and echo.group(1).split()[0].lower() not in AUX_WORDS and not re.search(rf"\b{WH}\b", echo.group(1), re.IGNORECASE):
            # "and prosecutors had asked for?": a statement left open at its end asks for what ends it
            question = body = f"What {echo.group(2)} {echo.group(1)} {echo.group(3)}?"
            lead = None
        what_about = WHAT_ABOUT.match(question)
        relative = NP_RELATIVE.match(body) if which else None
        if relative:  # "And the air defence system India is keen on?" → "Which air defence system is India keen on?"
            noun, subject, aux, rest = relative.groups()
            return [f"Which {noun} {aux} {subject} {rest}?"]
        relative = NP_RELATIVE_VERB.match(body) if which else None
        support = _do_support(relative.group(3), english_words().__contains__) if relative else None
        if support:  # "what about the air defence system India wants?" → "Which air defence system does India want?"
            noun, subject, _, rest = relative.groups()
            return [" ".join(w for w in ("Which", noun, support[0], subject, support[1], rest) if w) + "?"]
        if what_about:
            return self._fragment(what_about.group(1), prev, question)
        if lead and re.match(r"(?:way\s+)?back\s+when\s", body, re.IGNORECASE):  # "and back when building started?": a time
            return self._fragment(body.rstrip(" ?"), prev, question)
        if PURPOSE.match(body):
            return [self._new_wh("Why", prev)]
        narrowed = WH_QUALIFIED.match(body)
        if (narrowed and _is_fragment(narrowed.group(2))
                and re.match(rf"\s*{re.escape(narrowed.group(1))}\b", prev.understood, re.IGNORECASE)):
            return self._fragment(narrowed.group(2), prev, question)
        asked = self._asked_of_topic(body, prev)
        if asked:
            return asked
        said_of = NP_WH.match(body)
        topic = _topic(prev.understood, self._in_articles) if said_of and f and f[2].lower() in COPULA else None
        if topic and not set(body.lower().split()) & AUX_WORDS:
            # "a client of which french empire exactly?" after "what kind of state was the Confederation of the
            # Rhine?": said of the same subject, with the same "was"
            return [f"{topic[:1].upper()}{topic[1:]} {f[2].lower()} {body.rstrip(' ?')}?"]
        swapped = self._wh_swapped(body, prev) or _doer_swapped(body, prev)
        if swapped:
            return [swapped]
        clocked = CLOCK_ASKED_ON.fullmatch(self._then(body)) if f and f[0].lower() == "when" else None
        if clocked:
            # "by what time on that day?" after "when's his replacement arriving?" (Thursday, November 19): the same
            # asked by the hour, on the day answered
            return [f"{self._new_wh(clocked.group(1), prev).rstrip(' ?')} {clocked.group(2)}?"]
        time_noun = TIME_FRAGMENT.fullmatch(body.rstrip(" ?")) if lead or what_about else None
        # ("and the year?" after "what will he finalize there?": the year of the doing, what it took being answered)
        if time_noun and f and (not f[2] and f[0].lower() in ("which", "what", "who") or f[0].lower() in ("where", "why", "how")
                                or not f[1] and f[0].lower() == "what" and f[2].lower() in DO | MODALS) and not (
                f[1] and _head(f[1]).lower() in ASKED_TIMES):
            # "and the year?" after "which french pm sparked the rhine crisis?" or "where did he confirm his visit?": the
            # time of what was asked, not a thing of the year ("in what year did the French pm spark the Rhine crisis?")
            return [self._new_wh(TIME_ASKED[time_noun.group(1).lower()], prev)]
        bare = WH_PHRASE.match(body) or EVENT.match(body)
        if bare:  # "Why?", "From what?", "And when was that?": the last question's event (or its time)
            # "when was that?" after "during the plague of Athens": the event the answer named
            during = EVENT.match(body) and DURING.fullmatch(prev.answer.text or "")
            event = [f"{bare.group(1).capitalize()} was {_the(during.group(1))}?"] if during else []
            ans = prev.answer.text or ""
            if (not event and EVENT.match(body) and bare.group(1).lower() != "why" and ans and not prev.answer.abstained
                    and _an_event(ans) and not _is_value(ans) and len(ans.split()) <= 8):
                # "when was that?" after "What's the earliest known reference to immunity?" (the plague of Athens): the
                # event answered
                event = [f"{bare.group(1).capitalize()} was {_the(ans)}?"]
            whose = _frame(prev.understood) if EVENT.match(body) and not during else None
            if whose and whose[0].lower() == "whose" and whose[1] and prev.answer.text and _a_name(prev.answer.text):
                # "when was that?" after "whose scorpion venom work did he build on?" (Maupertuis): that work, his
                event = [f"{bare.group(1).capitalize()} was {_possessive(prev.answer.text)} {whose[1]}?"]
            priced = re.fullmatch(r"(?:for|at)\s+(?:how\s+much|what\s+(?:price|cost|sum|amount|fee))", bare.group(1), re.IGNORECASE)
            if priced and not _trades(prev.understood):
                # "and for how much?" after "when will they start?": nothing starts for a price; the question before
                # that won, hired or bought something did ("Which company won the contract for the Fennick gymnasium roof?")
                prev = next((t for t in reversed(self.turns[-4:-1]) if _trades(t.understood) and t.answer.text), prev)
            return list(dict.fromkeys(event + [self._new_wh(bare.group(1), prev), self._new_wh(bare.group(1), prev, then=True)]))
        again = self._counted_again(question)
        if again:
            return [again]
        if body and _is_fragment(body, most=10 if lead else 6):  # "and …?" says it is one, however long
            return self._fragment(body.rstrip(" ?"), prev, question)
        one = WHICH_ONE.search(question)
        frame = _wh_frame(prev.understood)
        if one and frame:  # "which one does India want?" after "which air defence systems …?"
            return [question[: one.start(2)] + frame[1].strip() + question[one.end(2):]]
        typed = question
        identity = IDENTITY.match(question)
        # "which summit is this?": a summit the conversation named, or as typed, never another thing
        if identity and not set(identity.group(1).lower().split()) & (KINDS | ASKED_TIMES | VALUE_NOUNS | PRONOUNS.keys()
                                                                       | {"week", "age"}):  # "which session of it …": of what
            head = stem(identity.group(1).split()[-1].lower())
            named = [t for back in range(1, min(3, len(self.turns)) + 1) for t in self._things(back)
                     if stem(_head(t).lower()) == head]
            text = question[: identity.start(2)] + named[0] + question[identity.end(2):] if named else question
            return [re.sub(r"^\s*and\s+(\w)", lambda a: a.group(1).upper(), text, flags=re.IGNORECASE)]
        question = _went_when_done(_predicate_elided(question, prev.understood), prev.understood)
        did = DO_THAT.search(question)
        done = _predicate(prev.understood) if did else None
        if done:  # "what year did he do that" after "Which king moved the court to Warsaw?": he moved it
            question = f"{question[: did.start(1)]}{done}?"
        question = self._just_named(question)
        # "how many did that guy score?": a person pointed at is the one just answered, else "he" or "she"
        ans = prev.answer.text or ""
        pointed = ans if ans and not prev.answer.abstained and self._names_person(ans) else None
        question = re.sub(r"\b(?:that|this)\s+(?:guy|man|bloke|chap|fellow|woman|lady)\b", lambda _: pointed, question,
                          flags=re.IGNORECASE) if pointed else question
        question = re.sub(r"\b(?:that|this|the)\s+(?:guy|man|bloke|chap|fellow)\b", "he", question, flags=re.IGNORECASE)
        question = re.sub(r"\b(?:that|this|the)\s+(?:woman|lady)\b", "she", question, flags=re.IGNORECASE)
        # "what's their surname?" after "who is booking the cottage?" (jules): one person, of no known sex, whose name is asked
        name = re.search(r"\btheir\s+((?:sur|first\s+|last\s+|full\s+|middle\s+|nick)name|age)\b", question, re.IGNORECASE)
        ans = prev.answer.text or ""
        if (name and ans and re.match(r"\W*(?:and\s+)?who\b", prev.understood, re.IGNORECASE) and len(ans.split()) <= 3
                and not re.search(r",|\band\b|\d", ans)):
            question = question[: name.start()] + f"{_possessive(ans)} {name.group(1)}" + question[name.end():]
        question = self._that_person(self._that_one(self._one_listed(question)))
        whole = WHOLE.search(question)
        first = self._first_thing() if whole else None
        if first:  # "what's the whole thing going to cost?": what the conversation is about
            question = question[: whole.start()] + first + question[whole.end():]
        said = self._that_said(self._claim_said(question))
        plain = said == question
        if not plain:  # its "that" is the conjunction's, read no further
            question, variants = said, [said]
        else:
            # each pro-form read in its own words, in this order ("that" after a statement typed first, … "that job")
            for step in (_told_first, self._expected, self._voted_on, self._the_term, self._the_two, self._those_numbered,
                         self._that_firm, self._those_plans, self._the_building, self._told_of, self._in_the_event,
                         self._place_unanswered, self._this_time, self._that_answer, self._that_unanswered, self._that_number,
                         self._that_value, self._that_many, self._many_counted, self._same_kind, self._then, self._there,
                         self._named_the, self._office_of, self._sum_of):
                question = step(question)
            variants = self._resolve(question)
        named = self._named_answer(question) if plain else None
        if named:
            variants = [named] + variants
        elif plain:
            fuller = self._fuller_mention(variants[0])
            # "what time was that call?": not "the 3:05 call", a mention that answers itself
            if fuller and not (classify(fuller)[0] == "date" and _without_value_asked(fuller, typed)):
                variants = [fuller] + variants
        out = []
        for text in variants:
            if lead and text != typed:  # read anew ("and who got a call before 3:25?"): without its "and"
                text = text[lead.end():] if text.startswith(question[: lead.end()]) else text
                text = text[:1].upper() + text[1:]
            elif lead:
                text = body[:1].upper() + body[1:]
            out.append(text)
        return list(dict.fromkeys(r for text in out for r in (text, _without_value_asked(text, typed)) if r))

    def _the_term(self, question: str) -> str:
        """"when did the term come into English?" after "who called imperialism the highest stage of capitalism?":
        "the term" or "the word" with no word of its own is a word the conversation used that the articles
        call a term or a word ("The term imperialism has been applied …"): "the term imperialism"."""
        m = re.search(r"\b(?i:the)\s+((?i:term|word|expression|phrase))\b(?!\s+(?:[\"“‘'A-Z]|(?i:of)\b))", question)
        if not m:
            return question
        said = {w.lower() for t in self.turns for w in re.findall(r"[A-Za-z][\w-]{3,}", f"{t.understood} {t.answer.text or ''}")
                if w.lower() not in STOPWORDS}
        called = [w.lower() for text in self._texts_with([m.group(1).lower()], 50)
                  for w in re.findall(rf"\b(?:the|a)\s+{m.group(1)}\s+[\"“‘']?([A-Za-z][\w-]+)", text, re.IGNORECASE)
                  if w.lower() in said]
        after = re.match(r"\s+([\w-]+)", question[m.end():])
        if not called or after and after.group(1).lower() in called:
            return question  # "the term imperialism" says its word
        word = Counter(called).most_common(1)[0][0]
        return question[: m.end()] + f" {word}" + question[m.end():]

    def _those_plans(self, question: str) -> str:
        """"where did he confirm those plans?" after "which russian foreign minister is expected to visit india ahead
        of the summit?": plans of which nothing is said are those the conversation said someone had ("is expected
        to visit …"): "the plans to visit india", the verb and its object."""
        m = re.search(r"\b(those|these|the|that|this|his|her|their|its)\s+(plans?|intentions?)\b(?!\s+(?:to|for|of|by)\b)",
                      question, re.IGNORECASE)
        for turn in reversed(self.turns[-RECENT_TURNS:]) if m else ():
            planned = re.search(rf"\b(?:is|are|was|were|will\s+be)\s+(?:{'|'.join(sorted(SCHEDULED))}|planning)\s+to\s+"
                                r"([a-z]+\b[^?]*?)\s*\??\s*$", turn.understood, re.IGNORECASE)
            words = planned.group(1).split() if planned else []
            if words and bare_verb(words[0].lower()):
                # the verb and its object, not when or what for ("visit India", not "… in November to finalize …")
                cut = next((i for i, w in enumerate(words[2:], 2) if w.lower() in PREPOSITIONS | {"ahead", "to"}), len(words))
                owner = m.group(1) if m.group(1).lower() in ("his", "her", "their", "its") else "the"
                return question[: m.start()] + f"{owner} {m.group(2)} to {' '.join(words[:cut])}" + question[m.end():]
        return question

    def _the_two(self, question: str) -> str:
        """"which of the two is already based there?" after "where will the merged nordvik and skerry airline be
        headquartered?": "the two" with no noun are the two the conversation named with one noun after them, as
        many of it ("the two airlines")."""
        m = re.search(r"\bthe\s+two\b(?=\s+(?:is|are|was|were|has|have|had|will|would|did|does|do)\b|\s*\??\s*$)",
                      question, re.IGNORECASE)
        for turn in reversed(self.turns[-RECENT_TURNS:]) if m else ():
            pair = re.search(r"\b([A-Z][\w'’-]*)\s+and\s+([A-Z][\w'’-]*)\s+([a-z][\w-]*)\b", turn.understood)
            if pair and pair.group(3) not in STOPWORDS | PREPOSITIONS and not _plural(pair.group(3)):
                return question[: m.end()] + f" {_plural_of(pair.group(3))}" + question[m.end():]
        return question

    def _those_numbered(self, question: str) -> str:
        """"who reformulated those 20 into vector form?" after "20 scalar equations, …": a number pointed at
        with no noun of its own is the many the conversation counted with it ("the 20 scalar equations")."""
        m = re.search(r"\b(?:those|these|the)\s+(\d[\d,]*)\b(?![\d,.]|\s*(?:%|percent|per\s+cent)|\s+[a-z][\w-]*s\b)",
                      question, re.IGNORECASE)
        for turn in reversed(self.turns[-3:]) if m else ():
            for text in (turn.answer.text or "", turn.understood):
                counted = re.search(rf"(?<![\d,.]){re.escape(m.group(1))}\s+((?:[a-z][\w-]*\s+){{0,2}}?[a-z][\w-]*s)\b", text)
                if counted and _plural(counted.group(1)) and not set(counted.group(1).split()) & (STOPWORDS | PREPOSITIONS):
                    return question[: m.start()] + f"the {m.group(1)} {counted.group(1)}" + question[m.end():]
            # "20" answering "how many scalar equations were there?"
            asked = _counted(turn.understood) if re.match(rf"{re.escape(m.group(1))}\b", turn.answer.text or "") else None
            if asked and _plural(asked):
                return question[: m.start()] + f"the {m.group(1)} {asked}" + question[m.end():]
        return question

    def _that_firm(self, question: str) -> str:
        """"who at that company agreed to that date?" after "Which company got the Millrace Bridge contract?"
        (Corvane Builders) and questions of the work: "that company" (firm, business, contractor) is the firm
        the conversation answered last, by its name."""
        m = re.search(r"\b(?:that|this)\s+([a-z]+)\b(?!\s+(?:[a-z]+s|[A-Z])\b)", question, re.IGNORECASE)
        if not m or stem(m.group(1).lower()) not in FIRMS:
            return question
        for turn in reversed(self.turns[-RECENT_TURNS:]):
            name = turn.answer.text or ""
            if (name and not turn.answer.abstained and len(name.split()) <= 5 and name[:1].isupper() and not _is_place(name)
                    and _body_name(name) and not self._names_person(name)):
                # (the last answer's own words are `_fuller_mention`'s: "Korea-based Hanul Display" is Hanul Display)
                return question if turn is self.turns[-1] else question[: m.start()] + name + question[m.end():]
            f = _frame(turn.understood)
            if f and f[1] and stem(_head(f[1]).lower()) in FIRMS:
                break  # "which contractor did she say went bust?", unanswered: that one, no firm before
        return question

    def _the_building(self, question: str) -> str:
        """"who was the architect of the building?" after questions of "St. Brigid's new heart centre": "the
        building" (the premises) of no one is the building the conversation named by its kind (a centre, a museum,
        a terminal), the nearest, when it named one."""
        m = re.search(r"\bthe\s+(?:building|premises)\b(?!\s*(?:of|at|in|on|for)\b)", question, re.IGNORECASE)
        if not m:
            return question
        recent = self.turns[-RECENT_TURNS:]
        opener = max((i for i, t in enumerate(recent) if not t.follow_up), default=0)
        for turn in [recent[opener]] + recent[::-1]:  # what the thread is about first
            # (what a question asked for and got, first: "the Rowan Heart Centre" answering "what did the hospital open?")
            for topic in (turn.answer.text, _topic(turn.understood, self._in_articles)):
                if topic and _head(topic).lower() in BUILDINGS - {"building", "site"} and not _says(question, topic):
                    # ("st. brigid's new heart centre" says whose; "new heart centre" takes "the")
                    topic = topic if re.match(r"(?:[Tt]he\s|(?:\S+\s+)?\S+['’]s\s|[A-Z])", topic) else f"the {topic}"
                    return question[: m.start()] + self._cased(topic) + question[m.end():]
        return question

    def _claim_said(self, question: str) -> str:
        """"who said that?" after "When will construction of the barrier finish?" (end of 2028): that is
        the claim the answer makes, said whole ("who said construction of the barrier will finish by end
        of 2028?"); after "What started the fire?" (sparks from a trailer), "who said sparks from a trailer
        started the fire?"; after "how much is trade worth?", "who said trade is worth $4.88 billion?". "Says
        who?" and "according to whom?" ask the same; where the last question and its answer make no such claim,
        a question of how, why, when or where is said as its clause ("who said how E. coli got into the
        water?"), and any other is left as typed."""
        m = re.fullmatch(r"\W*(?:and\s+|so\s+)?(?:(who|which\s+[a-z]+)\s+(said|says|claimed|claims|stated|announced|predicted|confirmed|"
                         r"reported)\s+(?:that|so|this)|(?P<who>says\s+who|according\s+to\s+whom?))\s*\??\s*", question, re.IGNORECASE)
        last = self.turns[-1] if self.turns and m else None
        ans = last.answer.text if last and not last.answer.abstained else None
        asked = last.understood.strip().rstrip(" ?") if last else ""
        # "says who?", "according to whom?": who said it; how or why a thing was, said as the question asked it
        # ("who said how E. coli bacteria got into the water?")
        claim = (_claim(asked, ans) if ans else None) or (_indirect(asked) if last else None)
        said = "who said" if m and m.group("who") else f"{m.group(1)} {m.group(2)}" if m else ""
        return f"{said} {claim}?" if claim else question

    def _that_said(self, question: str) -> str:
        """"who later built on this?" after "what did Maupertuis notice?" (certain dogs and mice were immune to this
        venom): "this" is what he noticed, said as a noun of the doing ("Maupertuis's observation that certain dogs
        and mice were immune to this venom"), not the clause pasted in."""
        m = re.search(r"\b(this|that)\s*\??\s*$", question, re.IGNORECASE)
        asked = re.fullmatch(r"\W*(?:and\s+)?what\s+(?:did|does|has|had)\s+"
                             rf"([A-Z][\w.'’-]*(?:\s+(?:(?:{'|'.join(sorted(NAME_PARTICLES))})\s+)?[A-Z][\w.'’-]*){{0,4}})\s+([a-z]+)\s*\??\s*",
                             self.turns[-1].understood) if m and self.turns else None
        ans = self.turns[-1].answer.text or "" if asked else ""
        noun = SAID_AS_NOUN.get(asked.group(2).lower()) if asked else None
        if not noun or len(ans.split()) < 4 or not re.search(r"\b(?:is|are|was|were|has|have|had|would|could|will|can)\b", ans):
            return question
        before = question[: m.start()].rstrip().split()
        if not before or before[-1].lower() not in PREPOSITIONS and not bare_verb(before[-1].lower()):
            return question  # "what was that?", "why was that?": no object to name
        return question[: m.start()] + f"{_possessive(asked.group(1))} {noun} that {ans}" + question[m.end():].rstrip(" ?") + (
            "?" if question.rstrip().endswith("?") else "")

    def _voted_on(self, question: str) -> str:
        """"what was the vote?", "who were the two against?", "who dissented?": a vote with nothing after it is on
        the measure the conversation talked about, said as fully as it was ("the budget Bridgewater City Council
        approved for 2025-26"), the last one said."""
        m = VOTED.fullmatch(question)
        said = [d.group() for turn in reversed(self.turns[-RECENT_TURNS:]) for d in DECIDED.finditer(turn.understood)] if m else []
        ruled = next((r for turn in reversed(self.turns[-RECENT_TURNS:]) for r in [RULED.search(turn.understood)] if r), None) if m else None
        if not said and ruled:  # "… did the Supreme Court rule that Zipply couriers are employees?": the ruling that they are
            said = [f"the ruling {ruled.group(1)}"]
        if not said:
            return question
        head = _head(DECIDED.match(said[0]).group("head")).lower()
        measure = max((d for d in said if _head(DECIDED.match(d).group("head")).lower() == head), key=len)
        measure = measure[:1].lower() + measure[1:]
        asked = question.rstrip(" ?")
        if head in ("case", "trial", "hearing", "appeal"):
            return f"{asked} in {measure}?"  # "who was the one against in the Zipply case?": no one is against a case
        if m.group("vote"):
            return f"{asked} on {measure}?"
        if m.group("against"):
            return f"{asked} {measure}?"
        verb = m.group("dissent").split()[-1].lower()
        return f"{asked} {({'dissented': 'from', 'disagreed': 'with'}).get(verb, 'to')} {measure}?"

    def _expected(self, question: str) -> str:
        """"what had analysts expected?" after "What was Corvane's revenue in the second quarter?": what one
        expects, forecasts or predicts, with nothing after the verb, is the value the last question asked
        ("What had analysts expected Corvane's revenue in the second quarter to be?")."""
        m = EXPECTED.fullmatch(question)
        asked = re.fullmatch(r"\W*(?:and\s+)?(?:what|how\s+much)\s+(?:is|was|were|are|will\s+be)\s+([^?]+?)\s*\??\s*",
                             self.turns[-1].understood, re.IGNORECASE) if m else None
        if not asked or PRONOUN_WORD.search(asked.group(1)):
            return question
        return f"{question[: m.end(1)]} {asked.group(1)} to be?"

    def _place_unanswered(self, question: str) -> str:
        """"how much is it a night?" after "where is the porthmere group staying?", left unanswered: "it" is the place
        where they are staying, not the group."""
        last = self.turns[-1] if self.turns else None
        # (with where it is for: "where are the group staying for the Porthmere trip?")
        where = re.fullmatch(r"\W*(?:and\s+)?where\s+(is|are|was|were|will)\s+((?:the\s+)?[^?]+?)\s+((?:[a-z]+ing|stay|live|be)"
                             r"(?:\s+(?:for|in|on|during|at)\s+[^?]+?)?)\s*\??\s*",
                             last.understood, re.IGNORECASE) if last and last.answer.abstained else None
        it = re.search(r"\bit\b(?!['’])", question, re.IGNORECASE) if where else None
        if not it or PRONOUN_WORD.search(where.group(2)):
            return question
        return f"{question[: it.start()]}the place where {where.group(2)} {where.group(1).lower()} {where.group(3)}{question[it.end():]}"

    def _told_of(self, question: str) -> str:
        """"where did he confirm it?" after "who is visiting india before putin …?" (Sergey Lavrov): what one
        confirms or announces is a doing, here the visit under way, not a thing the last question named."""
        m = re.search(r"\b(?:confirm|announce|deny|reveal|mention|disclose)(?:s|ed|d)?\s+(it|that|this)\b(?!\s+[a-z]+ing\b)",
                      question, re.IGNORECASE)
        journey = self._journey("visit") if m else None
        said = re.search(r"\b(he|she)\b", question[: m.start(1)], re.IGNORECASE) if journey else None
        if said:  # "where did he confirm it?": he confirmed his own visit
            journey = f"{'his' if said.group(1).lower() == 'he' else 'her'} visit"
        return question[: m.start(1)] + journey + question[m.end(1):] if journey else question

    def _this_time(self, question: str) -> str:
        """"who's hosting the banquet for it this time?" after "when did Putin last visit India?": "it" is
        the visit, this one against the last; so too "that" and "that trip"."""
        m = re.search(r"\b(?:for|of|at|during|on|about)\s+(it|that|this|the\s+trip|the\s+visit)\s+this\s+time\b", question,
                      re.IGNORECASE)
        alone = re.search(r"\s+this\s+time\s*(?=\??\s*$)", question, re.IGNORECASE) if not m else None
        journey = self._journey("visit", under_way=True) if alone else None
        if journey:  # "who personally invited him this time?" in talk of Putin's visit: for his visit, this one
            owner = re.match(r"(.+?)['’]s?\s+\S+$", journey)
            him = re.search(r"\b(?:he|him)\b", question, re.IGNORECASE) if owner and self._names_person(owner.group(1)) else None
            if him:  # the man the question calls "him" is the one whose visit it is: named there, "his" after
                return (question[: him.start()] + owner.group(1) + question[him.end(): alone.start()]
                        + " for his visit" + question[alone.end():])
            return question[: alone.start()] + f" for {journey}" + question[alone.end():]
        if not m:
            return question
        for turn in reversed(self.turns[-RECENT_TURNS:]):
            said = self._cased(turn.understood)
            last = re.search(r"\b([A-Z][\w'’-]*)\s+(?:last|previously|first)\s+([a-z]+)", said)
            if last and stem(last.group(2)) in MOTION | JOURNEYS and self._names_person(last.group(1)):
                noun = "visit" if stem(last.group(2)) in {stem("visit"), stem("come"), stem("came")} else "trip"
                return question[: m.start(1)] + f"{_possessive(last.group(1))} {noun}" + question[m.end(1):]
        return question

    def _named_the(self, question: str) -> str:
        """"whose rise to power is the treaty said to have helped?" after an answer "Treaty of
        Versailles" → "… is the Treaty of Versailles said …": a common noun with "the" is the one
        thing the last turns named with it as its head ("the Treaty of Versailles", "the Royal
        Castle", "St. Brigid's Hospital"), or else the one the user's questions described ("the
        labour mobility pact"); left as typed when they named two."""
        for m in re.finditer(r"\bthe\s+([a-z][a-z-]+)\b(?!['’])", question):
            word = m.group(1)
            after, then = (re.match(r"\s*(\w+)?(?:\s+(\w+))?", question[m.end():]).group(1, 2))
            after, then = after or "", then or ""
            if (word in STOPWORDS | TITLES | PERSON_NOUNS or after[:1].isupper() or after[:1].isdigit()
                    or after and after.lower() not in AUX_WORDS | MODALS | PREPOSITIONS | STOPWORDS | ADVERBS | DEGREE
                    and not after.endswith(("ly", "ed")) and not bare_verb(after) or after.lower() == "of"
                    or word.endswith("ing") and after.islower() and then.islower()
                    and not {after, then} & (AUX_WORDS | MODALS | PREPOSITIONS | PARTICLES | STOPWORDS)):
                # "the tram contract", "the treaty of 1919": the noun goes on, or says which; "the folding display
                # panels": an -ing word describes the noun phrase after it ("the building cost?" is the building)
                continue
            journey = None if re.search(r"\b(?:he|she|him|her)\b", question, re.IGNORECASE) else self._journey(word)
            if journey:  # "which summit is the trip for?" after "when is Putin visiting India?": his trip ("where did
                # he confirm the trip?": the trip of whoever "he" is)
                return question[: m.start()] + journey + question[m.end():]
            head = re.compile(rf"^(?:.+\s)?{word}$|^{word}\s+of\s", re.IGNORECASE)
            names = []
            for turn in reversed(self.turns[-3:]):
                for text in (turn.answer.text or "", turn.understood):
                    # a common noun the user typed is no one's name ("the treaty")
                    names += [e for e in _entities(text) if head.search(e) and e[:1].isupper() and len(e.split()) > 1
                              and e not in names]
            if len(names) == 1:
                name = names[0] if re.match(r"(?:The|St\.?)\s", names[0]) or re.search(r"['’]s\s", names[0]) else f"the {names[0]}"
                return question[: m.start()] + name + question[m.end():]
            # "the pact" after a question about "the labour mobility pact": the one the user asked about
            # (not "the jet" after "Which Russian fighter jet …?": that is its answer, Su-57)
            asked = any(f and f[1].strip() and stem(f[1].split()[-1].lower()) == stem(word)
                        for f in (_frame(t.understood) or _wh_frame(t.understood) for t in self.turns[-3:]))
            answered = [t.answer.text for t in self.turns[-3:] if t.answer.text and len(t.answer.text.split()) > 1
                        and re.match(rf"\W*(?:and\s+)?(?:what|which)\s+(?:(?:kind|type|sort)\s+of\s+)?(?:[\w-]+\s+){{0,3}}?{word}s?\b",
                                     t.understood, re.IGNORECASE)
                        and t.answer.text.split()[-1].islower() and stem(t.answer.text.split()[-1].lower()) == stem(word)]
            if answered and not names:  # "the pact" after "What kind of pact …?" (a labour mobility pact): the one answered
                return question[: m.start()] + _the(answered[-1]) + question[m.end():]
            # ("the game" after "Who won the Continental Cup final?": a final is a game, said in other words)
            said = {m for turn in self.turns[-3:] for alike in (word, *SAME_THING.get(word, ()))
                    for m in [self._mention(turn.understood, alike)] if m and self._whole_mention(m, turn.understood)} if not asked else set()
            if not names and len(said) == 1:
                return question[: m.start()] + said.pop() + question[m.end():]
            # ("the contractor that went bust" says which one itself)
            body = self._body_read_of(word) if not (names or said or asked or after.lower() in ("that", "which", "who")) else None
            if body:  # "who runs the company?" after two questions about the recall: the company the article names
                return question[: m.start()] + body + question[m.end():]
        return question

    def _sum_of(self, question: str) -> str:
        """"so what's the price tag now?" after "Who is running the project to build Harwick's Eastline tram?" →
        "… the price tag of Harwick's Eastline tram now?": a sum of nothing named is of what the conversation is
        about, when that is a thing (no one, no place, no body: a club's fee may be any player's)."""
        m = SUM_OF_NOTHING.search(question)
        if not m or _entities(question[:1].lower() + question[1:]) or PRONOUN_WORD.search(question):
            return question
        first = self._first_thing()
        if not first or _named_body(first) or self._short_for_body(first) or first.lower() in question.lower():
            return question
        return f"{question[: m.end()]} of {first}{question[m.end():]}"

    def _office_of(self, question: str) -> str:
        """"who is the governor?" after "Why did the Reserve Bank of Norland cut its rate?" → "who is
        the governor of the Reserve Bank of Norland?": an office said with "the" and of no one is the
        office of the one body the last question named (left as typed when it named none or two)."""
        m = OFFICE.search(question)
        if not m:
            return question
        for turn in reversed(self.turns[-3:]):
            # (or the one the nearest question that named any did: "whos the current chair?" after "when was the IPCC
            # established?" and a question of where the member governments are)
            whole, others = _whole_names(turn.understood)
            bodies = {b for b in whole + others if _named_body(b) or _acronym(b) and not _is_place(b)}  # "the IPCC"
            if bodies or not turn.follow_up:
                break  # (a question standing alone began what is talked about now)
        if len(bodies) != 1:
            return question
        body = bodies.pop()
        body = f"the {body}" if re.search(rf"\bthe\s+{re.escape(body)}", turn.understood, re.IGNORECASE) else body
        return f"{question[: m.end()]} of {body}{question[m.end():]}"

    def _body_read_of(self, noun: str) -> str | None:
        """The one body of this kind the passages the last answers were read from name: "the company" is
        "Halvorsen Pharmaceuticals" (a firm's name, no council's or court's), "the council" "the Bridgewater City
        Council" (a name with the noun in it). None for no such body, or two."""
        if _plural(noun) or stem(noun) not in ORGANIZATIONS:
            return None  # "the carriers" are many
        texts = [h.chunk.text for t in self.turns[-2:] for h in t.answer.passages[:3]]
        names = [e for text in texts for e in _entities(text)
                 if _body_name(e) and not _is_place(e)
                 and "\n" not in e and not re.search(r"\d", e) and len(e.split()) <= 6]
        # "A. Company": a name has a word of its own besides the noun
        own = [e for e in names if noun in e.lower().split() and any(len(w) > 2 and w.lower() != noun for w in e.split())]
        firms = [e for e in names if {w.lower() for w in e.split()} & FIRM_NAMES
                 and any(len(w) > 2 and w.lower() not in FIRM_NAMES for w in e.split())] if stem(noun) in FIRMS else []
        found = list(dict.fromkeys(own or firms))
        found = [e for e in found if not any(e != o and e in o for o in found)]  # "Halvorsen" in "Halvorsen Pharmaceuticals"
        if len(found) != 1:
            return None
        return f"the {found[0]}" if own and not re.match(r"(?:The|St\.?)\s", found[0]) else found[0]

    @staticmethod
    def _whole_mention(mention: str, text: str) -> bool:
        """Whether a fuller mention says no more than which one the user means: not "Putin's previous
        visit" or "the 23rd annual summit" for "the visit", "the summit" (another one), nor "Brigid's
        heart centre" cut from "St. Brigid's"."""
        words = mention.split()
        if set(w.lower() for w in words[:-1]) & SEQUENCE or any(c.isdigit() for c in mention):
            return False
        owner = re.match(r"(?:the\s+)?([A-Z][\w-]*)['’]s\b", mention)
        return not (owner and re.search(rf"\b[A-Z][\w'’-]*\.?\s+{re.escape(owner.group(1))}['’]s\b", text))

    def _just_named(self, question: str) -> str:
        """"what did the person you just named say …?": the one just answered, whatever the noun; a person
        ("that courier you mentioned") the last person answered, where the last answer names none ("34-year-old")."""
        just = re.search(r"\b(?:the|that|this)\s+(?:same\s+|other\s+|last\s+)?([a-z]+)\s+(?:(?:that|which|who)\s+)?you\s+"
                         r"(?:just\s+)?(?:named|mentioned|said|gave|listed)\b", question, re.IGNORECASE)
        answers = [t.answer.text for t in reversed(self.turns[-3:]) if t.answer.text and not t.answer.abstained] if just else []
        if answers and is_person_noun(just.group(1).lower()) and not self._names_person(answers[0]):
            answers = [a for a in answers if self._names_person(a)] or answers
        return question[: just.start()] + answers[0] + question[just.end():] if answers else question

    def _that_answer(self, question: str) -> str:
        """"When did that 25% tariff take effect?" after "25%": the user says which one, and "that" is "the"."""
        ans = self.turns[-1].answer.text or ""
        if not ans or not ans[:1].isdigit() and not ans[:1] in "$€£":
            return question
        return re.sub(rf"\b(?:that|this)\s+(?={re.escape(ans)}(?!\w))", "the ", question, count=1, flags=re.IGNORECASE)

    def _that_unanswered(self, question: str) -> str:
        """"how many years was that?" after "what did Marta Kowalczyk do before politics?", left unanswered:
        "that" is what the question asked for, said as a clause ("what Marta Kowalczyk did before politics")."""
        last = self.turns[-1]
        m = re.search(r"\b(?:that|this)(?=\s*\??\s*$)", question, re.IGNORECASE)
        asked = re.fullmatch(r"\W*(?:and\s+)?what\s+(did|does)\s+((?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w'’-]*)\s+([a-z]+)\b(.*?)\s*\??\s*",
                             last.understood) if m and last.answer.abstained else None
        if not asked or not bare_verb(asked.group(3)) or not self._names_person(asked.group(2)):
            return question
        verb = _past(asked.group(3)) if asked.group(1) == "did" else _third_person(asked.group(3))
        return question[: m.start()] + f"what {asked.group(2)} {verb}{asked.group(4)}" + question[m.end():]

    def _that_number(self, question: str) -> str:
        """"how did they work out that number?" after "How many people have been evacuated because of the Cedar
        Gap Fire?": "that number" (figure, total, count) is the number the last question counted, said whole
        ("the number of people evacuated because of the Cedar Gap Fire")."""
        m = re.search(r"\b(?:that|this)\s+(?:number|figure|total|count|tally|estimate)\b(?!\s+(?:of\b|[a-z]+s\b))", question,
                      re.IGNORECASE)
        last = self.turns[-1]
        if not m or not _is_value(last.answer.text or ""):
            return question
        passive = re.fullmatch(r"\W*(?:and\s+)?how\s+many\s+([a-z][\w-]*)\s+(?:have\s+been|has\s+been|had\s+been|were|was|are|is)\s+"
                               r"([a-z]+ed\b[^?]*?)\s*\??\s*", last.understood, re.IGNORECASE)
        done = _counted_done(last.understood)
        counted = (f"{passive.group(1)} {passive.group(2)}" if passive and not PRONOUN_WORD.search(passive.group(2))
                   else done[4:] if done and done.startswith("the ") else None)
        if not counted:
            return question
        return question[: m.start()] + f"the number of {counted}" + question[m.end():]

    def _that_value(self, question: str) -> str:
        """"who gave that date?" after "September 2027": "that date" a verb takes is the date just answered
        ("the September 2027 date"); "on that date" is a time, for `_then` (a sum is `_resolve`'s: "the
        estimate of $3.8 million")."""
        ans = self.turns[-1].answer.text or ""
        # ("discovered that year" is when: a day or year is said of a time, a date may be a thing given)
        m = re.search(r"\b([a-z]+)\s+(?:that|this)\s+date\b", question, re.IGNORECASE)
        if not m or value_kind(ans) != "date" or m.group(1).lower() in PREPOSITIONS | COPULA | AUX_WORDS | STOPWORDS:
            return question  # "what was that date?" asks what it is, "on that day" when
        return question[: m.end(1)] + f" the {ans} date" + question[m.end():]

    def _that_person(self, question: str) -> str:
        """"how long has that president been in office?" after an answer "President Droupadi Murmu",
        "what country was that scientist from?" after "Niels Jerne": the person just answered."""
        name = self.turns[-1].answer.text or ""
        for m in itertools.chain(*(re.finditer(rf"\b(?:that|this)\s+{said}([a-z]+)\b", question, re.IGNORECASE)
                                   for said in ("", r"[a-z][\w-]*\s+"))):  # "that scientist", "that former president"
            noun = CLIPPED.get(m.group(1).lower(), m.group(1))
            after = re.match(r"\s+([a-z]+)", question[m.end():])
            if after and CLIPPED.get(m.group(1).lower()) and not (
                    after.group(1) in STOPWORDS | AUX_WORDS | MODALS | PREPOSITIONS or bare_verb(after.group(1))
                    or after.group(1).endswith("ed")):
                continue  # "that tech company": "tech" says what kind of company
            if is_person_noun(noun) and self._names_person(name):
                return question[: m.start()] + name + question[m.end():]
            titled = re.search(rf"\b{re.escape(noun)}\s+((?:[A-Z][\w'’-]*\s+){{0,3}}[A-Z][\w'’-]*)", name) if is_person_noun(noun) else None
            if titled:
                # "how much earlier had that premier been killed?" after "… Egypt's premier Mahmud Fami Naqrashi …": the
                # one the answer calls so
                return question[: m.start()] + titled.group(1) + question[m.end():]
            # "what year was that monk born?" after "what did Marin Mersenne do for a living?" (a monk): the one
            # the answer said that of
            said_of = [e for e in _entities(self.turns[-1].understood) if self._names_person(e) and not _only_titles(e)]
            if (is_person_noun(noun) and len(said_of) == 1 and not self._names_person(name)
                    and stem(noun.lower()) in {stem(t) for t in tokenize(name)}):
                return question[: m.start()] + said_of[0] + question[m.end():]
        return question

    def _that_one(self, question: str) -> str:
        """"who came up with that one?" after "which theory was his germ theory opposed to?" (miasma
        theory): "that one" is the thing just answered."""
        many = re.search(r"\b(?:those|these)\s+ones\b(?!\s+of\b)", question, re.IGNORECASE)
        counted = _counted(self.turns[-1].understood, r"how\s+many|which|what") if many else None
        if counted and _plural(counted):
            # "how are those ones elected?" after "how many constituency MSPs does it have?": the ones counted
            return question[: many.start()] + f"the {counted}" + question[many.end():]
        m = re.search(r"\bthat\s+one\b(?!\s+of\b)", question, re.IGNORECASE)  # "this one" is the one under way
        last = self.turns[-1].answer
        if not m or not last.text or not self._is_thing(last.text, last.kind):
            return question
        return question[: m.start()] + (last.text if last.text[:1].isupper() else _the(last.text)) + question[m.end():]

    def _in_the_event(self, question: str) -> str:
        """"what was the score?" after "Who won the Continental Cup final?": a bare "the" noun asked right after a
        question of an event is that event's ("… the score in the Continental Cup final?")."""
        m = re.fullmatch(r"(\W*(?:and\s+)?(?:what|how\s+[a-z]+)\s+(?:is|was|are|were)\s+the\s+([a-z]{3,}))\s*(\??)\s*", question,
                         re.IGNORECASE)
        if not m or m.group(2).lower() in ASKED_TIMES | TITLES | PERSON_NOUNS or is_person_noun(m.group(2)):
            return question
        event = _topic(self.turns[-1].understood, self._in_articles)
        if not event or stem(_head(event).lower()) not in EVENTS | POLLS or _says(question, event) or self._names_person(event):
            return question
        named = event if event[:1].isupper() or re.match(r"(?:the|a|an)\s", event, re.IGNORECASE) else _the(event)
        return f"{m.group(1)} in {named}{m.group(3)}"

    def _kind_of_one(self, question: str) -> str:
        """"where was the first one held?" after "when did these summits start?" → "… the first
        summit …": "one" after a word that singles it out stands for the noun the last questions
        asked with ("which removal firm …?"), were about ("these summits") or acted on ("… repeat
        the otter survey?"), never for a name. As typed when "the second one" is a name of a list
        just answered, when a person was just answered, or when no such noun was said."""
        m = MODIFIED_ONE.search(question)
        if not m or m.group(1).lower() in ("other", "same", "only", "right", "wrong", "very") or self._one_listed(question) != question:
            return question
        if m.group(1).lower() not in TEMPORAL_ORDER and self._counterpart(m.group(), self.turns[-1].understood):
            return question  # "and the humoral one?" after "who stood for the cellular theory?": that theory's kind
        if self.turns[-1].answer.kind in ("person", "title"):
            return question  # "was the first one a Nobel winner?" after "who …?": one of the people, not of a thing
        for turn in reversed(self.turns[-2:]):
            frame = _wh_frame(turn.understood)
            asked = (_kind_of(frame[1]) or frame[1].strip()) if frame else ""
            counted = re.match(r"how\s+many\s+([a-z]+)\b", turn.understood.strip(), re.IGNORECASE)
            asked = asked or (counted.group(1) if counted else "")  # "how many seats in the chamber …?": seats
            topic = _topic(turn.understood, self._in_articles) or ""
            # "these summits", "the 2009 strike", "the biggest city on the Rhine", "Corvane Builders' bid": a noun
            # phrase of its own, perhaps where it is or whose, not "the largest" nor "the patients who stop …"
            about = re.fullmatch(r"(?:the|these|those|this|that|a|an|(?:[\w-]+\s+){0,3}[\w-]+(?:['’]s|s['’]))\s+((?:[\w-]+\s+){0,2}[a-z]+)"
                                 r"(?:\s+(?:on|in|along|at|near)\s+(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+)?)?", topic, re.IGNORECASE)
            # "the previous one" after "when will the trust repeat the River Tamsin otter survey?": what is done again
            done_to = re.fullmatch(r"(?:the|a|an)\s+(?:[\w-]+\s+){0,3}?([a-z]+)", _object(turn.understood, topic) or "")
            about_it = about.group(1) if about else ""
            # "the trust" repeats the survey: a body that acts is not what a "one" is one of, while what it does is
            phrases = (asked, done_to.group(1), about_it) if done_to and _agent(about_it) else (
                asked, about_it, done_to.group(1) if done_to else "")
            # "and Lavrov's upcoming one?" after "when was Putin's last trip to India …?": someone's trip
            owned = re.search(r"\b[\w-]+['’]s\s+(?:(?:last|next|first|previous|upcoming|latest|recent)\s+)?([a-z]+)\b", turn.understood)
            phrases += (owned.group(1),) if owned and m.group().split()[0].lower().endswith(("'s", "’s")) else ()
            for phrase in phrases:
                head = phrase.split()[-1] if phrase.split() else ""
                if (head.isalpha() and head.islower() and head not in STOPWORDS | AUX_WORDS and head != m.group(1).lower()
                        and not head.endswith(("est", "ing")) and not set(phrase.split()) & (PREPOSITIONS | STOPWORDS)):
                    noun = _singular(head) if m.group(2).lower() == "one" else head if _plural(head) else _plural_of(head)
                    return question[: m.start(2)] + noun + question[m.end(2):]
        return question

    def _one_listed(self, question: str) -> str:
        """"the second one" after an answer that lists names ("Robert Koch and Emil von Behring"):
        that name of the list ("did the second one get a Nobel?" → "did Emil von Behring get …")."""
        m = ORDINAL_ONE.search(question)
        names = _listed(self.turns[-1].answer.text or "")
        if not m:
            return self._those_listed(question, names)
        at = ORDINALS[m.group(1).lower()]
        if len(names) < 2 or at >= len(names):
            return question
        return question[: m.start()] + names[at] + question[m.end():]

    def _those_listed(self, question: str, names: list[str]) -> str:
        """"which of those two pays …?" after "WMO and UNEP": those two are the names just listed,
        with the noun the last question counted them by ("those two organisations")."""
        m = THOSE_COUNTED.search(question)
        if not m or NUMBERS.get(m.group(1).lower()) != len(names):
            return question
        counted = set(tokenize(self.turns[-1].understood))
        noun = re.match(r"\s+(ones\b|[a-z][\w-]*)", question[m.end():])
        end = m.end() + noun.end() if noun and (noun.group(1) == "ones" or stem(noun.group(1)) in counted) else m.end()
        said = ", ".join(names[:-1]) + " and " + names[-1]
        return question[: m.start()] + said + question[end:]

    def _there(self, question: str) -> str:
        """"When was he last there?" → "When was he last in India?": "there" as a place (not "is
        there", "there were") is the last place the conversation named: an answer to "where …?",
        a place name, a name after "in", "at" or "near". So is "that place" ("what's the rent on that place?")."""
        pointed = re.search(r"\b(?:that|this)\s+(?:place|spot)\b", question, re.IGNORECASE)
        # (not after "where …?" left unanswered: that place is the one asked for, not one the question named)
        asked = re.match(r"\W*(?:and\s+)?where\b", self.turns[-1].understood, re.IGNORECASE) and not self.turns[-1].answer.text
        place = self._last_place() if pointed and not asked else None
        if place:
            place = place if place[:1].isupper() or re.match(r"(?:the|a|an)\s", place, re.IGNORECASE) else f"the {place}"
            return question[: pointed.start()] + place + question[pointed.end():]
        m = re.search(r"\bthere\b", question, re.IGNORECASE)
        if not m or re.match(r"\s*(?:is|are|was|were|will|would|has|have|had|be|been|may|might|could|can|must)\b",
                             question[m.end():], re.IGNORECASE):
            return question
        before = question[: m.start()].split()
        # "who was killed there?" after "when did the battle of Jumonville Glen happen?": a fight named by its place
        # was fought there, so "there" is at the fight
        fought = [f.group() for t in reversed(self.turns[-2:]) for f in [FOUGHT_AT.search(f"{t.understood} {t.answer.text or ''}")] if f]
        if fought and (not before or before[-1].lower() not in PREPOSITIONS and stem(before[-1].lower()) not in MOTION):
            named = re.sub(r"^the\s+", "", fought[0], flags=re.IGNORECASE)
            return question[: m.start()] + f"at the {named}" + question[m.end():]
        # "what's on the menu there?" after "who is hosting the state banquet?": at the gathering the last question asked
        # of (not where one goes, nor after "where …?" answered: there is the place answered)
        gathering = GATHERING.search(self.turns[-1].understood)
        if (gathering and (not before or before[-1].lower() not in PREPOSITIONS)
                and not {stem(w.lower()) for w in before} & (MOTION | JOURNEYS | AGENTIVE)  # "what will they sign there?", "his trip there"
                and not re.match(r"\W*(?:and\s+)?where\b", self.turns[-1].understood, re.IGNORECASE)
                and not _says(question, gathering.group())):
            return question[: m.start()] + f"at {gathering.group()[:1].lower()}{gathering.group()[1:]}" + question[m.end():]
        # the last place named, however far back the last one was ("what labour deal might get signed there" after
        # turns about Putin, his invitation and the banquet: India, where he is going)
        place = self._last_place(len(self.turns))
        if before and before[-1].lower() in COPULA | {"be", "been", "being"} and not (
                len(before) > 1 and before[-1].lower() in ("be", "been") and (
                    before[-2].lower() in PRONOUNS or before[-2][:1].isupper() and before[-2].lower() not in AUX_WORDS)
                # "while Putin is there": where he is, a place the conversation named (not "RELOS", a pact)
                or len(before) > 1 and before[-1].lower() in COPULA and (before[-2].lower() in PERSONAL_PRONOUNS or (
                    before[-2][:1].isupper() and before[-2].lower() not in AUX_WORDS)) and place and _is_place(place)
                and not place.isupper()):
            return question  # "how many are there?"; but "since when has it been there?" says where it is
        prep = before[-1].lower() if before else ""
        if not place and prep not in PREPOSITIONS and stem(prep) not in MOTION:
            # "who's the chief financial officer there?" after questions about Corvane Systems: at the body
            # (or three turns back: "how many seats are in the debating chamber?" came between)
            near = [t for back in range(1, min(3, len(self.turns)) + 1) for t in self._things(back)]
            place = next((t for t in near if _named_body(t) and not _says(question, t)), None)
            of = re.search(r"\bof\s+((?:the\s+)?[A-Z].*)$", place or "")
            place = of.group(1) if of and _named_body(of.group(1)) else place  # "the msps of the Scottish Parliament"
            land = re.search(r"\bof\s+([A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)\s*$", place or "")
            if land and before and before[-1].lower() in REGIONAL:
                # "what had inflation there fallen to?" after the Reserve Bank of Norland: a country's inflation, in it
                return question[: m.start()] + f"in {land.group(1)}" + question[m.end():]
            # "the police department's share of Brentwater's operating budget": a share is nowhere; the name that
            # owns the budget is where one is
            owners = [o for o in re.findall(r"\b((?:[A-Z][\w-]*\s+){0,2}[A-Z][\w-]*)['’]s\s", place or "")
                      if not self._known_person(o) and not _says(question, o)]
            place = owners[-1] if owners else place
            # "who's the volunteer coordinator there?" after questions of what Seedwell Commons holds, which "it" was:
            # at the name talked about
            talked = [self._it_was(t) for t in reversed(self.turns[-3:])]
            place = place or next((t for t in talked if t and t[:1].isupper() and not self._known_person(t)
                                   and not _says(question, t)), None)
            # "who's the chief medical officer there?" after questions of what Halvorsen recalls: at the firm the
            # articles name in full
            place = place or next((b for t in reversed(self.turns[-3:]) for e in _entities(t.understood)
                                   for b in [self._body_named(e)] if b and not _says(question, e)), None)
            if place:
                return question[: m.start()] + f"at {place}" + question[m.end():]
            # "what's her job there?" in a deposition of a lawsuit, where no place or body was named: her job
            # ("what will they sign there?" keeps it: a place to do something in, not one a thing is of)
            owned = re.search(r"\b(?:her|his|their|[\w-]+['’]s?)\s+[a-z]+\s*$", question[: m.start()], re.IGNORECASE)
            return question[: m.start()].rstrip() + question[m.end():] if (
                re.fullmatch(r"\s*\??\s*", question[m.end():]) and owned and not bare_verb(before[-1].lower())) else question
        if not place:
            return question
        over = re.search(r"\bover\s+there\b", question, re.IGNORECASE)
        if over:  # "while he's over there": where he is
            return question[: over.start()] + f"in {place}" + question[over.end():]
        if prep not in PREPOSITIONS:
            # "a gauge there" is "at Tollard Bridge" where the articles write it so; "in India" else
            at = "at" if self._in_articles(f"at {place}") and not self._in_articles(f"in {place}") else "in"
            # "which king moved his court there": to it, the verb two words back
            prep = "to" if any(stem(w.lower()) in MOTION for w in before[-3:]) else at
            place = f"{prep} {place}"
        return question[: m.start()] + place + question[m.end():]

    def _then(self, question: str) -> str:
        """"Who was its chair back then?" after "When was the IPCC established?" (1988) → "… in 1988?":
        "then", "back then", "at the time", "that day", "that date", "that year" ending a question is the time the last
        answer gave; "why was it pushed back to then?" after "January": to January."""
        m = THEN.search(question)
        ans = self.turns[-1].answer.text or ""
        sooner = re.search(r"\b(?:sooner|earlier|later)\s+than\s+(that|then)\b", question, re.IGNORECASE)
        if sooner and ans and (value_kind(ans) == "date" or re.match(CLOCK, ans)
                               or re.match(r"\W*(?:and\s+)?(?:when|what\s+time|what\s+day)\b", self.turns[-1].understood, re.IGNORECASE)):
            # "who might come sooner than that?" after "when can Dale come?" (Saturday morning): than the time answered
            return question[: sooner.start(1)] + ans + question[sooner.end(1):]
        clock = m and m.group().lower() == "that" and re.match(CLOCK, ans)  # "before that" after "3:25"
        when = re.fullmatch(r"\W*(?:and\s+)?when\s+(was|were|did)\s+(.+?)\s+([a-z]+)\s*\??\s*", self.turns[-1].understood,
                            re.IGNORECASE) if m and not ans and m.group().lower() != "that" else None
        if when and (when.group(1).lower() != "did" or bare_verb(when.group(3))) and not PRONOUN_WORD.search(when.group(2)):
            # "who was chair back then?" after "when was the IPCC founded?", unanswered: when it was founded
            done = f"{when.group(1).lower()} {when.group(3)}" if when.group(1).lower() != "did" else _past(when.group(3))
            return question[: m.start()].rstrip() + f" when {when.group(2)} {done}" + question[m.end():]
        dated = _time_in(ans) if m and re.match(r"\W*(?:and\s+)?when\b", self.turns[-1].understood, re.IGNORECASE) else None
        ans = dated or ans  # "what was going on then?" after "during the plague of Athens in 430 BC": in 430 BC
        event = self._event_ending(self.turns[-1].understood) if m and m.group().lower() == "then" else None
        if event and value_kind(ans) != "date" and re.search(r"\b(?:was|were|did|had)\b", question, re.IGNORECASE):
            # "how old was he then?" after "who commanded the militiamen at the battle of Jumonville Glen?": at that battle
            return question[: m.start()] + event + question[m.end():]
        if m and value_kind(ans) != "date" and not clock and not ERA.fullmatch(ans) and re.fullmatch(
                r"at\s+the\s+time|back\s+then", m.group(), re.IGNORECASE):
            # "where was he working at the time?" after "Who unified electric and magnetic fields in 1864?" and a
            # question of how many equations: the year the conversation dated its talk by
            for turn in reversed(self.turns[-3:]):
                year = (turn.answer.text if re.fullmatch(r"(?:in\s+)?\d{4}", turn.answer.text or "") else None) or next(
                    iter(re.findall(r"\b(?:in|during)\s+(\d{4})\b", turn.understood)), None)
                if year:
                    return question[: m.start()] + f"in {year.split()[-1]}" + question[m.end():]
        if not m or value_kind(ans) != "date" and not clock and not ERA.fullmatch(ans):
            return question
        if m.group().lower() == "then" and not re.search(r"\b(?:was|were|did|had)\b", question, re.IGNORECASE):
            return question  # "who will they face then?": then is "in that case"
        day = re.search(r"\b\d{1,2}(?:st|nd|rd|th)?\b", re.sub(r"\b\d{4}\b", "", ans))
        if m.group("day") and not day:
            return question  # "that day" after "in March" names no day; "whose idea was that day?" asks of the day
        if m.group("year") and not re.search(r"\b\d{4}\b", ans):
            return question  # "that year" after "in March" names no year
        if m.group("year"):
            day = None  # "which virus was discovered that year?" after "1901": in 1901
        before = question[: m.start()].split()
        # "what was going on at that time": "at that time" brings its own preposition, "on" is the verb's
        own = re.match(r"(?:at|on|in)\s", m.group(), re.IGNORECASE) is not None
        # ("what was going on back then?": "on" is the verb's, not a preposition of the time)
        particle = len(before) > 1 and before[-1].lower() == "on" and before[-2].lower() in ("going", "go", "goes", "went", "gone")
        prep = ("" if before and before[-1].lower() in PREPOSITIONS | {"until", "till"} and not own and not particle
                else "on " if day else "in ")
        return question[: m.start()] + prep + ans + question[m.end():]

    def _event_ending(self, question: str) -> str | None:
        """"at the Battle of Jumonville Glen" of "who commanded the militiamen at the battle of jumonville glen?":
        the event a question ends on, with its preposition of time ("at", "during"), as the articles case it."""
        m = re.search(r"\b(at|during)\s+(the\s+(?:[\w'’-]+\s+){0,2}?([\w'’-]+)(?:\s+(?:of|in|at)\s+[\w'’. -]+?)?)\s*\??\s*$",
                      question, re.IGNORECASE)
        if not m or stem(m.group(3).lower()) not in EVENTS:
            return None
        return f"{m.group(1).lower()} {self._cased(m.group(2))}"

    def _that_many(self, question: str) -> str:
        """"how many were left after losing that many?" after "How many soldiers were killed?" (1,000):
        "that many", "that much" is the count or sum just answered, with what it counted."""
        m = re.search(r"\bthat\s+(?:many|much)\b(?!\s+(?:of|more|less|fewer)\b)", question, re.IGNORECASE)
        ans = self.turns[-1].answer.text or ""
        if not m or not _is_value(ans):
            return question
        counted = _counted(self.turns[-1].understood, r"how\s+(?:many|much)")
        noun = f" {counted}" if counted and counted.lower() not in ans.lower() else ""
        return question[: m.start()] + ans + noun + question[m.end():]

    def _many_counted(self, question: str) -> str:
        """"and how many had to leave their homes?" after "How many people did Storm Imogen kill?": a
        count with no noun counts what the last count did ("how many people had to leave …")."""
        m = re.match(rf"\W*(?:and\s+)?how\s+many(?=\s+(?:{AUX_RE}|had|got|get|died|left|lost|went|came)\b)", question,
                     re.IGNORECASE)
        counted = _counted(self.turns[-1].understood) if m else None
        if not counted or not _plural(counted):
            return question
        return f"{question[: m.end()]} {counted}{question[m.end():]}"

    def _same_kind(self, question: str) -> str:
        """"and what's been offered?" after "what pay rise do the dockworkers want?": a bare "what"
        before a passive asks for the same kind of thing ("what pay rise has been offered?")."""
        m = re.match(r"\W*and\s+what(?=\s+(?:has|have|had|is|are|was|were|will)\s+(?:been\s+|being\s+)?([a-z]+)\s*(?:\?|$|to\b|by\b))",
                     question, re.IGNORECASE)
        f = _frame(self.turns[-1].understood) if m else None
        if (not f or f[0].lower() not in ("what", "which") or not f[1] or not (_done(m.group(1)) or m.group(1) in PARTICIPLES)
                or set(f[1].lower().split()) & (STOPWORDS | PREPOSITIONS) or _head(f[1]).lower() in ASKED_TIMES):
            return question
        return f"{question[: m.end()]} {f[1].strip()}{question[m.end():]}"

    def _last_place(self, back: int = 3) -> str | None:
        """The place the last ``back`` turns named last: the answer to a "where" question, a place
        name, a name after "in", "at", "near" in a question."""
        for turn in reversed(self.turns[-back:]):
            ans = turn.answer.text or ""
            # (a name in capitals answering "who …?" is a transcript's label for someone, no dateline's place)
            # (or a building named: "St. Brigid's Hospital" answering "which hospital …?")
            built = bool(ans) and ans[:1].isupper() and ans.split()[-1][:1].isupper() and ans.split()[-1].lower() in BUILDINGS
            if ans and (turn.answer.kind == "place" or _asks_place(turn.understood) or built or _is_place(ans) and not (
                    turn.answer.kind in ("person", "title") and self._asks_for_person(turn.understood))) and not _is_value(ans):
                place = re.sub(r"^(?:in|at|near|on)\s+", "", ans)
                if re.search(r"\b[a-z]{3,}\b", place) and place[:1].isupper() and self._in_articles(f"the {place}"):
                    place = f"the {place}"  # "the Holyrood area of Edinburgh", as the articles write a place of a noun
                return place
            # the last named (by where it ends), the whole of it ("New Delhi", not "Delhi")
            # (no one: "in the Voss deposition" is in a deposition, Voss a person whose it is)
            # (or a name the articles say things are in: "What river does Warsaw stand on?", "in Warsaw")
            names = [(turn.understood.rfind(e) + len(e), len(e), e) for e in _entities(turn.understood)
                     if _is_place(e) or (self._things_in(e) or re.search(rf"\b(?:in|at|near)\s+(?:the\s+)?{re.escape(e)}\b",
                                                                         turn.understood)
                                         and not self._known_person(e) and not value_kind(e))  # nor a time: "in June 1755"
                     # nor a party to a case: "in Kessler Orchards v. Ardmore" is in a lawsuit
                     and not re.search(rf"{re.escape(e)}\s+vs?\.?\s|\bvs?\.?\s+{re.escape(e)}", turn.understood)]
            # a country typed in lower case ("when's putin going to india"), which stays so in a question remembered
            typed = list(re.finditer(r"\b[a-z]+\b", turn.understood))
            names += [(b.end(), b.end() - a.start(), turn.understood[a.start(): b.end()].title()) for a, b in zip(typed, typed[1:])
                      if _is_place(f"{a.group()} {b.group()}")]  # "new delhi"
            names += [(w.end(), len(w.group()), w.group().title()) for w in typed if _is_place(w.group()) and w.group() != "new"]
            # "the porthmere trip": a name before a trip is where the trip goes
            names += [(t.end(1), len(t.group(1)), t.group(1).capitalize() if t.group(1).islower() else t.group(1))
                      for t in re.finditer(r"\bthe\s+([A-Za-z][\w-]+)\s+(?:trip|holiday|getaway|weekend|outing)\b", turn.understood)
                      if t.group(1).lower() not in english_words()]
            if names:
                name = max(names)[2]
                # "at the Ardmore warehouse": the warehouse, a place the name only says which
                whole = re.search(rf"\bthe\s+{re.escape(name)}\s+([a-z]+)\b", turn.understood)
                if whole and whole.group(1) in PLACE_NOUNS | BUILDINGS:
                    return f"the {name} {whole.group(1)}"
                return name
            numbered = NUMBERED_PLACE.search(turn.understood)
            if numbered:  # "what time did the bay 4 alarm go off?": Bay 4 is where
                return f"{numbered.group(1).capitalize()} {numbered.group(2)}"
        return None

    def _named_answer(self, question: str) -> str | None:
        """"Who manages that club?" after "Who won the cup?" (answer: Northfield United) →
        "Who manages Northfield United?": "that" or "this" before a noun can point at the last
        answer when it is a name; "the jet" at the name a question of the last three asked
        for ("Which fighter jet …?" → Su-57)."""
        for back, turn in enumerate(reversed(self.turns[-3:])):
            ans = SCORE_AFTER.sub("", turn.answer.text or "")  # "Real Castellan 3-1": the club, not the score
            if (not ans or value_kind(ans) or not ans[:1].isupper() or _only_titles(ans) or self._names_person(ans)
                    or _is_value(re.sub(r"^(?:The|A|An)\s+", "", turn.answer.text or ""))  # "The 3:05": a time, no name
                    or _titled(re.sub(r"^(?:The|A|An)\s+", "", ans))  # "The Presiding Officer": an office, no name
                    or sum(w.islower() for w in ans.split()) > 2  # "Northfield United won the cup on …": a clause, no name
                    or re.match(r"(?:The|A|An)\s+[a-z]", ans)  # "The fire": a sentence's first word, no name
                    # "Oliver Heaviside and Josiah Willard Gibbs": people, each with a first name ("Valtek and
                    # Nordgrau" may be firms)
                    or len(_listed(ans)) > 1 and all(_is_person(n) and len(n.split()) > 1 for n in _listed(ans))):
                continue  # "how long has she been in that job?" after "Karen Holloway": not the person
            f = _frame(turn.understood) or _wh_frame(turn.understood)
            noun = (f[1] if f else "").strip()
            heads = [re.escape(noun.split()[-1])] if noun else []
            # "that company" is the last answer's; "the jet" any that asked for a jet
            pattern = "|".join(([rf"\b(?:that|this)\s+(?!(?:{TIME_NOUNS}|{'|'.join(KINDS)})\b)[a-z][\w-]+\b"] if not back else [])
                               + ([rf"\b(?:the|that|this)\s+(?:{'|'.join(heads)})\b"] if heads else []))
            m = re.search(pattern, question) if pattern else None
            if not m or _no_noun_after(question, m, noun):
                continue
            aux = question[: m.start()].split()[-1:]
            if aux and aux[0].lower() in DO | MODALS and bare_verb(m.group().split()[-1]):
                continue  # "how much did that leave unfinished?": "that" is the subject of its verb
            last = m.group().split()[-1].lower()
            if aux and aux[0].lower() in COPULA and (last in PARTICIPLES or last.endswith("ed") and _vowel_before_ending(last)):
                continue  # "when was that written?": "that" is the subject of a passive
            said = {t for turn in self.turns for t in tokenize(turn.understood)}
            alike = {stem(w) for w in (last, *SAME_THING.get(last, ()))}
            if alike & said and not alike & set(tokenize(f"{ans} {noun}")):
                # "that summit" after an answer that is no summit: the summit the conversation named; "that race"
                # after "Green" (a party): the election asked about
                continue
            if stem(last) in EVENTS and not alike & set(tokenize(ans)) and self._asks_for_person(turn.understood):
                continue  # "that final" after "who won the cup?" (Northfield United): what was won, no winner
            if stem(last) in JOURNEYS and not {stem(t) for t in tokenize(ans)} & JOURNEYS:
                continue  # "this trip" after "Russia's invasion of Ukraine": no one's trip, the one talked about
            if last in GROUPINGS:  # "that series" after "India-Russia bilateral summit": the series of every one
                return question[: m.start()] + _of_every(ans) + f" {last}" + question[m.end():]
            return question[: m.start()] + ans + question[m.end():]
        return None

    def _kind_named(self, noun: str) -> str | None:
        """"Mersenne prime", the kind of prime the last exchange named: its answer to "what kind of prime …?"
        ("Mersenne"), or a name before the noun in its answer or the sentence it came from."""
        last = self.turns[-1]
        ans = last.answer.text or ""
        asked = re.match(rf"\W*(?:and\s+)?(?:what|which)\s+(?:kind|type|sort|class|form)\s+of\s+{re.escape(noun)}\b",
                         last.understood, re.IGNORECASE)
        if asked and ans and len(ans.split()) <= 3 and not _is_value(ans):
            return ans if stem(ans.split()[-1].lower()) == stem(noun) else f"{ans} {noun}"
        for text in (ans, last.answer.quote or ""):
            named = re.search(rf"\b((?:[A-Z][\w'’-]*\s+){{1,2}}){re.escape(noun)}s?\b", text)
            if named and named.group(1).split()[0].lower() not in STOPWORDS:
                return f"{named.group(1)}{noun}"
        return None

    def _fuller_mention(self, question: str) -> str | None:
        """"When will that aid arrive?" after "How much federal aid did he request?" → "When will
        the federal aid arrive?"; "Who supplies those panels?" after an answer about "a shortage of
        folding display panels" → "… the folding display panels?"; "When was that company founded?"
        after an answer naming "Hanul Display" → "When was Hanul Display founded?". A demonstrative
        before a noun points at the last mention of that noun, with the words it had there: in the
        last answer, the sentence it was read from, the last question; a company, a club, a
        hospital … at the last name answered."""
        sort = re.search(r"\b(?:that|this|those|these)\s+(?:kind|type|sort|class|form)s?\s+of\s+([a-z][\w-]*?)(?:e?s)?\b", question)
        named = self._kind_named(sort.group(1)) if sort else None
        if named:  # "who's that kind of prime named for?" after "… from a Mersenne prime": Mersenne primes
            are = re.sub(r"\b(is|was)(\s+)$", lambda x: AGREEMENT[x.group(1)] + x.group(2),
                         question[: sort.start()])
            return are + _plural_of(named) + question[sort.end():]
        m = re.search(r"\b(?:that|this|those|these)\s+([a-z][\w-]+)(?:\s+([a-z][\w-]+))?\b", question)
        # "that bad update hit": "update" is the noun the last question asked about ("that bad" is no degree),
        # not a verb after "bad"
        asked = {stem(t) for t in tokenize(self.turns[-1].understood)}
        second = m.group(2) or "" if m else ""
        noun_next = bool(second) and m.group(1) in DEGREE and stem(second) in asked and stem(m.group(1)) not in asked
        if not m or m.group(1) in AUX_WORDS | STOPWORDS | ADVERBS | (set() if noun_next else DEGREE) or m.group(1) in {
                "one", "ones"} or re.sub(r"s$", "", m.group(1)) in TIME_NOUNS.split("|") or m.group(1).endswith("ly") or (
                _opens_clause(question, m.start())):
            return None  # "this one", "this year", "these days": no noun of the last exchange
        if (not second and re.match(r"\s*\??\s*$", question[m.end():]) and bare_verb(m.group(1))
                and (question[: m.start()].split()[-1:] or [""])[0].lower() in MODALS | DO):
            return None  # "how many jobs would that cost?": "that" is the subject, "cost" its verb
        # "that defence cooperation": the noun is the cooperation; "that money taken": the money
        # "why was that figure wrong?": after "was", a last word is what is said of it, not part of the noun
        said_of = (question[: m.start()].split()[-1:] or [""])[0].lower() in COPULA and re.match(r"\s*\??\s*$", question[m.end():])
        compared = bool(second) and re.match(r"\s+than\b", question[m.end(2):]) is not None  # "that visit shorter than"
        # "when was that summit first established?": an adverb after the noun is no noun
        head = 2 if second and not (second in STOPWORDS | AUX_WORDS | PREPOSITIONS | PARTICIPLES | COMPARATIVES | ADVERBS or said_of or compared
                                    or second.endswith(("ed", "ing")) or bare_verb(second) and m.group(1) not in ATTRIBUTIVE
                                    and not noun_next and second not in VALUE_NOUNS) else 1  # "that inflation figure"
        start, end, noun = m.start(), m.end(head), m.group(head)
        if (m.group().split()[0].lower() == "this" and stem(noun) in JOURNEYS
                and re.search(r"\b(?:during|on|for|before|since)\s*$", question[:start])):
            # "… signing during this trip", "last in India before this visit": the one under way, whose it is where the
            # conversation said ("who's hosting the banquet for this trip?" after "when's putin going to india"
            # and questions of his previous visit: Putin's trip)
            # "when was he last in India before this visit?" says whose; "what did moscow ratify just before this trip?"
            # does not, and the trip is his
            someone = re.search(r"\b(?:he|she|him|her|his|they|them|their)\b", question, re.IGNORECASE) or any(
                self._names_person(e) for e in _entities(question))
            journey = (self._journey(noun, under_way=True)
                       if not (someone and re.search(r"\b(?:before|since)\s*$", question[:start])) else None)
            return question[:start] + journey + question[end:] if journey else None  # "before this visit": said
        # "that new contract": a mention that does not say "new" is another contract
        adjective = [m.group(1)] if head == 2 and m.group(1) in ATTRIBUTIVE else []
        ans = self.turns[-1].answer.text or ""
        last = self.turns[-1].understood
        office = re.sub(r"^(?i:the)\s+", "", ans)
        if noun in ROLES and office and _titled(office):  # "Presiding Officer", not "Governor Brandt"
            # "who holds that post now?" after "The Presiding Officer": the post of Presiding Officer
            return question[:start] + f"the {noun} of {office}" + question[end:]
        for back, turn in enumerate(reversed(self.turns) if noun in ROLES else ()):
            held = re.match(r"\W*(?:and\s+)?who(?:['’]s|\s+is|\s+was)\s+(?:the|an?)\s+(\S.*?)\s*\??\s*$", turn.understood,
                            re.IGNORECASE)
            role = _head(held.group(1)).lower() if held else ""
            answered = not back and ans and self._names_person(_strip_titles(ans))
            if held and (answered or is_person_noun(role) and not _plural(role)):
                # "how long has she been in that role?" after "who is the project director on the tram?" (Ingrid
                # Solberg): the role asked about; "how much does that job pay?" after "who is the presiding officer
                # of the scottish parliament?" and a question of the vote that picks the officer
                return question[:start] + f"the {noun} of {held.group(1)}" + question[end:]
        went = (stem(noun) in JOURNEYS and re.search(r"\b(?:did|was|were|last)\b", last, re.IGNORECASE) is not None
                and any(stem(w) in JOURNEYS | MOTION for w in re.findall(r"[a-z]+", last.lower())))  # a trip made
        if ans and value_kind(ans) == "date" and m.group().split()[0].lower() != "this" and (went or re.search(
                rf"\b(?:did|does|do|will|would|to|last|first)\s+{re.escape(noun)}\b", last, re.IGNORECASE)):
            # "why was that visit shorter?" after "when did Putin last visit India?" (2021): the 2021 visit
            # ("how long was that trip?": the 2021 trip, the one just dated)
            return question[:start] + f"the {ans} {noun}" + question[end:]
        journey = self._journey(noun)
        if journey:
            return question[:start] + journey + question[end:]
        if noun in VALUE_NOUNS and ans and (_is_value(ans) or re.match(r"^(?:between\s+)?[$€£]?\d", ans)):
            # "Which organization was that money taken from?" after "$3.8 million": the $3.8 million
            said = f"the {ans}" if noun in {"money", "sum", "amount"} else f"the {noun} of {ans}"
            if head == 2 and said != f"the {ans}":  # "that inflation figure": the inflation figure of 2.4 percent
                said = f"the {m.group(1)} {noun} of {ans}"
            return question[:start] + said + question[end:]
        if noun == "date" and value_kind(ans) == "date":  # "whose idea was that date?" after "When is the launch?"
            topic = _topic(last)
            if topic and re.fullmatch(r"the\s+[a-z]+", topic):
                return question[:start] + f"{topic} date" + question[end:]
        f = _frame(self.turns[-1].understood)
        if (ans and f and f[0].lower() in ("what", "which") and f[1] and stem(f[1].split()[-1].lower()) == stem(noun)
                and len(ans.split()) <= 3 and not _is_value(ans) and stem(noun) not in map(stem, tokenize(ans))):
            # "what else is in that style?" after "what style is it?" (mannerist): the mannerist style
            return question[:start] + f"the {ans} {noun}" + question[end:]
        which = re.match(rf"\W*(?:and\s+)?(?:which|what)\s+(?:(?!(?:{'|'.join(AUX_WORDS)})\b)[\w'’-]+\s+){{0,3}}?"
                         rf"{re.escape(noun)}(?:e?s)?\b", last, re.IGNORECASE)  # "which firmware update", not "what is the offer"
        if (which and ans and len(ans.split()) <= 3 and value_kind(ans) in (None, "number") and not ans[:1].isupper()
                and stem(noun) not in map(stem, tokenize(ans))):
            # "how many thermostats did that bad update hit?" after "Which firmware update broke …?" (4.2.1):
            # the 4.2.1 update, whatever the user now calls it
            return question[:start] + f"the {ans} {noun}" + question[end:]
        whose = re.search(rf"\b(?:which|what)\s+[a-z]+['’]s\s+{re.escape(noun)}\b", last, re.IGNORECASE)
        if whose and ans and not self.turns[-1].answer.abstained and len(ans.split()) <= 3 and ans[:1].isupper():
            # "what was supposed to explain that orbit?" after "which planet's orbit couldn't …?" (Mercury): Mercury's orbit
            return question[:start] + f"{_possessive(ans)} {noun}" + question[end:]
        asked = re.search(r"\bhow\s+(many|much)\s+(?:(in|of)\s+)?([a-z][\w-]*)", self.turns[-1].understood, re.IGNORECASE)
        if ans and _is_value(ans) and asked and stem(asked.group(3).lower()) == stem(noun):
            # "those bonds" after "How much in bonds will the city issue?" ($60 million): the $60 million in bonds
            link = f" {asked.group(2).lower()} " if asked.group(2) else " "
            return question[:start] + f"the {ans}{link}{asked.group(3)}" + question[end:]
        sources = []
        for turn in reversed(self.turns[-2:]):
            sources += [turn.answer.text or "", turn.answer.quote or "", turn.understood]
        # then the passage the last answer came from, or the closest one shown with an abstention
        sources += [h.chunk.text for h in self.turns[-1].answer.passages[:1]]
        many = m.group().split()[0].lower() in ("those", "these")

        def fits(phrase: str | None) -> bool:
            # "those goals" after a score of 2-1 are not "the third goal" the articles wrote of one, nor "the 11 goals"
            # of a season: another count than the one just answered
            counts = set(re.findall(r"\d[\d,.]*", phrase or "")) - set(re.findall(r"\d[\d,.]*", ans))
            return bool(phrase) and set(adjective) <= set(phrase.split()) and not (
                many and (set(phrase.lower().split()) & SEQUENCE or counts))

        for turn in reversed(self.turns[-RECENT_TURNS:]):
            # "that bay" after "… when the bay 4 alarm went off?": the bay the user named by its number, not another
            # bay the sentence quoted since happens to name (however many turns ago the user named it)
            numbered = next((n for n in NUMBERED_PLACE.finditer(turn.question) if stem(n.group(1).lower()) == stem(noun)), None)
            if numbered and not adjective and not fits(self._mention(ans, noun)):  # an answer naming a bay is that bay
                return question[:start] + f"{numbered.group(1).capitalize()} {numbered.group(2).upper()}" + question[end:]
        for text in sources:
            phrase = self._mention(text, noun)
            if fits(phrase):
                if re.search(r"\b(?:first|originally|initially)\b", question, re.IGNORECASE):
                    # "when was that summit first established?": the series, not "the 23rd" of it
                    phrase = _of_every(phrase)
                return question[:start] + phrase + question[end:]
        for text in sources if head == 2 and not adjective else ():
            # "that summit series": the series of the summit named, a noun before the head noun
            phrase = self._mention(text, m.group(1))
            if phrase:  # the series is of every summit, not of "the 23rd" one
                phrase = _of_every(phrase) if second.lower() in GROUPINGS else phrase
                return question[:start] + f"{phrase} {second}" + question[end:]
        if noun.lower() in GROUPINGS and head == 1:
            # "when did that series start?" after "which summit number?" (23rd): the series of what was asked about,
            # as the last exchange named it, of every one ("the India-Russia Annual Summit series", not "the 23rd")
            for turn in reversed(self.turns[-2:]):
                f = _frame(turn.understood)
                said = f[1].split() if f and f[1] else f[3].split()[:1] if f and not f[2] else []
                kind = next((w for w in reversed(said) if w.lower() not in VALUE_NOUNS | {"number"}), "")  # "summit number"
                if not kind.isalpha() or not kind.islower() or kind in STOPWORDS:
                    continue
                said = next((p for p in map(lambda t: self._mention(t, kind), sources) if p), None)
                said = _of_every(said) if said else f"the {kind}"
                return question[:start] + f"{said} {noun}" + question[end:]
        talked = {h.chunk.article_id for t in self.turns[-2:] for h in t.answer.passages[:3]}
        if not any(self.index.chunks[int(c)].article_id in talked for c in self._passages_with(tokenize(noun))):
            # "that race" where the articles never say race: the election the last exchange spoke of ("that debate"
            # where the article talked about says battle, whatever another article debates)
            words = {w for t in self.turns[-2:] for w in tokenize(t.understood)}
            for other in SAME_THING.get(noun.lower(), ()):
                said = next((t for t in sources if re.search(rf"\b{other}\b", t, re.IGNORECASE)), None)
                if said and re.match(rf"\W*(?:and\s+)?(?:which|what)\s+(?:[\w'’-]+\s+){{0,2}}?{other}\b", said, re.IGNORECASE):
                    break  # "that firm" after "which company won …?": the company answered is named below
                # or the passage of the article talked about that says it with most words of the last questions ("a
                # battle between 'cellular' and 'humoral' theories" after questions of the humoral theory)
                near = [self.index.chunks[int(c)].text for c in self._passages_with(tokenize(other))
                        if self.index.chunks[int(c)].article_id in talked] if not said else []
                said = said or max(near, key=lambda t: len(words & set(tokenize(t))), default=None)
                if said:
                    over = re.search(rf"\b{other}\s+((?:between|over|about)\s+[^.,;:]{{3,80}})", said, re.IGNORECASE)
                    what = (self._mention(said, other) or f"the {other}") + (f" {over.group(1)}" if over else "")
                    return question[:start] + what + question[end:]
        for other in (noun, *SAME_THING.get(noun.lower(), ())) if head == 1 and not adjective else ():
            # "how many postal ballots were thrown out in that election?" five turns after "who won the harwick mayor
            # race?": the one the conversation named, however long ago (not any election an answer's article holds)
            said = next((self._mention(t.understood, other) for t in reversed(self.turns[:-2])
                         if re.search(rf"\b{other}\b", t.understood, re.IGNORECASE)), None)
            if said and fits(said) and len(said.split()) > 2:
                return question[:start] + re.sub(rf"\b{other}$", noun, said) + question[end:]
        if stem(noun) in ORGANIZATIONS:
            for turn in reversed(self.turns[-2:]):
                # "Real Castellan 3-1": the club without the score; "Luis Arroyo" is no club
                names = [SCORE_AFTER.sub("", e) for e in _entities(turn.answer.text or "")]
                names = [e for e in names if not _only_titles(e) and not _is_place(e) and not _is_value(e)
                         and len(e.split()) >= 2 and not self._names_person(e)]
                if names:  # "Korea-based Hanul Display": the name is Hanul Display
                    return question[:start] + re.sub(r"^\S+-based\s+", "", names[-1]) + question[end:]
        topic = self._first_thing() if stem(noun) in UNDERTAKINGS and not adjective else None
        if topic and len(self._passages_with(tokenize(topic) + tokenize(noun))):
            # "who's in charge of that project?" after questions of the Eastline tram, which the articles call the project
            return question[:start] + topic + question[end:]
        for turn in reversed(self.turns[-2:]) if noun.lower() in ("job", "role", "post", "position") else ():
            # "how long has he been in that job?" after "who said …?" (James Whitaker): the office the sentence
            # answered from gives him ("Chief Operating Officer James Whitaker said …")
            name = _strip_titles(turn.answer.text or "")
            title = re.search(rf"\b((?:[A-Z][\w-]*\s+){{0,3}}([A-Z][\w-]*))\s+{re.escape(name)}\b", turn.answer.quote or "") if (
                name and self._names_person(name) and name in question) else None
            if title and (title.group(2).lower() in TITLES or is_person_noun(title.group(2))):
                return question[:start] + f"the {noun} of {title.group(1)}" + question[end:]
        # "what minutes were those goals in?" after "who scored twice for them?" (Marco Vidal): the goals he scored,
        # where an article writes of goals and of scoring; many things said so, a noun no verb (not "that win", nor
        # "which of those pays …", where "those" is a pronoun)
        did = re.fullmatch(r"\W*(?:and\s+)?who\s+([a-z]+)\b.*", last, re.IGNORECASE)
        name = _strip_titles(ans)
        if (did and many and not re.search(r"\bof\s*$", question[:start]) and not bare_verb(re.sub(r"e?s$", "", noun))
                and _done(did.group(1)) and self._names_person(name) and not adjective):
            written = [{self.index.chunks[int(c)].article_id for c in self._passages_with(tokenize(w))}
                       for w in (noun, did.group(1))]
            if written[0] & written[1]:
                said = " ".join(question[start:end].split()[1:])
                return question[:start] + f"the {said} {name} {did.group(1).lower()}" + question[end:]
        # "who was driving that trailer?" when the last answer was read from another sentence: the
        # trailer the article being talked about names ("the utility trailer")
        # ("this summit" too; "this trip" is the one under way, which no earlier sentence need name)
        articles = {h.chunk.article_id for t in self.turns[-2:] for h in t.answer.passages[:3]}
        for chunk in self._passages_with(tokenize(noun))[:200] if stem(noun) not in JOURNEYS else ():
            if self.index.chunks[int(chunk)].article_id in articles:
                phrase = self._mention(self.index.chunks[int(chunk)].text, noun)
                if fits(phrase):
                    return question[:start] + phrase + question[end:]
        for turn in reversed(self.turns[-3:]) if stem(noun) in OCCASIONS and not adjective else ():
            # "where's that ceremony happening?" after "when does the new mayor get sworn in?": the swearing-in ceremony
            held = next((e for v, e in CEREMONIES.items() if re.search(rf"\b{v}\b", turn.understood, re.IGNORECASE)), None)
            if held:
                return question[:start] + f"the {held} {noun}" + question[end:]
        done = self._nominalized(noun)
        if done:
            return question[:start] + done + question[end:]
        last = self.turns[-1].answer
        said = (last.text or "").strip()
        if (said and not last.abstained and m.group().split()[0].lower() in ("that", "this") and not adjective
                and last.kind not in VALUE_KINDS + ("person", "place") and not _is_value(said) and len(said.split()) <= 8
                and any(w[:1].isupper() for w in said.split()) and not self._names_person(_strip_titles(said))
                and noun not in ROLES and not self._passages_with(tokenize(noun)).size):
            # "how many viewers does that channel get?" after "what's he expected to launch?" (India edition of
            # Russia's state-backed broadcaster, RT), where the articles never say "channel": the thing just answered
            return question[:start] + said + question[end:]
        named = [e for e in _entities(self.turns[-1].understood) if not self._names_person(e) and not _is_place(e)
                 and not _named_body(e) and not _is_value(e) and stem(e.split()[-1].lower()) not in EVENTS]
        if stem(noun) in EVENTS and not adjective and len(named) == 1 and head == 1:
            # "what was the score in that final?" after "who won the Continental Cup?": the cup's final
            return question[:start] + f"the {named[0]} {noun}" + question[end:]
        return None

    def _journey(self, noun: str, under_way: bool = False) -> str | None:
        """"that trip" after "when is Lavrov coming to India?": Lavrov's trip (one to come; after "When did
        Putin last come?" that visit is the one the date answered); "this trip" two turns after "When is
        Putin scheduled to visit India?" is still his. None unless the latest turn that speaks of going
        somewhere names one person."""
        if stem(noun) not in JOURNEYS:
            return None
        for turn in reversed(self.turns if under_way else self.turns[-3:]):  # the one under way: however long ago
            said = self._cased(turn.understood) if under_way else turn.understood
            going = next((g for g in re.finditer(r"[a-z]+", said) if stem(g.group()) in MOTION | JOURNEYS), None)
            owned = re.search(r"([A-Z][\w-]+)['’]s\s+$", said[: going.start()]) if going and stem(going.group()) in JOURNEYS else None
            if under_way and owned and self._names_person(owned.group(1)):
                # "… just before putin's trip" said once, whatever the question asked of it: his trip is the one under way
                return f"{_possessive(owned.group(1))} {noun}"
            if going and re.search(r"\b(?:is|are|will|has|have)\b", said) and not re.search(r"\b(?:did|was|were|last|previous)\b", said):
                # the one who goes is named before the going ("ahead of Putin" after it is not), or is the one
                # "who …?" was answered with
                people = [e for e in _entities(said[: going.start()]) if self._names_person(e)]
                whose = re.search(r"([A-Z][\w-]+)['’]s\s+$", said[: going.start()])
                if whose and whose.group(1) in people:  # "ahead of Putin's visit": his
                    people = [whose.group(1)]
                ans = _strip_titles(turn.answer.text or "")
                if not people and re.match(r"\W*who\b", said, re.IGNORECASE) and ans and self._names_person(ans):
                    people = [ans]
                # "in which month is the russian minister going …?": the one described, where no one is named
                described = re.search(r"\b(?:is|are|will)\s+(the\s+(?:[a-z-]+\s+){0,2}([a-z]+))\s+(?:be\s+)?$",
                                      said[: going.start()], re.IGNORECASE)
                if not people and described and is_person_noun(described.group(2).lower()):
                    return f"{_possessive(described.group(1))} {noun}"
                return f"{_possessive(_strip_titles(people[0]))} {noun}" if len(people) == 1 else None
        return None

    def _nominalized(self, noun: str) -> str | None:
        """"that reformulation" after "who reformulated the equations?": the noun of the verb a recent
        question used, of what that verb was done to ("the reformulation of the equations")."""
        if len(noun) < 5:
            return None
        for turn in reversed(self.turns[-3:]):
            words = re.findall(r"[\w'’-]+", turn.understood)
            for i, w in enumerate(words[:-1]):
                low = w.lower()
                base = re.sub(r"(?:ed|ing)$", "", low)
                if low == noun or not low.endswith(("ed", "ing")) or len(base) < 4:
                    continue
                shared = len(os.path.commonprefix([base, noun.lower()]))
                if shared < max(5, len(base) - 2):
                    continue  # "reformulat(ed)" and "reformulat(ion)", "agre(ed)" and "agree(ment)"
                obj = []  # what it was done to: "the equations", up to a preposition
                for x in words[i + 1:]:
                    if x.lower() in PREPOSITIONS | AUX_WORDS or x.lower() in PRONOUNS:
                        break
                    obj.append(x)
                if len(obj) > 1 and obj[0].lower() in DETERMINERS:
                    return f"the {noun} of {' '.join(obj)}"
                # "this deposition" after "who is being deposed in the Kessler Orchards case?": the deposition in it
                where = words[i + 1: i + 7]
                if (not obj and len(where) > 2 and where[0].lower() in ("in", "at", "for") and where[1].lower() in DETERMINERS
                        and not set(x.lower() for x in where[1:]) & (PREPOSITIONS | AUX_WORDS | set(PRONOUNS))):
                    return f"the {noun} {' '.join(where)}"
        return None

    @staticmethod
    def _mention(text: str, noun: str) -> str | None:
        """"the folding display panels" for "panels" in "a shortage of folding display panels from its
        supplier": the noun as a text names it, with the words just before it that describe it."""
        target = stem(noun)
        # "St. Brigid's": one name; "the 3:05 call": one time
        words = re.findall(r"\b(?:St|Dr|Mt|Ft)\.(?=\s[A-Z])|\d+(?:[:.,]\d+)+|[\w'’()-]+|[^\w\s]", text)
        for i, w in enumerate(words):
            if stem(w.lower().strip("()")) != target or (w.lower().endswith(("ed", "ing")) and not noun.endswith(("ed", "ing"))):
                continue
            if w[:1].isupper() and i + 1 < len(words) and re.fullmatch(r"\d+[A-Za-z]?", words[i + 1]):
                return f"{w} {words[i + 1]}"  # "that bay" after "the Bay 4 temperature alarm": Bay 4, numbered
            keep: list[str] = []
            for j in range(i - 1, max(-1, i - 4), -1):
                before, low = words[j], words[j].lower()
                if before.islower() and low.endswith("ing") and j and words[j - 1].endswith(("'s", "’s")):
                    keep.insert(0, before)  # "Lumora's folding display panels": and whose they are
                    continue
                if before.islower() and low.endswith("ing") and j and words[j - 1].lower() in PREPOSITIONS | DETERMINERS:
                    keep.insert(0, before)  # "of folding display panels": an -ing word that describes
                    break
                if (not re.match(r"[\w'’]", before) or not _acronym(before) and (low in STOPWORDS or low in AUX_WORDS or low in PREPOSITIONS)
                        # "during future elections": any one to come, not the one "that election" points at
                        or low in {"much", "many", "more", "most", "last", "next", "future", "upcoming", "subsequent", "other"}
                        or re.fullmatch(WH, low)
                        or (before.islower() and (low.endswith(("ed", "ing")) or low in PARTICIPLES))
                        or before.islower() and j and words[j - 1].lower() in MODALS | DO | {"to", "who", "what"}
                        or j and words[j - 1].lower() in MODALS | DO):  # "did Voss call": her doing, no call named
                    break  # "could decide elections", "who supplies Lumora's panels": a verb, not a word that describes the noun
                keep.insert(0, before)
            if len(keep) == 3 and i >= 4 and words[i - 4].lower().rstrip(".") in POINTED:
                keep.insert(0, words[i - 4])  # "St. Brigid's new heart centre" (typed "st brigid's"): the name is whole
            after = words[i + 1] if i + 1 < len(words) else ""
            if not keep and after.lower() == "of":  # "a shortage of folding display panels from …": what it is of
                of = []
                for w in words[i + 2: i + 6]:
                    if not re.fullmatch(r"[A-Za-z][\w'’-]*", w) or w.lower() in PREPOSITIONS | AUX_WORDS or w.lower() in STOPWORDS - DETERMINERS:
                        break
                    if w.islower() and any(o[:1].isupper() for o in of) and bare_verb(w):
                        break  # "of the Rhine last?": a verb after a name ends what it is of
                    of.append(w)
                rest = words[i + 2 + len(of):][:1]
                if of and of[-1].lower() not in DETERMINERS and not (rest and rest[0] in "%$€£-/"):
                    return f"the {noun} of {' '.join(of)}"
            if not keep or (after[:1].isupper() or after.lower() in DETERMINERS) and not after.startswith("("):
                continue  # "the agreement" says no more than "that agreement"; "visit India": a verb
            tail = f" {after}" if re.fullmatch(r"\([A-Z][\w-]*\)?", after) else ""  # "(RELOS)"
            tail = tail + ")" if tail and not tail.endswith(")") else tail
            first = i - len(keep)
            if (keep[0][:1].isupper() and keep[0][1:].islower() and (first == 0 or words[first - 1] in ".!?")
                    and keep[0].lower() in english_words() and keep[0].lower() not in NATIONALITY
                    and not _is_place(keep[0]) and all(k.islower() for k in keep[1:])):
                keep[0] = keep[0].lower()  # "Defense ties remain …": a sentence's capital, no name's
            # "the 23rd India-Russia Annual Summit": the noun as the name writes it, when it is the word asked
            head = " ".join(keep + [w.strip("()") if w.strip("()").lower() == noun.lower() and keep[-1][:1].isupper() else noun])
            # "Velotrin's recall", but "the country's highest court ruling"
            whose = any(k.endswith(("'s", "’s")) and (k[:1].isupper() or keep[0].lower().rstrip(".") in POINTED)
                        for k in keep[:2])  # "St. Brigid's new …"
            return ("" if whose else "the ") + head + tail
        return None

    def _resolve(self, question: str) -> list[str]:
        """The question with its pronouns replaced by their antecedents; a "thing" pronoun may
        have two readings (the last answer, or what the last question asked about)."""
        resolved: list[tuple[re.Match[str], list[str]]] = []
        dummy = [d.span(g) for d in EXPLETIVE_IT.finditer(question) for g in range(1, EXPLETIVE_IT.groups + 1) if d.group(g)]
        person: dict[str, str] = {}  # "he" said twice in one question is one man
        thing: list[str] = []  # and "it" twice one thing
        for m in re.finditer(r"\b[A-Za-z]+\b", question):
            w = m.group().lower()
            role = PRONOUNS.get(w)
            spoken = None  # the many the last question asked about, which "they" are
            if w == "it" and m.span() in dummy:
                continue  # "is it true he is going …?": "it" stands for nothing
            earlier = f"{self.turns[-1].understood} {self.turns[-1].answer.text or ''}"
            if role is None or (w in ("that", "this", "these", "those") and not self._that_is_pronoun(question, m, earlier)):
                continue
            before = question[: m.start()]
            if (w in ("that", "this") and not question[m.end():].strip(" ?")
                    and re.match(r"\s*(?:and\s+)?which\s+[a-z]+\s+of\s+[^?]*\b(?:is|was|are|were)\s*$", before, re.IGNORECASE)):
                continue  # "which session of the assembly was that?": which of them it was, no thing named
            events = [x for x in re.findall(r"[a-z]+", before.lower()) if stem(x) in EVENTS] if w == "this" else []
            if w == "this" and not events and ({stem(x) for x in re.findall(r"[a-z]+", before.lower())} & MOTION - SENDING
                                               or re.search(r"\blast\s+(?:in|to|at)\s", before, re.IGNORECASE)):
                # "when did he last come to India before this?", "when was he last in India before this?": this visit,
                # the coming (or being there) under way
                events = ["visit"]
            if (events and re.search(r"\b(?:before|since)\s*$", before, re.IGNORECASE)
                    and not question[m.end():].strip(" ?")):
                # "when was his last trip to India before this?": this trip, the one under way
                resolved.append((m, [f"this {events[-1]}"]))
                continue
            if w == "her" and not self._her_is_possessive(question, m):
                role = "person"  # "according to her", "speak to her": an object, not whose
            # "how much do the couriers reckon Zipply owes them?": what many say, think or reckon is of themselves
            thinking = re.search(rf"\b(the\s+[a-z]{{3,}}s)\s+(?:{'|'.join(sorted(REPORTING | THINKING))})\s+\S.*\s$", before)
            if w in ("they", "them") and thinking and _plural(thinking.group(1)):
                resolved.append((m, [thinking.group(1)]))
                continue
            countries = self._countries_acting(question, m)
            if countries and (re.search(r"\b(?:the|that|this|an?)\s+(?:[\w-]+\s+){0,3}?[\w-]+\s*$", before, re.IGNORECASE)
                              or w in ("them", "their")):  # "what does that let them do?": the two the agreement binds
                resolved.append((m, countries))  # "the roadmap they're signing": what the two countries sign
                continue
            if self._named_before(before, w):
                if _bound(question, m) and not (w == "her" and role == "person"):
                    continue  # "How does India describe its imports?": its = India; "speak to her": someone else
            if role.endswith("poss") and re.match(r"\s+own\b", question[m.end():]) and re.search(r"\b(?:on|of)\s*$", before):
                continue  # "how much is that worth on its own?": alone, no one's
            if role.endswith("poss") and INVERTED_SUBJECT.match(question[m.end():]):
                continue  # "What share of its oil does India buy?": its = India, the subject after the auxiliary
            wh_subject = WH_SUBJECT.match(before)
            after_aux = bool(wh_subject) and not before[wh_subject.end():].strip() and re.search(
                r"\b(?:had|have|has|were|was|are|is|will|would|could|must)\s*$", before, re.IGNORECASE) is not None
            many = re.match(r"\W*(?:and\s+)?(which|what|how\s+many)\s+([a-z]+)\b(?:\s+([a-z]+)\b)?", before, re.IGNORECASE)
            many = many if many and _plural(many.group(2)) else None
            counted_many = bool(many) and many.group(1).lower().startswith("how")
            if w == "their" and many and many.group(3) and many.group(3).lower() not in AUX_WORDS | MODALS | COPULA:
                continue  # "which insects use them in their life cycle?": the insects' own
            if (role.endswith("poss") and wh_subject and not after_aux  # "which area are her crews in": her crews, the subject
                    and not (w == "its" and before.lower().lstrip().startswith(("who", "and who")))
                    # "how many people are travelling in his delegation?": many are never "his"
                    and not (w in ("his", "her") and counted_many)):
                continue  # "How many had to leave their homes?": the homes of those the question counts
            # "what did he call him?": an object is someone other than the subject ("himself" would be him)
            other = w == "him" or w == "her" and role == "person"
            if GENDER.get(w) in person and not other:
                # "what did she promise in her first 100 days?": once she is named, "her" is hers; "where did she work
                # before she got into politics?": and "she" again is she (a name said twice reads as two people)
                continue
            if w in ("it", "that") and re.search(r"(?:\b(?:he|she|they|we|you|i)|^\W*(?:and\s+)?who)\s+(?:do|does|did)\s*$", before,
                                                 re.IGNORECASE):
                continue  # "says he did it to win …", "who did that?": the deed, no thing ("how long does it last": "it" lasts)
            echoed = self._object_echoed(before) if w == "it" and role == "thing" else None
            if echoed and not _says(question, echoed):
                # "who voted against awarding it?" after "Which firm was awarded the Fennick gymnasium roof contract?":
                # what is awarded is what was awarded
                resolved.append((m, [echoed]))
                continue
            if w == "it" and thing:  # "how much does it cost to buy it new?": one thing, said twice
                resolved.append((m, thing))
                continue
            if w == "its" and thing:
                continue  # "how does it get its funding?": its own, once "it" is named
            taken = {t[0] for _, t in resolved}  # "did she leave to join them?": two pronouns, two antecedents
            gender = GENDER.get(w)  # after "what is her title?", "he" is someone else
            kind = role.split("-")[0]
            ans = self.turns[-1].answer.text or ""
            measured = re.search(r"\bhow\s+(?:many|much)\s+(?:(?:in|of)\s+)?([a-z][\w-]*(?:\s+[a-z][\w-]*)?)\s+"
                                 r"(?:is|are|was|were|do|does|did|has|have|had|will|would|can)\b",
                                 self.turns[-1].understood, re.IGNORECASE) or re.search(  # "how many otters live …?"
                r"\bhow\s+many\s+([a-z][\w-]*s)\s+(?!(?:of|in|on|at|to|for|from|with|by)\b)[a-z]+", self.turns[-1].understood,
                re.IGNORECASE)
            about = re.match(r"^(?:between|around|roughly|some|nearly|almost|over|under|up\s+to|(?:more|fewer|less)\s+than)"
                             r"\s+[$€£]?\d", ans, re.IGNORECASE)
            counted = re.match(r"\W*(?:and\s+)?how\s+many\s+([a-z][\w-]*[^s\W]s)\b", self.turns[-1].understood, re.IGNORECASE)
            if w in ("those", "these") and counted and re.search(r"\b(?:of|among)\s*$", before) and _is_value(ans):
                # "how many of those are constituency msps?" after "how many msps sit in the Scottish Parliament?": of
                # the msps counted, of what the question counted them in
                whose = _topic(self.turns[-1].understood, self._in_articles)
                found = [f"the {counted.group(1)}" + (f" of {whose}" if whose and counted.group(1) not in whose else "")]
            elif (kind == "thing" and w == "that" and (re.match(r"^(?:about\s+)?[$€£]?\d", ans) or about) and measured
                    and measured.group(1).lower() not in ans.lower()):
                # "over how long was that?" after "How much rain did it dump?" (210 millimetres): that rain; "how does
                # that compare …?" after "How many otters live …?" (between 35 and 50): the number of otters
                noun = measured.group(1)
                found = ([f"the number of {noun}"] if about and re.match(r"\s*how\s+many", measured.group(), re.IGNORECASE)
                         else [f"the {ans} {noun}" if _plural(noun) else f"the {ans} of {noun}"])
            elif (kind == "thing" and w in ("it", "that") and value_kind(ans) == "money" and not measured
                  and not CHANGED.match(question[m.end():]) and _sum_done(self.turns[-1].understood)):
                # "what did he spend it on?" after "how much had Vernon Halloway stolen?" ($3.8 million): the sum
                found = [f"the {ans}"]
            elif (kind == "thing" and w == "it" and measured and CHANGED.match(question[m.end():])
                  and not OWN_MEASURE.search(before)):  # "how much rain did it drop?": it dropped the rain
                # "how much was it up on last year?" after "How much revenue did Corvane Systems report?": the
                # revenue measured, not the company; "why was it that low?" after "how many sites had …": their number
                noun = measured.group(1)
                whose = _topic(self.turns[-1].understood, self._in_articles)
                found = ([f"the number of {noun}"] if re.match(r"\s*how\s+many", measured.group(), re.IGNORECASE)
                         else [f"{_possessive(whose)} {noun}"] if whose and whose[:1].isupper() else [f"the {noun}"])
            elif (kind == "thing" and w == "it" and (CHANGED.match(re.sub(r"^(?:['’]s|\s+(?:is|was))(?=\s)", "", question[m.end():]))
                                                     or DRIVING.search(before))
                  and not OWN_MEASURE.search(before)
                  and (done := re.match(rf"\W*(?:and\s+)?how\s+much\s+(?:did|does|do|will|would)\s+(.+?)\s+({'|'.join(DOINGS)})\b(.*?)\s*\??\s*$",
                                        self.turns[-1].understood, re.IGNORECASE))
                  # (not "How much did bilateral trade between India and Russia reach?": "reach" is its verb)
                  and not _verb_follows(done.group(3))):
                # "how come it's that high?", "what drove it?" after "how much did india and russia trade in 2024-25?":
                # their trade then
                pair = re.fullmatch(r"(\S+(?:\s+\S+)?)\s+and\s+(\S+(?:\s+\S+)?)", done.group(1))
                found = [f"the {DOINGS[done.group(2).lower()]} between {pair.group(1)} and {pair.group(2)}{done.group(3)}" if pair
                         else f"{_possessive(done.group(1))} {DOINGS[done.group(2).lower()]}{done.group(3)}"]
                # (two who trade: "the trade between india and russia", a phrase whole however they were typed)
            elif (kind == "thing" and w == "that" and re.search(r"\b(?:is|was|are|were)\s*$", before)
                  and re.match(r"\W*(?:and\s+)?what\s+(?:(?:share|percentage|percent|proportion|fraction|part)\b|%)", question,
                               re.IGNORECASE)
                  and (got := re.match(r"\W*(?:and\s+)?how\s+many\s+([a-z][\w-]*s)\s+(?:did|does|do|has|have|had|will)\s+"
                                       r"((?:[A-Z][\w'’-]*\s+){0,2}[A-Z][\w'’-]*)\s+[a-z]+", self.turns[-1].understood))):
                # "what share of the vote is that?" after "how many votes did Albright get?": Albright's votes, however
                # the count was answered
                found = [f"{_possessive(got.group(2))} {got.group(1)}"]
            elif (kind == "thing" and w == "that" and value_kind(ans) in ("money", "number", "percent")
                  and re.search(r"\b(?:is|was|are|were)\s*$", before)
                  and re.match(r"\W*(?:and\s+)?(?:how\s+(?:big|much|large|steep|significant)\b|what\s+(?:(?:share|percentage|"
                               r"percent|proportion|fraction|part)\b|%))", question, re.IGNORECASE)):
                # "how big a jump is that?" after "€1.42 billion", "what share was that?" after "24,406": the value;
                # "how much more is that than …?" after "what is the total cost of the tram?": the sum as asked
                named = re.fullmatch(rf"\W*(?:and\s+)?what\s+(?:is|was|are|were)\s+(the\s+(?:[\w-]+\s+){{0,2}}?"
                                     rf"(?:{'|'.join(sorted(VALUE_NOUNS))})\s+(?:of|for)\s+[^?]+?)\s*\??\s*",
                                     self.turns[-1].understood, re.IGNORECASE)
                found = [named.group(1) if named else f"the {ans}"]
            elif (kind == "thing" and re.search(r"\bof\s*$", before) and ans and _is_value(ans)
                  and (w == "that" or w == "it" and value_kind(ans) == "money")
                  # a part of a sum, not "who is in charge of it" (the tram, not the €1.35 billion)
                  and re.search(r"\b(?:how\s+(?:much|many)|share|part|portion|fraction|percentage|proportion|rest|most|half|"
                                r"some|all|none|any|out)\s+(?:\w+\s+)?of\s*$", before, re.IGNORECASE)):  # "paid out of that"
                # "how much of that is holiday pay?" after "€37 million": of the €37 million; "how much of it went on
                # the lake house?" after "$3.8 million" too
                found = [f"the {ans}"]
            elif kind == "thing" and value_kind(ans) == "money" and (
                    w == "that" and before.split() and stem(before.split()[-1].lower()) in SPENDING
                    or w in ("it", "that") and {stem(x) for x in re.findall(r"[a-z]+", question[m.end():].lower())[:4]} & SPENT
                    and not re.match(r"\W*(?:and\s+)?how\s+long\b", question, re.IGNORECASE)  # "how long will it take to get …
                    and re.match(r"\W*(?:and\s+)?how\s+much\b", self.turns[-1].understood, re.IGNORECASE)):
                # the money: "what did he blow that on?" after "$3.8 million"; "which charity was it taken from?" after
                # "how much did he steal?", "by when does that have to be paid?" after "how much … owes?"
                found = [f"the {ans}"]
            elif (kind == "thing" and ans and (w == "that" and (PRICED.match(question[m.end():]) or re.search(
                    r"\b(?:rent|price|cost|fee|lease)\s+(?:on|of|for)\s*$", before, re.IGNORECASE) and not _is_value(ans))
                                                 and (value_kind(ans) == "money" or self.turns[-1].answer.kind == "place")
                                                 # "how much is it a night?" after "where are they staying?": the place too
                                                 or w == "it" and PRICED.match(question[m.end():]) and self.turns[-1].answer.kind == "place")):
                # ("what's the rent on that?" after "where has it been since 2023?": the place answered)
                # "what is that each?" after "€140": the €140; "how much is that a night?" after "where are they
                # staying?": the place to stay answered
                found = [f"the {ans}" if value_kind(ans) == "money" else ans]
            elif (kind == "thing" and w == "that" and value_kind(ans) in ("money", "percent", "number")
                  and (what := re.match(rf"\W*(?:and\s+)?(?:what|which)\s+((?:[a-z][\w-]*\s+)?[a-z][\w-]*)\s+(?:{AUX_RE})\s",
                                        self.turns[-1].understood, re.IGNORECASE))
                  and not set(what.group(1).lower().split()) & (AUX_WORDS | PREPOSITIONS | STOPWORDS)
                  and stem(_head(what.group(1)).lower()) not in VALUE_STEMS | {stem(t) for t in ASKED_TIMES}
                  | {stem(p) for p in ("percent", "percentage", "proportion", "fraction")}
                  and not ((verb := (before.split() or [""])[-1].lower()) in REPORTING | THINKING or stem(verb) in MOVED)):
                # "over how many years is that?" after "what pay rise is the union seeking?" (9.5 percent): the pay
                # rise answered, with what it is ("the 9.5 percent pay rise"), not the union that seeks it
                found = [f"the {ans} {what.group(1).lower()}"]
            elif (kind == "thing" and w == "that" and value_kind(ans) in ("money", "percent", "number")
                  # (a sum asked with no noun of its own: "how much federal aid was requested?" asked of the aid)
                  and re.match(rf"\W*(?:and\s+)?how\s+(?:much|many)\s+(?:{AUX_RE})\b", self.turns[-1].understood, re.IGNORECASE)
                  and re.match(r"\W*(?:and\s+)?(?:who|whose|whom|what|which)\b", question, re.IGNORECASE)
                  # (nor "who said that?", and "what's russia doing to raise that?": a measure is raised or cut, not
                  # the value it had)
                  and not ((verb := (before.split() or [""])[-1].lower()) in REPORTING | THINKING or stem(verb) in MOVED)):
                # "whose record did that beat?" after "how much was the transfer fee?" (£58 million): the sum answered,
                # with what it is ("the £58 million transfer fee"); "whose estimate is that?": the €37 million
                asked = re.fullmatch(r"\W*(?:and\s+)?how\s+much\s+(?:is|was|are|were|do|does|did)\s+the\s+((?:[a-z][\w-]*\s+){0,2}"
                                     r"([a-z][\w-]*)(?:\s+(?:on|of|for)\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)?)"
                                     r"(?:\s+(?:amount\s+to|come\s+to|cost|total))?\s*\??\s*", self.turns[-1].understood, re.IGNORECASE)
                priced = asked and (stem(asked.group(2).lower()) in VALUE_STEMS or asked.group(2).lower() in CHARGES)
                found = [f"the {ans} {asked.group(1)}" if priced else f"the {ans}"]
            elif (kind == "thing" and w == "that" and self.turns[-1].answer.kind == "place"
                  and re.fullmatch(r"(?:(?:in|at|on|near|inside)\s+)?(?:the\s+)?[a-z][\w-]*(?:\s+[a-z][\w-]*){0,4}", ans)
                  and not re.match(r"\W*(?:and\s+)?(?:when|where|why|how)\b", question, re.IGNORECASE)):
                # "who rents that out to them?" after "where's it housed these days?" (terminal building): a place no
                # name calls is a thing, the one answered
                found = [_the(re.sub(r"^(?:in|at|on|near|inside)\s+", "", ans))]
            elif kind == "thing" and w == "it" and (whole := self._part_answered(before, ans)):
                # "which session of it was that?" after "during the 80th session of the United Nations General
                # Assembly": what the answer said the part is of
                found = [whole]
            elif kind == "thing" and w == "it" and (marked := self._marked_in_answer(before, ans)):
                # "how big a discount does india get on it?" after "… imports of discounted Russian oil": the oil
                found = [marked]
            elif kind == "thing" and w in ("it", "that", "this") and (said := self._said_about(before)):
                found = [said]
            elif kind == "thing":
                found = self._things(answer_first=w == "that")
                if (w == "that" and found and any(x[:1].isupper() or x[:1].isdigit() for x in ans.split())
                        and found[0] == self._thing_answered(ans, self.turns[-1].answer.kind, _frame(self.turns[-1].understood))[0]):
                    found = found[:1]  # "when was that established?" after "… for?" (the 23rd Annual Summit): what was just named
                if w in ("it", "its"):  # "it" is one thing: not "the two no votes", nor "Councillors Raman and Becker"
                    # nor a sum said ("which branches lose hours under it?" after "$84 more per year": the budget)
                    found = [o for o in found if not SUM_SAID.match(o)] or found
                    one = [o for o in found if _one_thing(o)]
                    for back in range(2, min(len(self.turns), RECENT_TURNS) + 1) if not one else ():
                        one = [o for o in self._things(back) if _one_thing(o)]  # the thing talked about before the plural
                        if one:
                            break
                    found = one or [o for o in found if not NUMBERED.fullmatch(o)]  # "the three" are never "it"
                told = next((o for o in found if re.match(r"(?:a|an)\s", o)), None) if w in ("it", "its") else None
                verb = re.search(rf"\b([a-z]+)\s+{re.escape(told)}", self.turns[-1].understood) if told else None
                if verb and stem(verb.group(1)) in {stem(t) for t in tokenize(question)}:
                    # "in how many counties did he declare it?" after "Who declared a state of emergency after
                    # Storm Imogen?": the same verb, the same thing (not the storm, `_things`' first)
                    found = [told] + [o for o in found if o != told]
                if w in ("it", "its") and not found:
                    # "when did he start it?", "what year did it start?" after "Who founded Seedwell Commons?": not the
                    # founder, but the name beside him that the articles never write of as a person's
                    # (two words or more: one name alone, "Tomasz", that the articles know is a person's)
                    found = [e for e in reversed(_entities(self.turns[-1].understood))
                             if e not in person.values() and self._names_person(e) and not self._known_person(e)
                             and (person or len(e.split()) > 1)]
                    self.called_it.update(found[:1])
                if w == "it" and re.search(r"\b(?:during|throughout|before|after)\s*$", before, re.IGNORECASE):
                    # "who's hosting the banquet during it?": an event, never a place ("during India")
                    found = [o for o in found if not _is_place(o)] or _the_phrases(self.turns[-1].understood) or found
                lasting = re.match(r"\s+([a-z]+)", question[m.end():])  # ("last" is no adverb here)
                if w == "it" and lasting and stem(lasting.group(1)) in LASTING and not any(map(_an_event, found[:1])):
                    # "how long did it last?" after "In the Larkspur Terrace phone call, who …?": what lasts is an event
                    # the question named (the call), not the place it names
                    events = [p for p in _the_phrases(self.turns[-1].understood) if _an_event(p)]
                    found = list(dict.fromkeys(events[:1] + found))
                if ESTABLISHED.search(question):
                    # "when was that established?" after "the 23rd India-Russia Annual Summit": one edition is
                    # counted, the series is what was established
                    found = [_of_every(o) for o in found]
                if w in ("it", "its"):  # "what graph did it feature?" after "what was his role on the TAR?": the TAR, not a
                    # role (a role is held, it does nothing)
                    found = list(dict.fromkeys(_held_on(o) if _head(o).lower() not in question.lower() else o for o in found))
                    found = [o for o in found if not is_person_noun(_head(o).lower().split("-")[-1])] or found  # nor "a co-chair of …"
                if w in ("it", "its"):  # never someone the conversation already called "he", "she" or "they"
                    # "when was it first set up?" after "what nationality is Ismail El Gizouli?" (Korean): no one's
                    # nationality is founded, nor the answer that gave it; the thing talked about before is ("the IPCC")
                    last_frame = _frame(self.turns[-1].understood)
                    of_someone = {_the(last_frame[1]), self.turns[-1].answer.text} if (
                        last_frame and last_frame[1] and last_frame[2].lower() in COPULA
                        and self._names_person(last_frame[3].strip(" ?"))) else set()
                    fit = [o for o in found if self._it_fits(o) and not (
                        # "when was it first set up?" after "what is Hoesung Lee's profession?": no one's profession
                        # is founded or set up; the thing talked about before is ("the IPCC")
                        ESTABLISHED.search(question) and (o in of_someone or (owned := re.fullmatch(r"(.+?)['’]s?\s+[a-z][\w-]*", o))
                                                          and self._names_person(owned.group(1))))]
                    # "how much is it worth?" after "Which company got the bridge contract?" and two questions
                    # of "they": the contract talked about before them
                    for back in range(2, min(len(self.turns), 3) + 1) if found and not fit else ():
                        fit = [o for o in self._things(back) if self._it_fits(o)]
                        if fit:
                            break
                    if fit and all(_is_place(o) for o in fit):
                        # "how much is it worth?" after "when is Lavrov expected in India?": a place only when nothing
                        # else fits; the economic partnership talked about two turns back does
                        earlier = [o for back in range(2, min(len(self.turns), 3) + 1) for o in self._things(back)
                                   if self._it_fits(o) and not _is_place(o)]
                        fit = list(dict.fromkeys(earlier[:1] + fit))
                    found = self._by_evidence(question, m, fit)
                if re.search(r"\b(?:turnout|attendance|attend|attends|attended|attending|tickets?)\b", question, re.IGNORECASE):
                    # "what was turnout in it?": only an event has a turnout (the election talked about, not the
                    # 39.8 percent it gave her nor the hospital she worked at); only an event is attended or has
                    # tickets ("what did a ticket to it cost?" after who won the final and who scored: the final)
                    # (an event answered to "where …?" too: "how many people attended it?" after "where did he announce
                    # it?" (the UN conference))
                    said = [o for back in range(1, min(len(self.turns), RECENT_TURNS) + 1)
                            for t in [self.turns[-back]]
                            for o in ([t.answer.text] if t.answer.text and t.answer.kind == "place" else [])
                            + self._things(back) + [_topic(t.understood, self._in_articles) or ""]]
                    events = [o for o in said if o and stem(_head(o).lower()) in EVENTS | POLLS
                              and not re.match(r"(?:the\s+)?\S*\d", o)  # "the 28,913 votes" are a count
                              and not ((owner := re.match(r"([A-Z][\w'’-]*)['’]s?\s", o)) and self._names_person(owner.group(1)))]
                    # (nor "Albright's votes", hers: "Harwick's mayoral election" is the town's)
                    # one that says which ("the harwick mayor race") before a bare "the vote" said since
                    events.sort(key=lambda o: len(re.sub(r"^(?:the|a|an)\s+", "", o, flags=re.IGNORECASE).split()) < 2)
                    found = list(dict.fromkeys(events[:1] + found))
                if w == "it" and WORKED_ON.search(question[: m.start()]):
                    # "when does work on it start?" after "Which company won the bridge contract?": the bridge worked
                    # on, not the firm that won it nor the firm's bid
                    # ("who did tomasz recommend for the millrace bridge job?": the job the questions named, when nothing
                    # else was spoken of but the firm and its bid)
                    built = [o for o in self._talked_of(found, 3)
                             if not _named_body(re.sub(r"['’]s?\s+\S.*$", "", o)) and not _is_place(o) and self._it_fits(o)
                             and stem(_head(o).lower()) not in FIRMS]  # "the firm" that won it is not worked on
                    built = built or [p for t in reversed(self.turns[-3:]) for p in _the_phrases(t.understood)
                                      if not _named_body(p) and not _is_place(p)]
                    # a name inside a contract's phrase is the contract's ("Fennick" of "the Fennick gymnasium roof contract")
                    built = [o for o in built if not (o[:1].isupper() and any(
                        o != p and _says(p, o) and stem(_head(p).lower()) in INSTRUMENTS for p in built))]
                    found = list(dict.fromkeys(built)) or found
                if w == "it" and SIGNED.match(question[m.end():]):
                    # "by when does she need it signed?" after questions of the firm that won the bridge contract: what
                    # is signed is a contract or an agreement, not the firm
                    deeds = [o for o in self._talked_of(found) if stem(_head(o).lower()) in INSTRUMENTS]
                    deeds = deeds or [p for t in reversed(self.turns[-RECENT_TURNS:]) for p in _the_phrases(t.understood)
                                      if stem(_head(p).lower()) in INSTRUMENTS]
                    found = list(dict.fromkeys(deeds[:1] + found))
                if (w == "it" and re.match(r"\s+to\s+[a-z]", question[m.end():])
                        and _verb_after(question[m.end():].replace(" to ", " ", 1)) in DOING | AGENTIVE):
                    # "how long did the court give it to offer contracts?" after questions of the Zipply case and its
                    # dissent: what is to offer is a name that acts, not an opinion
                    named = [o for o in found if o[:1].isupper() and not self._names_person(o)]
                    found = named + [o for o in found if o not in named]
                kept = self._it_was(self.turns[-1]) if w == "it" else None
                event = _head(found[0]).lower() if found else ""
                if (w == "it" and not kept and len(self.turns) > 1
                        and not re.search(r"\b(?:it|its)\b", self.turns[-1].question, re.IGNORECASE)
                        and (_elliptical(self.turns[-1].question) and (stem(event) in EVENTS or event in ACTS)
                             and not re.match(r"\S+['’]s?\s", found[0])
                             or re.search(r"\b(?:he|she|him|his|her)\b", self.turns[-1].question, re.IGNORECASE))):
                    # "how many varieties does it have?" after "when did he get it (Seedwell Commons) going?" and
                    # "and the move into the old ferry terminal?": a fragment asking of an event no one's keeps the
                    # "it" before ("and parliament's first meeting?" is Parliament's); so does a question of a person
                    # ("has anyone been arrested for it?" after "how big is the reward for info on it?" and "what did
                    # he do for a living?": the reliquary, not the reward)
                    kept = self._it_was(self.turns[-2], put_first=True)
                    found = [kept] + found if kept and not _says(question, kept) else found
                if kept and (_the(kept) in map(_the, found) or found and not _says(self.turns[-1].understood, found[0])):
                    # "what happens if it misses that deadline?" after "how long did the court give it (Zipply) to
                    # offer contracts?": "it" again is what it was in the question before ("what started it?" after
                    # "who's leading the fight against it?": the Cedar Gap Fire, with its "the" or not); so too where
                    # the first thing found is not in that question ("how much do the police get in it?" after "why
                    # did she say she backed it?": the operating budget, nearer than what the turns before named)
                    found = [kept] + [o for o in found if _the(o) != _the(kept)]
                if w == "it" and CAPITAL.match(question[m.end():]):
                    # "when did it become capital of the commonwealth?" after "What river does Warsaw stand on?" (Vistula
                    # River): a town is a capital, not a river or a valley
                    towns = [e for t in reversed(self.turns[-RECENT_TURNS:]) for e in _entities(t.understood)
                             if not set(e.lower().split()) & LANDFORMS and self._written_as_place(e) and not _says(question, e)]
                    found = list(dict.fromkeys(towns[:1] + [o for o in found if not set(o.lower().split()) & LANDFORMS])) or found
                if w == "it" and _verb_after(question[m.end():]) in AGENTIVE:
                    # "how many has it bought?" after "Which system does India want?": what buys is India
                    agents = _places_said(self.turns[-1].understood)
                    found = agents + [f for f in found if f not in agents]
                if w == "it" and re.search(r"\b(?:back|backed|backing|support|supported|supporting|oppose|opposed|opposing|endorse|"
                                           r"endorsed)\s*$", before, re.IGNORECASE):
                    # "why did she say she backed it?" after "who cast the deciding vote?": one backs a measure, not the
                    # vote on it ("the operating budget", asked of before)
                    voted = [o for o in found if stem(_head(o).lower()) in POLLS]
                    measures = [t for t in self._talked_of(self._things(1))
                                if stem(_head(t).lower()) not in POLLS and not _is_value(t)] if voted else []
                    found = list(dict.fromkeys(measures[:1] + [o for o in found if o not in voted])) or found
                if w == "it" and BUILT_IT.match(question[m.end():]):
                    # "how much did it cost to build?" after "which Edinburgh firm did he work with?" (RMJM): a firm is
                    # not built; the building talked about is
                    firms = self._answers_asked(lambda noun, asked: stem(_head(noun).lower()) in ORGANIZATIONS | FIRMS)
                    built = [o for o in self._talked_of(found)
                             if o not in firms and stem(_head(o).lower()) not in ORGANIZATIONS | FIRMS and not self._names_person(o)]
                    found = list(dict.fromkeys(built[:1] + found))
                owner = re.match(r"([A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*)*)['’]s?\s", found[0]) if found else None
                if w == "it" and owner and STAFFED.search(question):
                    # "how many employees does it have?" after "What was Corvane's revenue …?": a firm or a place has
                    # staff, its revenue none
                    found = [owner.group(1)] + [f for f in found if f != owner.group(1)]
            elif kind == "group":  # "them" after "What tariffs did the US impose?": the tariffs, or a group named
                f = _frame(self.turns[-1].understood)
                done = _counted_done(self.turns[-1].understood) if f and not _says(question, f[1]) else None
                # ("how many of them were in Ashby?": the people Storm Imogen killed; "where did they keep them?" after
                # "how many legions did the Romans keep along the Rhine?": the legions, kept again)
                done = done if done and not {stem(w) for w in tokenize(done)} & {stem(w) for w in tokenize(question)} - {
                    stem(w) for w in tokenize(_the(f[1]))} else None
                asked = [done or _the(f[1])] if f and f[1] and _plural(f[1]) else []
                # "which of those …?" after "Which two organizations set up the IPCC?": the two organizations
                wh = re.match(r"\W*(?:and\s+)?(?:which|what)\s+((?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*s)\s", self.turns[-1].understood,
                              re.IGNORECASE)
                if not asked and wh and _plural(wh.group(1)) and not set(wh.group(1).lower().split()) & (AUX_WORDS | STOPWORDS):
                    asked = [_the(wh.group(1))]
                # "How many dockworkers walked off …?", "How many dock workers went on strike?" → "what do they
                # want?": those who did it
                counted = re.match(r"\s*how\s+many\s+([a-z][\w-]*)\s+([a-z][\w-]*)(?:\s+([a-z]+))?\b",
                                   self.turns[-1].understood, re.IGNORECASE)
                noun = (counted.group(1) if _done(counted.group(2)) else f"{counted.group(1)} {counted.group(2)}"
                        if _done(counted.group(3)) else None) if counted else None
                if noun and _plural(noun):
                    asked.append(_the(noun))
                # "where did they move in may 2000?" after "where did msps sit before 2004?", "how are they picked?"
                # after "who are the deputies?": the many the last question was about, not the one building named
                spoken = _topic(self.turns[-1].understood, self._in_articles)
                spoken = (_the(spoken) if spoken and _plural(spoken) and _head(spoken)[:1].islower() and not _is_value(spoken)
                          and f and f[3].lower().startswith(spoken.lower())  # the subject ("the new labs" Okafor spoke of is not)
                          else None)  # "the United States" are one
                if spoken and spoken not in asked:
                    asked.append(spoken)
                # "what made them disappear?" after "how does the number of otters compare …?": the otters counted
                asked += [_the(n) for n in re.findall(r"\bnumber\s+of\s+([a-z][\w-]*s)\b", self.turns[-1].understood)
                          if _plural(n) and _the(n) not in asked]
                many = _plural_phrase(self.turns[-1].answer.text or "")
                if many and self.turns[-1].answer.kind not in VALUE_KINDS + MEASURES:
                    asked.append(_the(many))  # "who supplies those?" after "a shortage of folding display panels"
                named = [a for a in self._antecedents("group")[:1] if a == self.turns[-1].answer.text
                         and self.turns[-1].answer.kind != "place"]  # "them" after "where …?" is not the place
                # "how much do they expect to save?" after "… the merger of Nordvik Air and Skerry Airways …":
                # both together, not one of them
                pairs = [f"{a} and {b}" for turn in self.turns[-2:] for a, b in itertools.pairwise(_entities(turn.understood))
                         if f"{a} and {b}" in turn.understood and not (_is_place(a) or _is_place(b))]
                jointly = re.search(r"\b(?:jointly|together|both|each\s+other|one\s+another)\b", question, re.IGNORECASE)
                if not pairs and jointly:
                    # "the missile they develop jointly" after "… Russia pushing India …": the two named (or two
                    # countries a turn before named, "Russian" as Russia: not the jet asked of since)
                    named = list(dict.fromkeys(_entities(self.turns[-1].understood)))
                    named = named if len(named) == 2 else _places_said(self.turns[-1].understood)
                    for turn in reversed(self.turns[-RECENT_TURNS:]) if len(named) != 2 else ():
                        named = list(dict.fromkeys(_places_said(turn.understood) + [
                            COUNTRY_OF[w.lower()] for w in re.findall(r"[A-Za-z]+", turn.understood) if w.lower() in COUNTRY_OF]))
                        if len(named) == 2:
                            break
                    pairs = [f"{named[0]} and {named[1]}"] if len(named) == 2 else []
                if w == "them" and re.search(r"\bbetween\s*$", before, re.IGNORECASE):
                    # "what's the partnership between them called?" after "… the India-Russia Annual summit …": two,
                    # each named ("India-Russia" is India and Russia)
                    texts = [x for t in reversed(self.turns[-3:]) for x in (t.understood, t.answer.text or "")]
                    joined = [f"{j.group(1)} and {j.group(2)}" for x in texts for j in PAIRED.finditer(x)]
                    if pairs or joined:
                        resolved.append((m, list(dict.fromkeys(pairs[-1:] + joined))))
                        continue
                found = list(dict.fromkeys(pairs[-1:] + asked + named + self._things(people=True)[:1] + self._antecedents("group")))
                if w in ("those", "these") or re.search(r"\b(?:which|one|each|both|all|none|either|neither|some|any|most|two|three)"
                                                         r"\s+of\s*$", before, re.IGNORECASE):
                    # "which of them": some of many, never of one; "which branches are those": many, never Bridgewater
                    found = [o for o in found if _plural(o) or " and " in o or o == done]  # "the people Storm Imogen killed"
                    typed = _topic(self.turns[-1].understood)
                    if not found and typed and _plural(typed) and w in ("those", "these"):
                        # "who objected to those?" after "how much do the library hour cuts save?": the cuts as asked
                        # of, where the articles' words for them ("the library") are one thing
                        found = [typed]
                    plurals = [p for p in re.findall(r"\b(?:in|of|on|for|from)\s+([a-z]{3,}s)\b", self.turns[-1].understood)
                               if _plural(p)] if not found and w in ("those", "these") else []
                    if plurals:  # "what's the interest rate on those?" after "how much in bonds?": the bonds
                        found = [_the(plurals[-1])]
                # "them" are never one office-holder ("Regional Emergency Director"), nor one the articles call "he" or
                # "she" ("them" after "… before Putin's trip" is not Putin)
                # ("Halvorsen", which the articles also write as a firm's name, may be the firm)
                found = [o for o in found if o.split()[-1].lower() not in TITLES and not (
                    o[:1].isupper() and len(o.split()) <= 3 and " and " not in o and self._names_person(o) and self._gender(o)
                    and not self._written_as_body(o))]
                # nor a place known by its number ("Bay 4", "Gate 12"): no one who calls, sends or is called
                found = [o for o in found if not NUMBERED_PLACE.fullmatch(re.sub(r"^the\s+", "", o, flags=re.IGNORECASE))]
                # nor one event ("where are they staying?" after "What dates is the Porthmere trip?": not the trip)
                found = [o for o in found if not (stem(_head(o).lower()) in EVENTS and not _plural(_head(o)))] or found
                last = self.turns[-1].answer
                found = [o for o in found if not (last.kind == "place" and o == last.text)]
                # "they" are many, or a body of people: "Which drug is Halvorsen recalling?" (Velotrin) →
                # "how many bottles are they pulling?" is Halvorsen; "the court case" is no "them"
                one = bool(f and f[1]) and not _plural(f[1]) and stem(f[1].split()[-1].lower()) not in ORGANIZATIONS
                # ("and the air defence system they've offered?": the verb after the auxiliary)
                doer = w == "they" and _verb_after(AUX_FIRST.sub(" ", question[m.end():])) in AGENTIVE | DOING
                # "who's their ceo?": a body's officer, not the dockworkers'
                # ("what's the name of their project manager?": a role said in more than one word)
                office = set(re.findall(r"[a-z]+", question[m.end():].lower())[:3]) & (TITLES | {"manager", "director", "officer"})
                officer = w == "their" and ((_verb_after(question[m.end():]) or "x") in {stem(t) for t in TITLES} or bool(office))
                # "in how many bases did they keep them?" after "How many legions did the Romans keep …?": the same
                # verb, so "they" is who kept (the Romans) and "them" what was kept (the legions)
                doing = _verb_after(question[m.end():])
                parallel = (w == "they" and f is not None and f[2].lower() in DO | MODALS and bool(doing)
                            and doing in {stem(x) for x in tokenize(f[3])})
                subject = _topic(self.turns[-1].understood, self._in_articles) if parallel else None

                def rank(o: str) -> int:
                    head = o.split()[-1].lower()
                    if o == subject or jointly and o in pairs:  # "they build together": the two named
                        return -1
                    if o in asked:  # "what did they find?": who finds, not the bottles counted; dockworkers want
                        return 2 if doer and not (_agent(o) or _people(o)) else 0
                    if one and o == last.text:
                        return 3
                    if (_named_body(o) or stem(head) in ORGANIZATIONS
                            or _people(o)):
                        return 0  # "the Brannock Museum", "Halvorsen Pharmaceuticals", "the company", "the thieves"
                    if _plural(o) or o[:1].isupper() and _agent(o):  # "Zipply"; not "Priya Raman's objection"
                        return 1
                    return 2 if head in NON_PERSON else 3  # "the court" after them

                def staffed(o: str) -> bool:  # a body with officers: not "Millrace Bridge", a thing built
                    return _body(o) and o.split()[-1].lower() not in NON_PERSON - BODIES

                if officer and not any(map(staffed, found)):  # the body the conversation spoke of before
                    found += [o for o in self._antecedents("group", turns=len(self.turns), most=None) if staffed(o)][:1]
                found = sorted((o for o in found if not officer or staffed(o)), key=rank)
                if doer:  # "what will they sign while he is there?": no banquet signs; "they" stays as typed
                    # ("how many nurses have they hired?": no vacancies hire, nor bottles find; many things act only
                    # as a body or as people: "the nursing vacancies" are neither)
                    found = [o for o in found if (rank(o) < 2 or _agent(o) or _people(o) or _plural(o)) and not _things_alone(o)
                             # nor a thing built or a place: "Millrace Bridge" does not start work or sign
                             and not _built(o)]
                    # a model's name ("Lumora Nova 3") acts as its maker, the firm the articles name by its first word
                    found = list(dict.fromkeys(self._maker(o) or o for o in found))
                    if not found:  # a body named further back does: "Corvane Builders", who won the contract
                        found = [o for o in self._antecedents("group", turns=len(self.turns), most=None)
                                 if rank(o) == 0 and not _built(o)][:1]
                    # "and the air defence system they've offered?" after "what fighter jet is russia trying to sell
                    # india?" (Su-57): no jet offers; the one the last question said was doing it does
                    # (nor what any question asked for as a thing: the Su-57 two turns back ratifies nothing)
                    made = self._answers_asked(lambda noun, asked: not _people(noun) and not _body(noun)
                                               and not self._asks_for_person(asked))
                    found = [o for o in found if o not in made]
                    acting = re.match(r"((?:[A-Za-z][\w'’-]*\s+){0,2}?[A-Za-z][\w'’-]*)\s+[a-z]+(?:ing|ed)\b", f[3]) if (
                        f and f[2] and f[2].lower() not in DO) else None
                    if acting and not jointly and (_is_place(acting.group(1)) or _named_body(acting.group(1))) and not _says(question, acting.group(1)):
                        name = acting.group(1)
                        found = list(dict.fromkeys([name.capitalize() if name.islower() and self._written_capitalized(name)
                                                    else name] + found))
                if countries and not [o for o in found if (rank(o) < 1 or _people(o) or o == last.text or o.lower() in self.turns[-1].understood.lower())
                                      and not self._names_person(o)]:
                    found = countries  # no body, no people and nothing of the last exchange acts: the two countries do
                if w == "they":  # "how did they work out that number?": no fire or storm does (a terrace's people may)
                    found = [o for o in found if _plural(o) or not set(o.lower().split()) & DISASTERS]
                if w in ("they", "them", "their"):  # "when can they finish it?": never an activity ("the cabling")
                    found = [o for o in found if not (o[:1].islower() and _head(o).lower().endswith("ing") and rank(o) == 3
                                                      and " and " not in o)]  # "the mother and two cubs fishing" are many
                if (w == "them" and re.search(r"\b(?:from|with|to|against)\s*$", before, re.IGNORECASE)
                        and not (found and (_plural(found[0]) or _people(found[0]) or _named_body(found[0]) or " and " in found[0]))):
                    # "what system is India interested in from them?" after questions about a Russian jet and Putin: no
                    # one thing nor many were named, and a country is spoken of as "them" (not one the question names)
                    lands = [e for t in reversed(self.turns[-3:]) for e in _entities(t.understood)
                             if _is_place(e) and not _says(question, e)]
                    found = list(dict.fromkeys(lands[:1] + found))
                if w in ("those", "these"):  # many things, not one name: "who makes those?" is not Lumora
                    ans = last.text or ""
                    many = [o for o in found if _plural(o) or " and " in o]
                    thing = _answer_as_thing(ans, last.kind, _frame(self.turns[-1].understood))[0] or ""
                    kind_of = re.fullmatch(r"(?:a|an)\s+((?:[a-z][\w-]*\s+){0,2}[a-z]{3,})", ans)
                    if not many and ans and (self._is_thing(thing, last.kind) or kind_of) and re.search(r"\b[a-z]{3,}$", thing):
                        # "who are those named after?" after "Mersenne prime": the primes; "how many patients with those
                        # …?" after "how did he die?" (a heart attack): heart attacks, one of a kind
                        many = [_plural_of(kind_of.group(1) if kind_of else thing)]
                    found = many or found
                    if (f and f[1] and _plural(f[1]) and ans and last.kind == "date" and _the(f[1]) in found
                            and _singular(_head(f[1])).lower() in ASKED_TIMES | {"weekend", "night"}):
                        # "who couldn't do those?" after "what dates were first suggested?" (aug 14-17): the dates
                        # answered, not any dates
                        found = [ans] + found
            else:
                found = self._antecedents(kind)
            if kind == "person" and gender:  # "she" is one of "Priya Raman and Tom Becker"
                found = list(dict.fromkeys(p for o in found for p in _one_by_one(o)))
                # never many: "Fish farmers and the owners of private fishing lakes" are no "he"
                found = [o for o in found if not _many_people(o)]
            kin = self._kin(gender) if kind == "person" and gender else []
            if kin and not any(self._gender(o) == gender for o in found):
                found = kin  # "What year did she arrive?" after "… the bean his grandmother brought?": the grandmother
            elif kind == "person" and gender and not any(self._gender(o) in (None, gender) for o in found):
                # "she" after two questions about him: the last woman named, when the articles or the user say so
                found = [o for o in self._antecedents(kind, turns=len(self.turns), most=None) if self._gender(o) == gender]
            elif kind == "person" and gender and found and not all(map(self._spoken_of, found)):
                # "who did she phone first?" after questions of the Voss deposition and the apples Kessler Orchards
                # stored: a woman named, not a name no one spoke of as a person
                known = [o for o in found + self._antecedents(kind, turns=len(self.turns), most=None)
                         if self._stated_gender(o) == gender]
                found = list(dict.fromkeys(known[:1] + [o for o in found if self._spoken_of(o)])) if known else found
            # "why does India keep buying it?" is not India; "how many people did it force from their homes?":
            # their homes are the people's own
            # ("Home Army" is "the Home Army" that "they" took)
            options = [o for o in found if _the(o) not in map(_the, taken) and self._fits(o, gender) and not _says(question, o)
                       # "what did Putin call him?": not Vladimir Putin, whom the question names by his surname
                       and not (other and kind == "person" and re.search(rf"\b{re.escape(_strip_titles(o).split()[-1])}\b",
                                                                         question[: m.start()]))
                       # "what has he called Modi?": he is someone other than the man he called (Narendra Modi)
                       and not (w in ("he", "she") and re.search(rf"\b{re.escape(_strip_titles(o).split()[-1])}\b",
                                                                  question[m.end():], re.IGNORECASE))]
            if kind == "thing":
                options = self._by_preposition(question, m, w, options)
            within = re.search(r"\bthe\s+(?:[\w-]+\s+){0,3}?([\w-]+)\s+(?:along|across|within|around|near|on|in|at|of)\s*$", before,
                               re.IGNORECASE) if role.endswith("poss") else None
            if within:  # "the first major city along its course": no city's course, whichever city was talked about
                options = [o for o in options if stem(_head(o).lower()) != stem(within.group(1).lower())]
            if not options and kind == "person":
                options = self._unnamed_person(gender, taken, named=bool(found), question=question, word=w)
            # ("their chief financial officer": a title's last word)
            staff = re.match(r"\s+([a-z]+(?:\s+[a-z]+){0,2})", question[m.end():], re.IGNORECASE) if w in ("their", "its") else None
            if staff and any(is_person_noun(x) or x in TITLES for x in staff.group(1).lower().split()) and kind != "person":
                # "which of their ministers is visiting?": a country, a body or people have ministers, not imports
                # (a name without the sum said with it: "Corvane Builders at $412,000" answered is Corvane Builders; no
                # thing built: "Millrace Bridge")
                options = [re.sub(r"\s+(?:at|for)\s+[$€£]?\d[\d,.]*(?:\s+(?:million|billion))?$", "", o) for o in options]
                staffed = [o for o in options if self._has_staff(o) and not _built(o)]
                options = staffed or [o for o in self._antecedents(kind) if self._has_staff(o) and not _built(o)] or options
            if w in ("their", "its") and BID.match(question[m.end():]) and kind != "person":
                # "why is that more than their lowest quote?" after "which firm won the roof contract?": a firm quotes,
                # bids and offers, not the contract it won nor the school it is for
                firms = self._answers_asked(lambda noun, asked: stem(_head(noun).lower()) in ORGANIZATIONS | FIRMS)
                options = [o for o in options if o in firms] + [o for o in options if o not in firms] if firms & set(options) else [
                    *[f for f in firms if not _says(question, f)][:1], *options]
            if w in ("their", "its") and PERSONAL.match(question[m.end():]):
                # "what's their surname?" after "blue cottage on ferris lane": only someone has a surname
                options = [o for o in options if self._names_person(o) or self._speaker(o)
                           or is_person_noun(_head(o).lower().split("-")[-1])]
            if not options:
                continue
            last = self.turns[-1]
            answered = self._fitting(last, "person")[:1] if kind == "person" and len(options) > 1 else []
            if (answered and answered[0] in options and answered[0].lower() in _strip_titles(last.answer.text or "").lower() and (
                    self._gender(answered[0]) == gender  # known to be a "he": Droupadi Murmu is not
                    and not any(re.search(rf"\b{re.escape(o.split()[-1])}\b", last.understood) for o in options if o != answered[0])
                    or self._gender(answered[0]) in (None, gender) and _same_doing(question[m.end():], last.understood)
                    and self._asks_for_person(last.understood))):
                # "what month is he supposed to come?" after "who is visiting India ahead of the summit?" (Sergey
                # Lavrov): the one person the last exchange spoke of, whoever the turns before it named; so too after
                # "Who is expected to visit India ahead of Putin?": "he" comes, as the one asked about was to visit
                options = answered
            held = re.match(rf"\s+(?:has\s+|had\s+|have\s+)?(?:been|become|became|served\s+as|remained)\s+(?:the\s+)?"
                            rf"((?:{'|'.join(sorted(TITLES))})(?:\s+(?:{'|'.join(sorted(TITLES))}))?)\b", question[m.end():], re.IGNORECASE)
            titled = [o for o in options if self._titled_as(o, held.group(1))] if kind == "person" and held and len(options) > 1 else []
            if titled and len(titled) < len(options):
                # "how long has he been prime minister?" after Putin and Modi: the one the articles call Prime Minister
                options = titled
            same = [n for n in self._same_person(w, options) if n in options]  # "What has Putin called him?": not Putin
            if kind == "person" and same:
                # "Who did she beat?" → "What did she promise?": the user still means the same woman,
                # not the one she beat
                options = same[:1]
            elif kind == "person":  # among people, the corpus decides
                options = [self._best_reading(question, m, options)]
            if gender:
                self.genders[options[0]] = gender
                person[gender] = options[0]
            if w in ("it", "its"):
                thing = options[:2]
            if kind == "group" and spoken in options[:2] and w in ("they", "them") and not doer and asked[:1] == [spoken]:
                options = [spoken]  # many, as the last question's subject was: no other reading is put to the articles
            if w in ("they", "them", "their") and kind == "group":
                self.called_they.add(options[0])
                # "Which company was awarded the roof contract?" (Carrow & Sons), then "they": "the company" is
                # they too, never "it" ("who voted against it?" is the contract)
                self.called_they.update(_the(f[1]) for t in self.turns if t.answer.text == options[0]
                                        for f in [_frame(t.understood)] if f and f[1] and not _plural(f[1]))
            # "Bay 4", "Gate 12": a name numbered takes no "the" ("the Bay 4 temperature alarm" is the alarm's)
            options = [NUMBERED_NAME.sub("", o) for o in options]
            if role.endswith("poss") and self.turns[-1].answer.text in options[:2] and any(
                    re.search(r"\w['’]s?\s", o) for o in options[:2]):
                # "its orbit" after "Which planet's orbit couldn't Newton's law explain?" (Mercury): the name answered,
                # not "Newton's law's orbit" (what is owned owns nothing in the same breath)
                options = [o for o in options[:2] if not re.search(r"\w['’]s?\s", o)]
            resolved.append((m, [self._owner(o, question[m.end():]) if role.endswith("poss") else o for o in options[:2]]))
        if not resolved:
            return [question]
        out = []
        for choice in range(max(len(opts) for _, opts in resolved)):
            text = question
            for m, opts in reversed(resolved):
                text = text[: m.start()] + opts[min(choice, len(opts) - 1)] + text[m.end():]
            out.append(text)
        return out

    def _object_echoed(self, before: str) -> str | None:
        """The thing one of the last four questions said was done by the verb before "it" ("awarding it" →
        "the Fennick gymnasium roof contract", which was awarded; "the theory that explained it" after "what
        planet was supposed to explain Mercury's orbit?": Mercury's orbit), the nearest first."""
        verb = re.search(r"\b([a-z]{3,})\s*$", before)
        if not verb or verb.group(1).lower() in STOPWORDS | AUX_WORDS | PREPOSITIONS | MODALS:
            return None
        done = stem(verb.group(1).lower())
        for turn in reversed(self.turns[-4:]):
            for p in NOUN_PHRASE.finditer(turn.understood):
                took = re.search(r"\b([a-z]{3,})\s*$", turn.understood[: p.start()])
                if took and stem(took.group(1).lower()) == done:  # "fix the part instead": the part
                    return re.sub(rf"(?:\s+(?:{'|'.join(sorted(ADVERBS | TIME_ADVERBS - {''}))}))+$", "", p.group())
            owned = re.search(r"\b([a-z]{3,})\s+((?:[A-Z][\w-]*\s+){0,2}[A-Z][\w-]*['’]s\s+[a-z][\w-]*)\b", turn.understood)
            if owned and stem(owned.group(1)) == done:  # "explain Mercury's orbit"
                return owned.group(2)
        return None

    @staticmethod
    def _marked_in_answer(before: str, ans: str) -> str | None:
        """The thing the answer describes with a participle of a noun the question asks about before "it":
        "Russian oil" of "discounted Russian oil" for "a discount … on it"."""
        for noun in re.findall(r"\b([a-z]{4,})\b", before.lower()):
            marked = None if noun in STOPWORDS | AUX_WORDS else re.search(
                rf"\b{re.escape(noun[:-1] if noun.endswith('e') else noun)}e?d\s+([\w-]+(?:\s+[\w-]+){{0,2}})", ans, re.IGNORECASE)
            if not marked:
                continue
            words = []  # "discounted crude oil from Russia": the crude oil
            for x in marked.group(1).split():
                if x.lower() in STOPWORDS | PREPOSITIONS | AUX_WORDS:
                    break
                words.append(x)
            if words:
                return " ".join(words)
        return None

    def _titled_as(self, name: str, office: str) -> bool:
        """Whether the articles write ``office`` just before the person's name ("Prime Minister Narendra Modi")."""
        surname = _strip_titles(name).split()[-1] if _strip_titles(name).split() else name
        pattern = rf"\b{re.escape(office)}\s+(?:[A-Z][\w.'’-]*\s+){{0,2}}{re.escape(surname)}\b"
        return any(re.search(pattern, t, re.IGNORECASE) for t in self._texts_with(tokenize(f"{office} {surname}"), 20))

    @staticmethod
    def _it_was(turn: Turn, put_first: bool = False) -> str | None:
        """What "it" stood for in a turn's question, where it was read with one "it" replaced: "Zipply" of
        "how long did the court give it to offer …?" read "… give Zipply to offer …"; the other words may
        have been read otherwise too ("when did he get it going?": "… Mattias Brandvold get Seedwell Commons …").
        ``put_first``: a topic put before such a question is what its "it" was ("what about the building at
        Holyrood, who designed it?"), read past a question of him only (an answer that names the topic comes first)."""
        typed = re.findall(r"[\w'’-]+", _expanded(turn.question).lower())
        read = re.findall(r"[\w'’-]+", turn.understood)
        if typed.count("it") != 1 or turn.understood == turn.question:
            return None
        first = DISLOCATED.match(turn.question) if put_first else None
        named = re.sub(r"^(?:the|a|an)\s+", "", first.group("topic").strip(), flags=re.IGNORECASE) if first else ""
        topic = named and re.search(rf"\b(?:the\s+)?{re.escape(named)}\b", turn.understood, re.IGNORECASE)
        if topic and re.search(r"\bit\b", first.group("question"), re.IGNORECASE):
            return topic.group()  # "what about the building at Holyrood, who designed it?": the building
        at = typed.index("it")
        ops = difflib.SequenceMatcher(None, typed, [w.lower() for w in read], autojunk=False).get_opcodes()
        found = next((read[j1:j2] for op, i1, i2, j1, j2 in ops if op == "replace" and (i1, i2) == (at, at + 1)), None)
        text = re.search(r"\s+".join(map(re.escape, found)), turn.understood) if found else None
        return text.group() if text else None

    def _unnamed_person(self, gender: str | None, taken: set[str], named: bool, question: str = "", word: str = "") -> list[str]:
        """Who "he" or "she" is when no name the conversation said fits: the one a question described
        ("what did he tell her to do?": "he" took the man named, "her" is the woman only described; "what
        did she say?" after "Who is India's president?" answered with no woman), else, where no name
        was found at all (``named`` false), the one a question said did something ("who else besides
        him …?" after "What did Napoleon set up …?")."""
        last = self.turns[-1]
        # the last question of three that asked for someone ("which office does he head?" after "who worked out that
        # number?" and a question of the fire)
        asking = next((t for t in reversed(self.turns[-3:]) if self._asks_for_person(t.understood)), last)
        # (or answered with no one: "city officials" for "who is in charge of the tram?")
        asked = self._asked_unanswered(question, word, asking.understood) if (
            asking.answer.abstained or not self._fitting(asking, "person")) else None
        if asked:
            return [asked]
        described = [d.group().strip() for t in reversed(self.turns[-3:]) for d in DESCRIBED_PERSON.finditer(t.understood)
                     if d.group().strip() not in taken and not _plural(d.group(1))][:1]
        # "who are her deputies?" after "who holds the post of Presiding Officer?", answered with no name: its holder
        held = re.search(r"\b(?:post|office|role|job|position)\s+of\s+(?:the\s+)?((?:[A-Z][\w-]*\s+){0,3}[A-Z][\w-]*)", last.understood)
        if not described and held and not self._fitting(last, "person"):
            described = [f"the {held.group(1)}"]
        # "how was she elected?" after "who is the Presiding Officer at the moment?", answered with no name: the one
        # asked for, by the office
        office = re.match(r"\W*(?:and\s+)?who\s+(?:is|was|are|were)\s+(the\s+(?:[\w-]+\s+){0,2}?([\w-]+))(?=\s+(?:at|of|in|now|"
                          r"today|currently|for)\b|\s*\??\s*$)", last.understood, re.IGNORECASE)
        if (not described and office and not self._fitting(last, "person")
                and (office.group(2).lower() in TITLES or is_person_noun(office.group(2).lower()))):
            described = [office.group(1)]
        # "how many votes did she get?" after "who won the mayoral election?" answered with a man: the one woman the
        # sentence it was read from names ("Marta Kowalczyk … won …, unseating … Dennis Albright")
        someone = next((t for t in reversed(self.turns[-3:]) if t.answer.quote and self._asks_for_person(t.understood)), None)
        if not described and gender and someone and self._gender(_strip_titles(someone.answer.text or "")) not in (None, gender):
            beside = [e for e in dict.fromkeys(_entities(someone.answer.quote)) if e not in taken and self._names_person(e)
                      and self._gender(e) == gender]
            described = beside if len(beside) == 1 else []
        if described or named:
            return described
        return [o for o in self._doers() if o not in taken and self._fits(o, gender)][:1]

    def _asked_unanswered(self, question: str, word: str, last: str) -> str | None:
        """Who "he" or "she" is after a question (``last``) that asked for someone and went unanswered: the one it
        described, said as a noun phrase; None where the question was of no one's doing, or of what this one
        says again ("why was she against it?" after "who voted against it?": the question says what she did)."""
        said = _content_words(question)
        # (a subject asked for, "who put …?", not an object, "who did Voss ring?"; and no "his job": whose is said after)
        unanswered = re.fullmatch(rf"\W*(?:and\s+)?who\s+((?!(?:{'|'.join(sorted(AUX_WORDS | MODALS))})\b)[a-z]+\b[^?]*?)\s*\??\s*",
                                  last, re.IGNORECASE) if word in ("he", "she", "him") else None
        if (unanswered and not PRONOUN_WORD.search(unanswered.group(1).replace("it's", ""))
                and not _content_words(unanswered.group(1)) & said):
            # "when's he coming to india?" after "who said it's 'not under threat'?": the one who said it
            return f"the person who {unanswered.group(1)}"
        # ("who is in charge of the tram?": the person in charge of it)
        doing = re.fullmatch(r"\W*(?:and\s+)?who\s+(?:is|was)\s+([a-z]{2,}ing\b[^?]*?|(?:in\s+charge\s+of|responsible\s+for|behind)\s[^?]*?)"
                             r"\s*\??\s*", last,
                             re.IGNORECASE) if word in ("he", "she", "him", "her") else None
        if (doing and not PRONOUN_WORD.search(re.sub(r"\b[A-Z]{2,}\b", "", doing.group(1)))  # "IT" is no "it"
                # (not "is she still handling it?": its verb again)
                and stem(doing.group(1).split()[0].lower()) not in said):
            # "what did she suggest?" after "who is handling the IT side of the move?": the one doing it
            return f"the person {doing.group(1)}"
        # "where did he confirm his visit plans?" after "which russian minister said the partnership is not under
        # threat?": the minister who said it
        which = re.fullmatch(r"\W*(?:and\s+)?(?:which|what)\s+([^?]+?)\s*\??\s*", last, re.IGNORECASE)
        words = which.group(1).split() if which and word in ("he", "she", "him") else []
        at = next((i for i, w in enumerate(words[:3]) if is_person_noun(w.lower()) or w.lower() in TITLES), None)
        done = " ".join(words[at + 1:]) if at is not None else ""
        if (done and words[at + 1].lower() not in AUX_WORDS | MODALS and not _plural(words[at])
                and not PRONOUN_WORD.search(done) and not _content_words(done) & said):
            return f"the {' '.join(words[: at + 1])} who {done}"
        return None

    def _doers(self) -> list[str]:
        """The one-word names the conversation's questions said did something ("What did Napoleon set
        up …?"), nearest first: who "he" may be when no name is known to be a person's."""
        found = []
        for turn in reversed(self.turns):
            # "did Napoleon set up", "Tomasz's flat"
            for m in re.finditer(r"\b(?:did|does|do|will|would|has|had)\s+([A-Z][\w'’-]+)\s+(?-i:[a-z]{2,})\b"
                                 r"|\b([A-Z][a-z]+)['’]s\s+(?-i:[a-z]{2,})\b", turn.understood):
                name = m.group(1) or m.group(2)
                before = turn.understood[: m.start()].split()[-1:]
                if m.group(2) and before and before[0][:1].isupper():
                    continue  # "Graham Ostrowski's": a surname, whose whole name is said
                if (_is_person(name) and not _is_place(name) and not _named_body(name) and not self._made(name)
                        and (name.lower() not in english_words() or self._written_capitalized(name.lower()))
                        and not self._written_as_place(name) and name not in found):
                    found.append(name)
        return found

    def _once(self, question: str, key: str, answer: Callable[[], bool]) -> bool:
        """What the articles say of ``key``, asked once an index: ``answer()`` the first time, kept with it."""
        seen = self.index.memo.setdefault(question, {})
        if key not in seen:
            seen[key] = answer()
        return seen[key]

    def _written_as_place(self, name: str) -> bool:
        """Whether the articles write a name as a place ("in Bridgewater") or before a body's word
        ("Bridgewater City Council")."""
        placed = re.compile(rf"\b(?:in|at|from|near|across|around)\s+{re.escape(name)}\b(?!['’])|\b{re.escape(name)}\s+"
                            rf"(?:City|Council|County|Town|Borough|University|Hospital|Museum)\b")
        return self._once("placed", name, lambda: any(placed.search(t) for t in self._texts_with([stem(name.lower())], 20)))

    def _things_in(self, name: str) -> bool:
        """Whether the articles say things are in a name ("in Warsaw", not "in Putin's" nor "from Putin"): a
        place, whatever else they say near it (a city's "he" is its king's)."""
        inside = re.compile(rf"\bin\s+{re.escape(name)}\b(?!['’-])")
        proper = bool(re.fullmatch(r"[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*", name))  # a name, not "Harwick's Eastline tram"
        return proper and not name.isupper() and not value_kind(name) and self._once(
            "inside", name, lambda: any(inside.search(t) for t in self._texts_with(tokenize(name), 50)))

    def _said_about(self, before: str) -> str | None:
        """"when did he say it?" after "What did Lavrov say about India choosing its trade partners?":
        what is said is the words just asked about, "that about India choosing its trade partners", not
        India."""
        verb = before.split()[-1:]
        if not verb or verb[0].lower() not in SAYING:
            return None
        about = re.search(rf"\b(?:{'|'.join(SAYING)})\s+about\s+([^?]+?)\s*\??\s*$", self.turns[-1].understood, re.IGNORECASE)
        return f"that about {about.group(1)}" if about else None

    def _by_preposition(self, question: str, m: re.Match, w: str, options: list[str]) -> list[str]:
        """What a thing pronoun ``m`` stands for, as the preposition beside it tells: "what square is
        that on?" after "where is she meeting them?" (Ministry of Labour on Castellan Square) is the place
        answered, what it stands on aside; "what might get signed during it?" is something that lasts a
        while, a visit or a summit, not "Droupadi Murmu's position"."""
        before = question[: m.start()]
        where = self.turns[-1].answer.text if (_asks_place(self.turns[-1].understood) or re.match(
            r"\W*(?:and\s+)?where\b", self.turns[-1].understood, re.IGNORECASE)) else None
        if (where and not _is_value(where) and w in ("it", "that", "this")
                and re.search(r"\b(?:is|was|are|were)\s*$", before, re.IGNORECASE)  # "tried it on" is no place
                and re.fullmatch(r"\s+(?:on|in|at|near)\s*\??\s*", question[m.end():])):
            place = re.split(r"\s+(?:on|in|at|near)\s+", where)[0]
            return [f"the {place}" if self._in_articles(f"the {place}") else place]
        if re.search(r"\b(?:during|throughout|amid)\s*$", before, re.IGNORECASE):
            # "during it" after "Who is hosting the banquet during Putin's state visit?": what the banquet is during
            last = self.turns[-1].understood
            during = [e for e in self._events()
                      if re.search(rf"\b(?:during|throughout|amid)\s+(?:\S+\s+){{0,4}}{re.escape(e.split()[-1])}\b", last)]
            return during[:1] or [o for o in options if stem(o.split()[-1].lower()) in EVENTS] or self._events()[:1]
        if w == "it" and re.search(r"\b(?:before|after|ahead\s+of|since|until|following)\s*$", before, re.IGNORECASE):
            # "which deal got ratified right before it?": a time by an event (Putin's summit), never a place
            return ([o for o in options if stem(o.split()[-1].lower()) in EVENTS] or self._events()[:1]
                    or [o for o in options if not _is_place(o)] or options)
        return options

    def _events(self) -> list[str]:
        """The events the last turns' questions named, nearest first: "Putin's India visit" for "his
        India visit" in "Who is hosting a banquet for Putin during his India visit?"."""
        found = []
        for turn in reversed(self.turns[-4:]):
            text = turn.understood
            people = [e for e in _entities(text) if _is_person(e) and not _is_place(e)]
            # "the banquet", "his India visit", "Putin's 2025 state visit"
            for m in re.finditer(r"(?=\b((?i:the|his|her|their|its)|(?:[A-Z][\w-]*\s+){0,2}[A-Z][\w-]*['’]s)\s+((?:[\w'’-]+\s*){1,4}))",
                                 text):  # each start, the phrases overlapping ("the banquet during Putin's … visit")
                words = re.findall(r"[\w'’-]+", m.group(2))
                end = next((i for i, w in enumerate(words) if w.lower() in STOPWORDS | PREPOSITIONS
                            or stem(w.lower()) in EVENTS), None)
                if end is None or stem(words[end].lower()) not in EVENTS:
                    continue  # "the banquet", "his India visit"; not "the visit" of "his speech during the visit"
                whose = m.group(1).lower()
                owner = (_possessive(people[0]) if whose in ("his", "her") and len(people) == 1
                         else m.group(1) if whose.endswith(("'s", "’s")) else "the")
                found.append(f"{owner} {' '.join(words[: end + 1])}")
        return list(dict.fromkeys(found))

    def _made(self, name: str) -> bool:
        """"Who founded Seedwell Commons?": what a question of the conversation says was founded, set
        up or built is no one."""
        made = re.compile(rf"\b(?:founded|established|set\s+up|launched|created|built|opened|started|runs|owns)\s+"
                          rf"(?:the\s+)?{re.escape(name)}\b", re.IGNORECASE)
        return any(made.search(t.understood) for t in self.turns)

    def _it_fits(self, name: str) -> bool:
        """Whether "it" can stand for a name: not one the user called "he" or "she", nor one called "they", nor
        a shorter form of it ("Corvane" of "Corvane Builders"), nor a speaker (`_speaker`), nor one who answered
        "who …?" by a first name the articles write a surname after ("how long did it last?" after "who set up the
        confederation?": not Napoleon)."""
        return self._fits(name, None) and not self._forename(name) and not self._speaker(name) and not any(
            name == t or re.search(rf"\b{re.escape(name)}\b", t) for t in self.called_they)

    def _owner(self, name: str, after: str) -> str:
        """Whose, as the articles write it: "his column" of Sigismund III Vasa is "Sigismund's column"
        when they say so; else the whole name's possessive."""
        noun = re.match(r"\s+([a-z][\w-]*)", after, re.IGNORECASE)
        parts = name.split()
        # ("the Rhine" is no one: "its course" is the Rhine's, however often the articles write "Rhine's course")
        for part in [parts[0], parts[-1]] if noun and len(parts) > 1 and _is_person(name) and parts[0].lower() != "the" else []:
            pattern = re.compile(rf"\b{re.escape(part)}['’]s\s+{re.escape(noun.group(1))}\b", re.IGNORECASE)
            if any(pattern.search(t) for t in self._texts_with(tokenize(f"{part} {noun.group(1)}"), 50)):
                return f"{part}'s"
        return _possessive(name)

    def _countries_acting(self, question: str, m: re.Match[str]) -> list[str]:
        """"they" who sign, buy, agree … after a conversation that named two countries (russia, then india): "India
        and Russia", the one named last first; else nothing."""
        # "what does that let them do?" after "what is the logistics agreement called?": the two it binds
        allowed = m.group().lower() == "them" and re.search(r"\b(?:let|lets|allow|allows|enable|enables|permit|permits)\s*$",
                                                           question[: m.start()], re.IGNORECASE) is not None
        # "what did the russian foreign minister say about their economic partnership?": what two share is both's
        shared = m.group().lower() == "their" and re.match(
            r"\s+(?:[a-z]+\s+)?(?:partnership|relationship|relations|ties|cooperation|alliance|friendship|rivalry|talks|dialogue)\b",
            question[m.end():], re.IGNORECASE) is not None
        if m.group().lower() != "they" and not allowed and not shared:
            return []
        acting = _verb_after(re.sub(r"^\W*(?:are|is|were|was|will|would|have|has|had)\s+", " ", question[m.end():]))
        lands = list(dict.fromkeys(e for t in reversed(self.turns[-RECENT_TURNS:]) for e in _places_said(t.understood)
                                   if not _says(question, e) and not re.fullmatch(r"[A-Z]+", e)))  # not "RELOS"
        other = [x for x in lands if x.lower() != lands[0].lower()] if lands else []
        cased = [x.capitalize() if x.islower() and self._written_capitalized(x) else x for x in (other[:1] + lands[:1])]
        both = " and ".join(cased)
        return [_possessive(both) if shared else both] if (allowed or shared or acting in AGENTIVE | DOING) and other else []

    def _named_before(self, before: str, pronoun: str) -> bool:
        """Whether the question names something before its pronoun, which it may then stand for: a
        name, typed in lower case or not ("when did koch get his nobel prize?" is Koch's), or "the …";
        a place or a body is no "he" or "she", and a person no "it" ("why did the CEO say it was
        delayed?", "what did the new mayor promise about its finances?": something talked about before)."""
        if pronoun in ("it", "its"):
            named = _entities(before[1:])
            described = [m.group(1).split() for m in re.finditer(r"\bthe\s+((?:[\w-]+\s+){0,2}[\w-]+)", before, re.IGNORECASE)]
            if not named and described and all(any(is_person_noun(w) for w in d) for d in described):
                return False
        if any(not (pronoun in GENDER and (_is_place(e) or e in NON_PERSON or not self._names_person(e))) for e in _entities(before[1:])):
            return True  # "when does India expect his visit?": not India's ("the Halo Plus credit he was given": no one's)
        many = re.search(rf"\b([a-z]{{3,}}s)\s+(?:{AUX_RE}|must)\s.*\b(?:whenever|when|if|because|while|until|unless|once|as"
                         r"|wherever)\s+$", before)
        if pronoun in ("they", "them") and many and many.group(1) not in AUX_WORDS:
            return True  # "could couriers log off whenever they wanted?": the couriers, in a clause of their own
        # "the fake company he set up": a company is no "he" ("the minister he met" may be)
        described = re.search(r"\bthe\s+((?:[\w-]+\s+){1,3})$", before, re.IGNORECASE)
        thing = pronoun in ("he", "she", "him") and described and not (_titled(described.group(1)) or _people(described.group(1).strip()))
        # "the name of their manager", "what is the first city along its course?": a pronoun inside a noun's own
        # phrase is never that noun; it is what the phrase says the noun belongs to
        inside = r"\bthe\s+\w+\s+of\s*$|(?:^\W*(?:and\s+)?(?:what|which|who)\s+(?:is|was|are|were)\s+)the\s+(?:[\w-]+\s+){0,3}?" \
                 r"(?:along|across|within|around|near|on|in|at)\s*$"
        if re.search(r"\bthe\s+\w+", re.sub(inside, "", before, flags=re.IGNORECASE), re.IGNORECASE) and not thing:
            return True
        return any(self._written_capitalized(x) and not (pronoun in GENDER and (_is_place(x) or x in NON_PERSON))
                   for x in re.findall(r"\b[a-z]+\b", before[1:]))

    def _instrument(self, thing: str) -> bool:
        """Whether a thing is an agreement, a law or a ban: by its noun ("the logistics deal"), or as the
        answer to a question that asked for one ("RELOS", answering "what logistics deal …?")."""
        def instrument(noun: str, asked: str = "") -> bool:
            return stem(_head(noun).lower()) in INSTRUMENTS
        return instrument(thing) or thing in self._answers_asked(instrument)

    def _talked_of(self, first: list[str], turns: int = RECENT_TURNS) -> list[str]:
        """What the last ``turns`` turns spoke of, nearest first: ``first`` for the last one (what was found for a
        pronoun), then each earlier turn's things."""
        return [o for back in range(1, min(len(self.turns), turns) + 1) for o in (first if back == 1 else self._things(back))]

    def _answers_asked(self, fits) -> set[str]:
        """The answers to "which/what N …?" questions of the conversation whose noun N ``fits(N, question)``
        ("RELOS" for "what logistics deal …?", "Su-57" for "which fighter jet …?", "Carrow & Sons" for "which
        firm won …?", whose noun `_frame` leaves in the rest of the question)."""
        nouns = [(t, f[1] if f and f[1] else done.group(1) if done else "") for t in self.turns
                 for f, done in [(_frame(t.understood), WH_NOUN_DONE.match(t.understood))]]
        return {t.answer.text for t, noun in nouns if t.answer.text and noun and fits(noun, t.understood)}

    def _by_evidence(self, question: str, pronoun: re.Match[str], found: list[str]) -> list[str]:
        """The things "it" can be, the likeliest first. After "Who scored in the cup final?" and
        "What position does he play?", "why did it start late?" is about the final, which the
        articles say started late, not the position. Everything the last few turns spoke of is
        weighed (`_antecedent_pool`) by a logistic model fitted on the development conversation sets
        (`train/antecedents.py`, qa/models/antecedents.json): how the rules rank it, how far back it
        was said, how many of the question's other words the articles write beside it, how long a
        phrase it is, how often the conversation came back to it and whether the question that
        opened the thread named it. Its pick overrules the rules' choice only by the model's margin; the rules' first
        choice stays second, a reading the articles are asked too."""
        instruments = [f for f in found if self._instrument(f)]
        if IN_FORCE.match(question[pronoun.end():]) and instruments:
            return instruments  # "when does it come into force?": an agreement, a law, a ban the rules found, nothing else
        pool = self._antecedent_pool(found)
        last = self.turns[-1]
        made = _asks_what_was_made(last.understood) and re.sub(r"^the\s+", "", found[0] if found else "") == (last.answer.text or "")
        # "who's its senior ecologist?" after "Which organisation published the survey?": a body has officers
        officer = pronoun.group().lower() in ("its", "their") and any(
            is_person_noun(w) for w in re.findall(r"[a-z]+", question[pronoun.end():].lower())[:2])
        if len(pool) < 2 - (not found) or found and (found[0] == _names_what_was_asked(last) or made
                                                     or officer and found[0] == _body_asked(last)):
            return found  # the thing just named as what was asked for, or as what was made, is what "it" is
        if pronoun.group().lower() in ("it", "its"):
            # a sum said is no "it" while a thing is there to be one ("which branches lose hours under it?" after
            # "$84 more per year": the budget talked about before)
            valued = [c for c in pool if SUM_SAID.match(c.text)]
            pool = [c for c in pool if c not in valued] + valued if len(valued) < len(pool) else pool
        model = antecedent_model()
        rows = self._antecedent_features(question, pronoun, pool)
        scores = _score(model, rows)
        ruled = next((i for i, row in enumerate(rows) if row["the articles say all of it beside it"]), 0)
        best = max(range(len(pool)), key=lambda i: (scores[i], -i))
        if scores[best] <= scores[ruled] + model["margin"]:
            best = ruled  # the model overrules the rules only by a clear margin
        return [pool[best].text] + [o for o in found if o != pool[best].text]

    def _antecedent_pool(self, found: list[str]) -> list[Candidate]:
        """What "it" may stand for: the rules' choices from the last exchange (``found``), the things
        of the turns before it, and the "the …" phrases of their questions ("the strike" in "… diverted
        because of the strike at the port?"), each once, nearest first; one thing each, not "the
        IPCC's mistakes"."""
        pool = [Candidate(o, "found", 1, i) for i, o in enumerate(found)]
        seen = set(found)
        recent = self.turns[-RECENT_TURNS:]  # what a person still has in mind, and a bound on the work
        for back in range(2, len(recent) + 1):
            for t in self._things(back):  # a name or a noun phrase, not "lower its rate"
                if (t not in seen and not _is_place(t) and self._fits(t, None) and _one_thing(t)
                        # a name or "the …", not "Indian skilled workers' legal migration", an answer describing
                        and (t[:1].isupper() and t.split()[0].lower() not in NATIONALITY or t.split()[0].lower() in DETERMINERS)):
                    pool.append(Candidate(t, "things", back))
                    seen.add(t)
        for back, turn in enumerate(reversed(recent), 1):
            for p in OF_NAME.finditer(turn.understood):  # "the Confederation of the Rhine"
                name = self._with_nouns_after(turn.understood, p)  # "the Port of Velmora dock strike"
                if name not in seen and not _is_place(p.group(1)):
                    pool.append(Candidate(name, "phrase", back))
                    seen.add(name)
            named = [n.span() for n in OF_NAME.finditer(turn.understood)]
            for p in NOUN_PHRASE.finditer(turn.understood):
                if any(a <= p.start() < b for a, b in named):
                    continue  # "the Rhine" in "the Confederation of the Rhine" is part of a name
                words = p.group(1).split()
                ends = turn.understood[p.end():].lstrip()
                if (len(words) > 1 and words[-1].islower() and (ends.startswith("?") or bare_verb(words[-1]))
                        and re.search(rf"\b(?:do|does|did|{'|'.join(MODALS)})\s*$", turn.understood[: p.start()], re.IGNORECASE)
                        or len(words) > 1 and words[-1].islower() and words[-1].endswith("ing")
                        and (ends[:1] in ("?", "") or re.fullmatch(r"[a-z]+\s*\??\s*", ends) is not None
                             and ends.split()[0].rstrip("?") in PREPOSITIONS)
                        and re.search(r"\b(?:is|are|was|were)\s*$", turn.understood[: p.start()], re.IGNORECASE)):
                    # "How much will the tram cost?", "How did the Supreme Court judges vote in …?", "where are the group
                    # staying?", "what pay rise are the dockworkers asking for?": the subject, then its verb
                    words = words[:-1]
                phrase = "the " + " ".join(words)
                words = [w.lower() for w in words]
                if (phrase not in seen and words[-1] not in STOPWORDS | ADVERBS | SEASONS and _one_thing(phrase)
                        and not is_person_noun(words[-1]) and not _people(phrase)  # "the heating engineer", "the group": no "it"
                        and not any(w.islower() and w.endswith("ed") for w in phrase.split()[1:])  # "the council approved"
                        and not set(words) & DETERMINERS  # "the city issue this summer"
                        and not _is_place(phrase[4:]) and not _is_value(phrase[4:])):  # after "the", no person's name
                    pool.append(Candidate(phrase, "phrase", back))
                    seen.add(phrase)
        return pool

    def _antecedent_features(self, question: str, pronoun: re.Match[str], pool: list[Candidate]) -> list[dict[str, float]]:
        """What the antecedent model weighs for each candidate (the names of qa/models/antecedents.json)."""
        # the question's own words, but not its wh-phrase: "how long" asks, the articles say "fourteen minutes"
        rest = set(tokenize(re.sub(rf"^\s*{WH}\b", "", question[: pronoun.start()], flags=re.IGNORECASE)
                            + " " + question[pronoun.end():]))
        said = [self._said_with(c.text, rest) if rest else 0 for c in pool]
        chosen = _said_enough(pool, said, rest) if rest else None
        recent = self.turns[-RECENT_TURNS:]
        spoken = [set(tokenize(f"{t.understood} {t.answer.text or ''}")) for t in recent]
        # the question that opened the thread: the last that stood on its own (after one, the topic may be new)
        opener = spoken[max((i for i, t in enumerate(recent) if not t.follow_up), default=0)]
        answers = {t.answer.text for t in recent if t.answer.text}
        rows = []
        for i, (c, n) in enumerate(zip(pool, said)):
            words = tokenize(c.text)
            head = words[-1] if words else ""
            rows.append({
                "bias": 1.0,
                "first choice": float(c.source == "found" and c.rank == 0),
                "other choice": float(c.source == "found" and c.rank > 0),
                "thing said before": float(c.source == "things"),
                "phrase said before": float(c.source == "phrase"),
                "nearness": 1.0 / c.back,
                "share said beside it": n / max(1, len(rest)),
                "said beside it most": float(n == max(said) and n > 0),
                "said beside it more than the first choice": float(n > said[0]),
                "the articles say all of it beside it": float(i == chosen),
                "described": float(c.text.startswith("the ")),
                "named": float(c.text[:1].isupper()),
                "length": min(len(c.text.split()), 6) / 6,
                "turns that spoke of it": sum(bool(head) and head in s for s in spoken) / RECENT_TURNS,
                "in the first question": float(bool(head) and head in opener),
                "an answer": float(c.text in answers),
            })
        return rows

    def _said_with(self, option: str, words: set[str]) -> int:
        """The most of these words one sentence of the articles holds beside the option's head word."""
        names = tokenize(option)
        if not names:
            return 0
        # a name is all its words ("Calder Valley" is not any valley); a description is its head noun
        proper = set(tokenize(" ".join(w for w in option.split() if w[:1].isupper())))
        described = tokenize(re.split(r"\s+(?:in|of|at|on|for|from|with|by|to)\s+", option)[0])
        head = (described or names)[-1]  # "the only goal in the cup final" is a goal
        words = words - set(names)
        # "the Scottish Parliament Building" is also "the building": its head alone, where that is a common noun
        last = option.split()[-1].lower()  # not "the Calder Valley", which is no valley but the one
        common = option.startswith("the ") and last in english_words() and last not in PLACE_NOUNS | LANDFORMS
        need = proper | {head} if option.split()[-1][:1].isupper() and not common else {head}
        best = 0
        for i in self.index.bm25.docs_with(head)[:100]:
            for toks in self._sentence_words(int(i)):
                if need <= toks:
                    best = max(best, len(words & toks))
        return best

    def _sentence_words(self, chunk: int) -> list[set[str]]:
        """Each sentence of a passage as its set of search words, read once and kept with the index."""
        seen = self.index.memo.setdefault("sentence words", {})
        if chunk not in seen:
            text = self.index.chunks[chunk].text
            seen[chunk] = [set(tokenize(text[s:e])) for s, e in sentences(text)]
        return seen[chunk]

    def _kin(self, gender: str) -> list[str]:
        """People the last question named by a word that says "he" or "she" ("his grandmother",
        "Rowan's wife"), their owner named: "Mattias Brandvold's grandmother"."""
        out = []
        for m in re.finditer(r"\b(his|her|their|the|[A-Z][\w’-]*(?:\s+[A-Z][\w’-]*)*['’]s)\s+([a-z]+)\b",
                             self.turns[-1].understood):
            owner, noun = m.group(1), m.group(2)
            if KIN.get(noun) != gender:
                continue
            if owner.lower() in ("his", "her", "their"):
                who = [o for o in self._antecedents("person") if self._fits(o, GENDER.get(owner.lower()))]
                owner = f"{who[0]}'s" if who else owner.lower()
            out.append(f"{owner} {noun}")
        return out

    def _fits(self, name: str, gender: str | None) -> bool:
        """Whether "he"/"she" (gender), or a pronoun of no gender (None), can stand for this name."""
        if gender is None:
            return name not in self.genders  # "it" is never someone spoken of as "he"
        return (self._gender(name) or gender) == gender

    def _gender(self, name: str) -> str | None:
        """"he" or "she" for a person: as said of them (``_stated_gender``), else as their given name
        is ("Walter Reed"); None when nothing says."""
        return self._stated_gender(name) or _given_name_gender(name)

    def _stated_gender(self, name: str) -> str | None:
        """"he" or "she" as the articles write of a person ("Albright conceded … he congratulated his
        rival", "Mr Okafor"), else as the user spoke of them."""
        return self._articles_gender(name) or self.genders.get(name)

    def _articles_gender(self, name: str) -> str | None:
        """The pronoun the articles use for a name: a title before it ("Mrs Ferreira"), or the first
        "he"/"his"/"him" or "she"/"her" in the rest of its sentence or the next one, when no other
        name comes between. One side, or three to one."""
        return self.index.remembered(("gender", name), lambda: self._pronoun_in_articles(name))

    def _pronoun_in_articles(self, name: str) -> str | None:
        """What ``_articles_gender`` finds, looked up once per name."""
        words = _strip_titles(name).split()
        if len(words) > 1 and re.fullmatch(r"[IVX]+", words[-1]):
            words = words[:-1]  # "Elizabeth II": the name, not its number ("Queen Elizabeth II … her")
        last = words[-1] if words else ""
        if not last[:1].isupper() or len(words) > 3:
            return None
        votes = {"he": 0, "she": 0}
        titles = "|".join(t.title() for t in TITLE_GENDER)
        mention = re.compile(rf"(?:\b({titles})\.?\s+(?:[A-Z][\w'’-]*\s+)?)?\b{re.escape(last)}\b")
        for text in self._naming(last):
            for m in mention.finditer(text):
                if m.group(1):
                    votes[TITLE_GENDER[m.group(1).lower()]] += 1
                    continue
                after = re.match(r"[^.!?]*[.!?]?[^.!?]*", text[m.end(): m.end() + 300]).group()
                for w in re.finditer(r"[A-Za-z][\w'’-]*", after):
                    word = w.group()
                    gendered = GENDER.get(word.lower()) or KIN.get(word.lower()) or PERSON_GENDER.get(word.lower())
                    if gendered:  # "he", "her", and "Whitcombe, who became the first woman to …"
                        votes[gendered] += 1
                        break
                    if word[:1].isupper() and word.lower() not in english_words() and word not in words:
                        break  # another name: the pronoun may be theirs
        he, she = votes["he"], votes["she"]
        return "he" if he and she * 3 <= he else "she" if she and he * 3 <= she else None

    def _same_person(self, word: str, others: list[str]) -> list[str]:
        """The person this pronoun was read as in the last question (named there by the rewrite
        alone); another form of it ("his previous visit" after "who invited him?") too, unless the
        last question also named one of ``others`` ("what has Putin called him?" → "when did he
        come?" is Putin)."""
        gender = GENDER.get(word)
        if not gender or not self.turns:
            return []
        last = self.turns[-1]
        if not self._fitting(last, "person"):
            # "and his last visit?" two turns after "who invited him?" (Modi), with no one named between: the
            # man the user has been calling "he" (Putin), not the last man named
            return [name for name, g in reversed(self.genders.items()) if g == gender and name in others][:1]
        same_word = re.search(rf"\b{word}\b", last.question, re.IGNORECASE)
        named_other = any(re.search(rf"\b{re.escape(o.split()[-1])}\b", last.question, re.IGNORECASE) for o in others)
        forms = "|".join(p for p, g in GENDER.items() if g == gender)
        if not same_word and (named_other or not re.search(rf"\b(?:{forms})\b", last.question, re.IGNORECASE)):
            return []
        return [name for name, g in self.genders.items() if g == gender and name in last.understood
                and name not in last.question]

    @staticmethod
    def _part_answered(before: str, ans: str) -> str | None:
        """What "it" is in "which session of it …?" when the last answer named a session of something
        ("the 80th session of the United Nations General Assembly"): the United Nations General Assembly."""
        part = re.search(r"\b([a-z]{3,})\s+of\s*$", before)
        of = re.search(rf"\b{re.escape(part.group(1))}s?\s+of\s+((?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:of\s+|and\s+)?[A-Z][\w'’-]*)*)",
                       ans) if part and part.group(1) not in STOPWORDS else None
        return of.group(1) if of else None

    def _things(self, back: int = 1, answer_first: bool = False, people: bool = False) -> list[str]:
        """What "it", "this" or "that" can stand for, likeliest first: the last answer when it
        names a thing ("the RELOS agreement"), what the last question asked about ("which
        summit …?": the summit; "how much is trade … worth?": the trade), its other names; a
        place only when nothing else fits; when the last question itself leaned on a pronoun, the
        one before it. ``answer_first``: the last answer leads whenever it names a thing ("how did
        that end up in the rivers?" after "dieldrin": "that" points at what was just said). ``people``: people
        named by a common noun ("the porthmere group") too, as "they" may be; never "it"."""
        prev = self.turns[-back]
        out: list[str] = []
        ans, kind = prev.answer.text, prev.answer.kind
        f = _frame(prev.understood) or _wh_frame(prev.understood)
        # "mutual use of ports" describes; "the RELOS agreement" names, and "a labour mobility pact"
        # is what "What pact …?" asked for: those come first
        described = []
        asked_head = stem(_head(_kind_of(f[1]) or f[1]).lower()) if f and f[1].strip() else None  # "kind of flood barrier"
        ans, kind = self._thing_answered(ans, kind, f)
        # "What will the merged airline be called?" (Nordvik Skerry), "What is the name of the reliquary stolen …?"
        # (Marden Reliquary): a name, but not a person's
        called = (re.search(r"(\w+)\s+(?:be\s+)?(?:called|named)\s*\??\s*$", prev.understood)
                  or re.search(r"\bname\s+of\s+(?:the|a|an|this|that|its|their)\s+(\w+)", prev.understood))
        named_thing = bool(called) and called.group(1).lower() not in TITLES | PERSON_NOUNS | PRONOUNS.keys()
        # "Which fort did Washington reach?" (Le Boeuf): what answers "which" and a thing's noun is that thing, a
        # name though it looks like a person's
        asked_thing = bool(f and f[0].lower() in ("which", "what") and f[1] and not _titled(f[1])
                           and not is_person_noun(_head(f[1]).lower()) and _head(f[1]).lower() not in PERSON_NOUNS
                           and not _head(f[1]).lower().endswith(("er", "or", "ist", "ian", "ant", "ent"))  # "composer"
                           and not _body(_head(f[1])) and _head(f[1]).lower() not in FIRMS)  # a firm's name is its own
        manner = bool(f) and f[1].lower() in MANNERS  # "which way …?" answered by how, no thing
        head = _head(f[1]).lower() if asked_thing else ""
        if ans and head and head not in ans.lower() and self._names_person(ans):
            ans = f"the {ans} {head}"  # "Which medieval reliquary …?" (Marden): the Marden reliquary, no one
        event = answer_first and kind == "place"  # "that" after an event answered to "where …?"
        if (ans and self._is_thing(ans, kind, person=not (named_thing or asked_thing), event=event)
                and not (_asks_place(prev.understood) and not event) and not manner):
            # "Su-57E", "the RELOS agreement" name a thing; "Indian skilled workers' legal migration to Russia" describes
            named = any((w[:1].isupper() or w[:1].isdigit()) and w.lower().strip("'’,.") not in NATIONALITY | PLACES
                        for w in ans.split())
            # "What kind of system is the S-500?": the answer describes it; "Which charity was it taken from?" is no copula
            # "What pact are Modi and Putin likely to sign?" asks for one to be signed, no description
            copula = bool(f) and f[2].lower() in COPULA and not any(
                w.endswith(("ed", "ing")) or w in PARTICIPLES for w in f[3].lower().split()) and not re.search(
                r"\bto\s+[a-z]+\s*\??$", f[3])
            made = _asks_what_was_made(prev.understood)  # "what did the hospital open?": a new thing
            # "trust and cooperation", answering "What logistics agreement …?": plain words, no agreement, describe
            # ("dieldrin" answering "Which pesticide …?" names one)
            plain = (bool(asked_head) and len(ans.split()) > 1 and stem(ans.split()[-1].lower()) != asked_head
                     and all(w.lower() in english_words() for w in re.findall(r"[A-Za-z]+", ans)))
            # "what is the relos agreement?" (Russia's ratification of a reciprocal logistics agreement): the answer
            # says what the agreement is; "it" after is the agreement asked about, a name in the answer or not
            defined = bool(f) and f[0].lower() == "what" and not f[1].strip() and copula and not called
            named = named and not defined
            # "germ theory of disease" answering "what theory of disease …?": one of the kind asked, by its head
            (out if answer_first and not plain or named or made
             or asked_head in (stem(ans.split()[-1].lower()), stem(_head(ans).lower())) and not copula
             else described).append(ans)
        f = _frame(prev.understood)
        topic = _topic(prev.understood, self._in_articles)
        polar = re.match(rf"\W*(?:and\s+)?({AUX_RE}\s+(?:a|an|the)\s+\S.*)", prev.understood, re.IGNORECASE)
        if not topic and not f and polar:
            # "is a labour deal expected too?": a yes-or-no question is about its subject, the deal ("the", once said)
            topic = re.sub(r"^an?\s+", "the ", _topic(f"what {polar.group(1)}", self._in_articles) or "", flags=re.IGNORECASE) or None
        compared = bool(f and f[1]) and f[1].split()[0].lower() in COMPARATIVES  # "how much more than …?" asks no thing
        # "which programme …?" asked for one: "it" may be that programme; "which sectors …?" asked
        # for several, and "it" is singular
        # "By what vote …?", "At what price …?" ask for a measure, not a thing "it" can be
        asked = ([_the(_kind_of(f[1]) or f[1])]  # "what sort of flood barrier …?": the flood barrier
                 if f and f[1] and kind not in VALUE_KINDS and not _plural(f[1])
                 and not compared and not _titled(f[1])  # "which minister …?" asked for a person
                 and not manner
                 and not QUALIFIER.match(prev.understood.strip()) else [])
        if (f and f[0].lower() == "how much" and f[1] and not asked and not topic and not _titled(f[1]) and not compared
                and f[1].split()[0].lower() not in PREPOSITIONS):
            # "How much federal disaster aid was requested?", of no subject: "who asked for that?" is the aid
            asked = [_the(f[1])]
        if asked and out and out[0] == _names_what_was_asked(prev):
            asked = []  # "Which bridge …?" (Ludendorff Bridge): the bridge asked for is the one answered
        # "What generation is the jet?" describes the jet; "Which programme will they sign?" asks for one
        first = [topic] + asked if f and f[2].lower() in COPULA else asked + [topic]
        # (or whose: "the project director of Harwick's Eastline tram")
        behind = re.search(r"\s(?:of|behind|for|at)\s+(the\s+.+|[A-Z][\w-]*['’]s\s+.+)$", topic or "") if topic and _titled(topic) else None
        if behind:  # "the architect behind the Scottish Parliament building": "it" is the building; "the chair of
            # the IPCC before Hoesung Lee": the IPCC, "before …" saying which chair
            first.append(re.sub(r"\s+(?:before|after|since|until)\s+\S.*$", "", behind.group(1)))
        where = re.search(r"\s(?:at|during)\s+(the\s+.+)$", topic or "")
        if where and topic in first and self._event_ending(topic) and self._names_person(topic[: where.start()]):
            # "how old was George Washington at the battle of Jumonville Glen?": a person is no "it"; the battle is
            first[first.index(topic)] = where.group(1)
        office = re.match(r"\W*(?:and\s+)?who(?:['’]s|\s+is|\s+was|\s+are|\s+were)\s+(?!\w+ing\b)(?:the|an?|[A-Z]\w*['’]s)\s+"
                          r"((?:[\w-]+\s+){0,2}[\w-]+)", prev.understood, re.IGNORECASE)
        held = re.split(r"\s+(?:at|of|in|for|on|now|today|currently)\b", office.group(1))[0] if office else ""
        if held and (held.split()[-1].lower() in TITLES or held.istitle()):
            # "who is the Lord Advocate at the moment?": someone, no "it" ("who's the cabling contractor?" may be "they")
            first = [t for t in first if t != topic]
        # "Which company was awarded the Fennick gymnasium roof contract?": what was given is a thing talked about
        given = re.search(rf"\b(?:was|were|is|are)\s+{PARTICIPLE}\s+(the\s+(?:[\w'’-]+\s+){{0,4}}?"
                          r"[\w'’-]+)\s*\??\s*$", prev.understood)
        if given and f and f[0].lower() in ("which", "what", "who") and f[1]:
            first.append(given.group(1))
        whole = _topic(prev.understood)  # the subject in full, not only the opening the articles use
        on = re.search(r"\s(on|over|about|with|to)\s+((?:the\s+)?(?:[\w-]+['’]s\s+)?(?:[\w-]+\s+){0,3}[\w-]+)$",
                       whole or "")
        spoken = on and (stem(_head(whole).lower()) in SPOKEN_OF if on.group(1) in ("on", "over", "about")
                         else stem(_head(whole).lower()) in OBJECTIONS)  # "Priya Raman's problem with the budget"
        if (spoken and topic in first and whole.startswith(topic)
                and not _is_place(on.group(2))):  # "the deciding vote on Brentwater's budget": the budget voted on
            first.insert(first.index(topic), on.group(2))
        # "bottles of Velotrin": Velotrin; "kind of system" names no thing
        inner = f[1].split(" of ", 1)[1] if f and " of " in f[1] and f[1].split()[0].lower() not in KINDS else None
        if inner and inner.split()[0].lower() in PRONOUNS:
            inner = None  # "share of its oil": whose oil the subject says
        if inner and topic and topic in first and _agent(topic):  # "How many bottles of Velotrin is Halvorsen recalling?"
            first.insert(first.index(topic), inner)
        reported = REPORTED_SUBJECT.search(prev.understood) if not topic else None
        if reported and reported.group(1).lower() in REPORTING | WARNING or reported and reported.group(1).endswith("ed"):
            # "Which specialist cautioned that the Estermont crab-shell coating might not transfer …?": what was said
            # is about the coating
            first.append(reported.group(2))
        obj = _object(prev.understood, topic)
        if obj:  # "did Brentwater's council pass its budget?": "it" is the budget, a council does the passing
            first.insert(first.index(topic) if topic and topic in first and _agent(topic) else len(first), obj)
        # the name before "'s": "Velotrin" in "Velotrin's sales", "Mateo Arroyo" in "the add-ons of Mateo Arroyo's contract"
        owner = re.search(r"((?:[A-Z][\w-]*\s+){0,3}[A-Z][\w-]*|^\S+)['’]s\s", topic or "")
        if owner:  # "Velotrin's sales": "it" may be the sales or Velotrin; the articles decide
            first.insert(first.index(topic) + 1 if topic in first else len(first), owner.group(1))
        whole = [self._with_nouns_after(prev.understood, n) for n in OF_NAME.finditer(prev.understood)]  # not "Rhine"
        names = [e for e in reversed(_entities(prev.understood)) if not _only_titles(e)
                 and not any(e in name and e != name[4:] for name in whole)] + whole
        # "… for the Porthmere trip?": an event a name says which of is the thing, before the name
        names = [f"the {e} {ev.group(1)}" if ev and stem(ev.group(1).lower()) in EVENTS else e for e in names
                 for ev in [re.search(rf"\bthe\s+{re.escape(e)}\s+([a-z]+)\s*\??\s*$", prev.understood)]]
        out += [t for t in first + described + names if t and not _is_place(t) and not self._things_in(t) and not _two_places(t)
                and not _measure(t)
                and (not self._names_person(t) or self._made(t) or t == ans and asked_thing)
                and t.lower() not in NATIONALITY and not _titled(t)  # "the mayor of Moscow" is no "it"
                and not _is_value(t)  # nor "$68.7 billion", the figure a question asked about,
                and not FIGURE.search(t)  # nor "the 1,500 number", that figure's name,
                and not MEASURED.match(t)  # nor "the 210 millimetres of rain", an amount of it,
                and not DAY_OF_MONTH.fullmatch(t)  # nor "the 16th", a day,
                and t.split()[-1].lower() not in SEASONS  # nor "this summer", a time,
                and not re.match(r"[a-z]+ing\s+(?:in|on|at|to|for|from|with)\b", t)  # nor "launching in India", a doing,
                and not re.search(r"['’]s?\s+(?:first\s+|full\s+|last\s+)?name$|^(?:the\s+)?name\s+of\b", t)  # nor a name asked for,
                and not (re.fullmatch(r"(?:the\s+)?[a-z]{3,}ly", t) and t.split()[-1] not in LY_ADJECTIVES)  # nor "artificially",
                and not (t[:1].islower() and (is_person_noun(_head(t).lower()) or _people(t) and not people))]  # nor "the heating engineer", "the group"
        # nor "examples of those", a phrase that leans on a pronoun of its own
        out = [o for o in dict.fromkeys(out) if o.lower() not in PRONOUNS and not set(o.lower().split()) & PRO_FORMS
               and o.lower().split()[-1] not in ("those", "these")]  # "these days" is a time, no pronoun
        event = re.search(r"\b(?:after|during|amid|following|because\s+of)\s+((?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)",
                          prev.understood)
        if out and re.match(r"(?:a|an)\s", out[0]) and event and event.group(1) in out:
            # "Who declared a state of emergency after Storm Imogen?": what happened is the storm, the event the
            # question dates by; the emergency declared is new ("how much rain did it dump?" is the storm's)
            out.remove(event.group(1))
            out.insert(0, event.group(1))
        places = [t for t in dict.fromkeys([topic] + names) if t and (_is_place(t) or self._things_in(t))]
        if not out and not f:  # "any new deal expected from the annual India-Russia bilateral summit?": the summit, where
            # no wh-word said what was asked about
            out = [_before_clause(f"the {p.group(1)}") for p in NOUN_PHRASE.finditer(prev.understood) if p.group().startswith("the ")
                   and not _is_place(p.group(1)) and p.group(1).split()[-1].lower() not in STOPWORDS][:1]
        if not out and (not places or topic and _titled(topic)) and back < 3 and len(self.turns) > back:
            # "Why did she back it?" said nothing, "Who is the mayor of Moscow?" asked about a person:
            # "it" still means what came before
            out = self._things(back + 1, people=people)
        event = self._event(f, topic)
        if event and out and all(_is_place(o) for o in out):  # "india" typed in lower case: the visit comes before it
            return event + out
        return out or event or places

    def _with_nouns_after(self, question: str, m: re.Match[str]) -> str:
        """"the Confederation of the Rhine"; "the Port of Velmora dock strike" where, as an object
        closing the question, the name stands before the nouns of what it names (nouns the articles
        use with "the": "the strike"); after an auxiliary the name is a subject and a verb follows."""
        before = question[: m.start()].split()
        after = re.match(r"\s+((?:[a-z][a-z-]+\s+)?[a-z][a-z-]+)\s*\??\s*$", question[m.end():])
        if (after and before and before[-1].lower() not in AUX_WORDS | MODALS | DO
                and self._in_articles(f"the {after.group(1).split()[-1]}")):
            return f"{m.group()} {after.group(1)}"
        return m.group()

    def _thing_answered(self, ans: str | None, kind: str, f: tuple[str, str, str, str] | None) -> tuple[str | None, str]:
        """`_answer_as_thing`, and an answer capitalized only as a headline or a sentence opens
        ("Medieval reliquary") is the medieval reliquary."""
        ans, kind = _answer_as_thing(ans, kind, f)
        first = ans.split()[0].lower() if ans else ""
        if (ans and re.fullmatch(r"[A-Z][a-z]+(?:\s+[a-z][\w-]*)+", ans) and first in english_words()
                and first not in STOPWORDS and not self._written_capitalized(first)):
            ans = f"the {ans[:1].lower()}{ans[1:]}"
        elif (ans and re.fullmatch(r"[a-z][\w-]*(?:\s+[\w-]+)+", ans) and first not in STOPWORDS | DETERMINERS
              and not (first.endswith("ing") and len(ans.split()) >= 4)):  # "taking the drug on their own": a doing
            ans = f"the {ans}"  # "bilateral labour mobility pact", read from its sentence without its article
        elif ans and kind == "place" and re.fullmatch(r"[a-z]+", ans) and ans in BUILDINGS:
            ans = f"the {ans}"  # "garage" answering "where is it based?": the garage
        return ans, kind

    def _event(self, f: tuple[str, str, str, str] | None, topic: str | None) -> list[str]:
        """"When is Putin scheduled to visit India?" (its frame ``f`` and topic) is about Putin's visit,
        when the articles call it that: what "it" stands for before the place ("which summit is it for?")."""
        if not f or f[0].lower() not in ("when", "where", "why", "how") or not topic or topic not in f[3]:
            return []
        rest = f[3][f[3].index(topic) + len(topic):].split()
        while rest and rest[0].lower() in SCHEDULED | {"to", "be", "being", "likely", "planning", "planned"}:
            rest = rest[1:]
        verb = rest[0].lower() if rest and rest[0].isalpha() else ""
        # "When is Putin visiting India?": the visit, as "visiting" is the act of a visit
        forms = [verb] + ([verb[:-3], verb[:-3] + "e"] if verb.endswith("ing") and len(verb) > 5 else [])
        events = (f"{_possessive(topic)} {v}" for v in forms if v)
        return next(([e] for e in events if self._in_articles(e)), [])

    def _is_thing(self, answer: str, kind: str, person: bool = True, event: bool = False) -> bool:
        """Whether an answer names a thing "it" can stand for: not a value, a person, a place, a
        list, a reason or a clause ("because the roof was leaking"). ``person``: whether a name may be
        a person's (not when the question asked what a thing is called). ``event``: whether an event
        answered to "where …?" may be one ("which city was that held in?" after "the 80th session of the
        United Nations General Assembly": "that" points at what was just said, where "it" stays with
        what the talk is about)."""
        first = answer.split()[0].lower() if answer.split() else ""
        # one word in capitals that answered no "where" is letters for a name ("RELOS"), not a dateline's place
        letters = answer.isupper() and " " not in answer.strip()
        # "the 80th session of the United Nations General Assembly" answering "where …?": an event, where a thing
        # happened, which "that" may be ("which city was that held in?")
        where = re.sub(r"^(?:during|at|in)\s+", "", answer)
        # … and so may a building said by a common noun ("the old ferry terminal building": "how much do they pay for
        # that?"), not a place's name
        event = event and kind == "place" and (stem(_head(where).lower()) in EVENTS
                                               or where[:1].islower() and _head(where).lower() in BUILDINGS)
        return (len(answer.split()) <= 10 and kind not in VALUE_KINDS and kind not in ("person", "title", "reason", "manner")
                and (kind != "place" or event)
                and not _is_value(answer) and not _only_titles(answer) and not (_is_place(answer) and not letters)
                and answer.lower() not in NATIONALITY
                and not (first.endswith("ed") or first in IRREGULAR_PAST or first in PARTICIPLES)  # "won the election"
                # "regulating Indian skilled workers' legal migration to Russia": a doing said of something, no thing
                and not (first.endswith("ing") and len(answer.split()) >= 4)
                # "36 hours": a measure; "the 23rd Annual Summit" names one, "23rd India-Russia" waits for its noun
                and not (first[:1].isdigit() and not (re.fullmatch(r"\d+(?:st|nd|rd|th)", first) and "-" not in answer.split()[-1]))
                and "," not in answer and first not in PREPOSITIONS and first not in STOPWORDS - DETERMINERS
                and not re.search(r"[\"“”]", answer)  # "a “dear friend and trustworthy partner": words said
                and not MODALS & set(answer.lower().split()[1:])  # "stopping the medication can cause a spike": a clause
                and not (person and self._names_person(answer) and _capitalized(answer)))  # "Medieval reliquary" is no one

    def _names_person(self, text: str) -> bool:
        """"Narendra Modi", "Putin" (the articles call him "Vladimir Putin"), "Piłsudski" when he answered
        "who …?" and the articles write of him as of a person: a person, never "it"."""
        name = _strip_titles(text)  # "councillor Sayeed" typed in lower case: Sayeed
        if _acronym(name.replace(".", "")) and " " not in name:
            return False  # "SNP", "NATO": a body's initials, never a person's name
        # "George Washington", a place's name in it, who answered "who …?" and whom the articles call "he"
        person = _is_person(name) or any(t.answer.text == text and t.answer.kind == "person" for t in self.turns) and (
            self._gender(name) is not None)
        return text not in self.called_it and person and name[:1].isupper() and not self._things_in(name) and (
            2 <= len(name.split()) <= 3 or (len(name.split()) == 1 and (
                self._surname(name) or self._speaker(name)
                or any(t.answer.text == text and t.answer.kind == "person" for t in self.turns)
                and self._spoken_of_as_person(text) is True))
        ) and self._spoken_of_as_person(text) is not False

    def _speaker(self, name: str) -> bool:
        """Whether a name speaks in a transcript the articles hold: "10:41 marco: ok ppl" makes Marco
        someone, never "it" (a speaker's label as `qa.speakers` reads it); so does "TOMASZ RYBAK:" make
        Tomasz, a name of the label, not its title ("CHAIR (Dana Whitlock)" is no chair)."""
        named = name.lower()
        return self._once("speaker", name, lambda: any(
            m.group("label").lower() == named or " " not in named and named not in PERSON_TITLE_WORDS
            and named in re.findall(r"[^\W\d_]+", m.group("label").lower())
            for t in self._naming(name) for m in LABEL.finditer(t)))

    def _spoken_of(self, name: str) -> bool:
        """Whether the articles or the user speak of a name as of a person, or it answered a question for one."""
        return self._known_person(name) or any(t.answer.text == name and t.answer.kind == "person" for t in self.turns)

    def _known_person(self, name: str) -> bool:
        """Whether the articles or the user speak of a name as of a person ("he", "Mrs", "Okafor said"),
        not only spell it as one name might be ("Seedwell Commons")."""
        return self._gender(name) is not None or self._spoken_of_as_person(name) is True

    def _named_with_the(self, name: str) -> bool:
        """"the Supreme Court", "the Tamsin survey": the articles put "the" before it, as never before a person."""
        last = name.split()[-1] if name.split() else ""
        the = re.compile(rf"\b[Tt]he\s+{re.escape(name)}\b")
        return bool(last) and any(the.search(t) for t in self._naming(last))

    def _spoken_of_as_person(self, name: str, near: bool = True) -> bool | None:
        """Whether the articles write of a name as of a person: "Arroyo said", "Dr. Hannah Price",
        "Mateo Arroyo, 24,", "Okafor … . He"; "Storm Imogen" is not where they also write "the
        storm". None when they do not name it or say neither. ``near``: a "he" or "she" soon after the
        name counts too."""
        name = _strip_titles(name.strip())
        last = name.split()[-1] if name.split() else ""
        if not last[:1].isupper():
            return None
        nm, ln = re.escape(name), re.escape(last)
        said, titles = PERSON_VERBS, PERSON_TITLES
        person = re.compile(rf"\b{ln}\s+(?:{said})\b|\b(?:{said})\s+{nm}\b"
                            rf"|\b(?i:{titles})\.?\s+(?:[A-Z][\w.'’-]*\s+){{0,2}}{ln}\b|\b{ln},\s+(?:\d{{1,3}},|who\b|(?:after |to |of )?whom\b)"
                            rf"|\b{ln},\s+(?:the|a|an)\s+[^,.]{{0,60}}?\b(?i:{titles})\b")  # "Dunmore, the charity's finance manager"
        close = re.compile(rf"\b{ln}\b[^\n]{{0,300}}?(?:\b[Hh]e\b|\b[Ss]he\b|\b[Hh]is\b|\b[Hh]er\b|\bhim\b|\d-year-old\b)")
        texts = self._naming(last)
        if not any(re.search(rf"\b{nm}\b", t) for t in texts):
            return None
        if any(person.search(t) for t in texts):
            return True
        if near and any(close.search(t) for t in texts):
            return True
        # "the storm", "the court", "the valley": a word of the name the articles also write as a
        # common noun makes it a thing's name; a person's names are not common words
        common = re.compile(r"\b(?:" + "|".join(re.escape(w.lower()) for w in name.split() if w.isalpha()) + r")\b")
        return False if any(common.search(t) for t in texts) else None

    def _short_for_body(self, name: str) -> bool:
        """"Rennfield", which the articles also write "Rennfield Athletic": the short name of a club, a
        firm or a body, unless they also write of it as of a person ("Rennfield said", "Mr Rennfield")."""
        return self._written_as_body(name) and self._spoken_of_as_person(name, near=False) is not True

    def _has_staff(self, name: str) -> bool:
        """Whether ministers, technicians or a CEO can be someone's of this: a place, a body, people or a person."""
        return (_is_place(name) or _named_body(name) or _people(name) or _body(_head(name)) or self._names_person(name)
                or self._written_as_body(name))

    def _maker(self, name: str) -> str | None:
        """"Lumora Technologies" for "Lumora Nova 3": a model, named with a number, is made by the firm the
        articles name by its first word; None for any other name."""
        first = name.split()[0] if name.split() else ""
        return self._body_named(first) if re.search(r"\d", name) and first[:1].isupper() and len(name.split()) > 1 else None

    def _written_as_body(self, name: str) -> bool:
        """Whether the articles write a name as a club's, a firm's or a body's ("Halvorsen Pharmaceuticals"), a
        person of that name or not."""
        return self._body_named(name) is not None

    def _body_named(self, name: str) -> str | None:
        """"Halvorsen Pharmaceuticals" for "Halvorsen": the name as the articles write it with the word that says it
        is a club, a firm or a body; None where they never do."""
        if not name[:1].isupper() or " and " in name:
            return None
        full = re.compile(rf"\b{re.escape(name)}\s+(?i:{BODY_WORDS})\b")
        return next((m.group() for t in self._naming(name.split()[-1]) for m in [full.search(t)] if m), None)

    def _in_articles(self, phrase: str) -> bool:
        """Whether the articles use this phrase (case aside)."""
        needle = re.compile(r"(?<!\w)" + r"\s+".join(map(re.escape, phrase.split())) + r"(?!\w)", re.IGNORECASE)
        return any(needle.search(t) for t in self._texts_with(tokenize(phrase), 200))

    def _asked_of_topic(self, body: str, prev: Turn) -> list[str]:
        """A short question that asks one more thing of the last question's topic: "offered by who?"
        after "how big is the reward for information?" → "By whom was the reward for information
        offered?" ("finished by when?" → "By when will … be finished?"); "until when?" after "when was the
        Confederation of the Rhine established?" → "Until when did the Confederation of the Rhine last?";
        "how many were displaced?" after "How many people did Storm Imogen kill?" → "How many people were
        displaced because of Storm Imogen?"."""
        topic = _topic(prev.understood, self._in_articles)
        done = rf"[a-z]+ed|{'|'.join(PARTICIPLES)}"
        by = re.fullmatch(rf"({done})\s+by\s+(who|whom|when)\s*\??", body, re.IGNORECASE)
        where = re.fullmatch(rf"((?:{done})(?:\s+(?:up|out|off|down|over))?)\s+(where|when)\s*\??", body, re.IGNORECASE)
        # "set up when?" after "through which fund does the IPCC receive its funding?": the one asked for and answered
        which = re.match(rf"\W*(?:and\s+)?(?:[a-z]+\s+)?(?:which|what)\s+(?!(?:{AUX_RE})\b)[a-z]+\s+(?:{AUX_RE})\b",
                         prev.understood, re.IGNORECASE)
        answered = prev.answer.text if which and prev.answer.text and not self._names_person(prev.answer.text) else None
        subject = (f"the {answered}" if answered and self._named_with_the(answered) else answered) or topic
        if where and subject and not self._names_person(subject):  # "hosted where?" → "Where was the summit hosted?"
            return [f"{where.group(2).capitalize()} {'were' if _plural(subject) else 'was'} {subject} {where.group(1).lower()}?"]
        if by and topic and not self._names_person(topic):
            be = "were" if _plural(topic) else "was"
            if by.group(2).lower() == "when" and re.match(r"\W*(?:and\s+)?when\s+(?:will|does|do|is|are)\b", prev.understood,
                                                          re.IGNORECASE):
                # "finished by when?" after "when does construction start?": a time still to come
                return [f"By when will {topic} be {by.group(1).lower()}?"]
            return [f"By {'when' if by.group(2).lower() == 'when' else 'whom'} {be} {topic} {by.group(1).lower()}?"]
        begun = re.search(r"\b(?:establish(?:ed)?|found(?:ed)?|form(?:ed)?|create[d]?|set\s+up|begun|began|begin|start(?:ed)?"
                          r"|open(?:ed)?|launch(?:ed)?)\b",
                          prev.understood, re.IGNORECASE)
        # "until when?" after "what year did Napoleon found it?": how long what he founded lasted
        begun_thing = _object(prev.understood, topic) or topic
        if re.fullmatch(r"(?:until|till)\s+when\s*\??", body, re.IGNORECASE) and begun and begun_thing and re.match(
                r"\W*(?:and\s+)?(?:when|(?:in\s+)?(?:what|which)\s+year)\b", prev.understood, re.IGNORECASE):
            return [f"Until when did {begun_thing} last?"]
        many = re.fullmatch(rf"how\s+many\s+(were|have\s+been|had\s+been)\s+({done})(\s+[^?]*)?\s*\??", body, re.IGNORECASE)
        counted = re.match(r"\W*(?:and\s+)?how\s+many\s+([a-z][\w-]*)\s+(?:did|has|have|had|does|do|will)\s+(?!to\b)(.+)$",
                           prev.understood, re.IGNORECASE)  # ("how many people had to leave …": no one caused it)
        words = counted.group(2).rstrip(" ?").split() if counted else []
        # the subject ends at its verb: "Storm Imogen kill", "the storm force"
        verb = next((i for i, w in enumerate(words) if i and w.islower() and w not in DETERMINERS
                     and (bare_verb(w) or w.endswith("ed") or w in PARTICIPLES)), None)
        if many and counted and verb and _plural(counted.group(1)):
            cause = " ".join(words[:verb])
            return [f"How many {counted.group(1)} {many.group(1)} {many.group(2)}{many.group(3) or ''} because of {cause}?"]
        return []

    @staticmethod
    def _wh_swapped(body: str, prev: Turn) -> str | None:
        """"and which fighter jet?" after "Which air defence system is India expected to acquire?" →
        "Which fighter jet is India expected to acquire?": a which-phrase for a which-phrase, the rest
        of the last question kept; not a time ("what year?" asks when, `_new_wh`)."""
        m = re.match(r"^\s*(which|what)\s+((?:[a-z][\w'’-]*\s+){0,2}[a-z][\w'’-]*)\s*\??\s*$", body, re.IGNORECASE)
        f = _frame(prev.understood)
        if not m or not f or f[0].lower() not in ("which", "what") or not f[1] or not f[2] or _kind_of(f[1]):
            return None
        words = m.group(2).lower().split()
        if (set(words) & (AUX_WORDS | MODALS | DO | STOPWORDS | PREPOSITIONS | set(PRONOUNS) | KINDS)
                or any(w in IRREGULAR_PAST or w.endswith(("ed", "ing")) for w in words)
                or words[-1] in ASKED_TIMES | VALUE_NOUNS or f[1].split()[-1].lower() in ASKED_TIMES | VALUE_NOUNS):
            return None  # "which one did?", "what year?", "what price?": no noun of the same kind
        return f"{m.group(1).capitalize()} {m.group(2)} {f[2]} {f[3]}?"

    def _new_wh(self, wh: str, prev: Turn, then: bool = False) -> str:
        """"Why?" after "What tariffs did the US impose?" → "Why did the US impose the tariffs?";
        "For how much?" after "Who signed Mateo Arroyo?" (Kesterfield United) → "For how much did
        Kesterfield United sign Mateo Arroyo?". ``then``: "Why?" after a "when" asks why at the time
        answered ("… in spring 2028?"), the second reading."""
        wh = wh.strip()
        wh = wh[:1].upper() + wh[1:].lower()
        f = _frame(prev.understood)
        if f is None:
            q = prev.understood.strip().rstrip("?")
            return f"{wh} {q[:1].lower() + q[1:]}?" if not re.match(WH, q, re.IGNORECASE) else f"{wh}?"
        old_wh, noun, aux, rest = f
        if re.search(r"\b(?:when|month|year|day|date|time)\b", wh, re.IGNORECASE):
            # "in which month?" after "Who will visit India in November?": the new question asks the time
            rest = re.sub(r"\s+", " ", TIME.sub("", rest)).strip() or rest
        answer = prev.answer.text or ""
        counted = re.search(r"\bhow\s+(?:many|much)\s+([a-z]{3,})", wh, re.IGNORECASE)
        if counted:  # "with how many troops?" after "Who besieged the fort?" (Montcalm and 7,000 troops): Montcalm
            answer = re.sub(rf"\s+(?:and|with)\s+(?:about\s+|some\s+|around\s+)?[\d,.]+\s+(?:[a-z]+\s+)?"
                            rf"{re.escape(counted.group(1)[:4])}\w*$", "", answer)
        if then and wh.lower() == "why" and old_wh.lower() == "when" and answer and prev.answer.kind == "date":
            # "why?" after "When will the tram open?" (spring 2028) may ask why then
            at = "" if QUALIFIER.match(answer) else "on " if re.match(rf"(?:{MONTHS})\s+\d", answer) else "in "
            rest = f"{rest.rstrip(' ?')} {at}{answer}"
        first = rest.split()[0] if rest.split() else ""
        wh_is_subject = not noun and (not aux or (aux.lower() not in ("do", "does", "did")
                                                  and first.islower() and first.lower() not in DETERMINERS))
        of_it = re.search(r"\bof\s+(?:them|it|those|these|that)$", wh, re.IGNORECASE)
        if counted and of_it and answer and wh_is_subject and aux and not prev.answer.abstained:
            # "how many bins of them?" after "what was stored in Bay 4?" (apples): bins of what was answered, stored there
            be = {"is": "are", "was": "were", "has": "have"}.get(aux.lower(), aux) if counted.group(0).lower().startswith("how many") else aux
            return f"{wh[: of_it.start()]}of {_the(answer) if answer[:1].islower() else answer} {be} {rest}?"
        if wh_is_subject and answer:  # "Who will host the banquet?" → "Why will Droupadi Murmu host the banquet?"
            answer = re.sub(r"^The\s+(?=[a-z])", "the ", answer)  # "The country's highest court", mid-question
            if not aux:  # "Who signed him?": "did" and the bare verb once the answer is the subject
                words = rest.split()
                verb = _past_verb(words, 1)
                if old_wh.lower() in ("which", "what", "whose") and verb:
                    words = words[verb:]  # "Which German chancellor long opposed …?": all before the verb goes
                if old_wh.lower() in ("which", "what", "whose"):  # "Which club signed him?": "club" goes
                    while len(words) > 1 and words[0].islower() and not _do_support(words[0], english_words().__contains__):
                        words = words[1:]
                # "first measured": the adverb stays before the verb ("did Henry Cavendish first measure")
                lead = next((i for i, w in enumerate(words[:-1]) if w.lower() not in TIME_ADVERBS), 0)
                rest, first = " ".join(words), words[lead] if words else ""
                support = _do_support(first, english_words().__contains__)
                if support:
                    aux, rest = support[0], " ".join(words[:lead] + [support[1]] + words[lead + 1:])
                else:
                    return " ".join((wh, answer, rest)) + "?"
            return " ".join(p for p in (wh, aux, answer, rest) if p) + "?"
        if wh_is_subject:
            words = rest.split()
            verb = next((i for i, w in enumerate(words) if i and w.islower() and _do_support(w, english_words().__contains__)),
                        None) if old_wh.lower() in ("which", "what") and not aux else None
            if verb is not None and all(w.islower() and w not in STOPWORDS for w in words[:verb]):
                # "when did that happen?" after "which contractor went bust?", nothing answered: when the contractor went
                support = _do_support(words[verb], english_words().__contains__)
                return f"{wh} {support[0]} the {' '.join(words[:verb] + [support[1]] + words[verb + 1:])}?"
            return f"{wh} {rest}?"
        # "What tariffs did the US impose?": the tariffs are the object (the club answered, when named);
        # "how many acres": a measure
        obj = ""
        if noun and old_wh.lower() in ("what", "which") and noun.split()[-1].lower() not in ASKED_TIMES:
            # ("what year did Napoleon found it?" asked a time, no object: "until when?" asks another)
            named = _a_name(answer) and not _is_value(answer) and not self._asks_for_person(prev.understood)
            obj = answer if named else _the(noun)
        elif (not noun and old_wh.lower() == "what" and aux.lower() in DO | MODALS and answer and not prev.answer.abstained
              and re.search(r"\b(?:when|year|month|day|date|time)\b", wh, re.IGNORECASE)  # the time of a doing asked
              # (not "what did she do for a living?", "what did the court rule?": no thing a verb took)
              and not {w.lower() for w in rest.split()} & (SAYING | {"do", "does", "did", "rule", "ruled", "decide", "find", "argue"})
              and self._is_thing(answer, prev.answer.kind, person=False)
              and not ((rest.split() or [""])[-1].lower() in COPULA or bare_verb((rest.split() or [""])[-1]))):  # left open
            # "and the year?" after "what will he finalize there?" (the agenda for the meeting): the year he finalizes
            # what was answered, the thing the verb took
            obj = answer if _a_name(answer) else _the(answer)
        elif (noun and old_wh.lower() in ("how much", "how many") and answer
              and not re.match(r"(?:which|what|whose)\s+\w", wh, re.IGNORECASE)):
            # "In how long?" after "How much rain did it dump?" (210 millimetres): "… dump 210 millimetres of rain"
            # ("Which drug?" after "How many bottles is Halvorsen recalling?" asks its own object, not the bottles)
            obj = answer if noun.split()[-1].lower() in answer.lower() else (
                f"{answer} {noun}" if old_wh.lower() == "how many" else f"{answer} of {noun}")
        if (counted and obj and noun and aux and old_wh.lower() in ("which", "what") and not wh_is_subject
                and stem(counted.group(1).lower()) not in {stem(noun.split()[-1].lower())} | set(tokenize(rest))):
            # "how many bottles?" after "Which blood pressure medicine is Halvorsen pulling …?" (Velotrin): bottles of it
            return f"{wh} of {obj} {aux} {rest}?"
        passive = first.lower() in ("be", "been") and aux.lower() in MODALS | {"has", "have", "had"}
        if obj and aux and first.islower() and (first.endswith(("ed", "ing")) or first in PARTICIPLES or passive) and noun:
            # "Which minister is expected to visit …?" → "In which month is the minister expected to visit …?":
            # the wh-phrase was the subject, and the subject goes after the auxiliary ("When could the pact for
            # workers be signed?" after "what pact for workers could be signed?")
            return f"{wh} {aux} {obj} {rest}?"
        last = (rest.split() or [""])[-1].lower()  # "What did the court rule the couriers are?": its object left open
        open_end = (not obj and not noun and old_wh.lower() in ("what", "who", "whom") and aux.lower() in DO
                    and (last in COPULA or bare_verb(last) and last not in STOPWORDS | PREPOSITIONS) and last not in SAYING)
        asks_anew = not noun and old_wh.lower() in ("who", "whom", "what", "where") and re.match(
            r"(?:when|where|why|how\b|(?:what|which)\s+(?:year|month|day|date|time))", wh, re.IGNORECASE)
        if QUALIFIER.match(wh) and not obj or asks_anew:
            # "From what?" after "What did the bank cut the rate to?": not "… to?"; "what year?" after
            # "who did she start the company with?": the question is no longer who with; "when?" after "where is it
            # moving to?": no longer where to
            rest = re.sub(r"\s+(?:to|from|for|by|with|at|in|on|of)$", "", rest, flags=re.IGNORECASE)
        words = rest.split()
        if open_end and answer and len(answer.split()) <= 6 and not prev.answer.abstained:
            # "By what margin?" after "What did the court rule the couriers are?" (employees): the answer fills
            # the object the last question left open at its end
            return f"{wh} {aux} {rest} {answer}?"
        # the object goes after the verb: "When did she leave Aarhus Fremad to join Northfield United?"
        if aux.lower() in ("has", "have", "had", "is", "are", "was", "were"):  # "has the fire burned"
            verb = next((i for i, w in enumerate(words) if i and w.islower() and (w.endswith("ed") or w in PARTICIPLES)), None)
        else:  # "did the fire burn": not "fire", which follows its determiner
            verb = next((i for i, w in enumerate(words) if i and w.islower() and bare_verb(w)
                         and words[i - 1].lower() not in DETERMINERS), None)
            if verb is None and obj:  # "will Sergey Lavrov finalize in India": the first word after the name
                verb = next((i for i, w in enumerate(words) if i and w.islower() and w not in STOPWORDS | PREPOSITIONS
                             and words[i - 1][:1].isupper()), None)
        if obj and len(words) > 1 and words[-1].lower() in PREPOSITIONS:
            # "When?" after "Which battle was Braddock defeated in?": the preposition left at the end takes it
            return f"{wh} {aux} {' '.join(words)} {obj}?"
        if obj and verb is not None and verb + 1 < len(words):
            return f"{wh} {aux} {' '.join(words[: verb + 1] + [obj] + words[verb + 1:])}?"
        return f"{wh} {aux} {rest}{' ' + obj if obj else ''}?"

    def _counted_again(self, fragment: str) -> str | None:
        """"and how many in canada?" after "How many bottles of Velotrin is Halvorsen recalling?" (a turn
        between or not): the last count, asked again of where or when the fragment says, in place of the
        one it said ("how many in Ashby?" after "how many people died in Bridgewater?")."""
        m = re.fullmatch(r"\W*(?:and\s+)?how\s+many\s+((in|at|on|across|outside|inside|during|since|before|after)\s+[^?]*?)\W*",
                         fragment, re.IGNORECASE)
        for turn in reversed(self.turns[-3:]) if m else []:
            if re.match(r"\W*(?:and\s+)?how\s+many\s+(?!(?:of|in|at|on)\b)[a-z]", turn.understood, re.IGNORECASE):
                asked = turn.understood.rstrip(" ?")
                said = list(re.finditer(rf"\s{m.group(2)}\s", asked, re.IGNORECASE))
                return f"{asked[: said[-1].start()] if said else asked} {m.group(1)}?"
        return None

    def _fragment(self, fragment: str, prev: Turn, question: str) -> list[str]:
        """The readings of a fragment (`_fragment_readings`); where they would only ask what the
        fragment is, the last question's own asking of it when the articles say what it did first."""
        priced = re.fullmatch(r"([a-z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,2}?)\s+cost\s*\??", fragment.strip(), re.IGNORECASE)
        if (priced and _plural(priced.group(1).split()[-1])
                and not set(priced.group(1).lower().split()) & (STOPWORDS | AUX_WORDS | set(WH_WORDS) | DETERMINERS)):
            # "underpases cost?": what things cost, a question without its "how much" ("the total cost?" is a noun)
            return [f"How much do the {priced.group(1)} cost?"]
        f = _frame(prev.understood)
        vote = re.fullmatch(r"(?:the|a)\s+(?:final\s+)?(?:vote|ballot|tally)", fragment.strip(), re.IGNORECASE)
        if (vote and f and f[0].lower() in ("how much", "how big", "how large") and f[3]
                and not re.search(r"\b(?:votes?|ballots?|tally|poll)\b", f[3], re.IGNORECASE) and not PRONOUN_WORD.search(f[3])):
            # "and the vote?" after "how big is the budget the council passed?": a sum is not voted, a measure is voted on
            return [f"What was {fragment.strip()} on {f[3].strip(' ?')}?"]
        readings = [_agreed(r) for r in self._fragment_readings(fragment, prev, question)]
        if readings[0] != question and re.search(r"\b(?:its|it|he|she|him|his|they|them|their)\b", fragment, re.IGNORECASE):
            # "and the first major city along its course?" → "what is … along its course": the fragment's own pronouns
            # read as a question's are
            readings = list(dict.fromkeys(self._resolve(readings[0])[:1] + readings))
        if re.match(r"(?:What|Who)\s+(?:is|was|are|were)\s", readings[0], re.IGNORECASE) or readings[0] == question:
            again = self._asked_again(fragment.strip().rstrip("?").strip(), prev)
            if again and readings[0] != question and re.search(r"\b(?:its|it|he|she|him|his|they|them|their)\b", fragment,
                                                               re.IGNORECASE):
                again = self._resolve(again)[0]  # "and the banquet for him?": who hosted the banquet for Putin
            if again:
                return [again] + readings
            f = _frame(prev.understood)
            what = re.match(r"What(?=\s+(?:is|was|are|were)\s)", readings[0])
            head = re.sub(r"\W+$", "", fragment).split()[-1:] or [""]
            if (what and f and f[0].lower() == "how much" and not f[1] and value_kind(prev.answer.text or "") == "money"
                    and head[0].lower() not in ASKED_TIMES | {"start", "end", "deadline", "opening"}):
                # "and the ferry?" after "how much is Porthmere a night?": how much the ferry is, not what
                return ["How much" + readings[0][what.end():]] + readings
            done = (re.split(r"\s+(?:of|for|in|on|at|from|with|to|by|about|between)\s+", fragment)[0].split() or [""])[-1].lower()
            if (what and classify(prev.understood)[0] == "date" and classify(fragment)[0] != "date"
                    and (re.search(r"(?:tion|sion|ment|ing|ure|al)$", done) or stem(done) in EVENTS or done in ACTS or stem(done) in map(stem, ACTS))
                    and stem(done) not in VALUE_STEMS and not self._names_person(fragment) and not _is_place(fragment)):
                # "and maxwell's unification of electricity and magnetism?" after "what year did Cavendish invent a
                # torsion balance?": when that was, not what it is
                return ["When" + readings[0][what.end():]] + readings
        return readings

    @staticmethod
    def _value_asked(fragment: str, whose: str, q: str) -> str | None:
        """"What was Marco Vidal's transfer fee?" for "his transfer fee" (``whose``: with its owner named) when
        the fragment is someone's value (a fee, an age, a birthplace) that the last question ``q`` did not ask of."""
        head = re.fullmatch(r"(?:his|her|their|its|(?:[A-Z][\w-]*\s+){0,2}[A-Z][\w-]*['’]s?)\s+(?:[a-z][\w-]*\s+){0,2}([a-z][\w-]*)",
                            fragment)
        if not head or head.group(1).lower() not in ATTRIBUTES or stem(head.group(1).lower()) in tokenize(q):
            return None
        be = "was" if re.search(r"\b(?:did|was|were|had)\b", q, re.IGNORECASE) else "is"
        return f"What {be} {whose}?"

    def _asked_again(self, fragment: str, prev: Turn) -> str | None:
        """The last question asked again of a thing or person it does not name, in the words the
        articles use of it: "and the technician?" after "What time did the alarm go off?" is "What
        time did the technician arrive?" where they write "the Polar Line technician arrived"; "and
        the banquet?" after "Who invited Putin?" is "Who hosted the banquet?" where they write "a
        banquet hosted by …". None when the last question asked no time, place or doer, or the
        articles write no such verb of it."""
        money = self._money_asked_again(fragment, prev)
        if money:
            return money
        f = _frame(prev.understood)
        said = re.fullmatch(r"(?:the|a|an)\s+((?:[\w-]+\s+){0,2}[a-z][\w-]*)", fragment, re.IGNORECASE)
        if not f or not said:
            return None
        wh = f[0].lower()
        if wh == "who" and _office_singled_out(fragment):
            return None  # "and the very first chair?" after "who …?": who held it, not who did the last thing to them
        if wh in ("what", "which") and f[1].lower() in ASKED_TIMES:
            wh = f"{wh} {f[1].lower()}"  # "What time did …?"
        elif wh not in ("who", "when", "where"):
            return None
        noun = _head(said.group(1)).lower()  # "the banquet for him": a banquet
        head = re.escape(noun)
        for text in self._texts_near(prev, tokenize(noun)[-1:]):
            if wh == "who":  # "a banquet hosted by President Droupadi Murmu": who hosted it
                done = re.search(rf"\b{head}\s+(?:(?:is|was|were|are|will\s+be|has\s+been)\s+)?([a-z]{{3,}}ed)\s+by\b", text)
                if done:
                    return f"Who {done.group(1)} {fragment}?"
                continue
            # "the Polar Line technician arrived at 5:10": when, where, what time the technician arrived
            # (or "When did the Polar Line technician arrive?", asked in a transcript)
            did = re.search(rf"(\b(?i:did|will|would)\s+)?\b(?i:the|a|an|his|her|their)\s+(?:[\w-]+\s+){{0,3}}?{head}\s+"
                            rf"([a-z]{{3,}})\b", text)
            verb = did.group(2) if did else ""
            base = verb if did and did.group(1) and bare_verb(verb) else IRREGULAR_PAST.get(verb) or next(
                (b for b in (verb[:-1], verb[:-2]) if verb.endswith("ed") and b in english_words()), None)
            if base and base not in AUX_WORDS:
                aux = f[2] if f[2].lower() in ("do", "does", "did", "will", "would") else "did"
                return f"{wh[:1].upper()}{wh[1:]} {aux} {fragment} {base}?"
        return None

    @staticmethod
    def _event_asked_again(fragment: str, f: tuple[str, str, str, str] | None) -> str | None:
        """The last question's "when", "where" or "what time" asked of another event: "and the
        technician's arrival?" → "When was the technician's arrival?", "and the allies leaving?" →
        "When did the allies leave?"; and of another doing by the same doer: "and drop it back?"
        after "what time does she collect the rental car?" → "what time does she drop the rental car
        back?". None where the fragment is no event, or the last question asked no time or place."""
        if not f:
            return None
        wh = f"{f[0]} {f[1]}" if f[1] and f[1].lower() in ASKED_TIMES else f[0] if not f[1] else ""
        if not wh or wh.lower().split()[0] not in ("when", "where", "what", "which") or wh.lower() in ("what", "which"):
            return None
        aux = f[2].lower() if f[2].lower() in DO | MODALS else "did"
        words = fragment.split()
        if len(words) == 1 and f[2].lower() in DO | MODALS:
            # "and finish?" after "when does work on the bridge start?": the other end of the same doing
            rest = f[3].split()
            at = next((i for i, w in enumerate(rest) if _other_end(w.lower(), words[0].lower())), None)
            if at is not None:
                return f"{wh[:1].upper()}{wh[1:]} {f[2]} {' '.join(rest[:at] + [words[0].lower()] + rest[at + 1:])}?"
        # a verb and what it is done to: "drop it back", "pick up the car" (not "trade deals")
        if (len(words) > 1 and bare_verb(words[0]) and f[2].lower() in DO | MODALS
                and words[1].lower() in DETERMINERS | PRONOUNS.keys() | {"back", "up", "off", "out", "in", "on"}):
            rest = f[3].split()
            at = next((i for i, w in enumerate(rest) if i and bare_verb(w)), None)
            if at is None or rest[at].lower() == words[0].lower():
                return None
            done_to = " ".join(w for w in rest[at + 1:] if w.lower() not in PREPOSITIONS) if len(rest) > at + 1 else ""
            said = " ".join(done_to if w.lower() in ("it", "them") and done_to else w for w in words)
            return f"{wh[:1].upper()}{wh[1:]} {f[2]} {' '.join(rest[:at])} {said}?"
        if not re.fullmatch(r"(?:(?:the|a|an|his|her|their|its)\s+)?(?:[\w'’-]+\s+){0,3}[a-z][\w-]*", fragment, re.IGNORECASE):
            return None
        head = words[-1].lower()
        done = _head(fragment).lower()  # "the call to Polar Line": a call, the event asked of
        if done != head and (stem(done) in EVENTS or done in ACTS):
            be, after = ("is", "") if _to_come(fragment) else ("was", "") if aux == "did" or _bygone(fragment) else (
            ("will", " be") if aux == "will" else ("is", ""))
            return f"{wh[:1].upper()}{wh[1:]} {be} {fragment}{after}?"
        if head.endswith("ing") and head not in EVENTS_IN_ING:  # "the allies leaving", never "the building"
            if not [w for w in words[:-1] if w.lower() not in DETERMINERS]:
                return None
            base = head[:-3]
            verb = next((b for b in (base + "e", base[:-1] if base[-1:] == base[-2:-1] else "", base) if bare_verb(b)), None)
            if verb:  # "the allies leaving": the allies left
                return f"{wh[:1].upper()}{wh[1:]} {aux} {' '.join(words[:-1])} {verb}?"
            return None
        if not (head.endswith(("tion", "ment", "val", "ure")) or head in EVENTS_IN_ING
                or head in {"death", "birth", "return", "visit", "trip", "launch"}
                or len(head) > 6 and head.endswith(("out", "off", "over", "down"))):  # "pullout", "takeover", "shutdown"
            return None  # "the technician" is no event, "the technician's arrival" is
        be, after = ("is", "") if _to_come(fragment) else ("was", "") if aux == "did" or _bygone(fragment) else (
            ("will", " be") if aux == "will" else ("is", ""))
        return f"{wh[:1].upper()}{wh[1:]} {be} {fragment}{after}?"

    def _kind_swapped(self, fragment: str, q: str) -> str | None:
        """"Hardware?" after "What was the cloud division's second-quarter revenue?": a word that
        says which one ("cloud" in "the cloud division") swaps for the fragment, where the articles
        write the fragment before a noun of the question too ("Hardware revenue")."""
        if not re.fullmatch(r"[a-z]{3,}", fragment) or fragment in STOPWORDS or re.search(rf"\b{fragment}\b", q, re.IGNORECASE):
            return None
        nouns = [w for w in re.findall(r"[a-z][\w-]*", q.lower()) if w not in STOPWORDS | AUX_WORDS and len(w) > 2]
        for m in re.finditer(r"\bthe\s+([a-z]+)\s+(?=[a-z][\w-]*)", q):
            which = m.group(1)
            if which in STOPWORDS | ATTRIBUTIVE | SEQUENCE | DEGREE or which.endswith(("ed", "ing", "ly")):
                continue
            if any(n != which and self._in_articles(f"{fragment} {n}") for n in nouns):
                return q[: m.start(1)] + fragment + q[m.end(1):]
        return None

    @staticmethod
    def _parallel(fragment: str, f: tuple[str, str, str, str] | None) -> str | None:
        """"and the eff one for 100 million digits?" (one read as "prize") after "what prize did gimps
        get for the first 10 million digit prime?": the same question of another doer and another
        phrase after the same preposition ("what prize did the eff get for 100 million digits?")."""
        if not f or not f[1] or f[2].lower() not in DO | MODALS:
            return None
        noun = f[1].split()[-1].lower()
        m = re.fullmatch(rf"(?:the\s+)?([\w'’-]+(?:\s+[\w'’-]+)?)\s+{re.escape(noun)}s?\s+({'|'.join(PREPOSITIONS)})\s+(.+)",
                         fragment, re.IGNORECASE)
        words = f[3].split()
        verb = next((i for i, w in enumerate(words) if i and w.islower() and bare_verb(w)
                     and words[i - 1].lower() not in DETERMINERS), None)
        if not m or verb is None:
            return None
        at = next((i for i in range(verb + 1, len(words)) if words[i].lower() == m.group(2).lower()), None)
        if at is None:
            return None  # the last question said nothing after that preposition to swap
        doer = m.group(1) if m.group(1)[:1].isupper() else f"the {m.group(1)}"
        return f"{f[0]} {f[1]} {f[2]} {doer} {' '.join(words[verb: at + 1])} {m.group(3)}?"

    def _texts_near(self, prev: Turn, words: list[str]) -> list[str]:
        """Where the articles say what a fragment did: the passages the last answer was read from, then
        those that hold the fragment's words."""
        return [h.chunk.text for h in prev.answer.passages[:10]] + self._texts_with(words, 20)

    def _money_asked_again(self, fragment: str, prev: Turn) -> str | None:
        """"and federal aid?" after a sum answered ("$1.2 billion" of damage) where the articles write
        "requested $250 million in federal disaster aid": "How much federal disaster aid was requested?"."""
        if value_kind(prev.answer.text or "") != "money":
            return None
        words = [w for w in tokenize(fragment) if w not in STOPWORDS]
        if not words or not re.fullmatch(r"(?:(?:the|a|an)\s+)?(?:[\w-]+\s+){0,2}[a-z][\w-]*", fragment, re.IGNORECASE):
            return None
        head = re.escape(fragment.split()[-1])
        sum_of = re.compile(rf"\b([a-z]{{3,}}ed)\s+(?:an\s+estimated\s+|an\s+extra\s+|about\s+|nearly\s+|some\s+|almost\s+|roughly\s+|around\s+"
                            rf"|over\s+|more\s+than\s+)?[$€£][\d.,]+(?:\s*(?:million|billion|thousand|[mbk]n?))?"
                            rf"\s+(?:in|of)\s+((?:[\w-]+\s+){{0,3}}?{head})\b", re.IGNORECASE)
        for text in self._texts_near(prev, words):
            for m in sum_of.finditer(text):
                if set(words) <= set(tokenize(m.group(2))):
                    return f"How much {m.group(2)} was {m.group(1).lower()}?"
        return None

    def _fragment_readings(self, fragment: str, prev: Turn, question: str) -> list[str]:
        """"And exports?" completes the last question: its phrase most like the fragment, of the
        same sort (a person for a person, a place for a place, a time for a time), is swapped
        for it; a time or a qualifier with no such phrase is added to the end. A thing that does
        not fit where the last question's noun stood ("How many acres …?" → "And containment?")
        is asked about in the last question's topic ("What is containment of the fire?"); "And
        its director?" asks about the topic's director. The fragment as a question of its own is
        the last reading."""
        q = prev.understood.strip()
        fragment = fragment.strip().rstrip("?").strip()
        fragment = re.sub(r"^(?:way\s+)?back\s+(?=(?:in|during|before|around)\b)", "", fragment, flags=re.IGNORECASE)
        cause = re.match(r"\W*(?:and\s+)?(?:why|how\s+come|what(?:['’]s|\s+is|\s+was|\s+has\s+been)?\s+(?:[a-z]+ly\s+)?"
                         r"(?:driv|caus|fuel|push|boost|behind)\w*)", q, re.IGNORECASE)
        summed = re.split(r"\s+(?:to|of|from|in|for|between|on)\s+", fragment, flags=re.IGNORECASE)[0].split()
        earlier = next((t for t in reversed(self.turns[-3:-1]) if re.match(r"\W*(?:and\s+)?how\s+(?:much|big|large)\b",
                                                                          t.understood, re.IGNORECASE)), None) if (
            cause and summed and stem(summed[-1].lower()) in SUMS) else None
        if earlier:
            # "and indian exports to russia?" after "how much did trade reach?" and "what's driving it?": how much they
            # reach, a sum asked of as the sum before the reason was
            return self._fragment_readings(fragment, earlier, question)
        numbered = NUMBERED_PLACE.fullmatch(re.sub(r"^the\s+", "", fragment, flags=re.IGNORECASE))
        if numbered and re.search(rf"\b{numbered.group(1).capitalize()}\s+\d", q):
            # "what about bay 2?" after a question of "Bay 4": a name of the same kind, written as the question wrote it
            fragment = re.sub(rf"\b{numbered.group(1)}\b", numbered.group(1).capitalize(), fragment, count=1)
        alone = question if not WHAT_ABOUT.match(question) else f"What about {fragment}?"
        fronted = re.match(rf"(\W*[^,?]{{3,80}}?,\s*)(?={WH}\s)", q, re.IGNORECASE)
        if fronted:
            # "ahead of putin's visit, which air defence system …?": the phrase before the comma says when, and
            # stays; the question after it is the frame the fragment completes
            rest = self._fragment_readings(fragment, replace(prev, understood=q[fronted.end():]), question)
            return [r if r == alone else fronted.group(1) + (r[:1].lower() + r[1:] if re.match(WH, r, re.IGNORECASE) else r)
                    for r in rest]
        owned = re.fullmatch(r"((?:[\w-]+\s+){0,2}?[\w-]+['’]s?)\s+([a-z][\w-]*)", fragment)
        head = owned.group(2).lower() if owned else ""
        # (after "when was that summit set up?", "what about lavrov's visit?" asks when his visit is: an event after a
        # time asked is asked of its time, below)
        timed = classify(q)[0] == "date" and _an_event(head)
        if owned and stem(head) not in tokenize(q) and head not in STOPWORDS and not timed:
            # "and becker's objection?" after "what was her objection?" and a question since: the question that asked
            # of someone's objection, asked of his
            for turn in reversed(self.turns[-3:-1]):
                had = re.search(rf"(?:\b(?:his|her|their|its)|(?:\b[A-Z][\w'’-]*\s+){{0,3}}[A-Z][\w-]*['’]s?)\s+"
                                rf"(?:[a-z][\w-]*\s+){{0,2}}{re.escape(owned.group(2))}\b", turn.understood)
                if had:
                    return [turn.understood[: had.start()] + fragment + turn.understood[had.end():], alone]
        valued = self._value_asked(fragment, fragment, q)
        if valued and re.match(r"[A-Z]", fragment):
            # "and Watson's birthplace?" after "when did Pachauri resign?": what the value is, no slot of the last
            # question fits it (a pronoun's owner is found below)
            return [valued, alone]
        if ORIGINALLY.fullmatch(fragment) and (planned := self._as_first_planned(q)):
            return [planned, alone]
        if REVERSED.fullmatch(fragment):
            # "and the other way round?" after "what has Putin called Narendra Modi?": the two named trade places
            named = [e for e in _entities(q) if not _only_titles(e)]
            named += [w for w in re.findall(r"\b[a-z]{3,}\b", q) if self._written_capitalized(w, alone=True)
                      and not any(w in tokenize(e) for e in named)]
            sorts = {(self._names_person(e), _is_place(e)) for e in named}
            if len(named) == 2 and len(sorts) == 1:  # two people, two places, two bodies; not Putin for India
                one, other = named
                return [re.sub(rf"\b(?:{re.escape(one)}|{re.escape(other)})\b", lambda x: other if x.group() == one else one, q),
                        alone]
            return [alone]  # nothing to trade: as typed, no other frame made up
        heads = re.fullmatch(rf"\W*(?:and\s+)?who(?:['’]s|\s+(?:is|are|was|were|will))?\s+(?:going\s+to\s+)?(?:{LEADING})\s+"
                             r"((?:the\s+)?[\w'’&. -]+?)\s*\??\s*", q, re.IGNORECASE)
        role = re.fullmatch(r"(?:the\s+)?((?:[a-z][\w-]*\s+)?([a-z][\w-]*))", fragment)
        if heads and role and (is_person_noun(role.group(2)) or role.group(2) in TITLES) and not PRONOUN_WORD.search(heads.group(1)):
            # "and the chairman?" after "who is going to run Nordvik Skerry?": who holds that office of it, not who runs
            # the chairman
            return [f"Who is the {role.group(1)} of {heads.group(1)}?", alone]
        when_was = re.fullmatch(r"\W*(?:and\s+)?(when|where)\s+(?:was|were|is|are)\s+((?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,7})\s*\??\s*",
                                q, re.IGNORECASE)
        if (when_was and re.match(r"(?:the|[\w-]+['’]s)\s", fragment, re.IGNORECASE) and _sort(fragment) == "thing"
                and not set(fragment.lower().split()) & (PREPOSITIONS | {"name", "names"}) and not any(
                w.endswith("ed") or w in PARTICIPLES | PREPOSITIONS | PARTICLES | AUX_WORDS for w in when_was.group(2).lower().split())):
            # "and Koch's proofs?" after "When was Maupertuis's scorpion venom work?": when they were, the thing for the
            # thing the last question was only of
            past = re.search(r"\b(?:was|were)\b", q[: when_was.start(2)], re.IGNORECASE) or _bygone(fragment)
            be = ("were" if past else "are") if _plural(fragment) else ("was" if past else "is")
            # "koch's proofs": a name the articles only write with its capital keeps it, for "he" to find
            cased = re.sub(r"\b([a-z]+)(?=['’]s\b)", lambda w: w.group(1).capitalize() if self._written_capitalized(w.group(1))
                           else w.group(1), fragment)
            return [f"{when_was.group(1).capitalize()} {be} {cased}?", alone]
        degree = re.match(r"\W*(?:and\s+)?how\s+(?:big|large|much|high|long)\s+an?\s+([a-z][\w-]*)", q, re.IGNORECASE)
        # "how much is the tram going to cost now?": a sum asked with no noun of what it is
        f = _frame(q)
        sum_asked = bool(f) and f[0].lower() == "how much" and not f[1]
        summed = degree or sum_asked and _is_value(prev.answer.text or "")
        # "and the total cost?" after "when is the tram supposed to open?": a sum is no time, place, person or reason
        summed = summed or bool(f) and f[0].lower() in ("when", "where", "who", "whom", "why")
        # "and the very first chair?" after "who was leading the IPCC before …?": who held the office singled out
        office = re.match(r"\W*(?:and\s+)?who\b", q, re.IGNORECASE) and _office_singled_out(fragment)
        sum_noun = stem(_singular(_head(fragment)).lower())
        if office or summed and re.match(r"the\s", fragment, re.IGNORECASE) and sum_noun in VALUE_STEMS and (
                sum_noun not in {stem(w) for w in tokenize(q)}):
            # "and the total cost?" after "how big a contingency did she say the figures include?", "and the original
            # price?" after "how much is the tram going to cost now?": a sum of its own, not one more thing the
            # contingency is in, nor the price's cost; of what the conversation is about (Harwick's Eastline tram)
            whose = self._first_thing(self.turns[:-1]) or (None if degree else self._first_thing())
            if whose and office:  # "the chair of the IPCC" talked about: the IPCC's
                whose = re.sub(rf"^.*\b{re.escape(_head(fragment))}\s+of\s+", "", whose, flags=re.IGNORECASE)
            of = f" of {whose}" if whose and not re.search(r"\s(?:of|for)\s", fragment) and not _says(fragment, whose) else ""
            return [self._about(fragment + of, fragment, f if office else None), alone]
        ordinal = re.fullmatch(r"the\s+([a-z]+)\s+[a-z][\w-]*", fragment, re.IGNORECASE)
        if ordinal and ordinal.group(1).lower() in TEMPORAL_ORDER and re.match(r"\W*(?:and\s+)?when\b", q, re.IGNORECASE):
            # "and the previous one?" (survey) after "when will they repeat the survey?": when that one was (or will be)
            ahead = TEMPORAL_ORDER[ordinal.group(1).lower()]
            return [f"When {'will' if ahead else 'was'} {fragment}{' be' if ahead else ''}?", alone]
        if (EARLIER.fullmatch(fragment) and value_kind(prev.answer.text or "") == "date"
                and re.match(r"\W*(?:and\s+)?when\b", q, re.IGNORECASE)):
            # "and the time before that?" after "when did Putin last visit India?" (2021): the same, before 2021
            # ("when is his visit?": before it, it was)
            return [f"{_in_the_past(q).rstrip(' ?')} before {prev.answer.text}?"]
        held = prev.answer.text or ""
        if (EARLIER.fullmatch(fragment) and held and not prev.answer.abstained and len(held.split()) <= 4 and not value_kind(held)
                and f and f[0].lower() in ("what", "which") and not _a_name(held)):
            # "and before that?" after "what's her job there?" (shift supervisor): the same asked of before it, before
            # she became one where a role was answered of someone
            whose = re.search(r"((?:[A-Z][\w-]*\s+){0,2}[A-Z][\w-]*)['’]s?\s+(?:job|role|position|post|title|occupation)\b", q)
            pronoun = self._gender(whose.group(1)) if whose else None
            became = f"{pronoun} became " if pronoun and is_person_noun(held.split()[-1]) else ""
            return [f"{_in_the_past(q).rstrip(' ?')} before {became}{held}?", alone]
        lately = re.fullmatch(r"since\s+\S.*", fragment, re.IGNORECASE)
        started = re.match(r"\W*(?:and\s+)?where\s+(?:did|was|were)\s+(?:\S+\s+){0,3}?(?:start|found|set|open|launch|begin|establish|"
                           r"base|locate)\w*\s+(?:up\s+)?((?:the\s+)?[A-Z][^?]*?|the\s+[^?]+?)\s*\??\s*$", q, re.IGNORECASE)
        if lately and started:
            # "and since 2023?" after "where did Mattias Brandvold start Seedwell Commons?": where it has been since,
            # not where it was started since (a start is once)
            return [f"Where has {started.group(1)} been {fragment}?", alone]
        placed = re.fullmatch(r"([a-z][\w-]*[^s\W]s)\s+((?:in|on|at|inside|within)\s+\S.*)", fragment)
        if (placed and f and f[0].lower() == "how many" and placed.group(1).lower() not in STOPWORDS
                and stem(placed.group(1).lower()) not in {stem(w) for w in tokenize(q)}):
            # "and seats in the debating chamber?" after "how many of those are constituency msps?": how many of
            # the things it names there are, not whether they are of those counted before
            return [f"How many {placed.group(1)} are there {placed.group(2)}?", alone]
        beside = re.fullmatch(r"(?:in\s+|for\s+)?the\s+(?:(year|month|week|season)\s+(before|after)|(previous|prior|preceding|"
                              r"following|next)\s+(year|month|week|season))(?:\s+(?:that|then))?", fragment, re.IGNORECASE)
        # after "how come it's that high?", the year before is of the sum asked before it, not of the reason
        asked = next((t.understood for t in reversed(self.turns[-3:-1]) if not REASON_ASKED.match(t.understood)), q) if (
            beside and REASON_ASKED.match(q)) else q
        said = TIME.search(asked) if beside else None
        if said and re.search(r"\d", said.group()):
            q = asked
            # "what about the year before?" after "how much did they trade in 2024-25?": the same, of the year before it
            unit = (beside.group(1) or beside.group(4)).lower()
            way = "before" if (beside.group(2) or beside.group(3)).lower() in ("before", "previous", "prior", "preceding") else "after"
            at = said.start() + len(re.match(r"(?:\w+\s+)?", said.group()).group()) if QUALIFIER.match(said.group()) else said.start()
            before = re.sub(r"\bin\s+the\s+(?:year|month|week|season)\s+$", "", q[:said.start()])  # asked once already
            return [f"{before}in the {unit} {way} {q[at:said.end()]}{q[said.end():]}", alone]
        since = re.match(r"\W*(?:and\s+)?since\s+when\s+(?:has|have)\s+(.+?)\s+been\s+(?:based\s+)?(?:in|at)\s+(.+?)\s*\??\s*$", q,
                         re.IGNORECASE)
        if EARLIER.fullmatch(fragment) and since:
            # "and before that?" after "since when has the parliament been in Holyrood?": where it was before
            return [f"Where was {since.group(1)} before {since.group(2)}?", alone]
        now = re.fullmatch(r"(?:right\s+)?(now|today|currently|nowadays|these\s+days|at\s+present)", fragment, re.IGNORECASE)
        past = re.match(rf"^(\s*{WH}\s+(?:[a-z]+\s+)?)(was|were)\b", q, re.IGNORECASE) if now else None
        if past:
            # "and now?" after "who was the IPCC's chair in 1988?": who is its chair now (the time said goes)
            then = re.sub(r"\s{2,}", " ", THEN.sub("", TIME.sub("", q[past.end():])))
            present = {"was": "is", "were": "are"}[past.group(2).lower()]
            return [f"{past.group(1)}{present}{then.rstrip(' ?')} {now.group(1).lower()}?", alone]
        back = re.fullmatch(r"(?:way\s+)?back\s+(when\s+\S.*|at\s+the\s+(?:start|outset|beginning))", fragment, re.IGNORECASE)
        if back:
            # "and back when building started?" after "what's it going to cost in the end?": what it was going to cost
            # then, the time said in place of the one asked
            then = re.sub(r"\s+(?:in\s+the\s+end|eventually|finally|ultimately)\b", "", PRESENT.sub("", q), flags=re.IGNORECASE)
            return [f"{_in_the_past(then).rstrip(' ?')} {back.group(1)}?", alone]
        first = fragment.split()[0] if fragment.split() else ""
        if question.strip().startswith(first) and first.lower() in english_words():
            fragment = fragment[:1].lower() + fragment[1:]  # "Unemployment?": capital only because it comes first
        if re.fullmatch(r"[a-z]+", fragment) and self._written_capitalized(fragment):
            fragment = fragment.capitalize()  # "and putin?": a name the articles only write with its capital
        topic = _topic(q, self._in_articles)
        pair = re.fullmatch(r"([a-z][\w-]*)\s+([a-z]+)(\s+(?:so\s+far|now|in\s+total|overall|altogether|yet))?", fragment)
        counted = re.match(r"\s*how\s+(?:many|much)\s+([a-z][\w-]*)(\s+(?:(?:have|has|had)\s+been|were|was|are|is)\s+)([a-z]+)\b",
                           q, re.IGNORECASE)
        if (pair and counted and all(w.endswith("ed") or w in PARTICIPLES for w in (pair.group(2), counted.group(3)))
                and pair.group(1).lower() not in STOPWORDS):
            # "and homes destroyed?" after "How many people have been evacuated …?": the counted and what befell them
            return [q[: counted.start(1)] + pair.group(1) + counted.group(2) + pair.group(2) + q[counted.end(3):], alone]
        many = re.match(r"\s*how\s+many\s+[a-z][\w-]*\s+(?:has|have|had|did|do|does|will)\s", q, re.IGNORECASE)
        if (pair and many and (pair.group(2).endswith("ed") or pair.group(2) in PARTICIPLES) and _plural(pair.group(1))
                and pair.group(1).lower() not in STOPWORDS):
            # "and people evacuated?" after "How many acres has the fire burned?": how many were, because of it
            asked = f"How many {pair.group(1)} have been {pair.group(2)}{pair.group(3) or ''}"  # "… so far"
            return ([f"{asked} because of {topic}?"] if topic else []) + [f"{asked}?", alone]
        held = re.fullmatch(r"(before|after)\s+(him|her)", fragment, re.IGNORECASE)
        for turn in reversed(self.turns[-3:]) if held else ():
            # "and before him?" after "Who is the chair of the IPCC?" (Hoesung Lee): who held the office before him
            office = re.match(r"\W*(?:and\s+)?who\s+(?:is|was)\s+(the\s+[^?]+?)\s*\??\s*$", turn.understood, re.IGNORECASE)
            holder = self._fitting(turn, "person")[:1] if office and turn.answer.text else []
            if holder and self._names_person(holder[0]):
                return [f"Who was {office.group(1)} {held.group(1).lower()} {holder[0]}?", alone]
        if REST.match(fragment):  # "and the rest?" after "who paid for the heart centre?": the rest of its cost
            part = re.search(r"\b(?:most|much|part|half|some|(?:the\s+)?(?:bulk|majority))\s+(?=of\s)", q, re.IGNORECASE)
            if part:  # "who paid most of the €64 million?": who paid the rest of it
                return [f"{q[:part.start()]}{fragment.lower()} {q[part.end():]}", alone]
            for thing in self._things():
                at = q.find(thing)
                if at >= 0:
                    at -= 4 if q[:at].lower().endswith("the ") else 0
                    return [f"{q[:at]}{fragment.lower()} of {q[at:]}", alone]
        ranks = "first|second|third|fourth|fifth|last|next"
        ranked = re.search(rf"\b(?:{ranks})\b", q, re.IGNORECASE)
        if re.fullmatch(ranks, fragment.lower()) and ranked and ranked.group().lower() != fragment.lower():
            # "and second?" after "who did she call first?": the same question of the one after
            return [q[: ranked.start()] + fragment.lower() + q[ranked.end():], alone]
        leg = re.fullmatch(r"(?:the\s+)?(one|ones|way|leg|ferry|flight|train|bus|coach|sailing|crossing|journey|trip|drive|ride)"
                           r"\s+(back|home|there|out)", fragment, re.IGNORECASE)
        if leg and f and f[0].lower() in ("which", "what") and f[1]:
            # "and the one back?" after "which ferry sailing did they book?": the return sailing, the same asked; "and the
            # ferry out?" after "what dates did they settle on?": the outbound ferry in place of the dates
            way = "return" if leg.group(2).lower() in ("back", "home") else "outbound"
            at = q.lower().find(f[1].lower(), len(f[0]))
            if at >= 0:
                said = f[1] if leg.group(1).lower() in ("one", "ones", "way", "leg") else leg.group(1).lower()
                return [f"{q[:at]}{way} {said}{q[at + len(f[1]):]}", alone]
        placed = re.fullmatch(r"(?:the\s+)?(?:(second|third|fourth|fifth|last)(?:\s+place)?|(runner[- ]up))", fragment,
                              re.IGNORECASE)
        won = re.match(r"\W*(?:and\s+)?who\s+won\s+((?:the|a|an|this|that|last)\s+\S.*?)\s*\??\s*$", q, re.IGNORECASE)
        if placed and won and not ranked:
            # "and third place?" after "who won the mayor election?": who came third in it (the winner came first)
            in_it = won.group(1)
            return [f"Who came {placed.group(1).lower()} in {in_it}?" if placed.group(1) else
                    f"Who was the runner-up in {in_it}?", alone]
        others = OTHERS.fullmatch(fragment)
        who = (re.match(r"\W*(?:and\s+)?who\s+(?!(?:is|are|was|were)\b)(\S.*?)\s*\??\s*$", q, re.IGNORECASE)
               # "who was one of the three who voted against?": the others who did it
               or re.match(r"\W*(?:and\s+)?who\s+(?:is|was)\s+one\s+of\s+the\s+\w+\s+(?:who|that)\s+(\S.*?)\s*\??\s*$", q,
                           re.IGNORECASE))
        if others and who and prev.answer.text and self._names_person(_strip_titles(prev.answer.text)):
            # "and the other two?" after "who brought the case?" (Rafael Moreno): the others who did it
            return [f"Who besides {_strip_titles(prev.answer.text)} {who.group(1)}?", alone]
        counterpart = self._counterpart(fragment, q)
        if counterpart or re.fullmatch(r"his|hers|theirs", fragment, re.IGNORECASE):
            return [counterpart, alone] if counterpart else [alone]  # "his" with no other man: as typed
        proposed = re.fullmatch(rf"((?:the\s+)?[\w-]+(?:\s+[\w-]+){{0,2}}?)['’]s?\s+({'|'.join(PROPOSALS)})", fragment, re.IGNORECASE)
        progressive = bool(f) and f[2].lower() in COPULA and re.search(r"\b[a-z]{3,}ing\b", f[3]) is not None
        if proposed and f and f[1] and f[0].lower() in ("what", "which", "how much", "how many", "how big", "how large") and (
                f[2].lower() in DO | MODALS or progressive):
            # "and the company's offer?" after "what pay rise do the dockworkers want?": what pay rise the company
            # offers, the noun said as its verb ("… are they asking for?": what it is offering)
            verb = PROPOSALS[proposed.group(2).lower()]
            if progressive:
                aux, verb = ("is" if f[2].lower() in ("is", "are") else "was"), re.sub(r"^\w+", lambda v: _gerund(v.group()), verb)
            else:
                aux = f[2].lower() if f[2].lower() in MODALS | {"did"} else "does"
            return [f"{f[0][:1].upper()}{f[0][1:]} {f[1]} {aux} {proposed.group(1)} {verb}?", alone]
        kind_of = self._kind_swapped(fragment, q) or self._parallel(fragment, f)
        if kind_of:
            return [kind_of, alone]
        whose = re.fullmatch(r"((?:[A-Z][\w-]*\s+){0,3}[A-Z][\w-]*)['’]s?", fragment)
        if whose and topic and topic in q and not _says(topic, whose.group(1)):
            # "and Halvorsen's?" after "how long is the shorter warranty?": Halvorsen's warranty
            return [q.replace(topic, f"{fragment} {_head(topic).split()[-1]}", 1), alone]
        owner = re.match(r"^(its|their|his|her)\s+(.+)$", fragment, re.IGNORECASE)
        if owner:  # "And its current director?": the topic's director
            word = owner.group(1).lower()
            kind = {"its": "thing", "their": "group"}.get(word, "person")
            found = self._things() if kind == "thing" else self._antecedents(kind)
            if kind == "person":  # "And his previous visit?" after "Who invited him?": still the man invited
                gender = GENDER.get(word)
                if gender:  # "her objection?" after "Councillors Priya Raman and Tom Becker": the woman of the two
                    found = list(dict.fromkeys(p for o in found for p in _one_by_one(o)))
                found = [o for o in found if self._fits(o, gender)]
                found = self._same_person(word, found)[:1] + found
            if not found:
                return [alone]
            if GENDER.get(word):  # "and her manager?": the supervisor is "she" from now on
                self.genders.setdefault(found[0], GENDER[word])
            whose = f"{found[0]}'s {owner.group(2)}"
            valued = self._value_asked(fragment, whose, q)
            if valued:  # "and his transfer fee?" after "how many goals did he end the tournament with?"
                return [valued, alone]
            # "did the supervisor call Polar Line": a name called is the object too
            called = re.search(rf"{re.escape(topic)}\s+[a-z]+\s+([A-Z][\w'’&-]*(?:\s+[A-Z][\w'’&-]*)*)", q) if topic else None
            # "when did she actually call them?": an object pronoun that ends the question is the one called
            pronoun = re.search(r"(?<=\s)(?:them|him|her)(?=\s*\??\s*$)", q)
            obj = _object(q, topic) or (called.group(1) if called else None) or (pronoun.group() if pronoun else None)
            if (kind == "person" and obj and f and (f[1] or f[0].lower() in ("when", "where", "why", "how"))
                    and found[0] not in obj):
                # "and her manager?" after "what time did the supervisor call the maintenance company?": the
                # same question of someone else she called ("who is her manager?" would ask another thing than
                # the time asked; after "who …?" it asks the same)
                swapped = q.replace(obj, whose, 1)
                subject, at = {"her": "she", "his": "he"}.get(word), q.find(obj)
                if subject and re.search(rf"\b{subject}\b", q[:at], re.IGNORECASE):
                    # "when did she call them?": "when did Harriet Voss call her manager?", she named once
                    swapped = (re.sub(rf"\b{subject}\b", found[0], q[:at], count=1, flags=re.IGNORECASE)
                               + f"{word} {owner.group(2)}" + q[at + len(obj):])
                return [swapped, self._about(whose, owner.group(2), f), alone] if f[0].lower() == "who" else [swapped, alone]
            return [self._about(whose, owner.group(2), f, _wh_of_event(owner.group(2), f)), alone]
        # "and the actual pullout?" after "until when did the treaty say the allies would stay?": when, too
        # ("under it, until when was the Rhineland to be occupied?": a phrase before a comma sets no frame)
        event = self._event_asked_again(fragment, f or _frame(re.sub(r"^\W*(?:[^,?]{1,60},\s*)?(?:(?:until|till|since|by)\s+)?(?=when\b)",
                                                                     "", q, flags=re.IGNORECASE)))
        if event:
            return [event, alone]
        related = re.fullmatch(r"(?:the|its|their|his|her)\s+(replacement|successor|predecessor|rival|opponent|deputy|"
                               r"partner|owner|founder|parent\s+company|challenger)", fragment, re.IGNORECASE)
        said = prev.answer.text or ""
        bodies = {e for e in _entities(q) if not self._names_person(e) and not _is_place(e) and not _only_titles(e)}
        if related and f and not (said[:1].isupper() and not prev.answer.abstained) and len(bodies) == 1:
            # "and the replacement?" after "How much of Brenner Rail's work did it leave unfinished?": of the one
            # body the question named, when no name was answered
            said, f = bodies.pop(), ("which", "", "", "")
        if related and f and f[0].lower() in ("which", "who", "what") and said[:1].isupper() and not prev.answer.abstained:
            # "and the replacement?" after "which contractor went bust?" (Brenner Rail): the one that replaced it
            wf = _wh_frame(q)
            asked = f"Which {wf[1].strip()}" if wf and wf[1].strip() else "Who"
            be = _be(f[2] or (wf[2] if wf else ""))
            of = "for" if related.group(1).lower() == "replacement" else "of"
            return [f"{asked} {be} the {related.group(1).lower()} {of} {said}?", alone]
        verb = re.search(rf"^(\s*{WH}\s+(?:does|do|did|will|would|can|could)\s+.+?\s)([a-z]+)(\s*\??\s*)$", q, re.IGNORECASE)
        if (verb and re.fullmatch(r"[a-z]+", fragment) and bare_verb(fragment) and bare_verb(verb.group(2))
                and fragment != verb.group(2).lower()):
            # "and end?" after "where does the Rhine begin?": the other verb in the same frame
            return [verb.group(1) + fragment + verb.group(3), alone]
        vp = re.fullmatch(r"([a-z]+)\s+([a-z]+)\b.*", fragment)  # a verb and what follows it: "get elected …"
        supported = re.match(rf"(\s*{WH}\s+(?:does|do|did|will|would|can|could|should)\s+)(.+?)\s*\??\s*$", q, re.IGNORECASE)
        named = re.match(r"(?:the\s+)?(?:[A-Z][\w'’.-]*\s+)*[A-Z][\w'’.-]*(?=\s+[a-z]+\b)", supported.group(2)) if (
            vp and supported) else None
        doer = named.group() if named and bare_verb(supported.group(2)[named.end():].split()[0]) else None
        if (doer and bare_verb(vp.group(1))
                and vp.group(1) not in STOPWORDS | PREPOSITIONS | DETERMINERS
                and (vp.group(2) in DETERMINERS | PREPOSITIONS | PARTICLES | PARTICIPLES or _done(vp.group(2)))
                and not supported.group(2)[len(doer):].strip().lower().startswith(vp.group(1))):
            # "and get elected muslim league president?" after "when did Iqbal come back to Lahore?": what else he
            # did, asked in the same frame of the same one
            return [f"{supported.group(1)}{doer} {self._cased(fragment)}?", alone]
        said = re.search(rf"^(\s*{WH}\s+.+?\s)([a-z]+?)(e?s)((?:\s+(?:now|then|again|today|first))?\s*\??\s*)$", q, re.IGNORECASE)
        if (said and re.fullmatch(r"[a-z]+", fragment) and bare_verb(fragment) and fragment != said.group(2).lower()
                and (bare_verb(said.group(2)) or bare_verb(said.group(2) + said.group(3)[:-1]))
                and said.group(1).split()[-1].lower() not in DETERMINERS | PREPOSITIONS | AUX_WORDS):  # not "about the talks"
            # "and finish?" after "when does Sayeed say construction starts now?": the other verb, in its form
            ending = "es" if re.search(r"(?:s|sh|ch|x|z|o)$", fragment) else "s"
            person = fragment[:-1] + "ies" if re.search(r"[^aeiou]y$", fragment) else fragment + ending
            return [said.group(1) + person + said.group(4), alone]
        done = re.search(rf"^(\s*{WH}\s+(?:is|was|are|were|has\s+been|have\s+been|had\s+been)\s+.+?\s)([a-z]+)(\s*\??\s*)$", q,
                         re.IGNORECASE)
        if (done and re.fullmatch(r"[a-z]+", fragment) and (_done(fragment) or fragment in PARTICIPLES)
                and (_done(done.group(2)) or done.group(2).lower() in PARTICIPLES)
                and fragment != done.group(2).lower()):
            # "and interrupted?" after "when was the summit established?": the other participle in the same frame
            return [done.group(1) + fragment + done.group(3), alone]
        names = [e for e in _entities(q) if not _only_titles(e)]
        mine = [e for e in names if fragment[:1].isupper() and set(tokenize(fragment)) <= set(tokenize(e))]
        others = [e for e in names if mine and e not in mine and not set(tokenize(e)) & set(tokenize(mine[0]))]
        if len(mine) == 1 and len(others) == 1 and len(tokenize(fragment)) < len(tokenize(mine[0])):
            # "and Nordvik?" after "Who advised Skerry Airways on its merger with Nordvik Air?": the same
            # question of the other party, the two names trading places
            one, other = mine[0], others[0]
            return [re.sub(rf"{re.escape(one)}|{re.escape(other)}", lambda x: other if x.group() == one else one, q), alone]
        kind = re.fullmatch(r"the\s+(?:[\w-]+\s+){1,3}([a-z]+)", fragment)
        if kind and f and f[1] and f[0].lower() in ("what", "which") and stem(kind.group(1)) == stem(_head(_kind_of(f[1]) or f[1]).lower()):
            # "and the 2021 one?" (visit) after "What kind of visit is Putin making?": what kind that visit was
            be = "was" if re.search(r"\b1[0-9]{3}\b|\b20[0-9]{2}\b", fragment) else _be(f[2])
            return [f"{f[0][:1].upper()}{f[0][1:]} {f[1]} {be} {fragment}?", alone]
        if re.fullmatch(r"(?:the\s+)?(?:[\w'’-]+\s+){0,3}[\w-]+['’]s\s+(?:full\s+|first\s+|last\s+)?name", fragment, re.IGNORECASE):
            return [f"What is {fragment}?", alone]  # "and the solvent supplier's name?": what it is, whatever was asked before
        role = re.fullmatch(r"(?:the|[\w-]+(?:\s+[\w-]+)?['’]s)\s+(?:[\w-]+\s+){0,2}([a-z]+)", fragment)
        if role and is_person_noun(role.group(1)) and f and f[0].lower() == "who" and not f[1]:
            office = re.match(r"\W*(?:and\s+)?who\s+(is|was|are|were)\s+(?:((?:the\s+)?\S+['’]s)\s)?", q, re.IGNORECASE)
            if office and office.group(2) and fragment.lower().startswith("the "):
                # "and the cfo?" after "who is the company's chief executive?": a role the same owner's
                return [f"Who {office.group(1).lower()} {office.group(2)} {fragment[4:]}?", alone]
            if not office:  # "and Castellan's coach?" after "who manages Northfield?": who that is, not who manages the coach
                return [f"Who {_be(f[2] or f[3])} {fragment}?", alone]
        two = re.fullmatch(r"((?:[A-Z][\w'’-]*\s+){0,2}[A-Z][\w'’-]*)\s+((?:to|in|from|at|for|with|against)\s+\S.*)", fragment)
        if two and self._names_person(two.group(1)):
            # "and Modi to russia?" after "when did Putin last come to India?": the person for the person and the
            # place for the place, each as it would be swapped alone
            placed = self._fragment_readings(two.group(2), prev, question)[0]
            where = re.sub(r"^\w+\s+(?:the\s+)?", "", two.group(2))
            lands = _places_said(q)
            if _sort(where) == "place" and len(lands) == 1 and not re.search(rf"\b{re.escape(two.group(2).split()[0])}\s+(?:the\s+)?"
                                                                        rf"{re.escape(lands[0])}\b", q, re.IGNORECASE):
                # "when did Putin last visit India?": the place the verb takes, without the fragment's "to"
                placed = re.sub(rf"\b{re.escape(lands[0])}\b", where, q, count=1)
            people = [e for e in _entities(placed) if _sort(e) == "person" and e in q and not _says(two.group(1), e)]
            said = re.search(r"\b(?:he|she|him|her)\b", placed, re.IGNORECASE)
            if placed != q and placed.lower() != question.lower() and (people or said):
                at, end = (placed.find(people[0]), placed.find(people[0]) + len(people[0])) if people else said.span()
                return [placed[:at] + two.group(1) + placed[end:], alone]
        sort = _sort(fragment)
        if sort == "thing" and re.fullmatch(r"[A-Z][\w'’-]+", fragment) and self._names_person(fragment):
            sort = "person"  # "And Albright?": a surname the articles give a first name
        slots = self._slots(fragment, q, sort, topic)
        obj = _object(q, topic) if topic and self._names_person(topic) else None
        called = re.search(rf"\b(?:the|his|her|their|its)\s+(?:[a-z]+\s+)?{re.escape(obj.split()[-1])}\b", q) if obj else None
        if called and fragment[:1].isupper() and (self._short_for_body(fragment) or _named_body(fragment)):
            # "and polar line?" after "what time did Harriet Voss call her manager?": a company is the one called
            # (the articles write "Polar Line Services"), not the one who called
            return [q[: called.start()] + fragment + q[called.end():], alone]
        if (sort == "thing" and not topic and f and f[0].lower().startswith("how") and fragment.lower().startswith("the ")
                and not set(fragment.lower().split()) & PREPOSITIONS):  # "the cost to the company" says whose
            # "and the acreage?" after "How many people have been evacuated because of the fire?": of the thing talked about
            topic = next((t for t in self._things() if not self._names_person(t) and not _is_place(t)), None)
            topic = f"the {topic}" if topic and re.search(rf"\bthe\s+{re.escape(topic)}", q) else topic  # as it was said
        held = re.match(r"^(\w+)\s+(?:the\s+)?(.+)$", fragment) if QUALIFIER.match(fragment) else None
        if held and _sort(held.group(2)) in ("place", "person"):
            # "And in Canada?" after "… in the United States?": the place swaps for the place
            same = [e for e in _entities(q) if _sort(e) == _sort(held.group(2))]
            at = re.search(rf"\b{re.escape(held.group(1))}\s+(?:the\s+)?{re.escape(same[-1])}", q) if same else None
            # "… being recalled in the us?": a place typed in lower case, after the same preposition
            typed = [t for words in (r"[a-z]+\s+[a-z]+", r"[a-z]+")
                     for t in re.finditer(rf"\b{re.escape(held.group(1))}\s+(?:the\s+)?({words})\b", q)
                     if _sort(t.group(1)) == "place" == _sort(held.group(2))] if not at else []
            at = at or (typed[-1] if typed else None)
            if at:
                return [q[: at.start()] + fragment + q[at.end():], alone]
        ends = rf"(?=\s*(?:[?,.;]|$)|\s+(?:{'|'.join(sorted(PREPOSITIONS | AUX_WORDS))})\b)"  # a name, not "Indian goods"
        named = re.search(rf"\b{re.escape(held.group(1))}\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*{ends}", q) if (
            held and all(w[:1].isupper() for w in held.group(2).split())) else None
        if named:  # "And for Castellan?" after "What is the prize money for Northfield United?": the name swaps
            return [q[: named.start()] + fragment + q[named.end():], alone]
        said_of = SAID_ABOUT.search(q) if held and held.group(1).lower() in TOPIC_OF_SAYING else None
        if said_of:
            # "and on the UN Security Council?" after "what did Lavrov say about the economic partnership with India?":
            # what is said on one thing takes the place of what was said about another, to its end
            return [q[: said_of.start("about")] + fragment + q[said_of.end("about"):], alone]
        if held and _sort(held.group(2)) != "time":
            # "And on Chinese goods?" after "… put on Indian goods over …?": the phrase with that
            # preposition and that noun swaps
            head = stem(held.group(2).split()[-1].lower())
            phrases = list(re.finditer(rf"\b{re.escape(held.group(1))}\s+((?:[\w'’-]+\s+){{0,5}}?[\w'’-]+)(?=\s+(?:{'|'.join(PREPOSITIONS)})\b|\s*\??$)",
                                       q, re.IGNORECASE))
            for at in phrases:
                if stem(at.group(1).split()[-1].lower()) == head:
                    return [q[: at.start()] + fragment + q[at.end():], alone]
            purpose = re.search(r"\s+(?:just\s+|only\s+|simply\s+)?to\s+([a-z]+)\b[^?]*?(?=\s*\??\s*$)", q)
            if not phrases and held.group(1).lower() == "for" and purpose and bare_verb(purpose.group(1)):
                # "and for the valve itself?" after "how much do they charge just to show up?": what is paid for
                # takes the place of what it is paid to do
                return [q[: purpose.start()] + " " + fragment + q[purpose.end():], alone]
            if len(phrases) == 1 and held.group(1).lower() not in ("in", "on", "at") and not TIME.search(phrases[0].group(1)):
                # "and about the McIntyre papers?" after "what did the council find about the graph?": the one
                # phrase with that preposition swaps ("in", "on", "at" also say where or when, and are added to)
                at = phrases[0]
                return [q[: at.start()] + fragment + q[at.end():], alone]
        if QUALIFIER.match(fragment):  # "for a typical homeowner" takes the place of a qualifier, never of a noun
            slots = [s for s in slots if QUALIFIER.match(s) or sort == "time" and TIME.fullmatch(s)]
        rate = re.search(r"\s(?:a|an|per|each|every)\s+(?:year|month|week|day|night|hour|season)$", fragment, re.IGNORECASE) if (
            f and f[0].lower() == "how many") else None
        if f and f[0].lower().startswith("how") and fragment.split()[-1].lower() in ASKED_TIMES | {"deadline"} and not rate:
            slots = []  # "start date?" after "how much is the contract worth?": a date is no sum; asked of the contract
        if re.match(r"the\s", fragment, re.IGNORECASE) and f and f[0].lower() in ("which", "what") and len(slots) > 1:
            # "and the 2030 roadmap?" after "which sectors would the pact cover?": one thing for the other, not
            # for the sectors asked for
            # (the dockworkers are no thing a company's offer stands for)
            slots = [s for s in slots if s != f[1] and not _people(s)] or slots
        place = fragment[:1].upper() + fragment[1:]  # "moscow" typed
        there = re.search(r"\b(?:over\s+)?there\b(?!\s+(?:is|are|was|were|will|has|have)\b)", q, re.IGNORECASE) if (
            (sort == "place" or re.fullmatch(r"[A-Za-z][\w-]*(?:\s+[A-Z][\w-]*)?", fragment) and self._written_as_place(place))
            and not QUALIFIER.match(fragment)) else None
        if there and not re.match(r"\W*(?:and\s+)?(?:is|are|was|were)\s+there\b", q, re.IGNORECASE):
            # "and massachusetts?" after "who was governor there?": the place for the place ("there is …" names none)
            return [q[: there.start()] + f"in {place}" + q[there.end():], alone]
        said = re.search(r"\b(?:he|she|him)\b", q, re.IGNORECASE) if sort == "person" else None
        if said:  # "And Becker?" after "What did she object to?", "she" read as no one: Becker in her place (not
            # "Becker's budget" for "Bridgewater's budget")
            return [q[: said.start()] + fragment + q[said.end():], alone]
        if sort == "person" and len(slots) > 1:  # "and Albright?" for "the Harwick mayor" whole, not for "Harwick"
            slots = [s for s in slots if not any(s != o and s in o for o in slots)]
        if re.match(r"the\s", fragment, re.IGNORECASE) and len(slots) > 1:
            # "and the royal castle?" after "… is the monument on Castle Square": a thing for the thing, not for the
            # name inside its phrase ("and Bonn?" may still take a name's place)
            slots = [s for s in slots if not (s[:1].isupper() and any(s != o and s in o for o in slots))]
        whose = self._first_thing() if slots and sort == "thing" and not re.search(r"\d", fragment) else None
        counted = re.search(r"\bthe\s+\d[\d,.]*\s+[a-z]+\b", q)
        if (whose and counted and f and f[0].lower() in ("what", "which", "how much", "how many") and not _says(fragment, whose)
                and not re.search(r"\w['’]s?\s", fragment)):  # "Veltrans's offer" says whose
            # "and turnout?" after "what share's the 28,913 votes?": the count answered is what that question was
            # of, no slot for another measure ("the 28,913 turnout"); the measure is of what the conversation is about
            return [f"What {_be(q[counted.end():])} {_the(fragment)} of {whose}?", alone]
        bare_count = bool(f and f[0].lower() == "how many" and f[1] in slots and re.fullmatch(r"[a-z][\w-]*s", fragment.split()[0])
                          and _plural((fragment[: rate.start()] if rate else fragment)))
        if slots:
            if bare_count:
                slot = f[1]  # "and passengers a year?" after "how many aircraft will …?": a plural counted for the count
            elif len(slots) > 1:
                vecs = self.index.query_embedder.encode([fragment] + slots)
                # what the question asked about ("how much rain …?") is the likelier slot
                asked = np.array([0.1 if f and s == f[1] else 0.0 for s in slots])
                slot = slots[int(np.argmax(vecs[1:] @ vecs[0] + asked))]
            else:
                slot = slots[0]
            asked_noun = bool(f and slot == f[1])
            owned = re.search(r"\w['’]s\s", fragment)  # "the company's offer" says whose it is
            reduced = re.fullmatch(rf"(?:the\s+)?([a-z][\w-]*)\s+(?:(?:first|originally|initially|last|just|already)\s+)?"
                                   rf"{PARTICIPLE}\b[^?]*", fragment.strip())
            if asked_noun and reduced and stem(reduced.group(1)) == stem(slot.split()[-1].lower()):
                # "and the dates first suggested?" after "what dates did they settle on for the porthmere trip?": the
                # fragment's own verb, in place of the question's, and what the question was for
                purpose = re.search(r"\s((?:for|of|at|in|on)(?:\s+(?!(?:for|of|at|in|on)\b)[\w'’-]+){1,4})\s*\??\s*$", q)
                be = "were" if _plural(reduced.group(1)) else "was"
                tail = f" {purpose.group(1)}" if purpose and purpose.group(1).lower() not in fragment.lower() else ""
                return [f"What {be} {_the(fragment.strip())}{tail}?", alone]
            # after "how many", "which": the noun alone ("How many assists …", not "How many the assists …")
            filler = re.sub(r"^(?:the|a|an)\s+", "", fragment, flags=re.IGNORECASE) if asked_noun else fragment
            at, end = q.index(slot), q.index(slot) + len(slot)
            said = re.search(r"\b(?:the|a|an)\s+((?:[a-z][\w-]*\s+){1,3})$", q[:at])
            # a plain noun phrase of the same head: "clonal selection theory", not "indian exports to russia"
            same_head = (len(filler.split()) > 1 and filler.islower() and not re.match(r"(?:the|a|an)\s", filler)
                         and not set(filler.split() + slot.lower().split()) & PREPOSITIONS
                         and stem(filler.split()[-1]) == stem(slot.split()[-1].lower()))
            if same_head and said and not set(said.group(1).split()) & (STOPWORDS | PREPOSITIONS):
                at = said.start(1)  # "and clonal selection theory?" for "the miasma theory": the whole of it, not "theory"
            elif same_head and re.match(r"the\s", slot):
                filler = f"the {filler}"  # … and the same when the slot is "the miasma theory" whole
            # "the Lumora Nova 3" → "the Lite", not "the the Lite"; "the company's chief executive" → "the company's cfo"
            if q[:at].lower().endswith(("the ", "a ", "an ", "'s ", "’s ")):
                filler = re.sub(r"^(?:the|a|an)\s+", "", filler, flags=re.IGNORECASE)
            if re.search(r"\w['’]s$", filler) and re.match(r"(?:the|a|an)\s+\S", slot, re.IGNORECASE):
                # "and this year's?" after "who hosts the annual summit?": this year's summit, the thing the
                # possessive is of (not "who hosts this year's")
                filler = filler + " " + re.sub(r"^(?:the|a|an)\s+", "", slot, flags=re.IGNORECASE)
            between = re.match(r"(\s+(?:is|are|was|were)\s+there)?\s+between\s+[\w'’-]+\s+and\s+[\w'’-]+", q[end:])
            after = q[end:]
            if between and re.search(r"\b(?:to|from|between)\s+\S", filler):
                # "and indian exports to russia?" for "the trade between india and russia": both go ("how much trade is there
                # between …": "is there" stays)
                after = (between.group(1) or "") + q[end + between.end():]
            if TIME.search(filler) and TIME.search(after):
                # "what about total trade in 2023-24?" for "indian exports" of "… in 2024-25?": its own time, in place of that
                after = re.sub(r"\s{2,}", " ", TIME.sub("", after)).rstrip()
                after = re.sub(r"\s+([?.!])$", r"\1", after)
            typed_with = re.search(r"\b[A-Za-z]+\s+$", q[:at])
            if QUALIFIER.match(filler) and typed_with and typed_with.group().strip().lower() in PREPOSITIONS:
                at = typed_with.start()  # "and in may 2002?" for "May 2000" of "In May 2000 where …": one "in"
            swapped = q[:at] + (filler[:1].upper() + filler[1:] if at == 0 and q[:1].isupper() else filler) + after
            ans = prev.answer.text or ""
            if (asked_noun and filler.split()[-1].lower() in ASKED_TIMES and f[0].lower() in ("what", "which")
                    and f[2].lower() in DO | MODALS and ans and not _says(q, ans)
                    and (self._is_thing(ans, prev.answer.kind) or _is_place(ans) and q.rstrip(" ?").split()[-1].lower() in PREPOSITIONS)):
                # "and the year?" after "what theory of disease did he put forward?" (germ theory of disease): the
                # year he put that forward, what was just answered being what the verb was done to (or where: "which
                # city did Putin land in?", New Delhi)
                swapped = f"{swapped.rstrip(' ?')} {ans if ans[:1].isupper() else _the(ans)}{'?' if q.rstrip().endswith('?') else ''}"
            wh = re.search(r"\b(which|what|whose)\s+$", q[:at], re.IGNORECASE)
            if wh and re.match(r"(?:the|a|an)\s", filler, re.IGNORECASE) and not asked_noun:
                # "and the replacement?" after "which contractor went bust?": not "which the replacement
                # went bust" but which contractor the replacement is
                be = _be(q[end:])
                reading = f"{q[:at]}{slot} {be} {fragment}?"[wh.start():]
                return [reading[:1].upper() + reading[1:], alone]
            if asked_noun and sort == "thing" and not topic and f[1].lower() in COMPARATIVES:
                topic = next(iter(self._things()), None)  # "how much later is that …?" asked about no noun: the topic before
            if asked_noun and sort == "thing" and topic and self._names_person(topic):
                topic = next((t for t in self._things() if not self._names_person(t)), None)  # "the death toll" of no person
            if asked_noun and sort == "thing" and stem(fragment.split()[-1].lower()) in HARM:
                # "and the death toll?" after "… declare a state of emergency?": the storm's, not the emergency's
                disaster = [t for back in range(1, min(3, len(self.turns)) + 1) for t in self._things(back)
                            if any(w.lower() in DISASTERS for w in t.split())]
                topic = disaster[0] if disaster else topic
            # "How many containment …" does not fit, nor "How big vote …": a "how" measure takes a bare noun
            # ("passengers a year": a count by the year is of the plural before it)
            count_noun = filler[: rate.start()] if rate else filler
            fits = not asked_noun or not (f[0].lower() == "how many" and not _plural(count_noun)) and not (
                f[0].lower().startswith("how") and re.match(r"(?:the|a|an)\s", fragment, re.IGNORECASE)) and not (
                owned)  # "what company's offer do they want?": whose offer is no kind asked for
            own = re.match(r"((?:the|a|an)\s+(?:[\w'’-]+\s+){0,3}?[\w'’-]+)\s+(?:for|of|in|on|from|to|by|with)\s", fragment,
                           re.IGNORECASE)
            if asked_noun and sort == "thing" and own and f[0].lower() in ("what", "which"):
                # "and the trade target for 2030?": a phrase with its own qualifier is asked about as it is
                return [self._about(fragment, own.group(1), f), swapped, alone]
            if (asked_noun and sort == "thing" and not fits and f[0].lower() == "how many" and topic and topic in q
                    and re.fullmatch(r"the\s+(?:[\w-]+\s+){0,3}[a-z][\w-]*", fragment) and not _plural(fragment)
                    and re.match(r"the\s", topic, re.IGNORECASE) and not self._names_person(topic) and not _is_place(topic)
                    and re.search(r"\b(?:have|has|got|hold|holds|contain|contains|house|houses|employ|employs)\s*\??\s*$", q)):
                # "what about the rehab unit?" after "how many beds has the new cardiac centre got?": "how many" counts
                # a plural, so one thing takes the place of the thing that has them (not "the acreage" for the fire
                # people were evacuated because of)
                return [q.replace(topic, fragment, 1), alone]
            if (not asked_noun and f and f[0].lower() == "who" and sort == "thing" and re.fullmatch(r"[a-z][\w-]*", fragment)
                    and not is_person_noun(fragment) and topic and not self._names_person(topic) and not _is_place(topic)):
                # "what about containment?" after "who is leading the fight against the Cedar Gap Fire?": a bare noun
                # no one is, said of what the question was about (the fire's containment, not the fight's)
                return [self._about(_of(fragment, FOUGHT.sub("", topic)), fragment, f), alone]
            if sort != "thing" or not asked_noun or not topic or topic.lower() in fragment.lower() or owned:
                if fits:
                    return [swapped, alone]
                if sort == "thing" and (re.match(r"(?:the|a|an)\s", fragment, re.IGNORECASE) or owned):
                    # "and the cost savings?" after "how many staff will lose …?": asked about as it is
                    return [self._about(fragment, fragment, f), alone]
                return [alone]  # a fragment that fits nowhere is asked as typed rather than garbled
            about = self._about(_of(fragment, topic), fragment, f)
            return [swapped, about, alone] if fits else [about, alone]
        head = fragment.split()[-1].lower()
        if (re.match(r"the\s+[a-z]+$", fragment) and (head in PLACE_NOUNS or stem(head) in ORGANIZATIONS)
                and topic and self._names_person(topic)):
            # "and the state?" after "How much did Ruth Calloway donate?": a state, a city that acts in her place
            return [q.replace(topic, fragment, 1), alone]
        if sort == "time" or QUALIFIER.match(fragment):
            if sort == "time":  # "and back in 1984?" after "… live along the river now?": 1984 for now
                q = re.sub(r"\s+(?:now|currently|today)\b(?=\s+[a-z])", "", PRESENT.sub("", q), flags=re.IGNORECASE)  # "is … now expected"
                year = re.search(r"\b(?:1[0-9]{3}|20[0-9]{2})\b", fragment)
                if year and int(year.group()) < date.today().year:
                    # "and in 1997?" after "who is the current chair?": who was the chair then
                    q = re.sub(r"\b(?:current|present|incumbent|sitting)\s+", "", q, flags=re.IGNORECASE)
                    q = _in_the_past(q)
            return [f"{q.rstrip(' ?')} {fragment}?", alone]
        timed = fragment.split()[-1].lower() in ASKED_TIMES | {"deadline"} if fragment.split() else False
        if sort == "thing" and timed and topic and topic[:1].isupper() and not _is_place(topic):
            # "start date?" after "how much are Carrow & Sons charging?": a date of the work they won, not of the firm
            work = next((t for back in range(2, min(3, len(self.turns)) + 1) for t in self._things(back)
                         if t[:1].islower() and t.split()[0].lower() == "the" and not _body(t)), None)  # "the firm" is they
            topic = work or topic
        if (sort == "thing" and topic and topic in q and re.match(r"(?:the|its|their)\s", fragment, re.IGNORECASE)
                and stem(_head(fragment).lower()) == stem(_head(topic).lower())):
            # "and the other two bids?" after "how much was Corvane Builders' bid?": other bids of the same kind in its
            # place, not bids of that bid
            at = q.index(topic)
            before = q[:at]
            if _plural(fragment) != _plural(topic):
                before = re.sub(r"\b(is|are|was|were|has|have)(\s+)$", lambda x: AGREEMENT[x.group(1).lower()] + x.group(2), before)
            return [before + fragment + q[at + len(topic):], alone]
        if (sort == "thing" and topic and topic == _topic(q) and sum_asked and re.match(r"the\s", fragment, re.IGNORECASE)
                and re.search(r"\b(?:cost|costs|worth)\s*\??\s*$", q)
                and sum_noun not in VALUE_STEMS | {stem(t) for t in ASKED_TIMES | {"deadline"}}):  # "the completion date" is no thing priced
            # "and the rehab unit they're planning?" after "how much did its new heart centre cost?": another thing priced
            return [q.replace(topic, fragment, 1), alone]
        event = stem(_head(fragment).lower()) in EVENTS | {stem(a) for a in ACTS}
        if (sort == "thing" and topic and not fragment[:1].isupper() and not self._names_person(topic)
                and not _is_place(topic)  # "And the cost?" after "When will the tram open?"
                # "and the shareholder votes?" after "when is the National Competition Authority expected to decide?":
                # an event whose own word says whose is no body's that acts ("the vote" may be the bank's)
                and not (event and len(fragment.split()) > 2 and re.match(r"(?:the\s+)?[A-Z]", topic) and _agent(topic))
                and not re.search(r"\b(?:itself|themselves)$", fragment)):  # "the move itself" is of no one: below
            return [self._about(_of(fragment, topic), fragment, f), alone]
        if re.match(r"the\s+\w", fragment, re.IGNORECASE):  # "and the rent reduction?": what it is, not a fragment
            # "and the move itself?" after "when can they finish the cabling?": when, of an event named
            # ("the move", "the election"); not of "the roadmap", which happens at no time
            return [self._about(fragment, fragment, f, _wh_of_event(fragment, f)), alone]
        if re.match(r"[A-Z][\w-]*['’]s?\s+[a-z]", fragment) and _wh_of_event(fragment, f):
            # "and putin's previous trip to india?" after "when did the summit series begin?": when, of his trip
            return [self._about(fragment, fragment, f, _wh_of_event(fragment, f)), alone]
        did = re.fullmatch(r"\W*(?:and\s+)?(who)\s+([a-z]+)\s+((?:twice|once|again|first|last|later|for|in|at|on|against)\b.*?)\s*\??\s*",
                           q, re.IGNORECASE)
        if (did and (did.group(2).endswith("ed") or did.group(2) in IRREGULAR_PAST) and sort == "thing"
                and re.fullmatch(r"[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*['’]s?\s+[a-z][\w-]*", fragment)
                and not is_person_noun(_head(fragment).lower())):
            # "and Castellan's goal?" after "who scored twice for Northfield United?" (no object, only how often or for
            # whom): who did it for the other side, the thing done now named ("who scored Castellan's goal?")
            return [f"Who {did.group(2)} {fragment}?", alone]
        return [alone]

    def _as_first_planned(self, q: str) -> str | None:
        """"and originally?" after "how much will the tram cost now?": "How much was the tram
        originally expected to cost?", what was planned before, in the past; after "when is it
        supposed to open?", "When was it originally supposed to open?"; "did … originally" after
        "does"; None for a question of no such form."""
        f = _frame(q)
        topic = _topic(q) if f else None
        if not f or not topic or not f[3].startswith(topic):
            return None
        doing = re.sub(r"\s+(?:now|today|currently|still)\b", "", f[3][len(topic):]).strip().rstrip("?").strip()
        if not doing:
            return None
        asked = f"{f[0]} {f[1]}".strip()
        asked = asked[:1].upper() + asked[1:]
        plural = _plural(topic)
        aux = f[2].lower()
        if aux == "will":
            return f"{asked} {'were' if plural else 'was'} {topic} originally expected to {doing}?"
        going = re.match(r"(?:going|gonna|expected|supposed|due|set|scheduled|planned)\b", doing)
        if aux in ("is", "are") and going:
            return f"{asked} {'were' if plural else 'was'} {topic} originally {doing}?"
        if aux in ("does", "do"):
            return f"{asked} did {topic} originally {doing}?"
        return None

    def _counterpart(self, fragment: str, q: str) -> str | None:
        """The last question ``q`` asked again of a fragment that says what it stands beside: "the
        other two" (bids), "the humoral one" (theory), "injuries" after "was there any …", "his"
        (another man's), "the cloud division's" or "Halvorsen's" (another owner's); None when the
        fragment is none of these."""
        others = OTHERS.fullmatch(fragment)
        topic = _topic(q, self._in_articles) if others else None
        if topic and topic in q and topic.split()[-1].isalpha() and topic.split()[-1].islower():
            # "and the other two?" after "how much was Corvane Builders' bid?": the other two bids
            head = topic.split()[-1]
            noun = f"the other {others.group(1)} {head}" if others.group(1) and others.group(1).lower() == "one" else (
                f"the other {others.group(1) + ' ' if others.group(1) else ''}{_plural_of(head)}")
            swapped = q.replace(topic, noun, 1)
            if _plural(noun):  # "how much were the other two bids"
                swapped = re.sub(r"\b(was|is)\s+(?=the other)", lambda m: {"was": "were ", "is": "are "}[m.group(1).lower()], swapped)
            return swapped
        one = re.fullmatch(r"(?:the\s+)?([a-z][\w-]*)\s+one", fragment, re.IGNORECASE)
        for m in re.finditer(r"\b(?:the|a|an)\s+([a-z][\w-]*)\s+([a-z][\w-]*)\b", q) if one else ():
            if m.group(1) != one.group(1).lower() and not {m.group(1), m.group(2)} & (STOPWORDS | PREPOSITIONS):
                # "and the humoral one?" after "who stood for the cellular theory …?": the humoral theory
                return q[: m.start(1)] + one.group(1) + q[m.end(1):]
        there = re.match(r"^\s*(is|are|was|were)\s+there\s+(?:(any|a|an|much|many)\s+)?(.+?)"
                         r"(\s+(?:before|after|during|in|on|at|since|around)\s+.+?)?\s*\??\s*$", q, re.IGNORECASE)
        if there and _sort(fragment) == "thing" and not QUALIFIER.match(fragment):
            # "and injuries?" after "was there any trouble with fans before the game?": the same question of injuries
            be = {"is": "are", "was": "were"}.get(there.group(1).lower(), there.group(1)) if _plural(fragment) else there.group(1)
            return " ".join(w for w in (be.capitalize(), "there", there.group(2), fragment) if w) + f"{there.group(4) or ''}?"
        mine = re.fullmatch(r"(his|hers|theirs)", fragment, re.IGNORECASE)
        owned = re.search(r"\b(?:[A-Z][\w-]*\s+){0,2}[A-Z][\w-]*['’]s\b", q) if mine else None
        if owned:  # "And his?" after "What was Priya Raman's objection?": his objection, whoever "he" is
            word = mine.group(1).lower()
            gender = {"his": "he", "hers": "she"}.get(word)
            owner = re.sub(r"['’]s$", "", owned.group())
            people = [p for o in self._antecedents("person", turns=3, most=None) for p in _one_by_one(o)]
            other = [p for p in dict.fromkeys(people) if p != owner and self._fits(p, gender)] if word != "theirs" else []
            # someone else's, never the owner it replaces: Tom Becker's objection
            return q[: owned.start()] + _possessive(other[0]) + q[owned.end():] if other else None
        # "Priya Raman's": the owner's whole name is swapped, not its last word
        whose = re.search(r"\b(?:(?!(?:What|Which|Who|How|Was|Is|Were|Are|Did|Does|Do)\b)[A-Z][\w-]*\s+){0,2}[\w-]+['’]s\b",
                          q) if re.search(r"['’]s$", fragment) else None
        if not whose and re.search(r"['’]s$", fragment):  # "carrows warranty": Carrow's, typed without its apostrophe
            whose = next((w for w in re.finditer(r"\b([a-z][\w-]{2,})s\b", q) if self._cased(w.group(1)) != w.group(1)), None)
        if whose:  # "And the cloud division's?" after "What was Corvane's revenue?": the possessor swaps
            name = re.sub(r"['’]s$", "", self._cased(fragment))
            # "and becker's?" after "Priya Raman and Tom Becker": the man named before, by his whole name
            full = next((p for o in self._antecedents("person", turns=3, most=None) for p in _one_by_one(o)
                         if p.split()[-1].lower() == name.lower() and p != name), None)
            fragment = _possessive(full) if full else fragment
            return q[: whose.start()] + fragment + q[whose.end():]
        det = re.search(r"\b(?:that|this|the|its|their|his|her)\s+(?=[a-z][\w-]*\s*\??\s*$)", q) if re.search(
            r"['’]s$", fragment) else None
        if det:  # "and Halvorsen's?" after "how long is that warranty?": Halvorsen's warranty
            return q[: det.start()] + self._cased(fragment) + " " + q[det.end():]
        return None

    def _slots(self, fragment: str, q: str, sort: str, topic: str | None) -> list[str]:
        """The phrases of the last question ``q`` a fragment of this sort may take the place of: its
        object, the noun it asked with, its topic, its names and times, each of the fragment's sort."""
        f, wf = _frame(q), _wh_frame(q)
        slots: list[str] = []
        words = re.findall(r"[\w'’-]+", q)
        if f and not f[2] and words[-1].islower() and words[-1] not in STOPWORDS:
            # the object: "agriculture" for "industry" in "Which roadmap covers industry?", "the lake house"
            last_np = re.search(r"\b(?:the|a|an)\s+(?:[\w'’-]+\s+){0,3}[\w'’-]+(?=\s*\??$)", q, re.IGNORECASE)
            if last_np and last_np.group().split()[-1].lower() in ("time", "times"):
                last_np = None  # "catch it a second time": how often, no object
            definite = re.match(r"(?:the|a|an)\s", fragment, re.IGNORECASE)
            if last_np or not definite:  # "the cost savings" takes no bare noun's place ("lose their jobs")
                slots.append(last_np.group() if last_np and definite else words[-1])
            elif stem(re.split(r"\s+(?:of|for|in|on|to|from|with|about)\s", fragment)[0].split()[-1].lower()) == stem(words[-1]):
                # "the cellular theory of immunity" for "clonal selection theory": a noun of the same head, whole
                run = list(itertools.takewhile(lambda w: w.islower() and w not in STOPWORDS | PREPOSITIONS | AUX_WORDS,
                                               reversed(words)))
                slots.append(" ".join(reversed(run[:4])))
        about = re.search(r"\b(?:about|regarding|concerning)\s+((?:[a-z][\w'’-]*\s+){0,2}[a-z][\w'’-]*)\s*\??\s*$", q)
        if (f and f[2] and about and not set(about.group(1).split()) & (STOPWORDS | PREPOSITIONS)
                and not re.match(r"(?:the|a|an)\s", fragment, re.IGNORECASE) and not set(fragment.lower().split()) & PREPOSITIONS):
            # "and police funding?" after "what did Okafor say about property tax?": what the question is about, a
            # bare noun for a bare noun
            slots.append(about.group(1))
        times = ASKED_TIMES | {"minute", "week", "season"}
        timed = bool(f and f[1]) and _head(f[1]).lower() in times and sort != "time" and _head(fragment).lower() not in times
        done_to = re.search(r"\b([a-z]+)\s+(the\s+(?:[\w-]+\s+){0,2}[a-z][\w-]*)(?=\s+(?:for|in|of|at|on|to|from|with|by)\b|\s*\??\s*$)", q)
        if (timed and f[2].lower() in DO | MODALS and done_to and bare_verb(done_to.group(1)) and done_to.group(1) not in STOPWORDS
                and re.match(r"the\s", fragment, re.IGNORECASE) and not set(fragment.lower().split()) & PREPOSITIONS):
            # "and the equaliser?" after "what minute did Oyelaran get the winning goal …?": the thing the verb was
            # done to, not the minute asked, which is a time, no equaliser
            slots.append(done_to.group(2))
        elif f and f[1]:
            slots.append(f[1])
        if wf:
            slots.append(wf[1].strip())
        headed = re.fullmatch(r"(the\s+[a-z][\w-]*)\s+(?:in|of|at|for|on|from|during)\s+\S.*", topic or "")
        if headed and re.fullmatch(r"the\s+[a-z][\w-]*", fragment) and _sort(fragment) == "thing":
            # "and the crowd?" after "what was the score in the Continental Cup final?": the crowd for the score, in
            # the same final
            slots.append(headed.group(1))
        elif topic:
            slots.append(topic)
        if f and f[2] and not topic:  # "how much would that cost?", "when was his column put up?": a pronoun the subject
            subject = re.search(rf"(?<=\s{re.escape(f[2])}\s)((?:his|her|its|their)\s+[a-z][\w'’-]*|it|that|this)\s+(?!of\b)",
                                q, re.IGNORECASE)
            said = f[3].rstrip(" ?").split()
            if (subject and subject.group(1).split()[0].lower() in ("his", "her", "its", "their") and f[2].lower() in DO | MODALS
                    and len(said) > 2 and said[-1].islower() and bare_verb(said[-1])):
                slots.append(" ".join(said[:-1]))  # "how much did its new heart centre cost?": all before the verb
            elif subject and (subject.group(1).lower() not in ("that", "this") or self._that_is_pronoun(q, subject)):
                slots.append(subject.group(1))  # not "that firm", a determiner
        whole, others = _whole_names(q)  # "Battle of the Monongahela" is one name, not "Battle"
        slots += whole + others + TIME.findall(q)
        bare = re.sub(r"^(?:the|a|an)\s+", "", fragment)
        # "Indian exports", "India's response": things, not names
        name = bare[:1].isupper() and not _owned_thing(fragment) and not (
            bare.split()[0].lower() in NATIONALITY and all(w.islower() for w in bare.split()[1:]) and len(bare.split()) > 1)
        # a name for a name: "the Liberal Alliance" for "Civic Harwick list", which only looks like a person's;
        # "Jumonville Glen", which looks like one, for "Battle of the Monongahela"
        slots = [s for s in dict.fromkeys(slots) if s and s in q and (
                     _sort(s) == sort or name and (sort == "thing" or s in whole) and s[:1].isupper() and len(s.split()) > 1
                     and not _is_place(s) and not self._known_person(s)
                     and not re.search(rf"\b[A-Z][\w-]*\s+and\s+{re.escape(s)}", q))  # not part of "Special and …"
                 and not (s[:1].isupper() and s.split()[0].lower() not in NATIONALITY  # "Russian fighter jet" is no name
                          # "the price of Lumora's new foldable phone": a phone's, which "the lite version" may be
                          and not (s.split()[-1].islower() and re.search(rf"\bof\s+{re.escape(s)}", q))
                          and not name and sort == "thing")  # "the cost" for "Harwick's"
                 and not (name and f and s == f[1])  # "And the S-500?" names a thing, not a kind asked for
                 # "And the vote?" after "What did the Reserve Bank cut its rate to?": a vote cuts nothing; it is the bank's
                 and not (sort == "thing" and f and f[2].lower() in DO and s == topic and not _agent(fragment)
                          and (self._names_person(s) or _named_body(s)))
                 # "and the door code?" after "where are the group staying?": a thing does not stay where a group does
                 # ("and the livestock?" after "where can people register?" may)
                 and not (sort == "thing" and _head(s).lower() in CREWS
                          and not (_people(fragment) or is_person_noun(_head(fragment).lower()) or _head(fragment).lower() in CREWS
                                   or _agent(fragment) or _named_body(fragment) or fragment[:1].isupper()))]
        # "October 2004" is part of the time "before 9 October 2004", which it swaps with all its words
        return [s for s in slots if sort != "time" or not any(s != t and s in t for t in slots)]

    def _cased(self, text: str) -> str:
        """"albright" as the articles write it, "Albright": a word the articles capitalize
        mid-sentence and never write in lower case is a name typed in lower case ("putin" too,
        though a word list has it). A country or a people typed in lower case stays so ("india"):
        read as a name, it would be what "it" or "them" stands for in the turns after, where the
        user means the thing talked about (measured on the development sets over seeds/: 317 right
        of 469 follow-ups so, 315 with "India")."""
        def case(m: re.Match[str]) -> str:
            word = m.group()
            if word in english_words() and (is_person_noun(word) or word in PLACE_NOUNS | LANDFORMS or stem(word) in ORGANIZATIONS
                                            or _is_place(word) or word in NATIONALITY):
                return word  # "which german chancellor …": an office, though the articles write "Chancellor Bismarck"
            if self._written_capitalized(word, alone=word in english_words()):
                return word.capitalize()
            after = re.match(r"\s+([a-z]+)\b", m.string[m.end():])
            if (word.endswith("s") and word not in english_words() and after and after.group(1) not in STOPWORDS | PREPOSITIONS | AUX_WORDS
                    and self._written_capitalized(word[:-1]) and not self._texts_with([word], 1)):
                return f"{word[:-1].capitalize()}'s"  # "northfields manager": Northfield's, its apostrophe left out
            # "koch", a rare word of the word list too, which the articles write only as a name, after a first name
            # ("Robert Koch's 1891 proofs"): a surname typed in lower case (not "summit" of "Annual Summit")
            named = (word in english_words() and english_rank(word) > RARE_WORD and self._written_capitalized(word)
                     and self._surname(word.capitalize()) and not self._named_with_the(word.capitalize()))  # "the Confederation"
            return word.capitalize() if named else word

        # "in may 2000": a month before a number, never the verb
        text = re.sub(rf"\b(?:{MONTHS})(?=\s+\d)", lambda m: m.group().capitalize(), text, flags=re.IGNORECASE)
        return re.sub(r"\b[a-z]+\b", case, self._names_cased(text))

    def _names_cased(self, text: str) -> str:
        """"what did elaine marsh say": two or three lower-case words the articles write only as a
        name ("Dr. Elaine Marsh") are that name."""
        words = list(re.finditer(r"(?<![\w'’-])[a-z]+(?![\w'’-])", text))
        out, i, done = [], 0, 0
        while i < len(words):
            for n in (3, 2):
                run = words[i: i + n]
                if len(run) < n or any(w.group() in STOPWORDS for w in run) or any(
                        not re.fullmatch(r"\s+", text[a.end(): b.start()]) for a, b in zip(run, run[1:])):
                    continue
                typed = text[run[0].start(): run[-1].end()]
                titled = " ".join(w.group().capitalize() for w in run)
                texts = self._texts_with(tokenize(typed), 20)
                if any(titled in t for t in texts) and not any(typed in t for t in texts):
                    out += [text[done: run[0].start()], titled]
                    done, i = run[-1].end(), i + n - 1
                    break
            i += 1
        return "".join(out) + text[done:]

    def _written_capitalized(self, word: str, alone: bool = False) -> bool:
        """Whether the articles write a lower-case word only with its capital, mid-sentence: a name
        ("koch" is the articles' Koch, though the reader's vocabulary has "koch"). ``alone``: only
        where they also write it as a name of its own, between lower-case words ("visit to India
        next week"), not only inside a longer one ("the Annual Summit", "Foreign Minister")."""
        if len(word) < 3 or word in STOPWORDS:
            return False
        # not a sentence's first word (but after an initial: "Rajendra K. Pachauri")
        name = re.escape(word.capitalize())
        # after a title too ("Ms. Voss", the only way a deposition writes her)
        title = r"\b(?:Mrs?|Ms|Dr)\.?"
        # (or as a letter writes a name alone: "Hi Owen,", "Owen" signed on a line of its own)
        cap = re.compile(rf"(?:\b[a-z][a-z'’-]*,?|{title}|\b(?:Hi|Hello|Dear|Hey|Thanks))\s{name}\b(?![\w'’-]*\s+[A-Z])|^{name}$"
                         if alone else
                         rf"(?:(?<=[a-z,] )|(?<=\b[A-Z]\. )|(?<=\bM[rs]\. )|(?<=\bMrs\. )|(?<=\bDr\. )){name}\b", re.MULTILINE)

        def written() -> bool:
            texts = self._texts_with([stem(word)], 20)
            # (not in an address: "owen.achterberg@quillstone-analytics.example" writes no word)
            return any(cap.search(t) for t in texts) and not any(re.search(rf"(?<![\w.@/]){word}\b(?![.@]\w)", t) for t in texts)
        return self._once("cased alone" if alone else "cased", word, written)  # a word's case is the articles'

    @staticmethod
    def _about(phrase: str, head: str, frame: tuple[str, str, str, str] | None, wh: str | None = None) -> str:
        """"Who is the Alliance's current director?", "What were Velotrin's sales last year?": a
        question of its own about a phrase, in the tense of the last question; ``wh`` asks
        something else of it ("When is the move itself?")."""
        when = TIME.search(head)
        head = head[: when.start()].strip() if when and when.start() else head  # "sales last year": "sales"
        # "Who was the banquet host?": a person is asked for with "who"
        # ("the prime number theorem", "the general election": a title's word that is no head names no one)
        last = _head(head)  # "the final vote among the judges": a vote, no judge
        wh = wh or ("Who" if last.lower() in TITLES or is_person_noun(last) or re.search(
            rf"\b(?i:{'|'.join(sorted(TITLES))})\s+[A-Z]", head) and not last.islower() else "What")
        past = bool(frame) and frame[2].lower() in ("was", "were", "did", "had") or bool(
            when and re.search(r"\blast\b|\b(?:19|20)\d\d\b", when.group())) or bool(
            _bygone(phrase))
        past = past and not _to_come(phrase)  # "and Lavrov's upcoming trip?" after "when was Putin's last trip?"
        be = ("were" if past else "are") if _plural(head) else ("was" if past else "is")
        return f"{wh} {be} {phrase}?"

    @staticmethod
    def _that_is_pronoun(question: str, m: re.Match[str], earlier: str = "") -> bool:
        """"of that", "does that elevate …", "that is …" are pronouns; "those plans", "that visit"
        (a noun the last exchange used) and "the pact that …" are not."""
        if _opens_clause(question, m.start()):
            return False  # "what's in it, that matters?", "who guessed that every number …": a clause
        after = question[m.end():].strip().lower()
        before = question[: m.start()].strip().lower()
        nxt = re.match(r"[\w'’-]+", after)
        if (nxt and re.fullmatch(r"[\w'’-]+\s*\??", after) and bare_verb(nxt.group())
                and (before.split()[-1:] or [""])[0] in MODALS | DO):
            return True  # "how many jobs would that cost?": a verb ends the question
        then = re.match(r"[\w'’-]+\s+([\w'’-]+)", after)
        if (nxt and before.split()[-1:] in (["was"], ["is"], ["were"], ["are"]) and (nxt.group() in PARTICIPLES or re.fullmatch(
                r"[a-z]{3,}ed", nxt.group())) and (not then or then.group(1) in PARTICLES | PREPOSITIONS | ADVERBS)):
            return True  # "when was that set up?", "who was that built by?": a participle, said of "that"
        if nxt and (stem(nxt.group()) in set(tokenize(earlier)) or nxt.group()[:1].isdigit()):
            return False  # "that visit" after a question about a visit: a determiner
        if (nxt and re.search(r"\b(?:which|one|each|both|all|none|either|neither|some|any|most)\s+of$", before) and (
                nxt.group() in AUX_WORDS | MODALS or re.fullmatch(r"\w+s", nxt.group()) and bare_verb(nxt.group()[:-1]))):
            return True  # "which of those pays for …?": some of them, then the verb
        if nxt and re.search(r"\b(?:many|all|both|most|some)\s+of$", before) and bare_verb(nxt.group()):
            return True  # "how many of those go to elected msps?": many of them, then the verb
        if PRICED.match(" " + after):
            return True  # "how much is that a night?", "what is that each?": a price of it, no noun after
        if (nxt and then and (before.split()[-1:] or [""])[0] in MODALS | DO and bare_verb(nxt.group())
                and then.group(1) in PARTICLES | {"in", "on", "off"} and re.fullmatch(r"[\w'’-]+\s+[\w'’-]+\s*\??", after)):
            return True  # "when did those kick in?": a verb and its particle end the question
        if m.group().lower() in ("this", "these", "those"):
            # "who are those named after?", "how many of these in stock": no noun follows
            participle = re.match(r"[a-z]{3,}ed(?:\s*\??\s*$|\s+(?:by|after|for|in|on|at|from|to|as)\b)", after)
            return not nxt or nxt.group() in AUX_WORDS | PREPOSITIONS | PARTICIPLES | {"mean", "means", "cover", "covers"} or bool(
                participle)
        if re.search(r"\b(?:it|them|one)\s*$", before):
            return False  # "what's in it that's the problem?": a relative clause
        if re.match(r"^(?:\?|$|[,;:.!]|is\b|was\b|will\b|would\b|mean\b|than\b|been\b|being\b)", after) or (
                nxt and re.fullmatch(r"\w+s", nxt.group()) and (bare_verb(nxt.group()[:-1]) or bare_verb(nxt.group()[:-2]))):
            return True  # "besides that, what …?": a clause ends there; "that matters": a verb ("that series" is no verb)
        if re.fullmatch(r"(?:\w+ly|then|again|now|today|anyway|nowadays)\s*\??", after):
            return True  # "what kind of system is that exactly?", "where is that today"
        if nxt and nxt.group() in PARTICLES | COMPARATIVES:
            return True  # "why was that up on last time?", "is that higher than …?": no noun follows
        if nxt and nxt.group() in PREPOSITIONS and before and before.split()[-1] not in PREPOSITIONS | REPORTING | {"so"}:
            return True  # "who gave that to the museum?": no noun follows, so no determiner
        if (nxt and before.split()[-1:] and before.split()[-1] in PREPOSITIONS and nxt.group().endswith("ly")
                and nxt.group() not in ("early", "only", "likely", "daily", "weekly", "monthly", "yearly", "elderly")):
            return True  # "the complex named after that usually abbreviated to": an adverb, no noun, follows
        if before.endswith(("of", "about")):  # "the cost of that?"; but "at the time of that visit": a determiner
            return (not nxt or not nxt.group().islower() or nxt.group() in STOPWORDS | AUX_WORDS | PREPOSITIONS
                    or nxt.group() in IRREGULAR_PAST or nxt.group().endswith("ed"))  # "how much of that went on …"
        # "does that elevate …" (a verb follows: a pronoun), "does that deal expire" (a noun: a determiner);
        # "is that figure for": the figure the last answer gave
        last = before.split()[-1] if before.split() else ""
        if last in ("is", "was") and nxt and nxt.group() in VALUE_NOUNS:
            return False
        if nxt and then and last in COPULA and (then.group(1).endswith(("ing", "ed")) or then.group(1) in PARTICIPLES):
            return False  # "how much is that firm getting paid?": "firm" is the noun, "getting" its verb
        if (nxt and then and last in DO | MODALS and then.group(1).lower() not in STOPWORDS | set(PRONOUNS)
                and bare_verb(then.group(1)) and not nxt.group().endswith("ly")):
            return False  # "does that recall cover …": "recall" is the noun, "cover" the verb
        # "does that usually bring in": an adverb between it and its verb
        verb = then.group(1) if nxt and then and nxt.group().endswith("ly") else nxt.group() if nxt else None
        # after "is", "was" a bare verb follows a pronoun only as a participle ("when was that put up?"): "what is
        # that trip for?" asks of the trip
        particle = bool(then) and then.group(1).lower() in PARTICLES
        return last in ("does", "did", "do", "is", "was", "will", "would", "can", "could", "should", "might") and (
            not verb or bare_verb(verb) and (last not in COPULA or particle or verb in PARTICIPLES)
            or verb.endswith(("ed", "ing")))

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
            # a person is written by the surname after the first mention ("Lavrov emphasised …")
            name = _strip_titles(option).split()
            docs = self._passages_with(tokenize(name[-1] if len(name) > 1 and _is_person(option) else option))
            top = float(scores[docs].max()) if len(docs) else 0.0
            # a clear margin over a more recent antecedent, and a name the articles write of as a
            # person: "when did he start it?" after "Who founded Seedwell Commons?" is the founder,
            # though the articles say "started" beside the name of what he founded
            if top > best_score * 1.5 and (option is options[0] or self._known_person(option)):
                best, best_score = option, top
        return best

    def _antecedents(self, role: str, turns: int = 2, most: int | None = 3) -> list[str]:
        """Fitting entities of the last turns, most recent first: each turn's answer, then its names.

        A person pronoun takes a name (never a bare title such as "Prime Minister"); "it" takes a
        named answer ("Su-57E") or else the subject of the question before ("the roadmap").
        """
        found: list[str] = []
        for back, turn in enumerate(reversed(self.turns)):
            if back >= turns and found:
                break
            # a person is never a name the conversation already read as "it" ("Seedwell Commons")
            # ("the solvent supplier's", of "what is the solvent supplier's name?", is the solvent supplier)
            fitting = [re.sub(r"(?<=[a-z])['’]s?$", "", t) if re.match(r"the\s", t) else t for t in self._fitting(turn, role)]
            found += [t for t in fitting if t not in found and not (role == "person" and t in self.called_it)]
        if role == "person":  # a person described ("the former head of …") only when none was named
            named = [t for t in found if not DESCRIBED_PERSON.fullmatch(t)]
            found = named or found
        return found[:most]

    def _fitting(self, turn: Turn, role: str) -> list[str]:
        """The entities of one turn that a pronoun of this role can stand for: its answer first."""
        ans = turn.answer.text
        if ans and re.fullmatch(r"[a-z]+", ans) and self._speaker(ans):
            ans = ans.capitalize()  # "tess" answering "who is picking up the car?": Tess, who speaks in the transcript
        elif ans and ans.isupper() and 2 <= len(ans.split()) <= 3 and all(w.isalpha() and len(w) > 1 for w in ans.split()):
            ans = ans.title()  # "HARRIET VOSS", a transcript's label for her: Harriet Voss
        candidates = []
        owned = re.match(r"(?:[\w.-]+\s+){0,3}[\w.-]+(?:['’]s?)\s+([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})$", ans or "")
        if role == "person" and owned and turn.answer.kind in ("person", "title"):
            ans = owned.group(1)  # "Greens' Okafor", "Harbour City's Ingrid Solberg": the person, not whose
        # ("A vote clerk" answering "who holds that post?" describes someone, unnamed: no "her")
        if ans and len(ans.split()) <= 10 and not _only_titles(ans) and not (role == "person" and re.match(r"An?\s+[a-z]", ans)):
            candidates.append((ans, turn.answer.kind))
        led = re.fullmatch(r"(?:[Tt]he\s+)?((?:[A-Z][\w'’-]+\s+){0,2}[A-Z][\w'’-]+)\s+(?i:administration|government|presidency|cabinet)",
                           ans or "")
        if role == "person" and led:  # "Trump administration": Trump, who leads it, may be "he"
            candidates.append((led.group(1), "person"))
        if role == "person" and ans and len(ans.split()) > 3 and (
                turn.answer.kind in ("person", "title") or self._asks_for_person(turn.understood)):
            # "Frank Burnet, inspired by a suggestion made by Niels Jerne", "Priya Raman and Tom Becker" answering
            # "Which councillors …?": the people it names, first first
            candidates += [(e, "person") for e in _entities(ans) if len(e.split()) in (2, 3) and _is_person(e)]
        elif role == "person" and ans and len(_one_by_one(ans)) > 1:
            # "Priya Raman and Tom Becker" answering "which two voted no?": two people, each a "she" or "he"
            candidates += [(e, "person") for e in _one_by_one(ans) if _is_person(e)]
        # most recent first, but a name only said as whose ("Newton's gravitational constant") after those who act
        owners = {e for e in _entities(turn.understood) if re.search(rf"\b{re.escape(e)}['’]s?\s", turn.understood)}
        f = _frame(turn.understood) if role == "person" else None
        # "he" after "When does Foreign Minister Sergey Lavrov visit India ahead of Putin?": the question's subject (said
        # after its auxiliary) before a name its verb took; so too after "In which month is Sergey Lavrov going …?"
        after_aux = f[3] if f and f[2] else ""
        candidates += sorted(((e, "question") for e in reversed(_entities(turn.understood)) if not _only_titles(e)),
                             key=lambda c: (c[0] in owners, not re.match(rf"(?:[A-Z][\w.'’-]*\s+){{0,3}}{re.escape(c[0])}\b", after_aux)))
        if role == "person" and after_aux:
            # "In which month is the russian minister going …?" after "which russian minister …?" (Sergey Lavrov): the
            # subject described is the one named before for it
            at = next((i for i, t in enumerate(self.turns) if t is turn), len(self.turns))
            candidates = [(t.answer.text, "question") for t in self.turns[:at] if t.answer.text
                          for tf in [_frame(t.understood)] if tf and tf[0].lower() in ("which", "what") and tf[1]
                          and is_person_noun(_head(tf[1]).lower()) and after_aux.lower().startswith(f"the {tf[1].lower()} ")
                          and self._names_person(t.answer.text)][-1:] + candidates
        if role == "person":  # "Graham Ostrowski's Halo T3 thermostat": its owner may be a "he"
            candidates += [(m.group(1), "question") for e in _entities(turn.understood)
                           for m in [re.match(r"((?:[A-Z][\w-]*\s+){1,2}[A-Z][\w-]*)['’]s\s+[A-Z]", e)] if m]
        subject = _subject(turn.understood)
        if subject:
            candidates.append((subject, "subject"))
        if role == "person":  # "what did Voltaire call Canada?": one who says or calls is someone, a surname or not
            candidates = [(m.group(1), "person") for m in SAYER.finditer(turn.understood)] + candidates
        out, later = [], []
        if role == "person" and turn.answer.kind not in ("person", "title"):
            # "the former head of the Lakeshore Food Alliance": a person the question described, not named
            later = [m.group().strip() for m in DESCRIBED_PERSON.finditer(turn.understood) if not _plural(m.group(1))]
        for text, kind in candidates:
            if led and role == "person" and text == led.group(1):
                out.append(text)  # "the Trump administration" has the article before it, and Trump is still someone
                continue
            if _is_value(text):
                continue  # "it", "they" stand for a thing or a group, never for "1987" or "25%"
            if (role == "person" and text == ans and re.fullmatch(r"[a-z]{3,}", text) and text not in english_words()
                    and (kind in ("person", "title") or self._asks_for_person(turn.understood))):
                out.append(text.capitalize())  # "halvard" answering "who's the owner?" in a chat typed in lower case
                continue
            if role == "group" and text == ans and turn.answer.kind == "place":
                continue  # "how much do they expect to save?" after "where will it be based?" (Tollan): not the place
            if kind == turn.answer.kind and text == ans and not self._asks_for_person(turn.understood):
                kind = "thing"  # "Which club did she leave?" was answered with a club, not a person
            # "the dawn of electronic computers" answered "who …?" wrongly: no name, no one
            someone = any(w[:1].isupper() for w in text.split()) or is_person_noun(text.split()[-1])
            # "George Washington" answering "who …?" has a place's word, but the articles write "Major George Washington"
            placed_name = (kind in ("person", "title") and text == ans and 2 <= len(text.split()) <= 3
                           and all(w[:1].isupper() for w in text.split()) and self._spoken_of_as_person(text) is True)
            is_person = someone and _opens_like_a_name(text) and not self._made(text) and (_is_person(_strip_titles(text)) or placed_name) and not self._named_with_the(text) and (
                kind in ("person", "title") or _capitalized(_strip_titles(text))) and (
                not self._short_for_body(text)) and (
                kind in ("person", "title")
                # "Key defense deals" is no name: a name's every word has its capital
                or (kind in ("entity", "other") and all(w[:1].isupper() for w in text.split()) and 2 <= len(text.split()) <= 3)
                or (kind == "question" and 2 <= len(_strip_titles(text).split()) <= 3)  # "King Sigismund III Vasa"
                or (kind == "question" and self._surname(_strip_titles(text)))  # "Councillor Sayeed"
                # "Kowalczyk", "Becker" answering "Which mayoral candidate …?", "Which councillor …?"
                or (text == ans and text[:1].isupper() and self._asks_for_person(turn.understood)
                    and re.match(r"\s*(?:who|whom|which|what)\s+\w", turn.understood, re.IGNORECASE) is not None
                    and not re.match(r"\s*what\s+(?:is|was|are|were|did|does|do)\b", turn.understood, re.IGNORECASE)
                    and (2 <= len(_strip_titles(text).split()) <= 3 or self._surname(text)))
            )
            named = text[:1].isupper() or text[:1].isdigit() or kind == "subject" or bool(re.match(r"the\s+[A-Z]", text))
            if role == "person" and is_person:
                out.append(_strip_titles(text))
                titled = [TITLE_GENDER[w] for w in re.findall(r"[a-z]+", text.lower()) if w in TITLE_GENDER]
                if titled:  # "Mrs Ferreira" is a woman whatever was said of her before
                    self.genders.setdefault(out[-1], titled[0])
            elif kind in VALUE_KINDS + MEASURES:
                continue  # "it", "they" stand for a thing or a group, never for "1987", "$68.7 billion", "31 hours"
            elif role == "thing" and named and not is_person and kind not in ("person", "title"):
                out.append(text)
            elif role == "group" and named and not is_person:
                out.append(text)
            elif role == "group" and text == ans and len(_listed(text)) > 1 and all(_is_person(n) for n in _listed(text)):
                out.append(text)  # "Robert Koch and Emil von Behring" answering "who …?": "they", the two
            elif role == "group" and named and kind == "question":
                later.append(text)  # "Northfield United" looks like a name: a group only when nothing else fits
        return out + later

    @staticmethod
    def _asks_for_person(question: str) -> bool:
        """"Who …?", "Which minister …?": the answer is a person; "Which club …?", "What drug …?" ask
        for a thing, a team or a company."""
        if re.match(r"\W*(?:and\s+)?whose\b", question, re.IGNORECASE):
            return True  # "whose rise to power …?": the noun is what the answer owns
        if re.match(r"\W*(?:and\s+)?(?:who|whom)\b", question, re.IGNORECASE):
            return True  # "who told analysts what the recall would cost?": a "what" later asks nothing of the answer
        f = _frame(question) or None
        wf = _wh_frame(question)
        noun = (f[1] if f and f[1] else wf[1] if wf else "").strip()
        if not noun:  # "who …?"; a "what" without a noun asks for a thing ("what was being stored in Bay 4?")
            return not re.match(r"\W*(?:and\s+)?what\b", question, re.IGNORECASE)
        if is_person_noun(noun.split()[-1]):
            return True
        # "Which mayoral candidate promised …?": a subject's noun may stand two words in
        words = re.match(r"\s*(?:which|what)\s+((?:[\w'’-]+\s+){1,3})", question, re.IGNORECASE)
        return bool(words) and any(w.lower() in TITLES | PERSON_NOUNS for w in words.group(1).split()[:3])

    def _surname(self, word: str) -> bool:
        """Whether the articles give a single name with a first name before it ("Rafael Moreno" for
        "Moreno"); a company ("Zipply") is never so named."""
        # "Józef Piłsudski", "Rajendra K. Pachauri"; not "Real Castellan", a club
        # "Ms. Voss", "Mr. Pell": a title with its stop says so too
        full = re.compile(rf"\b(?:([^\W\d_][^\W\d_A-Z]+)\s+(?:[A-Z]\.\s+)?|(?:Mrs?|Ms|Dr)\.\s+){re.escape(word)}\b")
        # nor a word after a people's or a place's name: "the French and Indian War" gives "War" no first name
        return any(not m.group(1) or m.group(1)[0].isupper() and m.group(1).lower() not in NON_PERSON | NATIONALITY | PLACES
                   for t in self._naming(word) for m in full.finditer(t))

    def _forename(self, word: str) -> bool:
        """Whether a single name answered "who …?" and the articles write a surname after it
        ("Napoleon Bonaparte" for "Napoleon"); not "Lumora Labs" nor "Real Castellan"."""
        if " " in word.strip() or not any(t.answer.text == word and t.answer.kind == "person" for t in self.turns):
            return False
        full = re.compile(rf"\b{re.escape(word)}\s+([A-Z][^\W\d_A-Z]+)\b")
        return any(m.group(1).lower() not in NON_PERSON | NATIONALITY | PLACES and stem(m.group(1).lower()) not in ORGANIZATIONS
                   for t in self._naming(word) for m in full.finditer(t))

    def _naming(self, word: str) -> list[str]:
        """The text of the first 50 passages that hold a word (by its BM25 stem): where the articles
        say who or what a name is."""
        return self._texts_with([stem(word)], 50)
