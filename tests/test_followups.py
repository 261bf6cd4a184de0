"""How follow-ups are read: antecedents, ellipsis, asking both ways, spelling, other languages."""

import json
import re
from dataclasses import replace
from pathlib import Path

import pytest
from rich.console import Console

from qa.config import Settings
from qa.conversation import (
    READ_AS_TYPED_NOTE, Conversation, Option, Turn, _agent, _agreed, _answer_as_thing, _verb_after, _asked, _elliptical, _expanded, _held_on, _strip_titles, _entities, _frame, _is_person, _listed, _named_body, _object, _of, _sort, _subject, _told_first, _topic, _wh_frame, antecedent_model, choice_model,
)
from qa.errors import ModelError
from qa.index import open_index
from qa.language import NOT_ENGLISH_NOTE, Speller, english_words, is_english, word_counts
from qa.reader import Reading, Span
from qa.render import render_answer
from qa.retrieve import retrieve
from qa.schema import Answer, Citation, Hit
from qa.text import tokenize
from tests.conftest import CARD, ScriptedReader, write_corpus

LANGUAGES = Path(__file__).resolve().parents[1] / "eval" / "dialogues" / "languages.jsonl"


def _over(tmp_path, fake_models, articles: dict[str, str]) -> Conversation:
    """A conversation over a corpus of its own."""
    return Conversation(open_index(write_corpus(tmp_path / "c", articles), tmp_path / "i", Settings(), fake_models))


def _over_seeds(tmp_path, fake_models) -> Conversation:
    """A conversation over the five articles of ``seeds/``."""
    seeds = Path(__file__).resolve().parents[1] / "seeds"
    return _over(tmp_path, fake_models, {f.name: f.read_text(encoding="utf-8") for f in sorted(seeds.glob("*.txt"))})


def _read_over(tmp_path, fake_models, articles: dict[str, str], question: str, answer: str | None, kind: str,
               follow_up: str) -> str:
    """How ``follow_up`` is read after ``question`` → ``answer``, over a corpus of its own."""
    return _exchange(_over(tmp_path, fake_models, articles), question, answer, kind).readings(follow_up)[0]


def _read_after(conv: Conversation, history: list[tuple[str, str | None, str]], follow_up: str) -> str:
    """How ``follow_up`` is read after the exchanges of ``history`` (question, answer, kind)."""
    for question, answer, kind in history:
        _exchange(conv, question, answer, kind)
    return conv.readings(follow_up)[0]


def _after(index, question: str, answer: str | None, kind: str = "other") -> Conversation:
    """A conversation whose last exchange was ``question`` → ``answer``."""
    return _exchange(Conversation(index), question, answer, kind)


def _exchange(conv: Conversation, question: str, answer: str | None, kind: str = "other",
              understood: str | None = None) -> Conversation:
    """``conv`` with one more exchange: ``question`` (read as ``understood``) → ``answer``."""
    conv.turns.append(Turn(question, understood or question, Answer(question, answer, 0.9, kind=kind),
                           follow_up=understood not in (None, question)))
    return conv


# The last exchange (question, answer, its kind), a follow-up, and how it is read.
READINGS = [
    pytest.param("What logistics agreement did Russia ratify with India?", "trust and cooperation", "other",
                 "what does that allow", "what does the logistics agreement allow",
                 id="that_after_plain_words_that_are_no_agreement_is_the_agreement_asked_for"),
    pytest.param("How many otters live along the River Tamsin these days?", "between 35 and 50", "number",
                 "how does that compare with the 1984 survey?", "how does the number of otters compare with the 1984 survey?",
                 id="that_after_a_count_about_so_many_is_the_number_counted"),
    pytest.param("Who was the IPCC's chair in 1988?", "Bert Bolin", "person",
                 "and now?", "Who is the IPCC's chair now?",
                 id="and_now_asks_the_same_in_the_present_without_the_time_said"),
    pytest.param("Who was the IPCC's chair back then?", "Bert Bolin", "person",
                 "and today?", "Who is the IPCC's chair today?",
                 id="and_today_drops_back_then"),
    pytest.param("Which ferry sailing did the group book?", "the 8:40", "time",
                 "and the one back?", "Which return ferry sailing did the group book?",
                 id="the_one_back_is_the_return_one_of_what_was_asked"),
    pytest.param("What did Putin publicly call Modi?", "a dear friend", "other",
                 "when was his last trip to india before this", "when was Putin's last trip to india before this trip",
                 id="before_this_after_a_trip_is_this_trip_not_the_last_answer"),
    pytest.param("Which Polar Line technician showed up?", "Curtis Obi", "person",
                 "what did that tech find wrong", "what did Curtis Obi find wrong",
                 id="that_tech_is_the_technician_just_named"),
    pytest.param("Which Polar Line technician showed up?", "Curtis Obi", "person",
                 "when was that tech company founded", "when was that tech company founded",
                 id="that_tech_before_a_noun_says_what_kind"),
    pytest.param("Where is the Scottish Parliament based?", "Holyrood", "place",
                 "since when has it been there", "since when has the Scottish Parliament been in Holyrood",
                 id="there_after_been_with_a_subject_says_where_not_that_something_is"),
    pytest.param("Since when has the Scottish Parliament been in Holyrood?", "September 2004", "date",
                 "and before that?", "Where was the Scottish Parliament before Holyrood?",
                 id="before_that_after_since_when_in_a_place_asks_where_before"),
    pytest.param("Who came up with clonal selection theory?", "Frank Burnet", "person",
                 "what about the cellular theory of immunity?", "Who came up with the cellular theory of immunity?",
                 id="a_theory_for_the_theory_that_ends_the_last_question_keeps_its_frame"),
    pytest.param("Who won the Harwick mayor election?", "Marta Kowalczyk", "person",
                 "and third place?", "Who came third in the Harwick mayor election?",
                 id="a_place_after_who_won_asks_who_came_there_in_the_same_contest"),
    pytest.param("Who won the Harwick mayor election?", "Marta Kowalczyk", "person",
                 "and the runner-up?", "Who was the runner-up in the Harwick mayor election?",
                 id="the_runner_up_after_who_won_is_of_the_same_contest"),
    pytest.param("Who wrote the dissent in the Zipply case?", "Paul Lindgren", "person",
                 "what did he say couriers could do whenever they wanted",
                 "what did Paul Lindgren say couriers could do whenever they wanted",
                 id="they_after_a_plural_subject_in_its_own_question_is_that_plural"),
    pytest.param("Where did the impurity come from?", "an outside vendor", "other",
                 "you said an outside vendor — which company was that?", "Which company was the outside vendor?",
                 id="you_said_names_the_topic_of_the_question_after_it"),
    pytest.param("How much did St. Brigid's new heart centre cost?", "€64 million", "money",
                 "you mentioned a fundraising campaign — was there one big donation in it?",
                 "Was there one big donation in the fundraising campaign?",
                 id="what_you_mentioned_is_the_one_known_after"),
    pytest.param("Which air defence system does India want?", "S-400", "entity",
                 "how many has it already bought?", "how many has India already bought?",
                 id="it_that_buys_is_the_country_not_the_thing_bought"),
    pytest.param("How much did bilateral trade between India and Russia reach?", "$68.7 billion", "money",
                 "What drove it?", "What drove bilateral trade between India and Russia?",
                 id="it_is_the_topic_of_the_last_question_not_a_country_in_it"),
    pytest.param("What did Russia ratify?", "the RELOS agreement", "other",
                 "What does it allow?", "What does the RELOS agreement allow?",
                 id="it_is_the_last_answer_when_that_names_a_thing"),
    pytest.param("Where is Russia?", None, "other",
                 "How big is it?", "How big is Russia?",
                 id="a_country_only_when_nothing_else_fits"),
    pytest.param("What generation is the jet?", "fifth", "entity",
                 "What is discussed for its production?", "What is discussed for the jet's production?",
                 id="what_a_copula_question_describes_comes_before_what_it_asks"),
    pytest.param("How much was trade worth in 2023?", "$50 billion", "money",
                 "And in 2024?", "How much was trade worth in 2024?",
                 id="a_time_is_swapped_for_a_time"),
    pytest.param("How much was trade worth?", "$50 billion", "money",
                 "And in 2024?", "How much was trade worth in 2024?",
                 id="a_time_with_nothing_to_swap_is_added"),
    pytest.param("What tariffs did the United States impose on Indian goods?", "25%", "percent",
                 "Which administration imposed them?", "Which administration imposed the tariffs?",
                 id="them_is_the_plural_the_last_question_asked_for"),
    pytest.param("What was inflation in May?", "2.4 percent", "percent",
                 "Unemployment?", "What was unemployment in May?",
                 id="a_fragment_that_opens_the_question_is_not_a_name_for_its_capital"),
    pytest.param("What does the RELOS agreement allow?", "mutual use of ports", "other",
                 "When does that deal expire?", "When does that deal expire?",
                 id="that_before_a_noun_is_a_determiner_even_after_does"),
    pytest.param("What pact on Indian workers are Modi and Putin likely to sign?", "bilateral labour mobility pact", "other",
                 "What would it regulate?", "What would the bilateral labour mobility pact regulate?",
                 id="an_answer_of_the_kind_asked_for_is_it_and_a_nationality_never_is"),
    pytest.param("How many bottles does the recall cover in the United States?", "2.1 million", "number",
                 "And in Canada?", "How many bottles does the recall cover in Canada?",
                 id="a_place_in_a_qualifier_swaps_for_a_place"),
    pytest.param("What was the value of bilateral trade between India and Russia in 2024-25?", "$68.7 billion", "money",
                 "What's mostly driving it?", "What is mostly driving bilateral trade between India and Russia?",
                 id="a_contracted_wh_word_is_a_question_not_a_fragment"),
    pytest.param("How many otters were killed on roads last year?", "11", "number",
                 "What about in 2023?", "How many otters were killed on roads in 2023?",
                 id="a_time_qualifier_swaps_for_a_time"),
    pytest.param("When did Putin last come to India?", "2021", "date",
                 "What was going on at the time of that visit?", "What was going on at the time of the 2021 visit?",
                 id="of_that_before_a_noun_is_a_determiner_of_the_visit_just_dated"),
    pytest.param("By what vote did Brentwater's council pass its 2026-27 budget?", "5-4", "other",
                 "Why did she back it?", "Why did she back the 2026-27 budget?",
                 id="it_is_what_an_agent_acted_on"),
    pytest.param("How many food pantries does the Lakeshore Food Alliance supply?", "42", "number",
                 "Who is it's current director?", "Who is the Lakeshore Food Alliance's current director?",
                 id="its_written_with_an_apostrophe_is_its"),
    pytest.param("When will Harwick's Eastline tram start carrying passengers?", "spring 2028", "date",
                 "And the cost?", "What is the cost of Harwick's Eastline tram?",
                 id="a_lowercase_thing_asks_about_the_topic_instead_of_taking_a_names_place"),
    pytest.param("What did the Reserve Bank of Norland cut its benchmark interest rate to?", "3.75 percent", "percent",
                 "And the vote?", "What was the vote of the Reserve Bank of Norland?",
                 id="a_thing_that_does_nothing_asks_about_the_body_that_acted_instead_of_taking_its_place"),
    pytest.param("Why was the launch delayed?", "a shortage of folding display panels from its supplier", "reason",
                 "when is that shortage supposed to end", "when is the shortage of folding display panels supposed to end",
                 id="that_noun_takes_what_the_answer_said_it_was_of"),
    pytest.param("What is the name of the reliquary stolen from the museum?", "Marden Reliquary", "other",
                 "who gave that to the museum", "who gave Marden Reliquary to the museum",
                 id="that_before_a_preposition_is_the_thing_a_name_was_asked_for"),
    pytest.param("how many staff will lose their jobs", "2,300", "number",
                 "and the cost savings?", "What are the cost savings?",
                 id="a_phrase_with_the_takes_no_bare_nouns_place"),
    pytest.param("Who listed 1 as the first prime?", "Christian Goldbach", "person",
                 "roughly when?", "Roughly when did Christian Goldbach list 1 as the first prime?",
                 id="a_bare_wh_word_with_an_adverb_of_degree_completes_the_last_question"),
    pytest.param("How much does the Lumora Nova 3 cost?", "$1,299", "money",
                 "and the lite?", "How much does the lite cost?",
                 id="a_thing_takes_the_place_of_a_thing"),
    pytest.param("How many bottles of Velotrin is Halvorsen Pharmaceuticals recalling?", "2.1 million", "number",
                 "What impurity was found in it?", "What impurity was found in Velotrin?",
                 id="the_thing_inside_a_measure_is_it_before_an_agent"),
    pytest.param("What was Corvane's second-quarter revenue?", "$4.87 billion", "money",
                 "And the cloud division's?", "What was the cloud division's second-quarter revenue?",
                 id="a_possessive_fragment_swaps_the_possessor"),
    pytest.param("What was the value of India-Russia bilateral trade?", "$68.7 billion", "money",
                 "What's been driving it?", "What has been driving India-Russia bilateral trade?",
                 id="a_contracted_has_before_a_participle"),
    pytest.param("What is Russia doing for Indian exporters hit by US tariffs?", "market access", "other",
                 "How steep are those tariffs?", "How steep are the US tariffs?",
                 id="those_takes_an_acronym_that_described_the_noun"),
    pytest.param("What kind of system is the S-400?", "air defence system", "other",
                 "And the S-500?", "What kind of system is the S-500?",
                 id="a_named_fragment_swaps_a_name_not_the_kind_asked_for"),
    pytest.param("What sentence did the former head of the Lakeshore Food Alliance get?", "seven years", "duration",
                 "What did he plead guilty to?", "What did the former head of the Lakeshore Food Alliance plead guilty to?",
                 id="he_may_be_a_person_the_last_question_described_without_a_name"),
    pytest.param("Which contractor went bust on Harwick's Eastline tram?", "Brenner Rail Construction", "other",
                 "Who won the election in Harwick where it was the big issue?", "Who won the election in Harwick where Harwick's Eastline tram was the big issue?",
                 id="it_in_a_clause_after_where_is_not_the_place"),
    pytest.param("What was containment of Cedar Gap Fire?", "40 percent", "percent",
                 "What started it?", "What started Cedar Gap Fire?",
                 id="it_after_the_x_of_a_name_is_the_name"),
    pytest.param("Which Russian fighter jet has been offered to India?", "Su-57", "entity",
                 "What about air defence systems?", "Which air defence systems have been offered to India?",
                 id="what_about_swaps_the_kind_asked_for_even_after_a_nationality"),
    pytest.param("How much of that went on the lake house?", "$1.2 million", "money",
                 "And the racehorses?", "How much of that went on the racehorses?",
                 id="a_fragment_swaps_the_whole_noun_phrase_it_replaces"),
    pytest.param("Why was bilateral trade between India and Russia so high?", "discounted Russian oil", "reason",
                 "And Indian exports to Russia?", "Why was Indian exports to Russia so high?",
                 id="a_degree_word_ends_the_topic"),
    pytest.param("How many people did Storm Imogen kill?", "14", "number",
                 "Which river burst its banks?", "Which river burst its banks?",
                 id="its_after_which_x_and_its_verb_is_that_x"),
    pytest.param("Which neighborhood were crews concentrating on?", "Pinecrest", "entity",
                 "How many homes are near the fire there?", "How many homes are near the fire in Pinecrest?",
                 id="there_after_which_neighborhood_is_the_neighborhood_answered"),
    pytest.param("Who is visiting India in December?", "Vladimir Putin", "person",
                 "is it true he is going to sign a deal while he is in Delhi?", "is it true Vladimir Putin is going to sign a deal while he is in Delhi?",
                 id="it_that_stands_for_nothing_is_left_and_he_twice_is_one_man_named_once"),
    pytest.param("When did the state emergency declaration get approved?", "Friday", "other",
                 "How much money does that unlock?", "How much money does the state emergency declaration unlock?",
                 id="get_ends_the_topic_of_a_passive"),
    pytest.param("How much does Zipply owe the couriers?", "€37 million", "money",
                 "And per courier?", "How much does Zipply owe the couriers per courier?",
                 id="per_x_is_a_qualifier_added_to_the_last_question"),
    pytest.param("What did the governor approve?", "a state emergency declaration", "other",
                 "How much money does that free up?", "How much money does a state emergency declaration free up?",
                 id="that_after_what_a_person_approved_is_the_thing_approved"),
    pytest.param("Where did most of the deaths happen?", "Bridgewater and Ashby", "place",
                 "How many of them were in Ashby?", "How many of the deaths were in Ashby?",
                 id="them_after_where_is_not_the_place_answered"),
    pytest.param("Where is the heart centre?", "St. Brigid's Hospital", "place",
                 "How many cardiologists will be working their?", "How many cardiologists will be working in St. Brigid's Hospital?",
                 id="their_at_the_end_is_there"),
    pytest.param("Why was the launch delayed?", "a shortage of folding display panels from its supplier, "
                  "Korea-based Hanul Display", "reason",
                 "Who supplies those panels?", "Who supplies the folding display panels?",
                 id="a_demonstrative_noun_takes_the_words_the_last_answer_gave_it-1"),
    pytest.param("Why was the launch delayed?", "a shortage of folding display panels from its supplier, "
                  "Korea-based Hanul Display", "reason",
                 "When was that company founded?", "When was Hanul Display founded?",
                 id="a_demonstrative_noun_takes_the_words_the_last_answer_gave_it-2"),
    pytest.param("How much did Vernon Halloway steal?", "$3.8 million", "money",
                 "Which organization was that money taken from?", "Which organization was the $3.8 million taken from?",
                 id="that_money_after_a_sum_is_the_sum-1"),
    pytest.param("How much did Vernon Halloway steal?", "$3.8 million", "money",
                 "Who gave that estimate?", "Who gave the estimate of $3.8 million?",
                 id="that_money_after_a_sum_is_the_sum-2"),
    pytest.param("Which missile do India and Russia develop jointly?", "BrahMos", "entity",
                 "Besides that, what other project is on the agenda?", "Besides BrahMos, what other project is on the agenda?",
                 id="that_before_a_comma_or_a_closing_adverb_is_a_pronoun-1"),
    pytest.param("Which missile do India and Russia develop jointly?", "BrahMos", "entity",
                 "What kind of missile is that exactly?", "What kind of missile is BrahMos exactly?",
                 id="that_before_a_comma_or_a_closing_adverb_is_a_pronoun-2"),
    pytest.param("How many people did Storm Imogen kill?", "14", "number",  # and a count with no noun, the people
                 "And how many had to leave their homes?", "How many people had to leave their homes?",
                 id="a_possessive_after_a_wh_subject_is_bound_to_it-1"),
    pytest.param("How many people did Storm Imogen kill?", "14", "number",
                 "Who lost their jobs?", "Who lost their jobs?",
                 id="a_possessive_after_a_wh_subject_is_bound_to_it-2"),
    pytest.param("Who won the Continental Cup final?", "Northfield United", "entity",
                 "When did there manager take over the club?", "When did Northfield United's manager take over the club?",
                 id="there_before_a_noun_after_an_auxiliary_is_their-1"),
    pytest.param("Who won the Continental Cup final?", "Northfield United", "entity",
                 "Will there be a replay?", "Will there be a replay?",
                 id="there_before_a_noun_after_an_auxiliary_is_their-2"),
    pytest.param("Which fighter jet is Russia offering?", "Su-57", "entity",
                 "And the logistics pact Russia ratified, what's it called?", "What is the logistics pact Russia ratified called?",
                 id="a_noun_phrase_before_a_comma_is_the_it_after_it-1"),
    pytest.param("Which fighter jet is Russia offering?", "Su-57", "entity",
                 "And the EU, what rate did it impose?", "What rate did the EU impose?",
                 id="a_noun_phrase_before_a_comma_is_the_it_after_it-2"),
    pytest.param("How much did he steal?", "$1.1 million", "money",
                 "and prosecutors had asked for?", "What had prosecutors asked for?",
                 id="a_statement_ending_in_a_preposition_asks_what_ends_it-1"),
    pytest.param("How much did he steal?", "$1.1 million", "money",
                 "the money will go to?", "What will the money go to?",
                 id="a_statement_ending_in_a_preposition_asks_what_ends_it-2"),
    pytest.param("Which Russian minister is expected to visit India?", "Sergey Lavrov", "person",
                 "in which month?", "In which month is the Russian minister expected to visit India?",
                 id="a_new_wh_phrase_puts_the_subject_asked_for_after_the_auxiliary"),
    pytest.param("Who is expected to visit India in November?", "Sergey Lavrov", "person",
                 "in which month?", "In which month is Sergey Lavrov expected to visit India?",
                 id="a_new_wh_phrase_for_a_time_drops_the_time_the_last_question_gave"),
    pytest.param("Which fighter jet has Russia offered India?", "Su-57", "entity",
                 "what about the air defence system India wants?", "Which air defence system does India want?",
                 id="a_noun_with_a_clause_of_its_own_asks_which"),
    pytest.param("How much did he steal?", "$1.1 million", "money",
                 "racehorses?? how much went on those", "How much went on racehorses?",
                 id="a_topic_asked_about_then_a_question_with_its_pronoun-1"),
    pytest.param("How much did he steal?", "$1.1 million", "money",
                 "the car? when did he buy it", "When did he buy the car?",
                 id="a_topic_asked_about_then_a_question_with_its_pronoun-2"),
    pytest.param("How much was bilateral trade between India and Russia worth?", "$68.7 billion", "money",
                 "which year is that figure for?", "which year is the figure of $68.7 billion for?",
                 id="that_figure_is_the_value_answered"),
    pytest.param("How many people did the storm kill?", "14", "count",
                 "how many in Ashby?", "How many people did the storm kill in Ashby?",
                 id="the_same_wh_word_and_a_place_narrows_the_last_question"),
    pytest.param("How many otters live along the river now?", "between 35 and 50", "count",
                 "and back in 1984?", "How many otters live along the river in 1984?",
                 id="a_time_takes_the_place_of_now"),
    pytest.param("How much will the tram cost now?", "€1.35 billion", "money",
                 "and originally?", "How much was the tram originally expected to cost?",
                 id="originally_asks_what_was_first_planned"),
    pytest.param("Who is expected to visit India in November?", "Sergey Lavrov", "person",
                 "to do what?", "Why is Sergey Lavrov expected to visit India in November?",
                 id="to_do_what_asks_why"),
    pytest.param("Which drug is Halvorsen Pharmaceuticals recalling?", "Velotrin", "other",
                 "how many bottles are they pulling?", "how many bottles are Halvorsen Pharmaceuticals pulling?",
                 id="they_is_not_the_one_thing_the_last_question_asked_for"),
    pytest.param("Why is Sergey Lavrov visiting India?", "finalize the agenda", "other",
                 "what is on it?", "what is on the agenda?",
                 id="it_is_the_object_of_an_answer_that_is_a_verb_phrase"),
    pytest.param("What goods will Russia import more of?", "Russian oil", "other",
                 "and the trade target for 2030?", "What is the trade target for 2030?",
                 id="a_fragment_with_its_own_qualifier_is_asked_about_as_it_is"),
    pytest.param("Who led the survey?", "Dr. Hannah Price", "person",
                 "what did she see in Millbrook?", "what did Hannah Price see in Millbrook?",
                 id="a_title_with_a_period_is_a_title"),
    pytest.param("How many people did the storm kill?", "14", "count",
                 "how many people did it force from their homes?", "how many people did the storm force from their homes?",
                 id="their_after_the_questions_own_plural_is_bound_to_it"),
    pytest.param("Which summit is Putin's visit for?", "India-Russia Annual Summit", "entity",
                 "when was that started?", "when was India-Russia Annual Summit started?",
                 id="that_before_a_past_tense_verb_is_a_pronoun"),
    pytest.param("Who did Anita Desai start the company with?", "Kenji Sato", "person",
                 "what year?", "What year did Anita Desai start the company?",
                 id="a_new_wh_leaves_the_old_ones_preposition"),
    pytest.param("What is Velotrin used for?", "blood pressure", "other",
                 "How many bottles does that recall cover?", "How many bottles does that recall cover?",
                 id="that_before_a_noun_and_its_verb_is_a_determiner"),
    pytest.param("What agreement did Russia ratify?", "RELOS", "entity",
                 "What will that allow?", "What will RELOS allow?",  # the agreement answered, by its name
                 id="that_before_the_last_verb_is_a_pronoun"),
    pytest.param("Which logistics agreement did Russia ratify?", "the RELOS agreement", "other",
                 "what does that let them do?", "what does the RELOS agreement let Russia do?",
                 id="that_before_a_verb_and_a_pronoun_is_a_pronoun"),
    pytest.param("Which drug is Halvorsen recalling?", "Velotrin", "entity",
                 "what's in it that's the problem?", "what is in Velotrin that is the problem?",
                 id="that_after_it_opens_a_relative_clause"),
    pytest.param("How many people has the wildfire forced from their homes?", "1,500", "number",
                 "How many people in Harlan Ridge has it forced out?", "How many people in Harlan Ridge has the wildfire forced out?",
                 id="it_after_an_auxiliary_is_the_questions_subject"),
    pytest.param("Which summit number is it?", "23rd", "other",
                 "when did that series start?", "when did the summit series start?",
                 id="that_before_a_noun_in_s_is_a_determiner"),
    pytest.param("What is the prize money for Northfield United?", "24 million euros", "money",
                 "and for Castellan?", "What is the prize money for Castellan?",
                 id="a_name_after_the_same_preposition_swaps"),
    pytest.param("What do they charge just to come out?", "140 pounds", "money",
                 "and the rent reduction?", "What is the rent reduction?",
                 id="a_noun_phrase_that_fits_nowhere_is_asked_about"),
    pytest.param("Who scored twice for Northfield?", "Marco Vidal", "person",
                 "how many did that guy get in the whole tournament?", "how many did Marco Vidal get in the whole tournament?",
                 id="that_guy_is_he"),
    pytest.param("How many dockworkers walked off the job at the port?", "3,400", "number",
                 "what pay rise do they want?", "what pay rise do the dockworkers want?",
                 id="they_are_the_people_counted"),
    pytest.param("What will the merged airline be called?", "Nordvik Skerry", "other",
                 "where will that be based?", "where will Nordvik Skerry be based?",
                 id="the_name_a_thing_is_called_is_no_person"),
    pytest.param("How many people did the March flooding in the valley kill?", "12", "number",
                 "how much rain did it dump?", "how much rain did the March flooding dump?",
                 id="no_object_before_the_verb"),
    pytest.param("How many people did Storm Imogen kill?", "14", "number",
                 "how many of them were in Ashby?", "how many of the people Storm Imogen killed were in Ashby?",
                 id="them_is_no_storm"),
    pytest.param("How did the thieves get into the Brannock Museum?", "through a skylight", "manner",
                 "how long were they inside?", "how long were the thieves inside?",
                 id="they_are_the_people_before_a_body_named"),
    pytest.param("How many dockworkers walked off the job?", "3,400", "number",
                 "who's their ceo?", "who is their ceo?",
                 id="an_officer_is_not_the_workers"),
    pytest.param("How many dockworkers walked off the job?", "3,400", "number",
                 "what is their pay rise?", "what is the dockworkers' pay rise?",
                 id="a_plural_possessive_takes_an_apostrophe"),
    pytest.param("Why was the launch delayed?", "a shortage of folding display panels from its supplier", "reason",
                 "who supplies those?", "who supplies the folding display panels?",
                 id="those_is_the_plural_the_last_answer_named"),
    pytest.param("How long have the nurses been on strike?", "6 weeks", "duration",
                 "what do they want?", "what do the nurses want?",
                 id="they_are_no_measure"),
    pytest.param("Which pesticide wiped the otters out?", "dieldrin", "other",
                 "how did that end up in the rivers?", "how did dieldrin end up in the rivers?",
                 id="that_is_the_last_answer_even_when_it_does_not_repeat_the_noun_asked"),
    pytest.param("How many dockworkers went on strike at the port?", "3,400", "number",
                 "how big a raise are they asking for?", "how big a raise are the dockworkers asking for?",
                 id="they_are_the_people_counted_whatever_the_past_form_of_what_they_did"),
    pytest.param("How many people have been evacuated because of the fire?", "1,500", "number",
                 "and homes destroyed?", "How many homes have been destroyed because of the fire?",
                 id="a_noun_and_a_participle_swap_for_the_counted_and_what_befell_them"),
    pytest.param("How many digits does the biggest known prime have?", "22,338,618", "number",
                 "as of when?", "As of when does the biggest known prime have 22,338,618 digits?",
                 id="as_of_when_completes_the_last_question"),
    pytest.param("What's Skerry Airways worth in the Nordvik deal?", "$640 million", "money",
                 "who'll run the airline once they merge?", "who will run the airline once Skerry Airways merge?",
                 id="whats_opens_no_name"),
    pytest.param("How many dock workers went on strike at Velmora?", "3,900", "number",
                 "how big a raise do they want?", "how big a raise do the dock workers want?",
                 id="they_are_the_dock_workers_counted"),
    pytest.param("When is Putin supposed to be in India for the annual summit?", "December 5-6", "date",
                 "who's hosting the banquet during it?", "who is hosting the banquet during the annual summit?",
                 id="during_it_is_an_event_never_a_place"),
    pytest.param("What sort of flood barrier is the council proposing now?", "demountable", "other",
                 "how much is that going to cost?", "how much is the demountable flood barrier going to cost?",
                 id="that_is_the_sort_of_thing_answered"),
    pytest.param("What was the most important thing stolen from the museum?", "Medieval reliquary", "other",
                 "who left that to the museum?", "who left the medieval reliquary to the museum?",
                 id="an_answer_with_a_lowercase_word_is_no_one"),
    pytest.param("what did the hydrologist say about the panels?", "six hours", "other",
                 "which university is she with?", "which university is the hydrologist with?",
                 id="the_hydrologist_can_be_she"),
    # from set 32's judged misses (a development set since)
    pytest.param("How many people were killed when Storm Imogen flooded the Calder Valley?", "14", "count",
                 # and "the valley" is the one valley the question named
                 "how much rain did it dump on the valley", "how much rain did Storm Imogen dump on the Calder Valley",
                 id="it_is_not_a_name_the_question_says_by_its_noun"),
    pytest.param("What is the price of Lumora's new foldable phone?", "$1,899", "money",
                 "and the lite version?", "What is the price of the lite version?",
                 id="a_thing_takes_the_place_of_a_named_owners_thing_after_of"),
    pytest.param("What type of prime is the biggest one usually?", "Mersenne prime", "other",
                 "who are those named after?", "who are Mersenne primes named after?",
                 id="those_before_a_participle_is_the_answer_made_plural"),
    pytest.param("What is the earliest known reference to immunity?", "during the plague of Athens", "other",
                 "when was that?", "When was the plague of Athens?",
                 id="when_was_that_after_during_an_event_asks_of_the_event"),
    pytest.param("when was it opened?", "9 October 2004", "date",
                 "where did parliament sit before that", "where did parliament sit before 9 October 2004",
                 id="before_that_is_before_the_date_answered"),
    pytest.param("when did she call polar line?", "3:25", "other",
                 "and who got a call before that?", "Who got a call before 3:25?",
                 id="before_that_is_before_the_time_answered"),
    pytest.param("where did parliament sit before 9 October 2004", "Edinburgh", "place",
                 "and in may 2000?", "where did parliament sit in May 2000",
                 id="a_time_with_its_preposition_swaps_for_a_time_with_its_own"),
    pytest.param("how many votes did the incumbent get?", "24,406", "count",
                 "and the two independents?", "how many votes did the two independents get?",
                 id="the_two_independents_are_people_in_a_persons_place"),
    pytest.param("what time did the supervisor call the maintenance company", "3:25", "time",
                 "and her manager?", "what time did the supervisor call the supervisor's manager",
                 id="her_manager_takes_the_place_of_whom_she_called"),
    pytest.param("who stood for the cellular theory of immunity", "Elie Metchnikoff", "person",
                 "and the humoral one?", "who stood for the humoral theory of immunity",
                 id="the_humoral_one_is_the_humoral_theory"),
    pytest.param("was there any trouble with fans before the game?", "17 arrests", "count",
                 "and injuries?", "Were there any injuries before the game?",
                 id="and_injuries_asks_the_same_there_question_of_injuries"),
    pytest.param("Who came up with the clonal selection theory?", "Frank Burnet, inspired by a suggestion made by Niels Jerne",
                 "person", "when did he work it out", "when did Frank Burnet work the clonal selection theory out",
                 id="he_is_the_first_person_a_longer_answer_names"),
    pytest.param("how much was Corvane Builders' bid", "$412,000", "money",
                 "and the other two?", "how much were the other two bids",
                 id="the_other_two_are_two_more_of_what_was_asked_about"),
    pytest.param("What are the add-ons of Mateo Arroyo's contract?", "appearances and trophies", "other",
                 "what are those linked to?", "what are the add-ons of Mateo Arroyo's contract linked to?",
                 id="those_are_the_plural_head_before_of_not_a_name_with_its_s"),
    pytest.param("Who are Mersenne primes named after?", "the dawn of electronic computers", "person",
                 "what was he?", "what was he?",
                 id="an_answer_to_who_with_no_name_is_no_one_he_can_be"),
    pytest.param("how much does that part cost?", "$340", "money",
                 "and an emergency call-out from another firm?", "how much does an emergency call-out from another firm cost?",
                 id="that_before_a_noun_and_its_verb_is_the_subject_a_fragment_swaps"),
    pytest.param("how long is that warranty?", "twenty years", "other",
                 "and Halvorsen's?", "how long is Halvorsen's warranty?",
                 id="a_possessor_takes_the_place_of_that"),
    pytest.param("how much federal aid did the governor ask for?", "$250 million", "money",
                 "has that been approved yet?", "has the $250 million of federal aid been approved yet?",
                 id="that_before_been_is_the_sum_of_the_two_word_thing_measured"),
    pytest.param("when is Lavrov expected in india?", "November", "date",
                 "and putin?", "when is Putin expected in india?",
                 id="a_name_typed_in_lower_case_as_a_fragment_swaps_for_a_name"),
    # single-exchange checks of the last two sessions, as rows
    pytest.param("Who invited Putin?", "Narendra Modi", "person",
                 # "putin" is in the reader's vocabulary, yet the articles only ever write "Putin": "his" is his own
                 "what will putin sign on his visit?", "what will Putin sign on his visit?",
                 id="a_name_typed_in_lower_case_binds_the_pronoun_after_it"),
    pytest.param("When is the state banquet?", "December 4, 2025", "date",
                 "what will they sign there?", "what will they sign there?",
                 id="they_who_sign_is_never_a_thing_that_cannot"),
    pytest.param("how much did Vernon Halloway steal", "$3.8 million", "money",
                 "what did he blow that on", "what did Vernon Halloway blow the $3.8 million on",
                 id="that_after_a_sum_is_the_money_when_it_is_spent_1"),
    pytest.param("How much is the Brentwater budget?", "$118 million", "money",
                 "when was that approved?", "when was the Brentwater budget approved?",  # not the sum
                 id="that_after_a_sum_is_the_money_when_it_is_spent_2"),
    pytest.param("what was the turnout like", "41.7 percent", "percent",
                 "why was that up on last time", "why was the turnout up on last time",
                 id="that_before_a_particle_is_a_pronoun"),
    pytest.param("How many legions did the Romans keep along the Rhine?", "eight", "number",
                 "in how many bases did they keep them", "in how many bases did the Romans keep the legions",
                 id="they_and_them_with_the_same_verb_keep_their_places"),
    pytest.param("who paid most of the €64 million", "the health ministry", "other",
                 "and the rest?", "who paid the rest of the €64 million",
                 id="the_rest_takes_the_place_of_most_of"),
    pytest.param("how is active immunity made artificially", "through vaccination", "manner",
                 "how many lives does that save a year", "how many lives does vaccination save a year",
                 id="that_after_an_answer_of_means_is_the_means_1"),
    pytest.param("how did the council pay for the bridge", "with a bank loan", "manner",
                 "how big was that", "how big was the bank loan",
                 id="that_after_an_answer_of_means_is_the_means_2"),
    pytest.param("how many new officers does the budget pay for", "12", "count",
                 "and counselors for the pilot?", "how many counselors for the pilot does the budget pay for",
                 id="a_plural_is_counted_by_its_head_before_a_preposition"),
    pytest.param("when was his column put up", "1644", "date",
                 "and the royal castle?", "when was the royal castle put up",
                 id="a_fragment_swaps_for_a_subject_that_was_a_pronoun_and_noun"),
    pytest.param("how much would that cost", "31 million", "money",
                 "and the original concrete wall?", "how much would the original concrete wall cost",
                 id="a_fragment_swaps_for_a_subject_that_was_a_pronoun"),
    pytest.param("when can they finish the cabling", "20 November", "date",
                 "and the move itself?", "When is the move itself?",
                 id="a_fragment_naming_an_event_keeps_the_when"),
    pytest.param("What style is the royal castle?", "mannerist", "other",
                 "what else is in that style", "what else is in the mannerist style",
                 id="that_noun_the_last_question_asked_for_is_the_answer"),
    pytest.param("When did King Sigismund III Vasa move his court to Warsaw?", "1596", "date",
                 "when was his column put up", "when was Sigismund III Vasa's column put up",
                 id="a_name_after_a_title_is_a_person_of_three_words"),
    pytest.param("Who first measured the gravitational constant?", "Henry Cavendish", "person",
                 "when?", "When did Henry Cavendish first measure the gravitational constant?",
                 id="do_support_keeps_an_adverb_before_the_verb"),
    pytest.param("who did poland defeat in the 1920 battle", "the Red Army", "person",
                 "what idea did poland defeat along with them", "what idea did poland defeat along with the Red Army",
                 id="them_is_a_body_named_with_the"),
    pytest.param("what is wrong with the blood pressure drug", "stopping the medication can cause a spike", "other",
                 "where was that traced to", "where was the blood pressure drug traced to",
                 id="that_is_no_clause_answered"),
    pytest.param("how much is that firm getting paid?", None, "money",
                 "and the start date?", "What is the start date?",
                 id="that_before_a_noun_and_its_participle_is_a_determiner_no_subject_to_swap"),
    pytest.param("Who cast the deciding vote on the 2026-27 budget?", "Nadia Ferreira", "person",
                 "why did she back it?", "why did Nadia Ferreira back the 2026-27 budget?",
                 id="it_is_what_a_vote_was_on"),
    pytest.param("How much will the merger cost?", "$640 million", "money",
                 "how many jobs would that cost?", "how many jobs would the merger cost?",
                 id="that_before_a_verb_at_the_end_is_the_subject"),
    pytest.param("What did Minister Lavrov confirm at the UN?", "his visit", "other",
                 "when will he arrive?", "when will Lavrov arrive?",
                 id="a_surname_after_a_title_is_a_person"),
    pytest.param("Who is hosting the banquet?", "Droupadi Murmu", "person",
                 "which hall are her staff preparing?", "which hall are Droupadi Murmu's staff preparing?",
                 id="whose_right_after_the_auxiliary_is_not_the_wh_phrases"),
    pytest.param("When was the first human virus discovered?", "1901", "date",
                 "which virus was discovered that year?", "which virus was discovered in 1901?",
                 id="that_year_is_the_year_answered"),
    pytest.param("When did Hoesung Lee take over?", "October 8, 2015", "date",
                 "who was chair just before that date", "who was chair just before October 8, 2015",
                 id="that_date_is_the_date_answered"),
    pytest.param("How much extra money will the new parking rate on Main Street raise?", "$23,000", "money",
                 "when does it start?", "when does the new parking rate on Main Street start?",
                 id="it_is_not_the_street_a_rate_is_on"),
    pytest.param("Who sat on the KVRN panel about the Dunmere River flood barrier?", "Councillor Sayeed", "person",
                 "when is construction on it now expected to start?",
                 "when is construction on the Dunmere River flood barrier now expected to start?",
                 id="it_is_what_a_panel_was_about"),
    pytest.param("Who is handling the cabling?", "Owen", "person",
                 "when can they finish it", "when can they finish the cabling",
                 id="they_are_never_one_thing_that_is_no_body"),
    pytest.param("how much rain did Storm Imogen dump on the valley", "210 millimetres", "measure",
                 "over how long?", "Over how long did Storm Imogen dump 210 millimetres of rain on the valley?",
                 id="over_how_long_completes_the_last_question"),
    pytest.param("which battle was Braddock defeated in?", "Battle of the Monongahela", "entity",
                 "when exactly?", "When was Braddock defeated in Battle of the Monongahela?",
                 id="when_exactly_completes_the_last_question"),
    pytest.param("how many people did the Regional Emergency Director say were rescued", "380", "count",
                 "how'd they get them out", "how did the people get them out",
                 id="them_are_never_one_office_holder"),
    pytest.param("how many british soldiers were killed or hurt in the battle", "1,000", "count",
                 "so how many were left after losing that many?", "How many were left after losing 1,000 british soldiers?",
                 id="that_many_is_the_count_answered"),
    pytest.param("When did Putin last visit India?", "2021", "date",
                 "why was that visit shorter than this one?", "why was the 2021 visit shorter than this one?",
                 id="a_comparative_after_that_noun_is_no_part_of_the_noun"),
    pytest.param("when did these summits start?", "2000", "date",
                 "and where was the first one held?", "Where was the first summit held?",
                 id="the_first_one_is_the_first_of_the_things_asked_about"),
    pytest.param("which removal firm did Owen recommend?", "Carrow & Sons", "entity",
                 "why not the cheapest one?", "why not the cheapest firm?",
                 id="the_cheapest_one_is_of_the_kind_asked_for"),
    pytest.param("What kind of visit is Putin making to India?", "state visit", "entity",
                 "and the 2021 one?", "What kind of visit was the 2021 visit?",
                 id="the_2021_one_is_asked_what_kind_it_was"),
    pytest.param("which contractor went bust?", "Brenner Rail Construction", "entity",
                 "and the replacement?", "Which contractor was the replacement for Brenner Rail Construction?",
                 id="a_role_after_which_noun_asks_which_one_it_is"),
    pytest.param("who manages Northfield United?", "Sarah Whitcombe", "person",
                 "and Castellan's coach?", "Who is Castellan's coach?",
                 id="a_person_by_role_after_who_asks_who_that_is"),
    pytest.param("who is the company's chief executive", "Dana Whitfield", "person",
                 "and the cfo?", "Who is the company's cfo?",
                 id="a_role_swapped_after_a_possessive_takes_no_article"),
    pytest.param("When does the Lumora Nova 3 go on sale?", "September 26", "date",
                 "why did the CEO say it was delayed?", "why did the CEO say the Lumora Nova 3 was delayed?",
                 id="it_is_never_a_person_named_before_it"),
    pytest.param("when is the tram supposed to open?", "spring 2028", "date",
                 "and at first?", "When was the tram originally supposed to open?",
                 id="at_first_asks_what_was_first_planned"),
    pytest.param("when does the bridge work start?", "September 14", "date",
                 "and initially?", "When did the bridge work originally start?",
                 id="initially_after_does_asks_did"),
    pytest.param("What kind of pact on Indian workers could India and Russia sign?", "bilateral labour mobility pact", "entity",
                 "what would the pact regulate?", "what would the bilateral labour mobility pact regulate?",
                 id="the_noun_asked_for_is_the_one_answered"),
    pytest.param("where is Quillstone Analytics moving its office to?", "Cobalt Street", "place",
                 "and when?", "When is Quillstone Analytics moving its office?",
                 id="when_after_where_to_leaves_no_preposition"),
    pytest.param("What words are inscribed on the mace?", "Wisdom, Compassion, Justice and Integrity", "other",
                 "and around its head?", "What words are inscribed on the mace around its head?",
                 id="around_qualifies_the_last_question_as_in_or_on_do"),
    pytest.param("who told analysts what the recall would cost?", "Thomas Reinholt", "person",
                 "and what figure did he give?", "What figure did Thomas Reinholt give?",
                 id="who_asks_for_a_person_whatever_what_follows"),
    pytest.param("how much did he steal?", "$3.8 million", "money",
                 "which charity was it taken from?", "which charity was the $3.8 million taken from?",
                 id="it_taken_after_how_much_is_the_sum"),
    pytest.param("how much does the union say Zipply owes?", "€37 million", "money",
                 "by when does that have to be paid?", "by when does the €37 million have to be paid?",
                 id="that_paid_after_how_much_is_the_sum"),
    pytest.param("when will the trust repeat the otter survey?", "2030", "date",
                 "and the previous one?", "When was the previous survey?",
                 id="the_previous_one_after_when_asks_when_that_one_was"),
    pytest.param("Which air defence system does India want?", "S-500", "entity",
                 "and the fighter jet russia is pushing?", "Which fighter jet is russia pushing?",
                 id="a_noun_and_its_clause_with_a_place_typed_in_lower_case"),
    pytest.param("Which heating firm did Gwendolyn arrange?", "Embercroft", "entity",
                 "and the engineer's name?", "What is the engineer's name?",
                 id="a_noun_phrase_ending_in_name_is_a_fragment_not_a_command"),
    pytest.param("Where is the tablet plant?", "Glenmore, Ohio", "place",
                 "and the solvent supplier's name?", "What is the solvent supplier's name?",
                 id="a_name_asked_for_is_asked_what_whatever_the_last_question_asked"),
    pytest.param("who invited Putin to India?", "Prime Minister Narendra Modi", "person",
                 "what has he called Modi?", "what has Putin called Modi?",
                 id="he_is_not_the_man_he_acts_on"),
    pytest.param("Who hosted the banquet?", "President Droupadi Murmu", "person",
                 "how long has that president been in office?", "how long has President Droupadi Murmu been in office?",
                 id="that_person_noun_is_the_person_just_answered"),
    pytest.param("When did Voss ring the maintenance contractor?", "October 9", "date",
                 "and the technician's arrival?", "When was the technician's arrival?",
                 id="an_event_fragment_is_asked_when_it_was"),
    pytest.param("When did the German army reoccupy the Rhineland?", "1936", "date",
                 "and the allies leaving?", "When did the allies leave?",
                 id="a_doer_and_a_gerund_are_asked_when_they_did_it"),
    pytest.param("What time does she collect the rental car?", "friday morning", "time",
                 "and drop it back?", "What time does she drop the rental car back?",
                 id="another_doing_of_the_same_doer_to_the_same_thing"),
    pytest.param("which contractor did she say went bust?", "Brenner Rail Construction", "entity",
                 "and the replacement?", "Which contractor was the replacement for Brenner Rail Construction?",
                 id="a_relation_is_asked_of_the_one_just_answered"),
    pytest.param("how much trade is there between India and Russia?", "$68.7 billion", "money",
                 "and Indian exports?", "how much Indian exports is there between India and Russia?",
                 id="a_nationality_and_a_noun_swap_for_the_noun_asked_with"),
    pytest.param("which marker is low on cells that are missing self?", "MHC I", "other",
                 "and the cells that detect it?", "Which cells detect the marker?",
                 id="the_one_that_does_something_is_asked_for"),
    pytest.param("how much will the tram cost now?", "€1.42 billion", "money",
                 "how big a jump is that?", "how big a jump is the €1.42 billion?",
                 id="that_measured_is_the_value_just_answered"),
    pytest.param("what time did the bay 4 alarm go off?", "2:40", "time",
                 "what was stored there?", "what was stored in Bay 4?",
                 id="there_is_a_numbered_place_named"),
    pytest.param("Who invited Putin to India?", "Narendra Modi", "person",
                 "and the banquet host?", "Who was the banquet host?",
                 id="a_person_is_asked_for_with_who"),
    # the twenty-first session's readings (from set 56's rejections)
    pytest.param("what did the top court rule the couriers are", "employees", "other", "by what margin?",
                 "By what margin did the top court rule the couriers are employees?", id="the_answer_fills_the_object_left_open"),
    pytest.param("What did Russia sign?", "the RELOS agreement", "entity", "Why?", "Why did Russia sign the RELOS agreement?",
                 id="why_asks_of_the_object_answered"),
    pytest.param("What tariffs did the US impose on Indian goods?", "25%", "percent", "when did those kick in",
                 "when did the tariffs kick in", id="those_before_a_verb_and_its_particle_is_a_pronoun"),
    pytest.param("When will the tram open?", "2028", "date", "how late is that vs the plan", "how late is the tram vs the plan",
                 id="that_before_vs_is_a_pronoun"),
    pytest.param("which summit is the trip for", "23rd India-Russia Annual Summit", "entity",
                 "when did that summit series first start", "when did the India-Russia Annual Summit series first start",
                 id="that_noun_before_a_noun_of_many_is_every_edition_named"),
    pytest.param("When did the summit series start?", "2000", "date", "and hosted where?", "Where was the summit hosted?",
                 id="a_participle_and_where_ask_it_of_the_topic"),
    pytest.param("Who designed the tram?", "Arup", "entity", "built when?", "When was the tram built?",
                 id="a_participle_and_when_ask_it_of_the_topic"),
    pytest.param("where are they staying for the trip", "the Gullhaven hotel", "place", "how much is that a night",
                 "how much is the Gullhaven hotel a night", id="that_before_a_unit_priced_is_the_place_answered"),
    pytest.param("how much is the hotel a night", "€140", "money", "What is that each?", "What is the €140 each?",
                 id="that_before_a_unit_priced_is_the_sum_answered"),
    pytest.param("who demanded records from the IPCC in 2005?", "Joe Barton", "person",
                 "who called that a misguided investigation?", "who called that a misguided investigation?",
                 id="that_before_a_is_no_pronoun_before_anything_but_a_unit"),
    pytest.param("how late is the tram vs the plan", "18 months later", "other", "and how far over budget?",
                 "How far over budget is the tram vs the plan?", id="how_far_over_a_measure_is_a_new_wh_phrase"),
    pytest.param("until when did the Treaty of Versailles say the allies would stay", "1935", "date",
                 "and the actual pullout?", "When was the actual pullout?", id="a_verb_and_particle_noun_is_an_event_asked_when"),
    pytest.param("what kind of state was the Confederation of the Rhine", "French client state", "other",
                 "a client of which french empire exactly", "The Confederation of the Rhine was a client of which french empire exactly?",
                 id="a_noun_phrase_with_its_wh_word_inside_is_said_of_the_subject"),
    pytest.param("what year did Napoleon found the Confederation of the Rhine", "1806", "date", "until when?",
                 "Until when did the Confederation of the Rhine last?", id="until_when_after_a_founding_asks_how_long_it_lasted"),
    pytest.param("what year did Napoleon found the Confederation of the Rhine", "1806", "date", "in what month?",
                 "In what month did Napoleon found the Confederation of the Rhine?", id="a_time_asked_is_no_object"),
    pytest.param("what pay rise do the dockworkers want", "9.5 percent", "percent", "and the company's offer?",
                 "What pay rise does the company offer?", id="someones_offer_is_what_they_offer"),
    pytest.param("how big a raise did the union ask for", "9.5 percent", "percent", "and Veltrans' offer?",
                 "How big a raise did Veltrans offer?", id="someones_offer_in_the_past"),
    pytest.param("what pay rise are the dockworkers asking for", "9.5 percent", "percent", "and the operator's proposal?",
                 "What pay rise is the operator proposing?", id="someones_proposal_in_the_progressive"),
    pytest.param("What time did the alarm go off at the Ardmore warehouse?", "2:40", "time", "what was stored in there?",
                 "what was stored in the Ardmore warehouse?", id="there_after_a_named_building_is_the_building"),
    pytest.param("what prize did gimps get for the first 10 million digit prime", "$100,000", "money",
                 "and the eff one for 100 million digits?", "what prize did the eff get for 100 million digits?",
                 id="the_same_of_another_doer_after_the_same_preposition"),
    pytest.param("Which firmware update broke the thermostat?", "4.2.1", "other",
                 "and the fixed one?", "Which firmware update was the fixed update?",
                 id="one_is_the_noun_of_a_wh_phrase_of_two_words_before_its_verb"),
    pytest.param("how much was Corvane Builders' bid", "$412,000", "money",
                 "and the other two bids?", "how much were the other two bids",
                 id="other_bids_take_the_place_of_the_bid_not_bids_of_it"),
    pytest.param("when is Putin's state visit to India", "December 4-5, 2025", "date",
                 "and the trip before that one?", "when was Putin's state visit to India before December 4-5, 2025?",
                 id="the_trip_before_that_one_is_the_same_asked_before_the_date_answered"),
    pytest.param("when did Putin last visit India", "2021", "date",
                 "what was going on at that time", "what was going on in 2021",
                 id="at_that_time_is_in_the_year_answered_after_a_verbs_particle"),
    pytest.param("when was the India-Russia annual summit series set up", "2000", "date",
                 "what is the partnership between them officially called",
                 "what is the partnership between India and Russia officially called",
                 id="between_them_is_the_two_a_hyphen_joined"),
    pytest.param("who is the project director on the Eastline tram", "Ingrid Solberg", "person",
                 "how long has she been in that role", "how long has Ingrid Solberg been in the role of project director on the Eastline tram",
                 id="that_role_is_the_role_asked_about"),
    pytest.param("what did Marin Mersenne do for a living", "monk", "other",
                 "what year was that monk born", "what year was Marin Mersenne born",
                 id="that_monk_is_the_one_the_answer_said_was_a_monk"),
    pytest.param("what did the court decide about the couriers", "employees", "other",
                 "how much do the couriers reckon Zipply owes them in back benefits",
                 "how much do the couriers reckon Zipply owes the couriers in back benefits",
                 id="them_after_many_who_reckon_is_those_many"),
    pytest.param("what is the Eastline tram going to cost in the end", "€1.42 billion", "money",
                 "and back when building started?", "what was the Eastline tram going to cost when building started?",
                 id="back_when_asks_the_same_of_that_time"),
    pytest.param("how many bottles are being recalled in the us", "2.1 million", "count",
                 "and in canada?", "how many bottles are being recalled in canada",
                 id="a_place_swaps_for_a_place_typed_in_lower_case"),
    pytest.param("who was one of the three who voted against?", "Samuel Achebe", "person",
                 "and the other two?", "Who besides Samuel Achebe voted against?",
                 id="the_other_two_of_three_who_did_it"),
    pytest.param("what kind of prime has the largest known prime usually been", "Mersenne", "other",
                 "who's that kind of prime named for?", "who are Mersenne primes named for?",
                 id="that_kind_of_prime_is_the_kind_answered"),
    pytest.param("what else did Euclid show how to construct", "a perfect number from a Mersenne prime", "other",
                 "who is that type of prime named after", "who are Mersenne primes named after",
                 id="that_type_of_prime_is_the_kind_the_answer_named"),
    pytest.param("Which post-harvest specialist cautioned that the coating might not transfer easily?", "Dr. Owen Ashdown-Pike",
                 "person", "where does he work?", "where does Owen Ashdown-Pike work?",
                 id="a_specialist_asked_for_is_someone"),
    pytest.param("which system would india like to buy from russia", "S-500 air defense system", "other",
                 "how many has it already bought?", "how many has india already bought?",
                 id="it_that_buys_is_a_country_typed_in_lower_case"),
    pytest.param("which summit is Lavrov's trip preparing for?", "23rd India-Russia Annual Summit", "other",
                 "when was that summit first established", "when was the India-Russia Annual Summit first established",
                 id="an_adverb_after_that_noun_is_no_noun_the_name_keeps_its_capitals_and_first_is_of_the_series"),
    pytest.param("which fighter jet is russia pushing india to buy", "Su-57", "other",
                 "and the missile they build together?", "Which missile do russia and india build together?",
                 id="they_who_build_together_are_the_two_countries_typed_in_lower_case"),
    pytest.param("who showed there are infinitely many primes", "In all other rows", "person",
                 "around when did he do it", "around when did he show there are infinitely many primes?",
                 id="he_is_no_answer_that_opens_with_a_preposition"),
    pytest.param("who is the current presiding officer", "chair chamber proceedings and the Scottish Parliamentary Corporate Body",
                 "person", "how is she chosen", "how is the current presiding officer chosen",
                 id="she_is_no_answer_that_opens_with_a_lower_case_word"),
    pytest.param("how many constituency MSPs does the Scottish Parliament have", "73", "number",
                 "how are those ones elected", "how are the constituency MSPs elected",
                 id="those_ones_are_the_ones_counted"),
    pytest.param("how big a contingency did she say the new numbers include", "€95 million", "money",
                 "and the total cost?", "What is the total cost?",
                 id="a_sum_after_how_big_a_sum_is_asked_of_its_own"),
]


@pytest.mark.parametrize("question, answer, kind, follow_up, meant", READINGS)
def test_a_follow_up_is_read_as_meant(index, question, answer, kind, follow_up, meant):
    assert _after(index, question, answer, kind).readings(follow_up)[0] == meant


def test_why_after_when_is_asked_both_ways(index):
    conv = _after(index, "When will the Eastline tram start carrying passengers?", "spring 2028", "date")
    assert conv.readings("why?") == ["Why will the Eastline tram start carrying passengers?",
                                     "Why will the Eastline tram start carrying passengers in spring 2028?"]


# Two exchanges ((question, answer, kind, read as) each), a follow-up, and how it is read.
TWO_EXCHANGES = [
    pytest.param(("when is Harwick's Eastline tram going to open", "2028", "date", None),
                 ("how big a contingency did she say the new numbers include", "€95 million", "money", None),
                 "and the total cost?", "What is the total cost of Harwick's Eastline tram?",
                 id="a_sum_of_its_own_is_of_what_the_conversation_is_about"),
    pytest.param(("Who grows the heirloom beans?", "Mattias Brandvold", "person", None),
                 ("What is the bean his grandmother brought called?", "Signe's Pole Bean", "other", None),
                 "What year did she arrive?", "What year did Mattias Brandvold's grandmother arrive?",
                 id="she_can_be_a_woman_the_last_question_named_by_kin"),
    pytest.param(("When will the Eastline tram start carrying passengers?", "spring 2028", "date", None),
                 ("who replaced the contractor?", "Solberg", "person", None),
                 "what's the whole thing going to cost now?", "what is the Eastline tram going to cost now?",
                 id="the_whole_thing_is_what_the_conversation_is_about"),
    pytest.param(("How much did the new heart centre cost?", "€64 million", "money", None),
                 ("who paid for it?", "Edwin Rowan", "person", "who paid for the new heart centre?"),
                 "and the rest?", "who paid for the rest of the new heart centre?",
                 id="the_rest_is_the_rest_of_the_thing_talked_about"),
    pytest.param(("How many people has the wildfire forced from their homes?", "1,500", "number", None),
                 ("where does the 1,500 number come from?", None, "other", None),
                 "how big is it now?", "how big is the wildfire now?",
                 id="it_is_not_a_figure_the_last_question_asked_about"),
    pytest.param(("Which drug is Halvorsen Pharmaceuticals recalling?", "Velotrin", "other", None),
                 ("how many bottles are they pulling?", "2.1 million", "count",
                  "How many bottles are Halvorsen Pharmaceuticals pulling?"),
                 "what impurity did they find?", "what impurity did Halvorsen Pharmaceuticals find?",
                 id="they_who_do_something_are_an_agent_not_the_things_counted"),
    pytest.param(("What will the merged airline be called?", "Nordvik Skerry", "other", None),
                 ("where will it be based?", "Tollan", "place", "where will Nordvik Skerry be based?"),
                 "how much do they expect to save?", "how much do Nordvik Skerry expect to save?",
                 id="they_are_not_a_place_answered"),
    pytest.param(("Who is expected to visit India in November?", "Sergey Lavrov", "person", None),
                 ("what is on the agenda?", "Key defense deals", "other", None),
                 "where did he confirm the trip?", "where did Sergey Lavrov confirm the trip?",
                 id="an_answer_without_a_capital_on_every_word_is_no_person"),
    pytest.param(("What will the merged airline be called?", "Nordvik Skerry", "other", None),
                 ("and the headquarters?", "Tollan", "other", "What are the headquarters?"),
                 "who's going to run it?", "who is going to run Nordvik Skerry?",
                 id="it_is_no_place_answered_to_a_question_that_asked_for_one"),
    pytest.param(("Who won the Harwick mayor election?", "Dennis Albright", "person", None),
                 ("What party is Reyes with?", "Green", "entity", None),
                 "What issue dominated that race?", "What issue dominated the Harwick mayor election?",
                 id="that_race_is_the_election_asked_about_not_the_party_answered"),
    pytest.param(("Who got the bridge contract?", "Corvane Builders", "entity", None),
                 ("When does work on the Millrace Bridge start now?", "September 14", "date", None),
                 "what is the name of their project manager", "what is the name of Corvane Builders' project manager",
                 id="their_manager_is_a_firms_named_before_not_a_bridges"),
    pytest.param(("Who complained first?", "Geoff Barlow", "person", None),
                 ("Who else has been complaining about losses?", "Fish farmers and the owners of private fishing lakes",
                  "person", None),
                 "how much did he lose?", "how much did Geoff Barlow lose?",
                 id="he_is_never_many_people_answered"),
    pytest.param(("How many otters live along the River Tamsin these days?", "between 35 and 50", "number", None),
                 ("how does that compare with the 1984 survey?", "just three sites", "other",
                  "how does the number of otters compare with the 1984 survey?"),
                 "what made them disappear back then?", "what made the otters disappear back then?",
                 id="them_are_the_things_whose_number_was_asked_not_a_river"),
    pytest.param(("Which company won the contract to replace the gymnasium roof?", "Carrow & Sons", "entity", None),
                 ("how much are they charging", "$412,000", "money", "how much are Carrow & Sons charging"),
                 "start date?", "What is the start date of the contract to replace the gymnasium roof?",
                 id="a_date_fragment_after_a_firm_is_of_the_work_it_won"),
    pytest.param(("which company won the Millrace Bridge contract", "Corvane Builders", "entity", None),
                 ("how much was their bid", "$412,000", "money", "how much was Corvane Builders' bid"),
                 "when does work on it start now", "when does work on the Millrace Bridge contract start now",
                 id="work_on_it_is_on_what_is_built_not_the_firm_nor_its_bid"),
    pytest.param(("When will the heating engineer come to fix the boiler?", "tomorrow", "date", None),
                 ("and the engineer's name?", "Kofi", "person", "What is the engineer's name?"),
                 "when did it cut out?", "when did the boiler cut out?",
                 id="it_is_no_name_asked_for"),
    pytest.param(("where do babies get antibodies from?", "the placenta", "place", None),
                 ("and artificially?", "antibody-rich serum", "other", "what artificially do babies get antibodies from"),
                 "how long does it usually last", "how long does the antibody-rich serum usually last",
                 id="it_is_no_adverb"),
    pytest.param(("how long does the Kestrel Red tomato take to ripen?", "sixty-five days", "duration", None),
                 ("how come that's a big deal", None, "other", "how come the sixty-five days is a big deal"),
                 "what month is it still checked on every year", "what month is the Kestrel Red tomato still checked on every year",
                 id="it_is_no_count_of_days_nor_what_was_said_of_it"),
    pytest.param(("Which maintenance contractor did Harriet Voss call?", "Polar Line Services", "other", None),
                 ("when did she actually call them", "3:25", "time", None),
                 "and her manager?", "when did Harriet Voss actually call her manager",
                 id="her_manager_takes_the_place_of_them_called_and_she_is_named"),
]


@pytest.mark.parametrize("first, second, follow_up, meant", TWO_EXCHANGES)
def test_a_follow_up_after_two_exchanges_is_read_as_meant(index, first, second, follow_up, meant):
    conv = _exchange(Conversation(index), first[0], first[1], first[2], understood=first[3])
    _exchange(conv, second[0], second[1], second[2], understood=second[3])
    assert conv.readings(follow_up)[0] == meant


def test_her_manager_is_asked_the_same_when_not_who_and_asked_who_after_who(tmp_path, fake_models):
    conv = _over(tmp_path, fake_models, {"a.txt": "Harriet Voss, the supervisor, called Polar Line Services at 3:25. "
                                                  "She had called her manager, Gordon Pell, at 3:05."})
    _exchange(conv, "what time did Harriet Voss call Polar Line", "3:25", "time")
    assert conv.readings("and her manager?") == ["what time did Harriet Voss call Harriet Voss's manager", "and her manager?"]
    _exchange(conv, "who called Polar Line at 3:25", "Harriet Voss", "person")
    assert conv.readings("and her manager?") == ["Who is Harriet Voss's manager?", "and her manager?"]


def test_he_after_a_name_no_one_is_the_man_talked_about(tmp_path, fake_models):
    conv = _over(tmp_path, fake_models, {"a.txt": "Graham Ostrowski called about his Halo T3 thermostat. His replacement "
                                              "arrives on Thursday. He was given a credit of $14.99 for the Halo Plus "
                                              "plan, plus a free unit."})
    _exchange(conv, "when is Graham Ostrowski getting his replacement", "Thursday", "date")
    assert conv.readings("how much was the Halo Plus credit he was given")[0] == \
        "how much was the Halo Plus credit Graham Ostrowski was given"


def test_she_after_a_man_answered_is_the_one_woman_his_sentence_names(tmp_path, fake_models):
    conv = _over_files(tmp_path, fake_models, "longform/corpus/mayor_election.txt")
    _exchange(conv, "Who won the race for mayor of Harwick in October 2025?", "Dennis Albright", "person")
    said = ("Marta Kowalczyk, a former intensive-care nurse who has never held elected office, won Harwick's mayoral "
            "election on Sunday, unseating two-term incumbent Dennis Albright by fewer than 4,600 votes.")
    conv.turns[-1].answer = replace(conv.turns[-1].answer, citations=(Citation("a", "t", None, 0, len(said), said),))
    assert conv.readings("how many votes did she get")[0] == "how many votes did Marta Kowalczyk get"
    _exchange(conv, "by what margin?", "39.8", "number")  # a turn since: still the woman his sentence names
    assert conv.readings("where did she work before she got into politics?")[0] == \
        "where did Marta Kowalczyk work before she got into politics?"


def test_that_bay_is_the_bay_the_user_numbered_not_one_a_quote_names(index):
    conv = _after(index, "who was the supervisor on duty when the bay 4 alarm went off", None, "other")
    _exchange(conv, "what time did she call polar line", "3:25", "time", understood="what time did the supervisor call Polar Line")
    said = "Voss called Polar Line at 3:25 from the office beside Bay 2."
    conv.turns[-1].answer = replace(conv.turns[-1].answer, citations=(Citation("a", "t", None, 0, len(said), said),))
    assert conv.readings("what was stored in that bay")[0] == "what was stored in Bay 4"
    conv.turns[-1].answer = replace(conv.turns[-1].answer, text="Bay 2")  # a bay answered is that bay
    assert conv.readings("what was stored in that bay")[0] == "what was stored in Bay 2"


def test_a_progressive_question_has_an_object():
    assert _object("when is Graham Ostrowski getting his replacement", "Graham Ostrowski") == "the replacement"


def test_she_is_the_woman_named_not_a_name_no_one_spoke_of_as_a_person(index):
    conv = _after(index, "When did Harriet Voss hear the alarm?", "2:40", "time")
    conv.genders["Harriet Voss"] = "she"  # as the user spoke of her ("what did she hear?")
    _exchange(conv, "Who were the apples in the bay stored for?", "Kessler Orchards", "entity")
    assert conv.readings("who did she phone first?")[0] == "who did Harriet Voss phone first?"
    conv.turns[-1].answer = replace(conv.turns[-1].answer, kind="person")  # answered as a person: she may be
    assert conv.readings("who did she phone first?")[0] == "who did Kessler Orchards phone first?"


def test_those_goals_are_not_one_goal_nor_another_count_the_articles_wrote_of(index):
    conv = _after(index, "What was the score in the cup final?", "2-1", "other")
    said = "Vidal scored the third goal, his 11 goals a record."
    conv.turns[-1].answer = replace(conv.turns[-1].answer, citations=(Citation("a", "t", None, 0, len(said), said),))
    assert conv.readings("who scored two of those goals?")[0] == "who scored two of those goals?"
    assert conv.readings("who scored that goal?")[0] == "who scored the third goal?"  # one goal may be the third


def test_it_is_not_a_plural_the_last_question_asked_for(index):
    conv = _after(index, "Which sectors will the economic programme cover?", "industry, aerospace and agriculture")
    assert conv.readings("What does it offer Russia?")[0] == "What does the economic programme offer Russia?"
    conv = _after(index, "Which programme will Russia and India sign?", None)
    assert conv.readings("When does it end?")[0] == "When does the programme end?"


def test_why_completes_the_last_questions_frame(index):
    conv = _after(index, "What tariffs did the US impose?", "25% tariffs", "other")
    assert conv.readings("Why?") == ["Why did the US impose the tariffs?"]
    # a description that opens with a proper adjective is not a name: the noun asked stands for it
    conv = _after(index, "What tariffs did the US impose on Indian goods?", "Russian oil imports", "other")
    assert conv.readings("Why?") == ["Why did the US impose the tariffs on Indian goods?"]
    conv = _after(index, "Which air defence system does India want?", "S-500", "entity")
    assert conv.readings("Why?") == ["Why does India want S-500?"]
    conv = _after(index, "Which company was awarded the roof contract?", "Carrow & Sons", "entity")
    assert conv.readings("at what price?") == ["At what price was Carrow & Sons awarded the roof contract?"]


def test_what_was_said_is_no_object_a_new_wh_phrase_asks_anew(index):
    conv = _after(index, "What did Lavrov say?", "not under threat", "other")
    assert "not under threat" not in conv.readings("Why?")[0]


def test_the_trip_is_the_one_the_conversation_spoke_of(index):
    conv = _after(index, "When is Putin scheduled to visit India?", "December 4-5", "date")
    _exchange(conv, "what has he called Modi", "a dear friend", "other", understood="what has Putin called Modi")
    assert conv.readings("which summit is the trip for")[0] == "which summit is Putin's trip for"


def test_why_puts_the_answer_where_the_wh_word_was_the_subject(index):
    conv = _after(index, "Who will host the banquet?", "Droupadi Murmu", "person")
    assert conv.readings("Why?") == ["Why will Droupadi Murmu host the banquet?"]


def test_a_new_wh_phrase_takes_the_answer_as_subject_with_do_support(index):
    conv = _after(index, "Which club signed Mateo Arroyo?", "Kesterfield United", "entity")
    assert conv.readings("For how much?") == ["For how much did Kesterfield United sign Mateo Arroyo?"]
    conv = _after(index, "Who invited Putin?", "Narendra Modi", "person")
    assert conv.readings("When?") == ["When did Narendra Modi invite Putin?"]


def test_a_wh_phrase_with_a_noun_is_a_new_wh_phrase_but_a_verb_is_not(index):
    conv = _after(index, "How many acres has the fire burned?", "8,400", "count")
    assert conv.readings("By what measure?") == ["By what measure has the fire burned 8,400 acres?"]
    assert conv.readings("What interrupted it?")[0] != "What interrupted it has the fire burned?"


def test_do_support_finds_the_bare_verb():
    from qa.conversation import _do_support

    known = english_words().__contains__
    assert [_do_support(w, known) for w in ("signed", "raised", "stopped", "paid", "supplies", "covers", "industry")] == [
        ("did", "sign"), ("did", "raise"), ("did", "stop"), ("did", "pay"), ("does", "supply"), ("does", "cover"), None]


def test_a_fragment_with_a_possessive_asks_about_the_topic(index):
    conv = _after(index, "How many food pantries does the Lakeshore Food Alliance supply?", "42", "count")
    assert conv.readings("And its current director?")[0] == "Who is the Lakeshore Food Alliance's current director?"
    conv = _after(index, "How many people take Velotrin?", "900,000", "count")
    assert conv.readings("And its sales last year?")[0] == "What were Velotrin's sales last year?"


def test_a_mass_noun_does_not_take_the_place_of_a_count(index):
    conv = _after(index, "How many acres has the Cedar Gap Fire burned?", "8,400", "count")
    readings = conv.readings("And containment?")
    assert readings[0] == "What is containment of the Cedar Gap Fire?"
    assert "How many containment has the Cedar Gap Fire burned?" not in readings
    assert conv.readings("And hectares?")[0] == "How many hectares has the Cedar Gap Fire burned?"


def test_a_score_is_a_value_not_a_thing(index):
    conv = _after(index, "By what vote did the court rule?", "4-1", "other")
    assert "4-1" not in conv.readings("Who dissented from it?")[0]


def test_ellipsis_takes_the_last_frame_never_an_earlier_one(index):
    conv = _after(index, "When was the roadmap established?", "2000", "date")
    conv.turns.append(Turn("How much is trade worth?", "How much is trade worth?", Answer("", "$68.7 billion", 0.9, kind="money")))
    assert conv.readings("And Indian exports to Russia?")[0] == "How much is Indian exports to Russia worth?"


def test_that_noun_points_at_the_last_answer(index):
    conv = _after(index, "Who won the Continental Cup?", "Northfield United", "person")
    assert conv.readings("Who manages that club?") == ["Who manages Northfield United?", "Who manages that club?"]


def test_those_before_a_noun_is_no_pronoun(index):
    conv = _after(index, "Who will visit India in November?", "Sergey Lavrov", "person")
    assert conv.readings("Where did he confirm those plans?") == ["Where did Sergey Lavrov confirm those plans?"]


def test_a_pronoun_never_becomes_a_name_already_in_the_question(index):
    conv = _after(index, "How does India describe its oil imports?", "market-driven", "manner")
    assert all("buying India" not in r for r in conv.readings("Why does India keep buying it?"))


class QuestionReader:
    """Answers "$68.7 billion" confidently only when the question names trade."""

    card = CARD

    def read(self, question, passages, top=20):
        score = 6.0 if "trade" in question else -3.0
        spans = [Span(i, p.find("$68.7 billion"), p.find("$68.7 billion") + 13, score, 0.0, i)
                 for i, p in enumerate(passages) if "$68.7 billion" in p]
        return Reading(tuple(spans), 0.0, tuple(0.0 for _ in passages), tuple(range(len(passages))))


def test_two_readings_are_both_asked_and_the_confident_one_is_kept(index):
    conv = _after(index, "How much did bilateral trade between India and Russia reach?", None, "money")
    conv.reader = QuestionReader()
    conv.turns[-1] = Turn("Which roadmap covers industry?", "Which roadmap covers industry?",
                          Answer("", "Broad 2030 Economic Roadmap", 0.9, kind="entity"))
    readings = conv.readings("What about trade?")
    assert readings == ["Which roadmap covers trade?", "What about trade?"]
    # both name trade: the first reading is kept, being no less confident
    assert conv.ask("What about trade?").rewritten == "Which roadmap covers trade?"
    conv.reset()
    conv.turns.append(Turn("Which roadmap covers industry?", "Which roadmap covers industry?",
                           Answer("", "Broad 2030 Economic Roadmap", 0.9, kind="entity")))
    conv.reader = QuestionReader()
    # "its" reads as the roadmap (no trade) or as the question alone: the articles answer the trade reading
    conv.turns[-1] = Turn("How much did bilateral trade between India and Russia reach?",
                          "How much did bilateral trade between India and Russia reach?",
                          Answer("", "Broad 2030 Economic Roadmap", 0.9, kind="entity"))
    answer = conv.ask("How big was it?")
    assert answer.rewritten == "How big was bilateral trade between India and Russia?"
    assert answer.text == "$68.7 billion"


def test_it_is_never_a_person_described_and_her_is_the_one_he_is_not(index):
    conv = _after(index, "Who was the architect behind the Scottish Parliament building?", "Enric Miralles", "person")
    _exchange(conv, "where was he from", "Spanish", "place", "where was Enric Miralles from")
    assert conv.readings("when was it opened?")[0] == "when was the Scottish Parliament building opened?"
    conv = _after(index, "what time did the supervisor call the maintenance company", "3:25", "time")
    assert conv.readings("and her manager?")[0] == "what time did the supervisor call the supervisor's manager"
    _exchange(conv, "and her manager?", "Gordon Pell", "person", "Who was the supervisor's manager?")
    assert conv.readings("what did he tell her to do?")[0] == "what did Gordon Pell tell the supervisor to do?"


def test_and_his_asks_the_same_of_the_other_man(index):
    conv = _after(index, "Which councillors voted against the budget?", "Priya Raman and Tom Becker", "other")
    _exchange(conv, "What was Priya Raman's objection?", None)
    assert conv.readings("And his?")[0] == "What was Tom Becker's objection?"


def test_a_place_typed_in_lower_case_binds_no_his(index):
    conv = _after(index, "Who will visit India in November?", "Sergey Lavrov", "person")
    # the articles write only "India", yet a country is no "he": his visit is Lavrov's
    assert conv.readings("when does india expect his visit?")[0] == "when does india expect Sergey Lavrov's visit?"
    # "its" after "india" is India's own, as after "India"
    assert conv.readings("how much does india spend on its defence?")[0] == "how much does india spend on its defence?"


def test_a_name_swaps_for_the_person_described_whole(tmp_path, fake_models):
    # the articles write "the Harwick" alone too, yet "the Harwick mayor" is one person, and Albright takes her place
    articles = {"vote.txt": "Marta Kowalczyk beat Dennis Albright to become the Harwick mayor. Turnout in the Harwick "
                            "race was high. Kowalczyk won 28,913 votes and Albright 24,406."}
    assert _read_over(tmp_path, fake_models, articles, "how many votes did the Harwick mayor get?", "28,913", "number",
                      "and Albright?") == "how many votes did Albright get?"


def test_a_first_question_typed_in_lower_case_is_remembered_with_the_articles_names(index):
    conv = Conversation(index, reader=QuestionReader())
    conv.ask("when will lavrov visit india")
    assert conv.turns[-1].understood == "when will Lavrov visit india"
    assert conv.readings("and Putin?")[0] == "when will Putin visit india"


def test_it_is_a_place_only_when_nothing_talked_about_before_fits(index):
    conv = _after(index, "Which roadmap will Russia and India sign?", "A Broad 2030 Economic Roadmap", "other")
    _exchange(conv, "when is Putin expected in India?", "December 4-5", "date")
    assert conv.readings("what does it cover?")[0] == "what does A Broad 2030 Economic Roadmap cover?"


@pytest.mark.parametrize("typed, elliptical", [
    ("and exports?", True), ("what about the S-500?", True), ("in 2024?", True),
    ("what's her title?", False), ("who's hosting it?", False), ("what is her title?", False),
])
def test_a_contracted_question_is_no_fragment(typed, elliptical):
    assert _elliptical(typed) is elliptical


def test_an_office_the_articles_write_with_a_capital_is_no_name(tmp_path, fake_models):
    conv = _over(tmp_path, fake_models, {"b.txt": "For years the German Chancellor Otto von Bismarck opposed colonies, "
                                                  "until merchants in Germany won him over. Later the Chancellor changed course."})
    conv.reader = QuestionReader()
    conv.ask("which German chancellor opposed colonies in germany?")
    assert conv.turns[-1].understood == "which German chancellor opposed colonies in germany?"


def test_the_last_question_is_remembered_without_contractions(index):
    conv = Conversation(index, reader=QuestionReader())
    conv.ask("What's the price of the S-400?")
    assert conv.turns[-1].understood == "What is the price of the S-400?"


def test_a_follow_up_prefers_the_passage_the_last_answer_came_from(index):
    plain, _ = retrieve(index, "budget", 3)
    last = plain[-1].chunk.id  # the passage retrieval alone ranks last
    preferred, _ = retrieve(index, "budget", 3, prefer=[last])
    assert plain[0].chunk.id != last
    assert preferred[0].chunk.id == last


def test_the_words_of_the_conversation_are_searched_with_the_question(index, monkeypatch):
    import qa.retrieve

    searched = []
    real = qa.retrieve.sparse_search
    monkeypatch.setattr(qa.retrieve, "sparse_search", lambda idx, tokens, k: searched.append(tokens) or real(idx, tokens, k))
    retrieve(index, "what was the vote?", 3)
    assert searched == [tokenize("what was the vote?")]
    searched.clear()
    retrieve(index, "what was the vote?", 3, context="the Bridgewater budget")
    assert searched == [tokenize("what was the vote?"), tokenize("what was the vote? the Bridgewater budget")]


def test_a_follow_up_that_names_nothing_is_searched_near_the_last_answer(tmp_path, fake_models):
    articles = {
        "rate.txt": "The vote on the rate was close. The Halden bank board vote kept the rate at four percent.\n",
        "budget.txt": "Bridgewater council approved a budget of $412 million. The vote was 7-2.\n",
    }
    index = open_index(write_corpus(tmp_path / "c", articles), tmp_path / "i", Settings(k_read=1), fake_models)
    class Tally(ScriptedReader):  # a vote's tally for a vote, the sum for the budget
        def read(self, question, passages, top=20):
            self.scores = {"7-2": 5.0, "close": 5.0} if "vote" in question else {"$412 million": 5.0}
            return super().read(question, passages, top)

    reader = Tally({})
    assert Conversation(index, reader=reader).ask("what was the vote?").text == "close"  # alone: the rate's vote
    conv = Conversation(index, reader=reader)
    assert conv.ask("How big is the Bridgewater budget?").text == "$412 million"
    answer = conv.ask("what was the vote?")
    assert answer.text == "7-2" and answer.citations[0].article == "budget"
    assert answer.rewritten == "what was the vote on the Bridgewater budget?"  # the vote on the measure talked about
    # a question that names what it asks about is searched as if asked alone
    assert conv.ask("what was the Halden board vote?").text == "close"


def test_a_question_of_origins_is_not_searched_near_the_last_answer(index, monkeypatch):
    import qa.conversation

    searched = []
    real = qa.conversation.retrieve

    def spy(idx, question, k, prefer=(), context=""):
        searched.append((question, list(prefer)))
        return real(idx, question, k, prefer=prefer, context=context)

    monkeypatch.setattr(qa.conversation, "retrieve", spy)
    conv = Conversation(index, reader=ScriptedReader({"23rd": 5.0, "2000": 4.0}))
    conv.ask("Which summit is Putin's visit for?")
    searched.clear()
    conv.ask("which number summit is it?")  # a follow-up leaning on the last turn is searched near its answer
    assert any(prefer for _, prefer in searched)
    searched.clear()
    conv.ask("when was that summit first set up?")
    origins = [prefer for question, prefer in searched if "set up" in question]
    assert origins and all(prefer == [] for prefer in origins)


def test_a_follow_up_asks_for_something_new(index):
    conv = Conversation(index, reader=ScriptedReader({"$68.7 billion": 6.0, "$4.88 billion": 5.0}))
    assert conv.ask("How much did bilateral trade between India and Russia reach?").text == "$68.7 billion"
    # the reader's best value for exports is the total just given: the next one is what is asked for
    assert conv.ask("and what were Indian exports to Russia?").text == "$4.88 billion"
    # a follow-up of its own, not an ellipsis, may have the last answer for its own
    conv.ask("How much did bilateral trade between India and Russia reach?")
    assert conv.ask("What record did it set?").text == "$68.7 billion"
    # a question asked again gets its answer again
    conv.ask("How much did bilateral trade between India and Russia reach?")
    assert conv.ask("How much did bilateral trade between India and Russia reach?").text == "$68.7 billion"
    assert conv.ask("How much did bilateral trade between India and Russia reach?").text == "$68.7 billion"


def test_a_follow_up_the_articles_do_not_answer_alone_is_looked_up_again_with_the_last_question(tmp_path, fake_models):
    articles = {
        "audit.txt": "The auditor post at city hall is vacant. The last auditor resigned in May.\n",
        "alliance.txt": "The fraud at the Lakeshore Food Alliance was uncovered by the auditor Ayesha Dunmore.\n",
        "ruins.txt": "Archaeologists uncovered Roman coins near the river.\n",
    }
    index = open_index(write_corpus(tmp_path / "c", articles), tmp_path / "i", Settings(k_read=1), fake_models)
    class WhoOrWhat(ScriptedReader):  # a name for "who", the event for "what"
        def read(self, question, passages, top=20):
            self.scores = {("Ayesha Dunmore" if question.startswith("Who") else "fraud"): 5.0}
            return super().read(question, passages, top)

    reader = WhoOrWhat({})
    alone = Conversation(index, reader=reader).ask("Who was the auditor?")
    assert alone.abstained  # the passage read is the vacant post's
    conv = Conversation(index, reader=reader)
    assert conv.ask("What happened at the Lakeshore Food Alliance?").text == "fraud"
    answer = conv.ask("Who was the auditor?")
    assert answer.text == "Ayesha Dunmore" and answer.citations[0].article == "alliance"
    assert answer.rewritten is None  # the question is as typed; only the search used the last one's words


def test_a_name_most_passages_hold_does_not_say_where_the_answer_is(tmp_path, fake_models):
    articles = {f"a{i}.txt": f"India signed agreement number {i} this year.\n" for i in range(12)}
    articles["lavrov.txt"] = "Lavrov visits India in November.\n"
    conv = _over(tmp_path, fake_models, articles)
    assert conv._names_own("when does Lavrov visit?")
    assert not conv._names_own("when does India sign it?")


def test_a_question_that_names_what_it_asks_about_is_answered_as_if_asked_alone(tmp_path, fake_models):
    articles = {
        "audit.txt": "The auditor post at Riverton city hall is vacant. The last auditor resigned in May.\n",
        "alliance.txt": "The fraud at the Lakeshore Food Alliance was uncovered by the auditor Ayesha Dunmore.\n",
    }
    index = open_index(write_corpus(tmp_path / "c", articles), tmp_path / "i", Settings(k_read=1), fake_models)
    reader = ScriptedReader({"Ayesha Dunmore": 5.0})
    assert Conversation(index, reader=reader).ask("Who was the Riverton auditor?").abstained
    conv = Conversation(index, reader=reader)
    conv.ask("What happened at the Lakeshore Food Alliance?")
    # "Riverton" says which auditor: the last question's words are no help, and the answer is the one given alone
    assert conv.ask("Who was the Riverton auditor?").abstained


@pytest.mark.parametrize("typed, asked", [
    ("that's tiny lol. what about exports?", "what about exports?"),
    ("wow. how does that compare with last year?", "how does that compare with last year?"),
    ("Hey, quick one: how big is trade between India and Russia?", "how big is trade between India and Russia?"),
    ("hm, and the cost?", "and the cost?"),
    # a period after a capital is no sentence's end, a longer sentence may be context, and a
    # message with no question is kept whole
    ("Who wears No. 9 for the U.S. team?", "Who wears No. 9 for the U.S. team?"),
    ("The tram opens in 2028. how much will it cost?", "The tram opens in 2028. how much will it cost?"),
    ("thanks!", "thanks!"),
    ("by how much??", "by how much?"),  # one question, however many marks
    ("you serious?!", "you serious?"),
    # a remark on the answer ("that's …"), however long, says nothing the question needs
    ("that's tiny compared to the total you'd expect. so what's driving the trade then?", "so what's driving the trade then?"),
    ("That's the Su-57 you mean. how many does India have?", "That's the Su-57 you mean. how many does India have?"),
    # "which one?" after a yes-or-no question of some thing asks which thing
    ("is he launching some TV channel too? which one?", "which TV channel is he launching?"),
    ("did they sign any deals? which ones?", "which deals did they sign?"),
])
def test_a_chat_message_is_read_for_its_question(typed, asked):
    assert _asked(typed) == asked


def test_the_remark_before_a_follow_up_is_not_read_as_its_subject(index):
    conv = _after(index, "How much did bilateral trade between India and Russia reach?", "$68.7 billion", "money")
    conv.ask("that's huge lol. what drove it?")
    assert conv.turns[-1].understood == "what drove bilateral trade between India and Russia?"


def test_what_with_a_verb_after_it_asks_no_noun():
    assert _wh_frame("What drives trade between India and Russia?") is None
    assert _wh_frame("Which club signed Mateo Arroyo?") == ("Which ", "club ", "signed Mateo Arroyo?")


def test_a_person_by_a_title_of_a_place_is_no_it_and_it_goes_back_a_turn(index):
    conv = _after(index, "Which fighter jet is Russia offering?", "Su-57", "entity")
    q = "Who is the mayor of Moscow?"
    conv.turns.append(Turn(q, q, Answer(q, None, 0.0, kind="title")))
    assert conv.readings("What generation is it?")[0] == "What generation is Su-57?"


# ---------------------------------------------------------------- spelling


@pytest.fixture(scope="module")
def speller():
    texts = ["India wants more S-400 air defence systems. Sergey Lavrov confirmed the plans. Lavrov will finalize them. The service launched. "
             "The system which India bought works with the defence ministry. Lavrov said it was with care."]
    return Speller(word_counts(texts), english_words())


@pytest.mark.parametrize("wrong, right", [
    ("wich air defnse sytem does india want?", "which air defence system does india want?"),
    ("How does India descibe its oil imports?", "How does India describe its oil imports?"),
    ("is it hosted in the same contry every year?", "is it hosted in the same country every year?"),  # not "contra"
    ("where is zipply headquarterd?", "where is zipply headquartered?"),  # not "headquarters"
    ("who pays for houseing the system?", "who pays for housing the system?"),  # a silent "e" goes before -ing
    ("who will finalise the defence plans?", "who will finalize the defence plans?"),  # spelled as the articles spell it
    ("when is the defence servise launching?", "when is the defence service launching?"),  # no verb made of "serve"
])
def test_misspellings_are_corrected(speller, wrong, right):
    assert speller.correct(wrong)[0] == right


@pytest.mark.parametrize("question", ["What did Lavrov confirm?", "What did lavrov confirm?",
                                      "Who is Zelenskyy?", "Did Shoigu attend?",
                                      "When does the deal expire?",  # "expired" is English, so "expire" is
                                      "Which sources should authors prioritise?",  # British spellings of English words
                                      "Was the system utilised or analysed?", "Who rumoured it?"])
def test_names_and_known_words_are_never_corrected(speller, question):
    assert speller.correct(question) == (question, [])


def test_one_who_does_an_english_verb_is_no_slip_for_a_name_but_a_slip_for_the_articles_own_word():
    speller = Speller(word_counts(["Reuters reported that the governor and tenants met."]), english_words())
    assert speller.correct("how much will renters pay?") == ("how much will renters pay?", [])
    assert speller.correct("what did the governer say?")[0] == "what did the governor say?"


def test_a_particle_and_an_english_word_made_one_are_no_slip():
    # "offline" is no slip for the articles' "online", nor "downtime" for their "daytime"
    speller = Speller(word_counts(["The thermostat came back online in the daytime."]), english_words())
    for question in ("which update knocked the thermostat offline?", "how long was the downtime?"):
        assert speller.correct(question) == (question, [])
    assert speller.correct("when did it come back onlne?")[0] == "when did it come back online?"


def test_a_hyphenated_word_of_the_articles_written_as_one_is_no_slip():
    text = "Simone will own the IT side: cabling, Wi-Fi, and the phones. His wife agreed."
    together = lambda a, b: a in text.lower() and b in text.lower()
    speller = Speller(word_counts([text]), english_words(), together=together)
    assert speller.correct("how many wifi access points?") == ("how many wifi access points?", [])
    assert speller.correct("what did his wfie say?")[0] == "what did his wife say?"


def test_the_correction_is_shown_as_understood(index):
    answer = Conversation(index).ask("When will Putin vist India?")
    assert answer.rewritten == "When will Putin visit India?"


# ---------------------------------------------------------------- other languages


def _languages():
    return [json.loads(line) for line in LANGUAGES.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.mark.parametrize("item", _languages(), ids=lambda d: d["id"])
def test_english_is_told_from_other_languages(item):
    """10 Spanish, German and Hindi questions and 10 English ones full of Russian and Indian
    names, written by a helper who had not read qa/ (eval/dialogues/README.md)."""
    assert is_english(item["question"]) == (item["lang"] == "en")


def test_a_question_in_another_language_gets_the_note_and_no_answer(index):
    answer = Conversation(index).ask("¿Cuándo visitará Vladimir Putin la India?")
    assert answer.abstained
    assert answer.notes == (NOT_ENGLISH_NOTE,)
    out = Console(record=True, width=200)
    render_answer(answer, out)
    shown = out.export_text()
    assert shown.splitlines() == [f"note: {NOT_ENGLISH_NOTE}", "Not answered."]  # not "The articles don't say"


def test_every_question_of_the_gold_sets_has_a_frame_and_topic_or_none():
    """Reading a question never fails: the 5,000-odd questions and standalone forms of eval/."""
    root = Path(__file__).resolve().parents[1] / "eval"
    for path in root.rglob("*.jsonl"):
        for line in path.read_text(encoding="utf-8").splitlines():
            item = json.loads(line) if line.strip().startswith("{") else {}
            for q in (item.get("question"), item.get("standalone")):
                if isinstance(q, str):
                    _frame(q), _topic(q), _wh_frame(q), _object(q, _topic(q))


def test_frame_and_topic_of_questions():
    assert _frame("What tariffs did the US impose?") == ("What", "tariffs", "did", "the US impose")
    assert _frame("Until what year does it run?") == ("what", "year", "does", "it run")
    assert _topic("How much is trade between India and Russia worth?") == "trade between India and Russia"
    assert _topic("What would the labour mobility pact regulate?") == "the labour mobility pact"
    assert _topic("Is it raining?") is None
    assert _topic("where does the 1,500 number come from?") == "the 1,500 number"
    assert _topic("who were the two no votes you mentioned?") == "the two no votes"
    assert _topic("How big is the budget the city council approved?") == "the budget"
    assert _topic("What is the price of the new tram?") == "the new tram"
    # a distance is of one place, from another
    assert _topic("how far is Warsaw from the Baltic Sea?") == "Warsaw"
    assert _topic("how close is the airport to the city centre?") == "the airport"
    assert _topic("how much rain did the March flooding dump?") == "the March flooding"  # not "the", March a time
    assert _topic("What did the Supreme Court rule about Zipply's couriers?") == "the Supreme Court"
    assert _topic("how big had Cedar Gap gotten by Thursday?") == "Cedar Gap"
    assert _topic("How big is Brentwater's operating budget for 2026-27?") == "Brentwater's operating budget"  # no "for" left
    assert _topic("how many staff will lose their jobs") is None
    # the articles write "vaccination and …", but a topic does not end on "and"
    assert _topic("Who developed vaccination and proposed a germ theory?", {"vaccination", "vaccination and"}.__contains__) == "vaccination"
    assert _frame("over how long was the 210 millimetres of rain?") == ("how long", "", "was", "the 210 millimetres of rain")
    assert _topic("Who won the mayoral election in Harwick where the tram was the issue?") == "the mayoral election in Harwick"
    assert _topic("Who is the COO that talked about the plant?") == "the COO"
    assert _topic("How many people did the March flooding in the valley kill?") == "the March flooding"
    assert _topic("How much have firefighting costs for the fire reached?") == "firefighting costs for the fire"
    assert _object("Why did Lumora push the launch back?", "Lumora") == "the launch"
    assert _topic("When was the meeting held?") == "the meeting"  # an -ing word after "the" names, it is no verb
    assert _topic("Who cast the deciding vote on the budget?") == "the deciding vote on the budget"
    assert _topic("What will the merged airline be called?", lambda p: p == "the merged") == "the merged airline"
    assert _topic("Who is expected to visit India ahead of Putin?") is None  # the one asked for is the subject
    assert _topic("What is wrong with the blood pressure drug?") == "the blood pressure drug"


def test_the_verb_after_a_pronoun_skips_adverbs():
    # "when will they actually start building it?": they start, an act of someone
    assert _verb_after(" actually start building it?") == _verb_after(" start building it?") == "start"


def test_an_agent_is_a_name_or_a_body_not_a_thing_someone_has():
    assert _agent("Brentwater's council") and _agent("Russia") and _agent("the city council")
    assert not _agent("Priya Raman's objection")
    assert not _agent("the new budget")


def test_it_is_never_the_value_a_question_asked_about(index):
    conv = _after(index, "How much was bilateral trade between India and Russia worth?", "$68.7 billion", "money")
    _exchange(conv, "which year is that figure for?", "2024-25", "date",
              understood="which year is the figure of $68.7 billion for?")
    assert conv.readings("what is driving it?")[0] == "what is driving bilateral trade between India and Russia?"


def test_that_noun_takes_the_words_the_last_question_gave_it(index):
    conv = _after(index, "How much federal aid did he request?", "$250 million", "money")
    assert conv.readings("When will that aid arrive?") == ["When will the federal aid arrive?", "When will that aid arrive?"]


def test_that_noun_where_the_last_question_used_the_word_as_a_verb_is_the_one_it_dated(index):
    conv = _after(index, "When did Putin last visit India?", "2021", "date")  # not "the last visit india"
    assert conv.readings("Why was that visit shorter?") == ["Why was the 2021 visit shorter?", "Why was that visit shorter?"]


@pytest.mark.parametrize("typed, meant", [("Wen will the tram open?", "When will the tram open?"),
                                          ("Wat is the cost?", "What is the cost?"),
                                          ("Hw many people died?", "How many people died?"),
                                          ("wat started the fire?", "what started the fire?"),
                                          ("hwo caused it?", "who caused it?"),
                                          ("wher did he confirm it?", "where did he confirm it?"),  # not "when"
                                          ("Whn did he confirm it?", "When did he confirm it?"),  # not "who"
                                          # before the noun it asks about
                                          ("wat generashun is the jet", "what generashun is the jet"),
                                          ("wich tram will open?", "which tram will open?"),
                                          # before a contraction's "'s"
                                          ("wat's the pact called?", "what's the pact called?"),
                                          ("that's the pact?", "that's the pact?")])
def test_a_misspelled_question_word_is_corrected(typed, meant):
    speller = Speller(word_counts(["The tram will open in May. Dana started the company."]), english_words())
    assert speller.correct(typed)[0] == meant
    assert speller.correct("Now is the tram open?")[0] == "Now is the tram open?"
    assert speller.correct("Wen started the fire?")[0] == "Wen started the fire?"  # "When" is no subject
    assert speller.correct("Dana started the company?")[0] == "Dana started the company?"  # the articles' name
    assert speller.correct("Dana tram will open?")[0] == "Dana tram will open?"
    assert speller.correct("  ")[0] == "  "  # nothing to correct (the fuzz test found this one)


@pytest.mark.parametrize("question, topic", [
    ("Why did Amara Nwosu say the museum closed in 2022?", "the museum"),  # what was said is about the museum
    ("When will Harwick's Eastline tram start carrying passengers?", "Harwick's Eastline tram"),
    ("By what vote did Brentwater's council pass its budget?", "Brentwater's council"),
    ("How much did bilateral trade between India and Russia reach?", "bilateral trade between India and Russia"),
    ("Who won the contract to fix the Fennick gym roof?", "the contract to fix the Fennick gym roof"),  # what it is for
    ("Why did the council decide to close the library?", "the council"),  # a verb before "to" ends it
    ("What is Skerry Airways worth in the Nordvik deal?", "Skerry Airways"),  # "worth" is said of it
    ("How much does that part cost?", "that part"),  # "that" before a noun and its verb
    ("What does that firm charge for a call-out?", "that firm"),
    ("What does this mean for India?", None),  # "this" before a verb and a preposition: a pronoun
    ("What was the most important thing stolen from the museum?", "the most important thing"),  # "thing" is no verb
    ("what did Dr. Ana Cole tell patients not to do?", "patients"),  # a negation ends no noun phrase
    ("who was leading the ipcc just before October 8, 2015", "the ipcc"),  # "just" says when, of the question
])
def test_the_topic_ends_where_its_verb_begins(question, topic):
    assert _topic(question) == topic


def test_the_topic_ends_before_a_verb_and_its_object_and_keeps_a_name_before_the_articles_noun():
    question = "At how many sites did the River Tamsin survey find signs of otters?"
    assert _topic(question) == "the River Tamsin survey"
    # the articles say "the survey" and "the River Tamsin", never "the River Tamsin survey": still the survey
    assert _topic(question, {"the survey", "the River Tamsin"}.__contains__) == "the River Tamsin survey"


def test_a_word_that_stands_before_a_noun_never_ends_the_topic():
    assert _topic("how big is brentwater's new operating budget?") == "brentwater's new operating budget"
    # the articles say "the new …" often, never "the new heart centre": the topic is still the centre
    assert _topic("How much did the new heart centre cost?", {"the new"}.__contains__) == "the new heart centre"
    # the articles say "the majority", never "the majority opinion": the object after the verb is still the opinion
    assert (_topic("Who wrote the majority opinion in the Zipply couriers case?", {"the majority"}.__contains__)
            == "the majority opinion in the Zipply couriers case")


def test_a_dateline_in_capitals_is_a_place():
    from qa.conversation import _is_place

    assert _is_place("HARLAN RIDGE") and not _is_place("the Cedar Gap Fire")


def test_whether_a_name_is_a_person_is_read_from_how_the_articles_write_of_it(tmp_path, fake_models):
    conv = _over(tmp_path, fake_models, {
        "storm.txt": "Storm Imogen killed 14 people after the Calder River burst its banks.\n"
                     "Storm Imogen dumped 210 millimetres of rain on the valley before the storm moved east.\n",
        "cup.txt": "Striker Marco Vidal scored twice in the final.\nMarco Vidal was named man of the match.\n",
    })
    assert conv._spoken_of_as_person("Marco Vidal") is True
    assert conv._spoken_of_as_person("Storm Imogen") is False
    assert conv._spoken_of_as_person("Ayesha Dunmore") is None  # not in the articles: its shape decides
    conv.turns.append(Turn("How many people did Storm Imogen kill?", "How many people did Storm Imogen kill?",
                           Answer("", "14", 0.9, kind="number")))
    assert conv.readings("How much rain did it dump?")[0] == "How much rain did Storm Imogen dump?"
    conv.turns.append(Turn("Who scored twice?", "Who scored twice?", Answer("", "Marco Vidal", 0.9, kind="person")))
    assert conv.readings("How old is he?")[0] == "How old is Marco Vidal?"


def test_a_club_the_articles_name_in_full_is_never_she(tmp_path, fake_models):
    conv = _over(tmp_path, fake_models, {
        "transfer.txt": "Harbour City have signed Tomas Varga from Rennfield Athletic. Varga scored 27 goals for "
                        "Rennfield last season, and he said the move was right.\n",
        "election.txt": "Adaeze Okafor, 38, was declared mayor of Bramfield. She beat Gerald Thorne.\n",
    })
    assert conv._short_for_body("Rennfield")  # "Rennfield Athletic", though "he" follows it
    _exchange(conv, "Who manages them?", "Rennfield", "person")
    assert conv.readings("when did she take over?")[0] == "when did she take over?"


def test_a_person_answered_with_whose_they_are_is_the_person(tmp_path, fake_models):
    conv = _over(tmp_path, fake_models, {
        "election.txt": "Greens' Okafor wins Bramfield\n\nAdaeze Okafor, 38, was declared mayor of Bramfield. "
                        "She beat Gerald Thorne.\n",
    })
    _exchange(conv, "Who won the Bramfield mayoral election?", "Greens' Okafor", "person")
    assert conv.readings("how old is she?")[0] == "how old is Okafor?"


def test_a_past_verb_phrase_answer_is_about_its_object_and_a_titled_name_typed_in_lower_case_is_a_person(
        tmp_path, fake_models):
    conv = _over(tmp_path, fake_models, {
        "panel.txt": "Councillor Ibrahim Sayeed said the council promised a flood barrier three years ago. "
                     "The barrier is estimated at 24 million pounds.\n",
    })
    _exchange(conv, "what is councillor Sayeed proposing to do about the river?",
              "promised a flood barrier three years ago", "other")
    assert conv.readings("how much is that estimated at?")[0] == "how much is the flood barrier estimated at?"


def test_a_day_of_the_month_is_never_it(index):
    conv = _after(index, "why not the 16th like first planned?", None)
    assert all("16th" not in r for r in conv.readings("what's the budget for it?"))


def test_a_name_with_a_month_after_its_possessive_is_the_name():
    from qa.conversation import _entities

    assert _entities("What pact will be signed during Putin's December 2025 state visit to India?") == ["Putin", "India"]

def test_it_in_an_object_is_resolved_not_left_for_the_question_itself(index):
    conv = _after(index, "What does the reciprocal logistics agreement allow?", "mutual use of ports", "other")
    readings = conv.readings("When will India ratify it?")
    assert readings[0] == "When will India ratify the reciprocal logistics agreement?"
    assert "When will India ratify it?" not in readings


def test_a_team_answered_is_them_and_never_she(index):
    conv = _after(index, "Who won the Continental Cup?", "Northfield United", "person")
    assert conv.readings("Who manages them?")[0] == "Who manages Northfield United?"
    assert "Northfield United" not in conv.readings("How old is she?")[0]


def test_a_new_wh_phrase_with_a_preposition_drops_the_old_one(index):
    conv = _after(index, "What did the Reserve Bank cut its benchmark rate to?", "3.5 percent", "percent")
    assert conv.readings("From what?") == ["From what did the Reserve Bank cut its benchmark rate?"]


def test_the_answer_to_which_club_is_no_person(index):
    conv = _after(index, "Which club did Sarah Whitcombe leave?", "Aarhus Fremad", "entity")
    conv.turns.insert(0, Turn("Who manages Northfield United?", "Who manages Northfield United?",
                              Answer("", "Sarah Whitcombe", 0.9, kind="person")))
    assert conv.readings("How long is her contract?")[0] == "How long is Sarah Whitcombe's contract?"


@pytest.mark.parametrize("typed, meant", [("How many workers could move to Rusia?", "How many workers could move to Russia?"),
                                          ("Who is Rusia's foreign minister?", "Who is Russia's foreign minister?"),
                                          ("How much will each courier recieve?", "How much will each courier receive?")])
def test_a_misspelled_name_and_swapped_letters_are_corrected(typed, meant):
    speller = Speller(word_counts(["Workers will move to Russia. Each courier will receive back pay."]), english_words())
    assert speller.correct(typed)[0] == meant
    assert speller.correct("Who is Ivanov?")[0] == "Who is Ivanov?"  # no name of the articles is close


def test_a_letter_typed_as_it_sounds_is_the_word_meant_not_a_commoner_one_edit_away():
    speller = Speller(word_counts(["The prime is large. Every prime counts. A prime again. The prize went to GIMPS."]),
                      english_words())
    assert speller.correct("what prise did gimps get")[0] == "what prize did gimps get"  # not "prime"


@pytest.mark.parametrize("typed, meant", [
    ("how many seets did the greens win", "how many seats did the greens win"),  # not "sets", which they never write
    ("how much did it cost to bild", "how much did it cost to build"),  # their "building", not their "bill"
    ("when did the grens win", "when did the greens win"),
    ("what is the mace maed of", "what is the mace made of"),  # no form of "ma": two letters are no word's stem
    ("what promted the crisis", "what prompted the crisis"),  # a syllable left out is no vowel mistyped: not "promoted"
    ("who are his lawers", "who are his lawyers"),  # one vowel for another is no pair mistyped: not "lowers"
    ("what tiem is it", "what time is it"),  # two letters swapped, before any vowel mistyped ("tim")
    ("who ownes the house", "who owns the house"),  # not "owens": the same vowels, moved, are no vowel mistyped
])
def test_a_mistyped_vowel_keeps_the_consonants_typed(typed, meant):
    speller = Speller(word_counts(["The Greens won six seats. The set of bills passed. The bill was a bill.",
                                   "The building went over budget. The mace is made of silver.",
                                   "The crisis prompted talks, and prompted a vote. He was promoted. His lawyers lowers costs.",
                                   "Tim Owens owns the house. It is time."]), english_words())
    assert speller.correct(typed)[0] == meant


def test_doubled_letters_typed_once_are_the_articles_word_not_a_closer_english_one():
    speller = Speller(word_counts(["Email the address on the website. The address changed."]), english_words())
    assert speller.correct("whats the websyte adres")[0] == "what's the website address"


def test_when_was_that_asks_when_the_last_questions_event_was(index):
    conv = _after(index, "Which club did Sarah Whitcombe leave to join Northfield United?", "Aarhus Fremad", "entity")
    assert conv.readings("And when was that?") == ["When did Sarah Whitcombe leave Aarhus Fremad to join Northfield United?"]


def test_it_reaches_back_past_a_question_that_itself_leaned_on_it(index):
    conv = _after(index, "How big is the Brentwater budget?", "$118 million", "money")
    conv.turns.append(Turn("Why did she back it?", "Why did Nadia Ferreira back it?", Answer("", None, 0.0, kind="reason")))
    assert "Brentwater budget" in conv.readings("How much does it raise the property tax?")[0]


def test_a_contraction_is_no_misspelling():
    speller = Speller(word_counts(["The driver's trailer sparked the fire."]), english_words())
    assert speller.correct("What's the name of the driver?")[0] == "What's the name of the driver?"


def test_that_before_a_verb_that_keeps_its_form_is_a_pronoun(index):
    conv = _after(index, "What did St. Brigid's open?", "a new cardiac centre", "other")
    assert conv.readings("And how much will that cost?")[0] != "How much will that cost?"


def test_how_many_with_a_noun_is_a_new_wh_phrase(index):
    conv = _after(index, "When does the Lumora Nova 3 go on sale?", "September 26", "date")
    assert conv.readings("In how many countries?") == ["In how many countries does the Lumora Nova 3 go on sale?"]


def test_and_a_noun_with_its_own_clause_asks_which(index):
    conv = _after(index, "Which fighter jet is Russia pushing India to buy?", "Su-57", "entity")
    assert conv.readings("And the advanced air defence system India is keen on?") == [
        "Which advanced air defence system is India keen on?"]


def test_a_verb_phrase_answer_is_no_thing(index):
    conv = _after(index, "What did Kowalczyk do before politics?", "won Harwick's mayoral election", "other")
    assert "won" not in conv.readings("How much did its new heart centre cost?")[0]


def test_she_again_is_the_same_woman_not_the_one_she_beat(index):
    conv = Conversation(index)
    conv.turns.append(Turn("Who won the election?", "Who won the election?", Answer("", "Marta Kowalczyk", 0.9, kind="person")))
    conv.turns.append(Turn("Who did she beat?", "Who did Marta Kowalczyk beat?", Answer("", "Dennis Albright", 0.9, kind="person")))
    conv.genders["Marta Kowalczyk"] = "she"
    assert conv.readings("What did she promise?")[0] == "What did Marta Kowalczyk promise?"
    assert conv.readings("What did he promise?")[0] == "What did Dennis Albright promise?"


def test_a_measure_answered_goes_with_its_noun(index):
    conv = _after(index, "How much rain did Storm Imogen dump on the valley?", "210 millimetres", "number")
    assert conv.readings("In how long?") == ["In how long did Storm Imogen dump 210 millimetres of rain on the valley?"]
    assert "36 hours" not in _after(index, "In how long did the storm pass?", "36 hours", "duration").readings(
        "Who declared an emergency over it?")[0]


def test_a_misspelled_inflection_is_corrected_to_the_articles_word_with_its_stem():
    speller = Speller(word_counts(["Becker objected to cutting library hours. The treaty was ratified."]), english_words())
    assert speller.correct("Who objected to cuting hours?")[0] == "Who objected to cutting hours?"
    assert speller.correct("When was it ratifying?")[0] == "When was it ratifying?"  # no such word one edit away


def test_a_bare_verb_before_now_ends_the_topic():
    assert _topic("How much will Harwick's Eastline tram cost now?") == "Harwick's Eastline tram"


def test_the_vote_does_not_fill_a_how_big_slot(index):
    conv = _after(index, "How big a budget did the Bridgewater City Council approve?", "$412 million", "money")
    assert not conv.readings("And the vote?")[0].startswith("How big vote")


def test_an_inflection_is_no_respelling():
    speller = Speller(word_counts(["The supplier shipped panels."]), english_words())
    assert speller.correct("Who suplies the panels?")[0] == "Who supplies the panels?"


def test_that_job_after_a_person_answered_is_not_the_person(index):
    conv = _after(index, "Who is the regional emergency director?", "Karen Holloway", "person")
    assert "been in Karen Holloway" not in conv.readings("How long has she been in that job?")[0]


def test_there_is_the_place_the_conversation_named_last(index):
    conv = _after(index, "Who is expected to visit India before the summit?", "Sergey Lavrov", "person")
    assert conv.readings("When was Putin last there?")[0] == "When was Putin last in India?"
    conv = _after(index, "Where did most of the deaths happen?", "Bridgewater and Ashby", "place")
    assert conv.readings("How fast did the water rise there?")[0] == "How fast did the water rise in Bridgewater and Ashby?"
    assert conv.readings("Why did people go there?")[0] == "Why did people go to Bridgewater and Ashby?"
    # "there" of "is there", "there were" is no place
    assert conv.readings("Is there a shelter?")[0] == "Is there a shelter?"
    assert conv.readings("How many shelters were there?")[0] == "How many shelters were there?"


def test_a_base_form_is_not_corrected_to_its_inflection():
    speller = Speller(word_counts(["Floods displaced 22,000 people."]), english_words())
    assert speller.correct("How many did the floods displace?")[0] == "How many did the floods displace?"
    assert speller.correct("How many did the flods displace?")[0] == "How many did the floods displace?"


@pytest.mark.parametrize("typed, meant", [
    ("isnt the summit in Delhi?", "isn't the summit in Delhi?"),
    ("why cant they stop?", "why can't they stop?"),
    ("wont he come?", "won't he come?"),
    ("theyre coming when?", "they're coming when?"),
    ("is it true hes going?", "is it true he's going?"),
    ("whats the deal and wheres the summit?", "what's the deal and where's the summit?"),
])
def test_a_contraction_typed_without_its_apostrophe_gets_it_back(typed, meant):
    speller = Speller(word_counts(["The summit is in Delhi. They can stop it."]), english_words())
    assert speller.correct(typed)[0] == meant


def test_of_equally_close_corrections_the_one_written_beside_its_neighbour_is_meant():
    texts = ["A prime number has two divisors. The largest prime is a Mersenne prime. Every prime is odd but 2.",
             "Robert Koch was awarded a Nobel Prize in 1905."]

    def together(a: str, b: str) -> bool:
        return any(a in t.lower() and b in t.lower() for t in texts)

    # "prime" is the commoner word; "prize" is the one the articles write beside "Nobel"
    assert Speller(word_counts(texts), english_words(), together=together).correct(
        "when did koch get his nobel prise")[0] == "when did koch get his nobel prize"
    assert Speller(word_counts(texts), english_words(), together=together).correct(
        "is the largest prise odd?")[0] == "is the largest prime odd?"


def test_an_agent_nouns_or_written_er_is_the_slip_meant():
    speller = Speller(word_counts(["The operator will operate the terminal; Veltrans operates it."]), english_words())
    # "operate" is as near and shares more letter pairs; "-er" for "-or" is the slip people make
    assert speller.correct("what is the operater offering?")[0] == "what is the operator offering?"


def test_a_word_two_edits_from_an_english_word_the_articles_lack_is_left_unless_doubled_wrong():
    speller = Speller(word_counts(["The exchange rate of the rupee fell."]), english_words())
    assert speller.correct("what is the rate of the rouble?")[0] == "what is the rate of the rouble?"  # not "rubble"
    assert speller.correct("how do they descibe it?")[0] == "how do they describe it?"  # one edit: a slip
    assert speller.correct("why did it dissapear?")[0] == "why did it disappear?"  # letters doubled wrong


def test_a_word_made_from_a_known_word_is_no_misspelling():
    speller = Speller(word_counts(["The fire has burned 8,400 acres, about the average of a season."]), english_words())
    assert speller.correct("and the acreage?")[0] == "and the acreage?"
    assert speller.correct("what was its mileage?")[0] == "what was its mileage?"  # not in the word list; "mile" is
    assert speller.correct("what do analists think?")[0] == "what do analysts think?"  # no "anal" + "-ists"


def test_one_who_does_a_known_verb_is_no_misspelling():
    speller = Speller(word_counts(["Three builders bid for the bridge; the lowest bid won."]), english_words())
    assert speller.correct("who were the other two bidders?")[0] == "who were the other two bidders?"  # not builders
    assert speller.correct("how many wokers were there?")[0] == "how many workers were there?"
    speller = Speller(word_counts(["The contractor went bust and the contract was signed."]), english_words())
    assert speller.correct("which contracter went bust?")[0] == "which contractor went bust?"  # not contract + -er
    speller = Speller(word_counts(["The councillors met the governor at the council."]), english_words())
    assert speller.correct("which councilers met the governer?")[0] == "which councillors met the governor?"


def test_it_after_what_kind_is_the_thing_described_not_the_kind(index):
    conv = _after(index, "What kind of system is the S-500?", "air defence system")
    assert conv.readings("Which jet is Russia offering along with it?")[0] == "Which jet is Russia offering along with the S-500?"
    conv = _after(index, "Which charity was it taken from?", "hunger charity")
    assert conv.readings("How many pantries does it supply?")[0] == "How many pantries does the hunger charity supply?"


def test_a_slip_in_an_inflection_is_corrected():
    speller = Speller(word_counts(["The centre has 14 nursing vacancies. Ayesha Dunmore spotted the scheme."]), english_words())
    assert speller.correct("How many nursing vacancys are there?")[0] == "How many nursing vacancies are there?"
    assert speller.correct("Who spoted the scheme?")[0] == "Who spotted the scheme?"
    assert speller.correct("Who visited the boys?")[0] == "Who visited the boys?"


def test_a_surname_answering_which_councillor_is_a_person(tmp_path, fake_models):
    conv = _over(tmp_path, fake_models, {"budget.txt": "Councillor Tom Becker objected to cutting library hours.\n"})
    question = "Which councillor objected to cutting library hours?"
    conv.turns.append(Turn(question, question, Answer(question, "Becker", 0.9, kind="entity")))
    assert conv.readings("Which branches was he worried about?")[0] == "Which branches was Becker worried about?"


def test_the_noun_an_earlier_question_asked_for_is_its_named_answer(index):
    conv = _after(index, "Which Russian fighter jet has been offered to India?", "Su-57", "entity")
    second = "Which air defence systems does India want more of?"
    conv.turns.append(Turn(second, second, Answer(second, "S-400", 0.9, kind="entity")))
    assert conv.readings("What generation is the jet?")[0] == "What generation is Su-57?"


def test_those_after_a_count_or_a_sum_asked_for_is_that_many(index):
    conv = _after(index, "How much in bonds will the city issue this summer?", "$60 million", "money")
    assert conv.readings("What interest rate will those bonds pay?")[0] == "What interest rate will the $60 million in bonds pay?"
    conv = _after(index, "How many people have been evacuated?", "1,500", "number")
    assert conv.readings("Where did those people go?")[0] == "Where did the 1,500 people go?"


def test_a_possessive_before_the_subject_it_belongs_to_is_left(index):
    conv = _after(index, "Which Russian minister is coming to India before Putin?", "Sergey Lavrov", "person")
    assert conv.readings("What share of its oil does India buy from Russia?")[0] == \
        "What share of its oil does India buy from Russia?"
    conv = _after(index, "What share of its oil does India buy from Russia?", "25%", "percent")
    assert conv.readings("And what does it sell?")[0] == "What does India sell?"


def test_a_qualifier_swaps_the_phrase_with_its_preposition(index):
    conv = _after(index, "How many bottles are being pulled in the US?", "2.1 million", "number")
    assert conv.readings("And in Canada?")[0] == "How many bottles are being pulled in Canada?"
    conv = _after(index, "What tariff did the US put on Indian goods?", "25%", "percent")
    assert conv.readings("And on Chinese goods?")[0] == "What tariff did the US put on Chinese goods?"


def test_the_man_a_pronoun_was_read_as_stays_across_its_forms(index):
    conv = Conversation(index)
    first = "When is Putin scheduled to visit India?"
    conv.turns.append(Turn(first, first, Answer(first, "December 4-5", 0.9, kind="date")))
    second = "who invited him?"
    conv.turns.append(Turn(second, "who invited Putin?", Answer(second, "Narendra Modi", 0.9, kind="person")))
    conv.genders["Putin"] = "he"
    assert conv.readings("And his previous visit?")[0] == "What was Putin's previous visit?"  # over: "was"


def test_a_fragment_after_a_comparison_asks_about_the_topic_before(index):
    conv = _after(index, "When will the Eastline tram start carrying passengers?", "spring 2028", "date")
    later = "how much later is that than planned?"
    assert conv.readings(later)[0] == "how much later is the Eastline tram than planned?"
    conv.turns.append(Turn(later, "how much later is the Eastline tram than planned?", Answer(later, "18 months", 0.9,
                                                                                          kind="duration")))
    assert conv.readings("And the cost now?")[0] == "What is the cost now of the Eastline tram?"


def test_a_name_typed_in_lower_case_is_the_articles_name(tmp_path, fake_models):
    conv = _over(tmp_path, fake_models, {"vote.txt": "Marta Kowalczyk won 28,913 votes. Dennis Albright said he "
                                                       "would not contest the result. Albright won 20,100 votes.\n"})
    q = "How many votes did Marta Kowalczyk get?"
    conv.turns.append(Turn(q, q, Answer(q, "28,913", 0.9, kind="number")))
    assert conv.readings("and albright?")[0] == "How many votes did Albright get?"


def test_a_slip_in_an_inflection_whose_stem_the_articles_have():
    speller = Speller(word_counts(["Bridgewater is setting money aside. Put it there."]), english_words())
    assert speller.correct("How much is the city puting aside?")[0] == "How much is the city putting aside?"


def test_being_after_the_auxiliary_names_no_topic():
    assert _topic("How many bottles are being recalled in Canada?") is None


def test_that_after_a_comma_opens_a_relative_clause(index):
    conv = _after(index, "Who is going to India ahead of Putin?", "Sergey Lavrov", "person")
    question = "Which court is India not a member of, that matters for the summit?"
    assert conv.readings(question)[0] == question


def test_a_place_after_a_question_of_there_takes_its_place(index):
    conv = _after(index, "which summit is Putin going to India for?", "the 23rd India-Russia Annual Summit", "other")
    _exchange(conv, "who is hosting the banquet there?", "Droupadi Murmu", "person",
              understood="who is hosting the banquet in India?")
    conv.turns[-1].understood = "who is hosting the banquet there?"  # as typed, "there" unread
    assert conv.readings("and moscow?")[0] == "who is hosting the banquet in Moscow?"


@pytest.mark.parametrize("question", ["Who said that every summit would be held in Moscow?",
                                      "Who guessed that each visit would bring a new deal?",
                                      "Who noticed that workers didn't get their pay?"])
def test_that_before_every_or_each_opens_a_clause(index, question):
    conv = _after(index, "What will Putin and Modi sign?", "a deal on labour mobility", "thing")
    assert conv.readings(question)[0] == question


def test_a_name_typed_in_lower_case_anywhere_in_a_follow_up_is_the_articles_name(tmp_path, fake_models):
    conv = _over(tmp_path, fake_models, {"budget.txt": "The council of Bridgewater approved a budget. It gives "
                                                         "Bridgewater a flood fund.\n"})
    q = "How big is the budget?"
    conv.turns.append(Turn(q, q, Answer(q, "$412 million", 0.9, kind="money")))
    assert conv.readings("how much is bridgewater setting aside in its budget?")[0] == \
        "how much is Bridgewater setting aside in its budget?"


def test_of_that_after_a_sum_is_of_that_sum(index):
    conv = _after(index, "How much did Vernon Halloway steal?", "$3.8 million", "money")
    assert conv.readings("How much of that went on the lake house?")[0] == "How much of the $3.8 million went on the lake house?"
    conv = _after(index, "How much is the recall expected to cost Halvorsen?", "$35 million and $40 million", "money")
    assert conv.readings("Who gave that estimate?")[0] == "Who gave the estimate of $35 million and $40 million?"


@pytest.mark.parametrize("typed, meant", [
    ("what about the new building, what did it cost?", "What did the new building cost?"),
    ("what about the state emergency declaration, when did that get approved?",
     "When did the state emergency declaration get approved?"),
    ("ok what about Lavrov, when is he supposed to come?", "When is Lavrov supposed to come?"),
    ("what about the big economic roadmap - what is it officially called?", "What is the big economic roadmap officially called?"),
    ("what about the earbuds, how much are they?", "How much are the earbuds?"),
    ("what about Ayesha Dunmore, what was her job?", "What was Ayesha Dunmore's job?"),
    ("what about the trams themselves, how much does each one cost?", "How much does each of the trams themselves cost?"),
    # no pronoun: a question with its own verb stands alone; a verbless one asks about the topic
    ("what about the other direction - which goods does russia want?", "Which goods does russia want?"),
    ("what about the police, how many new officer positions?", "How many new officer positions for the police?"),
    # "that vote" is a determiner's; "does that start" is the topic's
    ("what about the council, when did that vote happen?", "When did that vote happen?"),
    ("and the airport extension, when does that start?", "When does the airport extension start?"),
    # before a dash any noun phrase is a topic, and a capital "The" moves inside in lower case
    ("flood wall - who would build it?", "Who would build flood wall?"),
    ("The US tariffs on Indian goods - how high are they?", "How high are the US tariffs on Indian goods?"),
    ("and that big economic roadmap they're signing, what is it officially called?",
     "What is that big economic roadmap they're signing officially called?"),
])
def test_what_about_a_topic_then_a_question_asks_the_question_of_the_topic(typed, meant):
    assert Conversation._dislocated(typed) == meant


def test_a_long_topic_takes_of_rather_than_an_apostrophe():
    assert Conversation._dislocated("the firefighter who got heat exhaustion, what is his name?") == \
        "What is the name of the firefighter who got heat exhaustion?"


def test_a_phrase_of_place_or_a_pronoun_before_the_comma_is_no_topic():
    assert Conversation._dislocated("at that session, which forums did he put on the agenda?") is None
    assert Conversation._dislocated("and him, which library branches was he upset about?") is None


def test_that_after_a_measured_answer_is_that_measure(index):
    conv = _after(index, "How much rain did Storm Imogen dump on the valley?", "210 millimetres", "number")
    assert conv.readings("Over how long was that?")[0] == "Over how long was the 210 millimetres of rain?"
    conv = _after(index, "How many votes did Albright get?", "4,600", "number")
    assert conv.readings("What percentage was that?")[0] == "What percentage was the 4,600 votes?"


def test_that_before_a_verb_in_ing_is_no_determiner(index):
    conv = _after(index, "What did Russia ratify?", "RELOS", "entity")
    assert conv._named_answer("When is that going to take effect?") is None  # "that going": no noun to name
    assert conv._named_answer("When does that agreement take effect?") == "When does RELOS take effect?"


def test_a_title_says_whether_he_or_she_can_be_the_person(index):
    conv = _after(index, "Who is the head teacher at St Anne's?", "Mrs Ferreira", "person")
    assert "Ferreira" not in conv.readings("What did he say about the beds?")[0]
    conv = _after(index, "Who is the head teacher at St Anne's?", "Mrs Ferreira", "person")
    assert conv.readings("What did she say about the beds?")[0] == "What did Ferreira say about the beds?"


def test_the_articles_say_whether_he_or_she_can_be_the_person(tmp_path, fake_models):
    conv = _over(tmp_path, fake_models, {"election.txt": (
        "Marta Kowalczyk won the mayoral election on Sunday, unseating Dennis Albright. Kowalczyk said she would "
        "audit the tram. Albright conceded shortly after midnight. In a statement, he congratulated his rival.\n")})
    _exchange(conv, "Who won the mayoral election?", "Marta Kowalczyk", "person")
    _exchange(conv, "and Albright?", "4,600", "number", understood="How many votes did Albright get?")
    # the last person named is Albright, whom the articles call "he"
    assert conv.readings("what did she promise?")[0] == "what did Marta Kowalczyk promise?"
    assert conv.readings("when did he concede?")[0] == "when did Albright concede?"
    # "the first woman to coach …" says it as a pronoun would: she is never "he"
    conv = _over(tmp_path / "cup", fake_models, {"cup.txt": (
        "It is the first trophy for manager Sarah Whitcombe, who became the first woman to coach a men's team "
        "to a continental title.\n\"I told the players to be patient,\" Whitcombe said.\n")})
    _exchange(conv, "who manages Northfield United?", "Sarah Whitcombe", "person")
    assert conv.readings("what did he say?") == ["what did he say?"]
    assert conv.readings("what did she tell the players?")[0] == "what did Sarah Whitcombe tell the players?"


def test_he_or_she_is_one_of_two_people_answered(tmp_path, fake_models):
    conv = _over(tmp_path, fake_models, {"council.txt": (
        "The two votes against the budget came from Councillors Priya Raman and Tom Becker. Raman said the plan "
        "relied on borrowing. Becker objected to cutting library hours; he said the branches were busy.\n")})
    _exchange(conv, "Who voted against the budget?", "Councillors Priya Raman and Tom Becker", "person")
    assert conv.readings("why did he object?")[0] == "why did Tom Becker object?"


def test_it_is_one_thing_not_a_plural_the_last_question_named(index):
    conv = _after(index, "Who is hosting the banquet for Putin?", "Droupadi Murmu", "person")
    _exchange(conv, "who were the two no votes you mentioned?", "Councillors Raman and Becker", "person")
    assert conv.readings("what was the problem with it?")[0] == "what was the problem with the banquet for Putin?"


def test_a_name_takes_the_place_of_a_pronoun_the_last_question_left_unread(index):
    conv = _after(index, "What did she object to?", None)
    assert conv.readings("And Becker?")[0] == "What did Becker object to?"


def test_it_is_what_the_conversation_spoke_of_when_the_articles_say_the_rest_of_the_question_of_it(tmp_path, fake_models):
    conv = _over(tmp_path, fake_models, {
        "cup.txt": "Northfield beat Real Castellan 2-1 in the Continental Cup final in Lisbon.\n"
                   "Defender Luis Arroyo scored Castellan's only goal.\n"
                   "The Continental Cup final started 15 minutes late because the floodlights failed.\n"
                   "The cup final was delayed by floodlight trouble.\n",
    })
    _exchange(conv, "Who scored Real Castellan's only goal in the Continental Cup final?", "Luis Arroyo", "person")
    _exchange(conv, "what position does he play?", "Defender", "other",
              understood="what position does Luis Arroyo play?")
    # the position was asked last, but the articles say the final started late
    assert conv.readings("why did it start late?")[0] == "why did the Continental Cup final start late?"
    # words the articles never write beside the final leave the last exchange's answer
    assert conv.readings("is it his usual one?")[0] == "is Defender Luis Arroyo's usual one?"
    # one word in common is enough when the last exchange's topic never stands beside it
    conv.reset()
    _exchange(conv, "Who scored the only goal in the cup final?", "Luis Arroyo", "person")
    _exchange(conv, "what position does he play?", "Defender", "other", understood="what position does Luis Arroyo play?")
    assert conv.readings("was it delayed?")[0] == "was the cup final delayed?"


@pytest.mark.parametrize("answer, follow_up, reading", [
    ("Dr. Owen Ashdown-Pike", "where does he work?", "where does Owen Ashdown-Pike work?"),
    ("Dana Whitlock", "when did Tomasz speak to her?", "when did Tomasz speak to Dana Whitlock?"),
])
def test_a_hyphenated_name_is_a_person_and_her_after_another_name_is_not_that_name(index, answer, follow_up, reading):
    conv = _after(index, "Who is the project manager?", answer, "person")
    assert conv.readings(follow_up)[0] == reading


@pytest.mark.parametrize("question, answer, follow_up, reading", [
    ("Who advised Skerry Airways on its merger with Nordvik Air?", "Holloway Grant", "and Nordvik?",
     "Who advised Nordvik Air on its merger with Skerry Airways?"),
    ("How much did Ruth Calloway donate?", "$40 million", "and the state?", "How much did the state donate?"),
])
def test_a_fragment_naming_the_other_party_or_a_body_asks_the_same_of_it(index, question, answer, follow_up, reading):
    assert _after(index, question, answer).readings(follow_up)[0] == reading


@pytest.mark.parametrize("question, answer, kind, follow_up, reading", [
    ("Which police officer said the raid had been planned?", "Detective Inspector Dorota Wiśniewska", "other",
     "where does she want people to have seen a van?", "where does Dorota Wiśniewska want people to have seen a van?"),
    ("Which hydrologist appeared on the panel?", "Dr. Ruth Abernathy", "other",
     "what did she recommend first?", "what did Ruth Abernathy recommend first?"),
    ("When was the IPCC first established?", "1988", "date", "who was its chair back then?", "who was the IPCC's chair in 1988?"),
    ("When did the Queen open the building?", "9 October 2004", "date", "who was first minister at the time?",
     "who was first minister on 9 October 2004?"),
    ("Which object was taken in the Brannock museum raid?", "the Marden Reliquary", "other",
     "how much is it worth on its own?", "how much is the Marden Reliquary worth on its own?"),
    ("Where does the Rhine begin?", "the Swiss Alps", "place", "and end?", "Where does the Rhine end?"),
    ("What is the biggest city on the Rhine?", "Cologne, Germany", "other", "how many people live there?",
     "how many people live in Cologne, Germany?"),
])
def test_titled_people_times_then_and_verbs_in_the_same_frame(index, question, answer, kind, follow_up, reading):
    assert _after(index, question, answer, kind).readings(follow_up)[0] == reading


def test_it_may_be_a_thing_the_question_put_the_before(tmp_path, fake_models):
    conv = _over(tmp_path, fake_models, {
        "rhine.txt": "Cologne is the biggest city on the Rhine, with 1,050,000 people.\n"
                     "The Rhine begins in the Swiss canton of Graubünden.\n",
    })
    _exchange(conv, "What is the biggest city on the Rhine?", "Cologne, Germany", "other")
    _exchange(conv, "how many people live there?", "1,050,000", "number", understood="how many people live in Cologne, Germany?")
    assert conv.readings("where does it begin?")[0] == "where does the Rhine begin?"


def test_it_is_found_in_the_conversation_when_the_last_exchange_has_nothing_it_can_be(tmp_path, fake_models):
    conv = _over(tmp_path, fake_models, {
        "call.txt": "In the Larkspur Terrace phone call, tenant Tomasz Wierzbicki spoke to his landlord Gwendolyn Fairweather.\n"
                    "The phone call lasted fourteen minutes and ended with a promise.\n"
                    "The annual summit, held since 2000, will review the special and privileged strategic partnership.\n",
    })
    _exchange(conv, "In the Larkspur Terrace phone call, who is the tenant's landlord?", "Gwendolyn Fairweather", "person")
    assert conv.readings("how many minutes did it last?")[0] == "how many minutes did the Larkspur Terrace phone call last?"
    conv.reset()  # three words of the question, two beside the summit: all but one
    _exchange(conv, "When will the annual summit take place?", "December", "date")
    _exchange(conv, "who will host India?", "Narendra Modi", "person")
    assert conv.readings("what partnership is it meant to review?")[0] == "what partnership is the annual summit meant to review?"


@pytest.mark.parametrize("question, answer, follow_up, reading", [
    ("Where do police want witnesses to have seen a van?", "Cooper's Lane", "between what times?",
     "Between what times do police want witnesses to have seen a van?"),
    ("Who led the Brannock museum raid?", None, "what's the main piece taken in it called?",
     "what is the main piece taken in the Brannock museum raid called?"),
])
def test_a_bare_wh_phrase_with_any_preposition_and_it_after_a_preposition(index, question, answer, follow_up, reading):
    assert _after(index, question, answer).readings(follow_up)[0] == reading


def test_a_named_thing_the_articles_also_call_by_its_head_noun_may_be_it(tmp_path, fake_models):
    conv = _over(tmp_path, fake_models, {
        "holyrood.txt": "Enric Miralles designed the Scottish Parliament Building with the local firm RMJM.\n"
                        "The building was opened by Queen Elizabeth II on 9 October 2004.\n",
    })
    _exchange(conv, "Who designed the Scottish Parliament Building?", "Enric Miralles", "person")
    _exchange(conv, "which local firm did he work with?", "RMJM", "other",
              understood="which local firm did Enric Miralles work with?")
    assert conv.readings("when was it opened?")[0] == "when was the Scottish Parliament Building opened?"


def test_a_possessive_fragment_swaps_a_possessor_typed_without_its_apostrophe(tmp_path, fake_models):
    conv = _over(tmp_path, fake_models, {
        "board.txt": "The board chose Carrow & Sons Roofing, whose warranty runs ten years, over Pinecrest Contractors.\n",
    })
    _exchange(conv, "how many years is carrows warranty?", "ten", "number")
    assert conv.readings("and pinecrest's?")[0] == "how many years is Pinecrest's warranty?"


@pytest.mark.parametrize("question, answer, kind, follow_up, reading", [
    ("What length did the lexicon give for the Rhine?", "1,320 kilometres", "number", "why was that figure wrong?",
     "why was the figure of 1,320 kilometres wrong?"),
    ("When is the plant sale?", "May", "date", "how much does that usually bring in?",
     "how much does the plant sale usually bring in?"),
])
def test_that_before_what_is_said_of_it_or_before_an_adverb_and_its_verb(index, question, answer, kind, follow_up, reading):
    assert _after(index, question, answer, kind).readings(follow_up)[0] == reading


@pytest.mark.parametrize("question, answer, kind, follow_up, reading", [
    ("who is the project director?", "Ingrid Solberg", "person", "which contractor went bust, according to her?",
     "which contractor went bust, according to Ingrid Solberg?"),
    ("how much in bonds will the city issue this summer?", "$60 million", "money",
     "how much does it save by cutting the library hours?", "how much does the city save by cutting the library hours?"),
])
def test_her_as_an_object_and_a_season_is_never_it(index, question, answer, kind, follow_up, reading):
    assert _after(index, question, answer, kind).readings(follow_up)[0] == reading


def test_a_club_or_a_firm_named_in_three_words_is_no_person():
    assert not _is_person("Racing Oriental Sandoval") and not _is_person("Ardmore Cold Storage")
    assert _is_person("Harriet Voss")
    assert not _is_person("Larkspur Terrace") and not _is_person("Holyrood Building")  # streets, buildings are no one


def test_spellings_of_chat_are_read_as_the_words_they_stand_for(speller):
    assert speller.correct("who confirmed the plans that nite?")[0] == "who confirmed the plans that night?"


def test_this_time_is_no_name_the_last_answer_gave(index):
    conv = _after(index, "Why was the 2022 visit shorter?", "Russia-Ukraine conflict", "reason")
    assert conv.readings("who invited him this time?")[0] == "who invited him this time?"  # not "him Russia-Ukraine conflict"


@pytest.mark.xfail(strict=True, reason="a known miss: the antecedent model, refitted with the thread's opening question, "
                   "prefers the contract by 0.6, under its margin of 0.75 (the fit before it read this right)")
def test_it_is_the_thing_the_conversation_is_about_not_the_last_one_named(tmp_path, fake_models):
    conv = _over(tmp_path, fake_models, {"board.txt": (
        "The board awarded the Fennick gymnasium roof contract to Carrow & Sons Roofing at $426,000. "
        "Carrow offers a fifteen-year warranty. Halvorsen Building quoted $455,000 with a twenty-year warranty, "
        "and Pinecrest quoted $498,000. Trustee Rafael Obi voted against awarding the contract, saying the "
        "warranty was too short. The vote was four to one.\n")})
    _exchange(conv, "Which company was awarded the Fennick gymnasium roof contract?", "Carrow & Sons Roofing")
    _exchange(conv, "how long is their warranty?", "fifteen-year", "duration",
              understood="how long is Carrow & Sons Roofing's warranty?")
    _exchange(conv, "what about pinecrests warranty?", None, "duration", understood="How long is Pinecrest's warranty?")
    # the warranty asked last was a side question; what was awarded is the contract
    assert conv.readings("who voted against awarding it?") == [
        "who voted against awarding the Fennick gymnasium roof contract?", "who voted against awarding Pinecrest's warranty?"]


def test_the_antecedent_model_weighs_every_feature_and_says_when_it_is_missing(tmp_path, fake_models):
    conv = _over(tmp_path, fake_models, {"a.txt": "The Harwick tram will cost €1.42 billion. The tram opens in 2027.\n"})
    _exchange(conv, "How much will the Harwick tram cost?", "€1.42 billion", "money")
    question = "when does it open?"
    pool = conv._antecedent_pool(["the Harwick tram"])
    rows = conv._antecedent_features(question, re.search(r"\bit\b", question), pool)
    assert [c.text for c in pool] == ["the Harwick tram"]
    assert set(rows[0]) == set(antecedent_model()["weights"])
    assert rows[0]["first choice"] == 1.0 and rows[0]["an answer"] == 0.0
    with pytest.raises(ModelError, match="reinstall qa"):
        antecedent_model(tmp_path / "antecedents.json")


def _options(*ways: tuple[str | None, float, str, int]) -> list[Option]:
    return [Option(Answer("q", text, confidence), f"reading {i}", source, rank)
            for i, (text, confidence, source, rank) in enumerate(ways)]


@pytest.mark.parametrize("ways, chosen", [
    # the last answer again loses to what another way of asking found
    ([("$68.7 billion", 0.5, "reading", 0), ("$4.88 billion", 0.3, "typed", 0)], 1),
    # an answer two ways agree on wins over one found one way, a little more confidently
    ([("2021", 0.45, "reading", 0), ("2019", 0.3, "reading", 1), ("2019", 0.3, "typed", 0)], 2),
    # a reading answered confidently keeps its answer
    ([("December 4-5", 0.6, "reading", 0), ("November", 0.3, "typed", 0)], 0),
    # nothing found for the reading: the question as typed answered fairly confidently, but not weakly
    ([(None, 0.05, "reading", 0), ("November", 0.3, "typed", 0)], 1),
    ([(None, 0.05, "reading", 0), ("November", 0.1, "typed", 0)], 0),
], ids=["last_answer_again", "two_ways_agree", "confident_reading", "withheld_reading", "weak_typed_answer"])
def test_the_choice_model_picks_the_answer_the_ways_of_asking_support(ways, chosen):
    conv = Conversation.__new__(Conversation)
    conv.turns = [Turn("How much is trade worth?", "How much is trade worth?", Answer("q", "$68.7 billion", 0.8))]
    options = _options(*ways)
    assert set(conv._option_features(options)[0]) == set(choice_model()["weights"])
    assert conv._choose(options, 0) == chosen


class TypedReader:
    """Answers "November" to a question asked as typed ("and …"), "2021" to any other."""

    card = CARD

    def read(self, question, passages, top=20):
        said = "November" if question.startswith("and ") else "2021"
        spans = [Span(i, p.find(said), p.find(said) + len(said), 6.0, 0.0, i) for i, p in enumerate(passages) if said in p]
        return Reading(tuple(spans), 0.0, tuple(0.0 for _ in passages), tuple(range(len(passages))))


def test_a_follow_up_is_also_asked_as_typed_and_shows_the_way_it_was_answered(tmp_path, fake_models, monkeypatch):
    conv = _over(tmp_path, fake_models, {"a.txt": "Putin last visited India in 2021. Lavrov visits in November.\n"})
    conv.reader = TypedReader()
    asked = []

    def typed_wins(options, ruled):
        asked.append([(o.source, o.reading) for o in options])
        return next(i for i, o in enumerate(options) if o.source == "typed")

    conv.ask("When did Putin last visit India?")
    monkeypatch.setattr(conv, "_choose", typed_wins)
    answer = conv.ask("and when will he come back?")
    assert asked[0][0][0] == "reading" and asked[0][0][1] != "and when will he come back?"
    assert asked[0][-1] == ("typed", "and when will he come back?")
    assert answer.text == "November" and answer.rewritten is None  # answered as typed: shown as typed
    assert conv.turns[-1].understood == "and when will he come back?"
    # where a reading is answered the same way, it is shown: it says what was meant
    conv.reader = ScriptedReader({"2021": 5.0, "November": 4.0})
    answer = conv.ask("and when will he come back?")
    assert answer.text == "2021" and answer.rewritten == "When will he come back?"
    with pytest.raises(ModelError, match="reinstall qa"):
        choice_model(tmp_path / "choice.json")


def test_of_two_readings_answered_alike_the_first_is_shown(tmp_path, fake_models, monkeypatch):
    conv = _over(tmp_path, fake_models, {"a.txt": "Putin last visited India in 2021. Lavrov visits in November.\n"})
    conv.reader = ScriptedReader({"2021": 5.0})
    conv.ask("When did Putin last visit India?")
    monkeypatch.setattr(conv, "readings", lambda q: ["When did Putin last come?", "When did India last come?"])
    monkeypatch.setattr(conv, "_choose", lambda options, ruled: 1)  # the second reading, answered the same
    answer = conv.ask("when did he last come?")
    assert answer.text == "2021" and answer.rewritten == "When did Putin last come?"
    assert conv.turns[-1].understood == "When did Putin last come?"


def test_a_follow_up_with_no_reading_of_its_own_is_asked_as_typed(index):
    conv = Conversation(index)
    conv.ask("Who will host the banquet?")
    assert conv.readings("then") == []
    answer = conv.ask("TEHN")  # corrected to "then": a word, not a question
    assert answer.question == "TEHN" and conv.turns[-1].understood.lower() == "then"


def test_it_is_not_taken_from_a_topic_the_user_has_left(tmp_path, fake_models):
    conv = _over(tmp_path, fake_models, {"a.txt": (
        "The Scottish Parliament Building was designed by Enric Miralles. The building opened in 2004.\n"
        "The Rhine's length was given as 1,320 kilometres, a figure that was wrong because of a typographical "
        "error. The Rhine's length was measured in 1939.\n")})
    _exchange(conv, "Who designed the Scottish Parliament Building?", "Enric Miralles", "person")
    _exchange(conv, "when was it opened?", "2004", "date", understood="when was the Scottish Parliament Building opened?")
    _exchange(conv, "what is the Rhine's length?", "1,230 kilometres", "quantity")  # a question of its own: a new topic
    _exchange(conv, "when was it measured?", "1939", "date", understood="when was the Rhine's length measured?")
    assert conv.readings("why was it wrong?")[0] == "why was the Rhine's length wrong?"


def test_an_object_pronoun_is_someone_other_than_the_subject(index):
    conv = _after(index, "Who invited Putin?", "Narendra Modi", "person")
    assert conv.readings("what did he call him?")[0] == "what did Narendra Modi call Putin?"


def test_that_club_is_the_club_answered_without_the_score(index):
    conv = _after(index, "Who won the final?", "Real Castellan 3-1")
    assert conv.readings("where was that club founded?")[0] == "where was Real Castellan founded?"


def test_an_acronym_answered_is_it_and_a_doing_is_not(index):
    # "RT" is no dateline's place in capitals, and "launching in India" is what it does, not a thing
    conv = _after(index, "Which Russian news channel is launching in India?", "RT", "entity")
    assert conv.readings("who will head it?") == ["who will head RT?", "who will head the Russian news channel?"]


def test_it_after_which_noun_is_the_one_answered_not_the_noun_asked_with(tmp_path, fake_models):
    conv = _over(tmp_path, fake_models, {"bridges.txt": (
        "Bridges on the Rhine\n\nMany bridges over the river were built after the war. "
        "US troops captured the Ludendorff Bridge intact in March 1945.\n")})
    _exchange(conv, "Which bridge over the river did US troops capture intact?", "Ludendorff Bridge")
    assert conv.readings("when was it built?")[0] == "when was Ludendorff Bridge built?"


def test_it_is_never_the_man_called_he_and_never_a_name_inside_a_longer_name(index):
    conv = _after(index, "Who established the Confederation of the Rhine?", "Napoleon", "person")
    meant = conv.readings("when did he set it up?")[0]
    assert meant == "when did Napoleon set the Confederation of the Rhine up?"
    _exchange(conv, "when did he set it up?", "1806", "date", understood=meant)
    _exchange(conv, "and until when?", "1814", "date", understood="Until when did Napoleon set the Confederation of the Rhine up?")
    assert conv.readings("what did it do for France?")[0] == "what did the Confederation of the Rhine do for France?"


def test_he_and_it_after_who_founded_a_name_are_the_founder_and_what_he_founded(tmp_path, fake_models):
    conv = _over(tmp_path, fake_models, {
        "a.txt": "HOST: Ilse Marwick, founder of Lantern Commons, thank you.\n",
        "b.txt": "HOST: How did Lantern Commons get going?\nGUEST: It started in a spare room in 2017.\n",
    })
    _exchange(conv, "Who founded Lantern Commons?", "Ilse Marwick", "person")
    # the articles say "started" beside Lantern Commons, but never write of it as of a person
    assert conv.readings("when did he start it")[0] == "when did Ilse Marwick start Lantern Commons"
    _exchange(conv, "when did he start it", "2017", "date", understood="when did Ilse Marwick start Lantern Commons")
    assert conv.readings("how many members does it have now")[0] == "how many members does Lantern Commons have now"


def test_that_day_is_the_day_the_last_answer_gave(index):
    conv = _after(index, "When will the replacement arrive?", "Thursday, November 19", "date")
    assert conv.readings("why can't she be home that day?")[0] == "why can't she be home on Thursday, November 19?"
    conv = _after(index, "When will the bridge open?", "September 14", "date")
    assert conv.readings("why was it pushed back to then?")[0] == "why was the bridge pushed back to September 14?"
    conv = _after(index, "When will the bridge open?", "in March", "date")
    assert conv.readings("what happens that day?")[0] == "what happens that day?"  # a month names no day
    conv = _after(index, "When is the launch?", "12 October 2026", "date")
    assert conv.readings("Whose idea was that date?")[0] == "Whose idea was the launch date?"  # a date talked of, not a time


def test_a_weekday_before_a_date_is_part_of_it():
    from qa.values import value_key, value_kind
    assert value_kind("Thursday, November 19") == "date"
    assert value_key("Thursday, November 19", "date") == value_key("November 19", "date")


@pytest.mark.parametrize("question, topic", [
    ("why was the turnout up on last time", "the turnout"),  # a particle said of the subject ends it
    ("What is the earliest known reference to immunity?", "the earliest known reference to immunity"),  # a participle after a superlative describes
    ("What is the most widely used drug?", "the most widely used drug"),
    ("how many digits does the largest known prime have?", "the largest known prime"),
    ("Why is the budget higher this year?", "the budget"),
    ("how big is india-russia trade these days, with putin coming over?", "india-russia trade"),  # a time before a comma
    ("What did the court say about it?", "the court"),  # a verb of saying ends the subject
    ("What did the mayor say about the tram?", "the mayor"),
    ("How many legions did the Romans keep along the Rhine?", "the Romans"),  # "along" is a preposition
])
def test_the_subject_ends_where_what_is_said_of_it_begins(question, topic):
    from qa.conversation import _topic
    assert _topic(question) == topic


def test_a_title_shortened_with_a_full_stop_is_stripped():
    from qa.conversation import _strip_titles
    assert _strip_titles("Rep. Joe Barton") == "Joe Barton"
    assert _strip_titles("Sen. Maria Ortiz") == "Maria Ortiz"


def test_names_typed_in_lower_case_and_whose_as_the_articles_write_them(tmp_path, fake_models):
    conv = _over(tmp_path, fake_models, {
        "recall.txt": "Halvorsen is recalling Velotrin. \"Do not stop on your own,\" said Dr. Elaine Marsh, Halvorsen's "
                  "chief medical officer.",
        "warsaw.txt": "King Sigismund III Vasa moved his court from Kraków to Warsaw in 1596. Sigismund's Column was "
                  "put up in 1644. Warsaw was occupied by Germany from 1915. Underground leader Piłsudski returned "
                  "to Warsaw on 11 November and set up what became the Second Polish Republic.",
        "force.txt": "Henry Cavendish first measured Newton's gravitational constant in 1798 with a torsion balance. "
                     "Isaac Newton had published his law of gravitation in 1687."})
    _exchange(conv, "Which drug is Halvorsen recalling?", "Velotrin", "other")
    assert conv.readings("what did elaine marsh tell patients to do?") == ["what did Elaine Marsh tell patients to do?"]
    _exchange(conv, "When did King Sigismund III Vasa move his court to Warsaw?", "1596", "date")
    assert conv.readings("when was his column put up")[0] == "when was Sigismund's Column put up"
    _exchange(conv, "Who set up what became the Second Polish Republic?", "Piłsudski", "person")
    _exchange(conv, "when?", "11 November", "date", understood="When did Piłsudski set up what became the Second Polish Republic?")
    # one name the articles give no first name, but a title, and who answered "who …?": a person, never "it"
    assert conv.readings("since when had germany been occupying it")[0] == (
        "since when had germany been occupying the Second Polish Republic")
    # "he" is who acts, before a name only said as whose
    _exchange(conv, "When did Henry Cavendish first measure Newton's gravitational constant?", "1798", "date")
    assert conv.readings("what did he use")[0] == "what did Henry Cavendish use"


def test_why_s_is_why_is():
    from qa.conversation import _expanded

    assert _expanded("why's that higher than the estimate") == "why is that higher than the estimate"


def test_a_mention_after_a_common_noun_s_takes_the():
    assert Conversation._mention("after the country's highest court ruling on Zipply", "ruling") == (
        "the country's highest court ruling")
    assert Conversation._mention("Halvorsen's Velotrin recall began", "recall") == "Halvorsen's Velotrin recall"


def test_that_noun_is_the_one_the_article_talked_about_names(tmp_path, fake_models):

    conv = _over(tmp_path, fake_models, {
        "fire.txt": "The Cedar Gap Fire burns through dry brush and timber on Harlan Ridge.\n\n"
                    + "Crews worked through the night to hold the line along the ridge road. " * 40
                    + "\n\nInvestigators said sparks from a utility trailer started the fire on Tuesday.",
        "other.txt": "A trailer park in Easton flooded last spring."})
    fire = next(c for c in conv.index.chunks if c.article_id == "fire")
    assert "trailer" not in fire.text  # the passage answered from is not the one that names it
    conv.turns.append(Turn("what started the fire?", "what started the fire?",
                           Answer("what started the fire?", "dry brush and timber", 0.4, passages=(Hit(fire, 1.0, 1, 1, 1.0),))))
    # the last answer came from another sentence; the trailer is the one the article names
    assert conv.readings("who was driving that trailer?")[0] == "who was driving the utility trailer?"


SESSION_FIVE = {
    "trip.txt": "The group settled on Aug 21-24 for the Porthmere trip. They are staying at the blue cottage on Ferris Lane.\n",
    "corvane.txt": "Corvane Systems reported revenue of $4.87 billion for the second quarter, up 18 percent on last year. "
                   "Chief Financial Officer Priya Nair said demand was strong.\n",
    "visit.txt": "President Vladimir Putin's visit to India is scheduled for December 4-5. Prime Minister Narendra Modi "
                 "personally invited Putin, and he accepted. The visit is for the 23rd India-Russia Annual Summit, established in 2000. Putin last visited "
                 "India in 2021.\n",
    "otters.txt": "Otters were found at 87 of the 96 sites. In 1984 only three sites had signs of otters, because of "
                  "pesticides.\n",
    "ipcc.txt": "Robert Watson was elected chair of the IPCC in 1997. Hoesung Lee is the current chair. The National "
                "Research Council found statistical failings in the graph and said little about the McIntyre papers.\n",
}


def test_a_slip_near_a_word_the_conversation_used_is_that_word(speller):
    assert speller.correct("how much does zipply owe the curriers?", frozenset({"zipply", "couriers", "case"}))[0] == (
        "how much does zipply owe the couriers?")
    assert speller.correct("how much does zipply owe the carriers?", frozenset({"couriers"}))[0] == (
        "how much does zipply owe the carriers?")  # a word spelled right stays
    # a word begun or ended otherwise, or a short one, is no slip for it ("bulding" is building, "mony" money)
    assert "folding" not in speller.correct("where are they bulding the plant?", frozenset({"folding"}))[0]
    assert "many" not in speller.correct("how much prize mony do they get?", frozenset({"many"}))[0]


def test_chat_shorthand_is_read_as_the_words_meant(speller):
    assert speller.correct("and where r they staying?") == ("and where are they staying?", [("r", "are")])
    assert speller.correct("what did ppl say abt the plan?")[0] == "what did people say about the plan?"
    assert speller.correct("Who is George R R Martin?")[0] == "Who is George R R Martin?"  # initials, not "are"
    assert speller.correct("wat firmwre update broke it?")[0].startswith("what ")  # first, before a word
    assert speller.correct("what was in bay 4 wen the alarm went off?")[0] == "what was in bay 4 when the alarm went off?"


@pytest.mark.parametrize("question, topic", [
    ("What firmware update caused Graham's thermostat to lose wifi?", "Graham's thermostat"),  # caused it to lose
    ("What dates did the group settle on for the Porthmere trip?", "the group"),  # the only verb "did" waits for
    ("How much did bilateral trade between India and Russia reach?", "bilateral trade between India and Russia"),
    ("What is mostly driving bilateral trade between India and Russia?", "bilateral trade between India and Russia"),
    ("Who is currently leading the IPCC?", "the IPCC"),  # how it is done is not what it is done to
    ("What is driving bilateral trade between India and Russia?", "bilateral trade between India and Russia"),
    ("who is going to run Nordvik Skerry?", "Nordvik Skerry"),  # "to run" is a verb still
    ("which contractor did Ingrid Solberg say went bust?", None),  # the clause's subject is what is asked for, not "went"
    ("Who led the Estermont University study on the crab-shell coating?",  # "coating" is no verb after "crab-shell"
     "the Estermont University study on the crab-shell coating"),
])
def test_the_subject_ends_where_its_verb_begins(question, topic):
    assert _topic(question) == topic


def test_the_articles_phrase_never_cuts_a_name_or_a_hyphened_word_from_its_noun():
    known = {"the Estermont", "the crab-shell", "the Estermont University study"}.__contains__
    assert _topic("Who led the Estermont University study on the crab-shell coating?", known) == "the Estermont University study"
    assert _topic("Who tested the crab-shell coating?", known) == "the crab-shell coating"


@pytest.mark.parametrize("question, answer, kind, follow_up, meant", [
    ("What dates did the group settle on for the Porthmere trip?", "Aug 21-24", "date",
     "where are they staying?", "where are the group staying?"),  # dates stay nowhere
    ("How much revenue did Corvane Systems report for the second quarter?", "$4.87 billion", "money",
     "how much was it up on last year?", "how much was Corvane Systems' revenue up on last year?"),
    ("How much revenue did Corvane Systems report for the second quarter?", "$4.87 billion", "money",
     "who is the chief financial officer there?", "who is the Chief Financial Officer at Corvane Systems?"),
    ("how much was Corvane Systems' revenue up on last year?", "18 percent", "percent", "and net income?",
     "What was Corvane Systems' net income?"),  # whose revenue, whose net income: not "net income of … revenue"
    ("how many sites had signs of otters in 1984?", "three sites", "number",
     "why was it that low?", "why was the number of sites that low?"),
    ("who is the current chair?", "Hoesung Lee", "person", "and in 1997?", "who was the chair in 1997?"),
    ("what did the National Research Council find about the graph?", "statistical failings", "other",
     "and about the McIntyre papers?", "what did the National Research Council find about the McIntyre papers?"),
    ("how long is the shorter warranty?", "twenty years", "duration", "and Halvorsen's?",
     "how long is Halvorsen's warranty?"),  # whose warranty, not "how long is Halvorsen's?"
    ("How many acres has the Cedar Gap Fire burned?", "8,400", "number", "and people evacuated?",
     "How many people have been evacuated because of the Cedar Gap Fire?"),
    ("How many people have been evacuated because of the Cedar Gap Fire?", "1,500", "number", "and the acreage?",
     "What is the acreage of the Cedar Gap Fire?"),  # the counted people were no topic; the fire talked about is
    ("what pay rise do the dockworkers want?", "9.5 percent", "percent", "and the company's offer?",
     "What pay rise does the company offer?"),  # the company offers one: its offer is no doer wanting one
    ("what reason was given for Russian oil?", "Russia-Ukraine war", "other", "and india's response?",
     "What was india's response?"),  # whose response, asked as it is
    ("when was the India-Russia Annual Summit established?", "2000", "date", "and interrupted?",
     "when was the India-Russia Annual Summit interrupted?"),  # the other participle, not a thing
    ("Which India-Russia summit is Putin attending in New Delhi?", "23rd India-Russia", "entity",
     "When was it established?", "When was the India-Russia summit established?"),  # a cut answer waits for its noun
    ("When will the replacement thermostat arrive?", "Thursday", "date",
     "how much does it cost to buy it new?",
     "how much does the replacement thermostat cost to buy the replacement thermostat new?"),  # one thing, said twice
    ("When will the replacement thermostat arrive?", "Thursday", "date",
     "how does it get its power?", "how does the replacement thermostat get its power?"),  # its own, once it is named
])
def test_a_follow_up_of_the_fifth_session_is_read_as_meant(tmp_path, fake_models, question, answer, kind, follow_up, meant):
    assert _read_over(tmp_path, fake_models, SESSION_FIVE, question, answer, kind, follow_up) == meant


def test_it_is_the_visit_asked_about_before_the_place_and_he_the_man_called_he(tmp_path, fake_models):
    conv = _exchange(_over(tmp_path, fake_models, SESSION_FIVE), "When is Putin scheduled to visit India?",
                     "December 4-5", "date")
    understood = conv.readings("who personally invited him?")[0]
    assert understood == "who personally invited Putin?"
    _exchange(conv, "who personally invited him?", "Prime Minister Narendra Modi", "person", understood)
    assert conv.readings("which summit is it for?")[0] == "which summit is Putin's visit for?"
    _exchange(conv, "which summit is it for?", "23rd India-Russia Annual Summit", "entity",
              "which summit is Putin's visit for?")
    # "that" is the summit just named (an ordinal is no measure), not the visit asked about; what was
    # established is the series, not its 23rd edition
    assert conv.readings("when was that established?") == ["when was the India-Russia Annual Summit established?"]
    _exchange(conv, "when was that established?", "2000", "date", "when was the India-Russia Annual Summit established?")
    # no one named since "him": "his" is still the man the user called "him", and a visit happens "when"
    assert conv.readings("and his last visit?")[0] == "When was Putin's last visit?"


def test_it_after_a_visit_under_way_is_the_visit(tmp_path, fake_models):
    conv = _exchange(_over(tmp_path, fake_models, SESSION_FIVE), "When is Putin visiting India for the annual summit?",
                     "December 4-5", "date")
    assert conv.readings("which summit is it for?")[0] == "which summit is Putin's visit for?"


def test_that_before_its_verb_keeps_the_verb(tmp_path, fake_models):
    conv = _over(tmp_path, fake_models, {"tram.txt": "Brenner Rail Construction filed for insolvency in the middle of construction in "
                                                     "January, and it left 40 percent of the track work unfinished.\n"})
    _exchange(conv, "Which contractor filed for insolvency in January?", "Brenner Rail Construction", "entity")
    assert all("did Brenner Rail Construction unfinished" not in r
               for r in conv.readings("How much of its track work did that leave unfinished?"))
    assert "leave unfinished" in conv.readings("How much of its track work did that leave unfinished?")[0]


def test_a_headline_capital_is_no_name(tmp_path, fake_models):
    conv = _over(tmp_path, fake_models, {"museum.txt": "Medieval reliquary stolen in overnight raid\n\nThieves took a "
                                                       "reliquary the Marden family left to the museum in 1952.\n"})
    _exchange(conv, "What was the most important thing stolen?", "Medieval reliquary", "entity")
    assert conv.readings("who left that to the museum?")[0] == "who left the medieval reliquary to the museum?"
    # a sentence's "The" is no headline's capital: "the the council …" never
    assert not conv._thing_answered("The council promised a flood barrier", "other", None)[0].lower().startswith("the the")


def test_a_fragment_that_says_whose_takes_no_thing_besides(tmp_path, fake_models):
    conv = _exchange(_over(tmp_path, fake_models, {"recall.txt": "Halvorsen is recalling Velotrin. The drug Velotrin is sold "
                                                                  "in Canada, and the recall will cost the company $35 million.\n"}),
                     "Which drug is Halvorsen recalling?", "Velotrin", "entity")
    _exchange(conv, "how many bottles are being recalled in canada?", "A smaller number", "number")
    assert conv.readings("and the cost to the company?")[0] == "What is the cost to the company?"  # not "… of Velotrin"


SESSION_SIX = {
    "fire.txt": "Evacuations are the priority in the Pinecrest and Mill Creek neighborhoods. About 640 homes in Pinecrest "
                "sit within two miles of the fire.\n",
    "immunity.txt": "The humoral theory of immunity was held by Robert Koch and Emil von Behring. Emil von Behring won "
                    "the Nobel Prize in 1901. Frank Burnet, inspired by a suggestion made by Niels Jerne, formulated the "
                    "clonal selection theory.\n",
    "transfer.txt": "Kesterfield United signed striker Mateo Arroyo from Atlético Sandoval for £110 million. He earned "
                    "£90,000 a week at Sandoval.\n",
    "budget.txt": "The council approved the budget by a 7-2 vote. Councillors Priya Raman and Tom Becker voted no, "
                  "saying it leaned too heavily on borrowing.\n",
}


@pytest.mark.parametrize("question, answer, kind, follow_up, meant", [
    ("which neighborhoods are the priority?", "Pinecrest and Mill Creek neighborhoods", "entity",
     "how many homes in the first one are near the fire?", "how many homes in Pinecrest are near the fire?"),
    ("who held the humoral theory?", "Robert Koch and Emil von Behring", "person",
     "did the second one get a nobel too?", "did Emil von Behring get a nobel too?"),
    ("who held the humoral theory?", "Robert Koch and Emil von Behring", "person",
     "when did the last of them win the Nobel Prize?", "when did Emil von Behring win the Nobel Prize?"),
    ("how much is Kesterfield's new striker going to cost the club?", "£110 million", "money",  # a person by a title
     "what was he earning at sandoval?", "what was Kesterfield's new striker earning at Sandoval?"),
    ("Who formulated the clonal selection theory?", "Frank Burnet", "person",  # one name: no list to count in
     "was the first one a Nobel winner too?", "was the first one a Nobel winner too?"),
])
def test_a_follow_up_of_the_sixth_session_is_read_as_meant(tmp_path, fake_models, question, answer, kind, follow_up, meant):
    assert _read_over(tmp_path, fake_models, SESSION_SIX, question, answer, kind, follow_up) == meant


def test_she_is_one_of_two_people_answered_and_it_is_never_the_two(tmp_path, fake_models):
    conv = _exchange(_over(tmp_path, fake_models, SESSION_SIX), "what was the vote on the budget?", "7-2", "other")
    _exchange(conv, "which two voted no?", "Priya Raman and Tom Becker", "entity")
    assert conv.readings("why did she vote against it?")[0] == "why did Priya Raman vote against the budget?"


def test_the_names_an_answer_lists():
    assert _listed("Pinecrest and Mill Creek neighborhoods") == ["Pinecrest", "Mill Creek"]
    assert _listed("Councillors Priya Raman, Tom Becker and Rafael Obi") == ["Priya Raman", "Tom Becker", "Rafael Obi"]
    assert _listed("Frank Burnet, inspired by a suggestion made by Niels Jerne") == []
    assert _listed("Sergey Lavrov") == []


SESSION_SEVEN = {
    "storm.txt": "Storm Orla killed nine people in the Tarn Valley and dropped 150 millimetres of rain in two days. "
                 "Damage is estimated at $900 million. Governor Vale requested $250 million in federal disaster aid.\n",
    "seeds.txt": "Lena Marsh founded Oakridge Commons, a seed library on the harbour, in 2018. Membership is free.\n",
    "bridge.txt": "Tarvin Builders won the Millbrook Bridge contract, worth $380,000. Project manager Ana Ruiz said "
                  "Tarvin could start on May 2.\n",
    "plant.txt": "The cold-room alarm went off at 2:40 a.m. The Polar Line technician arrived at 5:10 a.m. and "
                 "replaced the capacitor.\n",
    "visit.txt": "Prime Minister Modi invited President Putin to New Delhi. The visit will include a state banquet "
                 "hosted by President Murmu. India and Russia may sign a bilateral labour mobility pact, meant to "
                 "regulate the legal migration of skilled workers. Foreign Minister Lavrov is coming to India in "
                 "November to prepare the summit.\n",
    "orbits.txt": "Newton's law of gravitation could not fully explain the orbit of Mercury. General relativity "
                  "accounted for Mercury's orbit.\n",
    "museum.txt": "The Marden Reliquary was taken from the Treasury Gallery. Director Julian Osei said it cannot be sold "
                  "openly.\n",
    "election.txt": "Marta Kowalczyk ran on the Civic Harwick list, which won 17 council seats; the Liberal Alliance won "
                    "12 seats.\n",
    "trip.txt": "Rooms in Kelby cost £95 a night. The ferry to Kelby costs £12 per person.\n",
    "budget.txt": "The council approved the budget by a 7-2 vote. Councillor Priya Raman objected that it leaned on "
                  "borrowing. The budget takes effect on July 1.\n",
    "fields.txt": "Oliver Heaviside and Josiah Willard Gibbs later reformulated the 20 scalar equations into 4 vector "
                  "equations.\n",
}


@pytest.mark.parametrize("question, answer, kind, follow_up, meant", [
    # the follow-up measures a noun of its own: "it" dropped the rain, it is not the number of people
    ("How many people did Storm Orla kill?", "nine", "number",
     "how much rain did it drop", "how much rain did Storm Orla drop"),
    # a name beside the founder that the articles never write of as a person: "it"
    ("Who founded Oakridge Commons?", "Lena Marsh", "person",
     "what year did it get started?", "what year did Oakridge Commons get started?"),
    # a fragment of a time question about someone: what the articles say that someone did, asked the same way
    ("What time did the cold-room alarm go off?", "2:40 a.m.", "time",
     "and the technician?", "What time did the technician arrive?"),
    # a fragment after a sum answered: the sum the articles say was done with it
    ("what is the damage estimate?", "$900 million", "money",
     "and federal aid?", "How much federal disaster aid was requested?"),
    # a fragment after "how much is …?" asks how much, not what it is
    ("how much is Kelby a night?", "£95", "money",
     "and the ferry?", "How much is the ferry of Kelby?"),
    # "that" after "how much aid …?" is the aid, not what the turn before asked about
    ("How much federal disaster aid was requested?", "$250 million", "money",
     "who asked for that?", "who asked for the federal disaster aid?"),
    # a fragment of a "who" question about an event: who did what the articles say was done to it
    ("who invited Putin?", "Prime Minister Modi", "person",
     "and the banquet?", "Who hosted the banquet?"),
    # an answer read from its sentence without its article is "the …"
    ("What pact could India and Russia sign?", "bilateral labour mobility pact", "other",
     "what's it meant to regulate?", "what is the bilateral labour mobility pact meant to regulate?"),
    # the answer to "which planet's orbit …?" is that planet's orbit
    ("which planet's orbit could Newton's law not fully explain?", "Mercury", "other",
     "what theory fixed that?", "what theory fixed Mercury's orbit?"),
    # "that trip" after someone's coming somewhere is their trip ("is" is followed by no bare verb)
    ("when is Lavrov coming to India?", "November", "date",
     "what's that trip for?", "what is Lavrov's trip for?"),
    # a wh-phrase after "into" completes the last question as well ("reformulate": the verb's silent "e")
    ("who reformulated the equations?", "Oliver Heaviside and Josiah Willard Gibbs", "person",
     "into how many?", "Into how many did Oliver Heaviside and Josiah Willard Gibbs reformulate the equations?"),
    # an edition of a series is counted; what was established is the series
    ("which summit is it for?", "23rd India-Russia Annual Summit", "other",
     "when was that established?", "when was the India-Russia Annual Summit established?"),
    # "that reformulation": the noun of the verb just used, of what it was done to
    ("who reformulated the equations?", "Oliver Heaviside and Josiah Willard Gibbs", "person",
     "when was that reformulation done", "when was the reformulation of the equations done"),
    # a doing answered is no "it": the pact asked about is
    ("what would the labour mobility pact do?", "regulating Indian skilled workers' legal migration to Russia", "other",
     "how many workers would it cover", "how many workers would the labour mobility pact cover"),
    # a contracted auxiliary ends the subject: "it" is the reliquary, not "Marden Reliquary can't"
    ("why does Julian Osei say the Marden Reliquary can't be sold openly?", "staff were heartbroken", "other",
     "which gallery was it taken from", "which gallery was the Marden Reliquary taken from"),
    # a name for a name, though it only looks like a person's
    ("how many council seats did Civic Harwick list win?", "17", "number",
     "and the liberal alliance?", "how many council seats did the Liberal Alliance win?"),
    # "her problem with the budget": "it" is the budget, not the problem
    ("what was Priya Raman's problem with the budget?", None, "other",
     "when does it take effect?", "when does the budget take effect?"),
])
def test_a_follow_up_of_the_seventh_session_is_read_as_meant(tmp_path, fake_models, question, answer, kind, follow_up, meant):
    assert _read_over(tmp_path, fake_models, SESSION_SEVEN, question, answer, kind, follow_up) == meant


def test_it_is_never_what_the_user_called_they(tmp_path, fake_models):
    conv = _exchange(_over(tmp_path, fake_models, SESSION_SEVEN), "Which company got the Millbrook Bridge contract?",
                     "Tarvin Builders", "entity")
    asked = conv.readings("who's their project manager")[0]
    assert asked == "who is Tarvin Builders' project manager"
    _exchange(conv, "who's their project manager", "Ana Ruiz", "person", understood=asked)
    assert conv.readings("how much is it worth")[0] == "how much is the Millbrook Bridge contract worth"


@pytest.mark.parametrize("wrong, right", [
    ("what yr did it start", "what year did it start"),  # chat's spelling of a word
    ("who presnted the fone", "who presented the phone"),  # "ph" typed as it sounds
    ("who's there cheif financial officer", "who's their chief financial officer"),  # "their" typed as it sounds
    ("how many staff wil lose there jobs", "how many staff will lose their jobs"),
    ("whens the lease up", "when's the lease up"),  # "when's" typed without its apostrophe
    ("is there any water there now", "is there any water there now"),  # "there" itself
    ("who lives there today", "who lives there today"),
])
def test_words_typed_as_they_sound_or_as_chat_spells_them(speller, wrong, right):
    assert speller.correct(wrong)[0] == right


def test_of_two_article_words_as_close_the_one_ending_as_typed_is_meant():
    sp = Speller(word_counts(["They start early. They start late. It started in 2019."]), english_words())
    assert sp.correct("when was it startd")[0] == "when was it started"


def test_an_adverb_before_the_verb_is_no_object():
    assert _object("when did the queen officially open the building?", "the queen") == "the building"


def test_this_trip_is_the_one_someone_was_said_to_be_making_turns_before(tmp_path, fake_models):
    conv = _exchange(_over(tmp_path, fake_models, SESSION_SEVEN), "when is Lavrov coming to India?", "November", "date")
    _exchange(conv, "who invited him?", "Prime Minister Modi", "person", understood="who invited Lavrov?")
    assert conv.readings("what summit is this trip for?")[0] == "what summit is Lavrov's trip for?"


def test_their_after_a_question_of_no_subject_does_not_crash(tmp_path, fake_models):
    # "which part of the business …": a noun "of" another and no subject; "their" used to raise (None as a topic)
    conv = _exchange(_over(tmp_path, fake_models, SESSION_SEVEN), "which part of the business are those jobs mainly in",
                     "hardware business", "other")
    assert conv.readings("who is their chief financial officer")[0].lower().endswith("chief financial officer")


def test_a_follow_up_that_cannot_be_read_with_the_turns_before_is_asked_as_typed(tmp_path, fake_models, monkeypatch):
    conv = _exchange(_over(tmp_path, fake_models, SESSION_SEVEN), "Who founded Oakridge Commons?", "Lena Marsh", "person")

    def broken(self, question):
        raise AttributeError("a slip in a reading rule")

    monkeypatch.setattr(Conversation, "readings", broken)
    answer = conv.ask("what year did it start?")
    assert answer.rewritten is None
    assert READ_AS_TYPED_NOTE in answer.notes
    assert conv.turns[-1].understood == "what year did it start?"


SESSION_EIGHT = {
    "fraud.txt": "Vernon Hale was sentenced to seven years in prison for stealing $3.8 million from the charity. He set "
                 "up a fake company, Northgate Supply LLC, in 2019 to bill the charity. The scheme came apart in 2024.\n",
    "colonies.txt": "Otto von Bismarck, the German chancellor, long opposed acquiring colonies. Germany began building "
                    "a colonial empire in 1884.\n",
    "barrier.txt": "Councillor Ibrahim Sayeed is now proposing a demountable flood barrier for the Dunmere. The barrier "
                   "would cost 24 million.\n",
    "storm.txt": "Governor Vale declared a state of emergency after Storm Orla dropped 150 millimetres of rain. The "
                 "Met Office measured the rain. Vale asked for $250 million in federal aid. Damage is estimated at "
                 "$900 million.\n",
    "recall.txt": "Halvorsen is recalling Velotrin, a blood pressure drug that 900,000 people take. Dr. Ana Cole told "
                  "patients not to go on taking the drug on their own. The recall will cost $35 million.\n",
    "parliament.txt": "The Presiding Officer decides who speaks at Time for Reflection. Tricia Marwick is the "
                      "Presiding Officer.\n",
    "mayor.txt": "Marta Kowalczyk won the mayoral race in Harwick. She promised an audit of the tram in her first 100 "
                 "days.\n",
}


@pytest.mark.parametrize("question, answer, kind, follow_up, meant", [
    # "he" after "the fake company": a company is no "he", so "he" is the man talked about
    ("How long was Vernon Hale sentenced to prison for?", "seven years", "duration",
     "what was the fake company he set up called", "what was the fake company Vernon Hale set up called"),
    # "was that set up": a participle said of "that", the name just answered
    ("what was the fake company Vernon Hale set up called", "Northgate Supply LLC", "entity",
     "when was that set up", "when was Northgate Supply LLC set up"),
    # "why?" after "Which German chancellor long opposed …?": the noun and its adjectives go, the verb takes "did"
    ("Which German chancellor long opposed acquiring colonies?", "Otto von Bismarck", "entity",
     "why?", "Why did Otto von Bismarck oppose acquiring colonies?"),
    # "what kind of flood barrier …?" answered "demountable": it is the demountable flood barrier
    ("What kind of flood barrier is Councillor Ibrahim Sayeed now proposing for the Dunmere?", "demountable", "entity",
     "how much would it cost", "how much would the demountable flood barrier cost"),
    # "her" after "she" in one question: once she is named, "her" stays hers
    ("Who won the mayoral race in Harwick?", "Marta Kowalczyk", "person",
     "what did she promise on the tram in her first 100 days?",
     "what did Marta Kowalczyk promise on the tram in her first 100 days?"),
    # "that post" after an office answered: the post of that office
    ("Who decides who speaks at Time for Reflection?", "The Presiding Officer", "person",
     "who holds that post at the moment", "who holds the post of Presiding Officer at the moment"),
    # a doing asked about ("oppose acquiring colonies") is what "it" is, once the answer is a reason
    ("Why did Otto von Bismarck oppose acquiring colonies?", "colonies did not pay", "reason",
     "so when did germany start on it anyway", "When did germany start on acquiring colonies anyway"),
    # the event a question dates its fact by is "it", before the new thing it tells of ("a state of emergency")
    ("Who declared a state of emergency after Storm Orla?", "Governor Vale", "person",
     "how much rain did it dump on the valley", "how much rain did Storm Orla dump on the valley"),
    # … but what the same verb is said of again is the new thing itself
    ("Who declared a state of emergency after Storm Orla?", "Governor Vale", "person",
     "in how many counties did he declare it?", "in how many counties did Vale declare a state of emergency after Storm Orla?"),
    # a bare compound noun asked of the topic takes "the"
    ("how much is the Fennick roof contract worth?", "$426,000", "money",
     "start date?", "What is the start date of the Fennick roof contract?"),
    # an ordinal alone takes the place of the last question's ordinal
    ("who did Harriet call first", "Mr. Pell", "person", "and second?", "who did Harriet call second"),
    # a time long past drops the last question's "now"
    ("How much is the Eastline tram now expected to cost?", "€1.35 billion", "money",
     "and back in 2023?", "How much was the Eastline tram expected to cost in 2023?"),
    # "what about his death?" after "what year …?" asks the year of it
    ("What year did Vernon Hale go to prison?", "2024", "date", "what about his death?", "What year was Vernon Hale's death?"),
    # "and the 2030 roadmap?" takes the place of the thing the sectors are asked of, not of the sectors
    ("which sectors would the labour mobility pact cover", "construction, textiles", "other",
     "and the 2030 roadmap?", "which sectors would the 2030 roadmap cover"),
    # "that trip" after a visit made and dated is the trip of that date
    ("when did Putin last visit India", "2021", "date", "how long was that trip", "how long was the 2021 trip"),
])
def test_a_follow_up_of_the_eighth_session_is_read_as_meant(tmp_path, fake_models, question, answer, kind, follow_up, meant):
    assert _read_over(tmp_path, fake_models, SESSION_EIGHT, question, answer, kind, follow_up) == meant


def test_a_name_keeps_its_particles():
    assert _entities("Why did Otto von Bismarck oppose it?") == ["Otto von Bismarck"]
    assert _entities("Why was Hassan al Banna assassinated?") == ["Hassan al Banna"]
    assert _entities("Who killed Joseph Coulon de Jumonville?") == ["Joseph Coulon de Jumonville"]


def test_a_name_typed_in_lower_case_is_the_name_though_an_email_address_writes_it_so(tmp_path, fake_models):
    conv = _over_files(tmp_path, fake_models, "transcripts2/corpus/quillstone_office_move_emails.txt")
    assert conv._cased("which removal firm did owen recommend?") == "which removal firm did Owen recommend?"


def test_a_thing_asked_of_with_its_possessive_is_the_thing(tmp_path, fake_models):
    conv = _over_files(tmp_path, fake_models, "blind/corpus/drug_recall.txt")
    _exchange(conv, "and the solvent supplier's name?", None, "other", "What is the solvent supplier's name?")
    assert conv._antecedents("thing")[0] == "the solvent supplier"  # not "the solvent supplier's", read into "set them back"


def test_two_names_joined_by_an_ampersand_are_a_firm():
    assert _named_body("Carrow & Sons") and _named_body("Holm & Varga")
    assert not _named_body("Priya Raman and Tom Becker")


def test_an_initial_before_a_lowercase_word_is_no_name():
    assert _entities("how did E. coli bacteria get into the water at Ashgrove?") == ["Ashgrove"]


def test_an_amount_of_something_is_no_thing_and_it_goes_back_to_the_storm(tmp_path, fake_models):
    conv = _exchange(_over(tmp_path, fake_models, SESSION_EIGHT), "Who declared a state of emergency after Storm Orla?",
                     "Governor Vale", "person")
    _exchange(conv, "how much rain did Storm Orla drop", "150 millimetres", "number")
    _exchange(conv, "who measured that?", "Met Office", "person", understood="who measured the 150 millimetres of rain?")
    _exchange(conv, "how much federal aid did he ask for", "$250 million", "money",
              understood="how much federal aid did Governor Vale ask for")
    assert conv.readings("and the damage estimate?")[0] == "What was the damage estimate of Storm Orla?"


def test_a_doing_answered_is_no_it_and_it_goes_back_to_the_drug(tmp_path, fake_models):
    conv = _exchange(_over(tmp_path, fake_models, SESSION_EIGHT), "how many people take the blood pressure drug",
                     "900,000", "number")
    _exchange(conv, "what did Dr. Ana Cole tell patients not to do?", "taking the drug on their own", "other")
    assert conv.readings("how much will it cost the company")[0] == "how much will the blood pressure drug cost the company"


def test_a_verb_before_a_noun_does_not_describe_it():
    # "could decide elections": "decide" is a verb; "that election" is not "the decide election"
    assert Conversation._mention("infrastructure projects could decide elections", "election") is None
    assert Conversation._mention("the first use of postal voting in the mayoral election", "election") == "the mayoral election"


@pytest.mark.parametrize("question, answer, meant", [
    ("What did Valtek and Nordgrau win?", "the new tram contract", "what is the new tram contract worth?"),
    # "employment contracts" were never said to be new: another contract, so "that new contract" stays as typed
    ("What did the court tell Zipply to offer?", "employment contracts", "what is that new contract worth?"),
])
def test_that_new_noun_is_a_mention_that_says_new(tmp_path, fake_models, question, answer, meant):
    assert _read_over(tmp_path, fake_models, SESSION_EIGHT, question, answer, "other", "what's that new contract worth?") == meant


def test_a_fire_is_never_they(tmp_path, fake_models):
    # nothing the conversation named can evacuate homes: "they" stays as typed, not "the Cedar Gap Fire"
    assert _read_over(tmp_path, fake_models, SESSION_EIGHT, "When did the Cedar Gap Fire start?", "Friday", "date",
                      "how many homes have they evacuated?") == "how many homes have they evacuated?"


def test_a_numbered_thing_is_named_with_its_number():
    # "that bay" after "the Bay 4 temperature alarm": Bay 4
    assert Conversation._mention("What time did the Bay 4 temperature alarm go off?", "bay") == "Bay 4"


SESSION_NINE = {
    "primes.txt": "The number theorist G. H. Hardy prided himself on doing work that had no military significance. "
                  "Hardy was British. Euclid's Elements, written around 300 BC, holds the fundamental theorem of "
                  "arithmetic.\n",
    "rhine.txt": "The Treaty of Versailles is often said to have helped Adolf Hitler's rise to power. Britain and "
                 "France could have stopped him.\n",
    "gauge.txt": "Dr. Ruth Abernathy wants a new upstream gauge at Tollard Bridge. A gauge at Tollard Bridge would give "
                 "four extra hours of warning. It would cost 180,000.\n",
    "merger.txt": "Nordvik Air and Skerry Airways will merge into Nordvik Skerry. The companies expect to save $35 "
                  "million each year.\n",
    "budget.txt": "Councillors Priya Raman and Tom Becker voted against the budget. Becker objected to cutting "
                  "library hours.\n",
    "museum.txt": "The Marden Reliquary was stolen from the Treasury Gallery of the Brannock museum.\n",
    "chat.txt": "jules: the owner is a guy called halvard, he said the key box is by the shed\n",
    "court.txt": "The Supreme Court judges voted 4-1 in the Zipply couriers case, first brought in 2021.\n",
    "strike.txt": "Helena Farrow will meet the two sides at the Ministry of Labour on Castellan Square.\n",
    "banquet.txt": "President Droupadi Murmu will host a banquet for Putin during his India visit. A labour mobility "
                   "pact may be signed during the visit.\n",
}


@pytest.mark.parametrize("question, answer, kind, follow_up, meant", [
    # a name with initials is a person's: "he" is G. H. Hardy
    ("Which number theorist prided himself on doing work that had no military significance?", "G. H. Hardy", "entity",
     "what nationality was he", "what nationality was G. H. Hardy"),
    # "whose …?" is answered by a person: "him" is Adolf Hitler
    ("whose rise to power is the treaty often said to have helped", "Adolf Hitler", "person",
     "which countries could have stopped him but didn't", "which countries could have stopped Adolf Hitler but didn't"),
    # "there" after a place answered, with the preposition the articles give it
    ("where does Ruth Abernathy want a new upstream gauge", "Tollard Bridge", "place",
     "how much extra warning would a gauge there give", "how much extra warning would a gauge at Tollard Bridge give"),
    # "that" before a participle after "was" is the subject of a passive, not "that <noun>"
    ("which ancient work contains the fundamental theorem of arithmetic", "Elements", "entity",
     "roughly when was that written", "roughly when was Elements written"),
    # "they" after two named together: both of them
    ("What will the airline created by the merger of Nordvik Air and Skerry Airways be called?", "Nordvik Skerry",
     "entity", "how much do they expect to save each year", "how much do Nordvik Air and Skerry Airways expect to save each year"),
    # "the name of the reliquary" is the reliquary: "it" is the name answered; "the gallery it was taken from" asks which
    ("What is the name of the reliquary stolen from the Brannock museum?", "Marden Reliquary", "entity",
     "and the gallery it was taken from?", "Which gallery was Marden Reliquary taken from?"),
    # "what square is that on?" after a place answered: the place, what it stands on aside
    ("where is Helena Farrow meeting the two sides", "Ministry of Labour on Castellan Square", "place",
     "what square is that on", "what square is the Ministry of Labour on"),
    # a name a chat writes in lower case answers "who …?": "he" is him
    ("who is the owner", "halvard", "person", "where did he say the key box is", "where did Halvard say the key box is"),
])
def test_a_follow_up_of_the_ninth_session_is_read_as_meant(tmp_path, fake_models, question, answer, kind, follow_up, meant):
    assert _read_over(tmp_path, fake_models, SESSION_NINE, question, answer, kind, follow_up) == meant


def test_and_a_surname_s_swaps_the_whole_owner_for_the_whole_name(tmp_path, fake_models):
    conv = _exchange(_over(tmp_path, fake_models, SESSION_NINE), "who voted against the budget",
                     "Councillors Priya Raman and Tom Becker", "person")
    _exchange(conv, "what was her objection", None, understood="what was Priya Raman's objection")
    assert conv.readings("and becker's?")[0] == "what was Tom Becker's objection"


def test_there_before_a_verb_that_ends_the_question_is_not_their(speller):
    assert speller.correct("how much extra warning would a gauge there give")[0] == (
        "how much extra warning would a gauge there give")
    assert speller.correct("how many staff will lose there jobs?")[0] == "how many staff will lose their jobs?"


@pytest.mark.parametrize("history, follow_up, meant", [
    # "the treaty" after the one treaty answered is that treaty, by its name
    ([("Under which treaty was the Rhineland occupied after World War I?", "Treaty of Versailles", "entity")],
     "whose rise to power is the treaty often said to have helped",
     "whose rise to power is the Treaty of Versailles often said to have helped"),
    # two treaties named: "the treaty" stays as typed
    ([("Which treaty followed the Peace of Westphalia Treaty?", "Treaty of Versailles", "entity")],
     "when was the treaty signed", "when was the treaty signed"),
    # a noun that goes on ("the treaty terms") is not the name's head
    ([("Under which treaty was the Rhineland occupied after World War I?", "Treaty of Versailles", "entity")],
     "what were the treaty terms", "what were the treaty terms"),
    # no name: the one the user's question described
    ([("What would the labour mobility pact regulate?", "legal migration", "other")],
     "when will the pact be signed?", "when will the labour mobility pact be signed?"),
    # a head noun that can also describe ("final") is still the head
    ([("Which club won the Continental Cup final?", "Northfield United", "entity")],
     "who scored twice in the final?", "who scored twice in the Continental Cup final?"),
    # but not another one than the user means now ("previous", "23rd")
    ([("When was Putin's previous visit to India?", "2021", "date")],
     "who hosted the banquet during the visit?", "who hosted the banquet during the visit?"),
    ([("What is the theme of the 23rd summit?", "trade", "other")],
     "when was the summit first held?", "when was the summit first held?"),
    # a name with an abbreviation is kept whole ("St. Brigid's", not "Brigid's")
    ([("When did St. Brigid's new heart centre open?", "May", "date")],
     "how many nurses does the centre still need?", "how many nurses does St. Brigid's new heart centre still need?"),
    # and never a name cut short ("Hospital's new heart centre" of "St. Brigid's Hospital's …")
    ([("When did St. Brigid's Hospital's new heart centre open?", "May", "date")],
     "how many nurses does the centre still need?", "how many nurses does the centre still need?"),
])
def test_the_noun_is_the_one_thing_the_conversation_named_with_it(tmp_path, fake_models, history, follow_up, meant):
    assert _read_after(_over(tmp_path, fake_models, SESSION_NINE), history, follow_up) == meant


def test_he_is_the_person_just_answered_where_the_articles_write_him_by_his_surname(tmp_path, fake_models):
    # "Lavrov emphasised that the economic partnership …": the articles say it of him by his surname alone
    conv = _exchange(_over(tmp_path, fake_models, {
        "visit.txt": "Russian Foreign Minister Sergey Lavrov is expected to visit India before President Vladimir Putin.\n",
        "lavrov.txt": "Lavrov emphasised that the economic partnership is not under threat.\n",
        "putin.txt": "Putin backs economic ties with India.\n"}),
        "Which Russian official is expected to visit India before Putin?", "Sergey Lavrov", "person")
    assert conv.readings("what did he say about the economic partnership")[0] == (
        "what did Sergey Lavrov say about the economic partnership")


def test_the_verb_after_a_subject_is_no_part_of_what_it_may_be(tmp_path, fake_models):
    # "How did the Supreme Court panel vote in …?": "vote" is the panel's verb; "case" ends no subject
    conv = _exchange(_over(tmp_path, fake_models, SESSION_NINE),
                     "How did the Supreme Court panel vote in the Zipply couriers case?", "4-1", "other")
    phrases = [c.text for c in conv._antecedent_pool([]) if c.source == "phrase"]
    assert phrases == ["the Supreme Court panel", "the Zipply couriers case"]
    # the judges are many: no "it"
    conv = _exchange(_over(tmp_path / "b", fake_models, SESSION_NINE),
                     "How did the Supreme Court judges vote in the Zipply couriers case?", "4-1", "other")
    assert [c.text for c in conv._antecedent_pool([]) if c.source == "phrase"] == ["the Zipply couriers case"]


def test_a_word_in_ing_after_the_is_a_noun_and_a_fragment_is_of_the_thing_not_the_person_of_it():
    assert _topic("who was the architect of the building?") == "the architect of the building"
    assert _of("beds", "the architect of the building") == "beds of the building"
    assert _of("the deputy", "the architect of the building") == "the deputy of the architect of the building"


def test_a_verb_in_ing_before_its_preposition_is_no_part_of_the_subject(tmp_path, fake_models):
    # "What is the port operator asking for?": "asking" is the operator's verb, no part of what "it" may be
    conv = _exchange(_over(tmp_path, fake_models, {"strike.txt": "The Velmora port operator is asking for a pay freeze.\n"}),
                     "What is the Velmora port operator asking for?", "a pay freeze", "other")
    assert [c.text for c in conv._antecedent_pool([]) if c.source == "phrase"] == ["the Velmora port operator"]


def test_during_it_is_an_event_the_conversation_named(tmp_path, fake_models):
    # "during it" after "what is her position?" (President): not the position, but the visit the first question named
    conv = _exchange(_over(tmp_path, fake_models, SESSION_NINE), "Who is hosting a banquet for Putin during his India visit?",
                     "President Droupadi Murmu", "person")
    _exchange(conv, "what's her position", "President", "title", understood="what is Droupadi Murmu's position")
    assert conv.readings("what might get signed during it")[0] == "what might get signed during Putin's India visit"


def test_he_is_the_one_person_the_last_exchange_spoke_of(tmp_path, fake_models):
    conv = _over(tmp_path, fake_models, {
        "summit.txt": "President Vladimir Putin is supposed to come to Delhi in December. Putin will come for two days.\n",
        "lavrov.txt": "Russian Foreign Minister Sergey Lavrov is visiting India ahead of the summit. He will finalise "
                      "the agenda.\n",
        "weather.txt": "The weather in Delhi was mild.\n", "trade.txt": "Trade grew last year.\n"})
    _exchange(conv, "When is Putin's visit?", "December", "date")
    _exchange(conv, "who is visiting india ahead of the summit to finalise the agenda?", "Sergey Lavrov", "person")
    # the articles say "come" beside Putin, but the user asks of the man just named (whom they call "he")
    assert conv.readings("what month is he supposed to come?")[0] == "what month is Sergey Lavrov supposed to come?"
    # where the last question named another man too, the articles decide ("Who invited Putin?" → Modi; "he" visits)
    _exchange(conv, "who will Putin meet?", "Sergey Lavrov", "person")
    assert conv.readings("what month is he supposed to come?")[0] == "what month is Putin supposed to come?"


def test_he_is_not_the_one_just_named_when_nothing_says_that_one_is_a_he(tmp_path, fake_models):
    # the articles never call Droupadi Murmu "he" or "she": the corpus decides, and it says Putin praised Modi
    conv = _over(tmp_path, fake_models, {
        "summit.txt": "President Vladimir Putin will be in India for the annual summit. He has called Modi a dear friend.\n",
        "banquet.txt": "President Droupadi Murmu is hosting the banquet during the summit.\n",
        "weather.txt": "The weather in Delhi was mild.\n", "trade.txt": "Trade grew last year.\n"})
    _exchange(conv, "When is Putin supposed to be in India for the annual summit?", "December", "date")
    _exchange(conv, "who is hosting the banquet during the annual summit?", "President Droupadi Murmu", "person")
    assert conv.readings("what has he called modi?")[0] == "what has Putin called Modi?"


LATER_NINTH = {
    "ipcc.txt": "Hoesung Lee is the chair of the IPCC since October 8, 2015. The previous chairs were Rajendra K. "
                "Pachauri, elected in May 2002, and Bert Bolin.\n",
    "germs.txt": "Louis Pasteur's germ theory was opposed to the miasma theory, which held that disease came from bad air.\n",
    "seedwell.txt": "Mattias Brandvold founded Seedwell Commons in 2019. Seedwell Commons is now based in the old ferry "
                    "terminal. It has sixty members. His grandmother brought beans over from Velstad.\n",
    "missile.txt": "Russia is pushing India to buy the Su-57E. India and Russia jointly develop the BrahMos missile.\n",
    "thermostat.txt": "Firmware 4.2.1 broke the wifi on Graham Ostrowski's Halo T3 thermostat. It hit 2,400 thermostats. "
                      "His replacement arrives on Friday.\n",
}


@pytest.mark.parametrize("history, follow_up, meant", [
    # a name the articles write after an initial ("Rajendra K. Pachauri") is a name typed in lower case
    ([("Who is the chair of the IPCC?", "Hoesung Lee", "person"), ("when was Hoesung Lee elected", "October 8, 2015", "date")],
     "and pachauri?", "when was Pachauri elected"),
    # "that one" is the thing just answered
    ([("which theory was Louis Pasteur's germ theory opposed to", "miasma theory", "entity")],
     "who came up with that one?", "who came up with the miasma theory?"),
    # what a question says was founded is no one: "it" is Seedwell Commons
    ([("Who founded Seedwell Commons?", "Mattias Brandvold", "person"), ("when did Mattias Brandvold start out", "2019", "date")],
     "where is it based now?", "where is Seedwell Commons based now?"),
    # … and stays no one when later questions name it without the verb: "his" is the founder
    ([("Who founded Seedwell Commons?", "Mattias Brandvold", "person"),
      ("how many members does Seedwell Commons have", "sixty", "number"),
      ("how many volunteers does Seedwell Commons have", "sixty", "number")],
     "what did his grandmother bring over from velstad", "what did Mattias Brandvold's grandmother bring over from Velstad"),
    # the owner named inside a name ("Graham Ostrowski's Halo T3 thermostat") may be "he", two turns back
    ([("Which firmware update broke the wifi on Graham Ostrowski's Halo T3 thermostat?", "4.2.1", "entity"),
      ("how many thermostats did the 4.2.1 update hit", "2,400", "number")],
     "when's his replacement arriving?", "when is Graham Ostrowski's replacement arriving?"),
    # "the missile they develop jointly": which one, and "they" the two the last question named
    ([("What fifth-generation fighter jet is Russia pushing India to buy?", "Su-57E", "entity")],
     "and the missile they develop jointly?", "Which missile do Russia and India develop jointly?"),
])
def test_a_follow_up_read_after_set_42_was_judged(tmp_path, fake_models, history, follow_up, meant):
    assert _read_after(_over(tmp_path, fake_models, LATER_NINTH), history, follow_up) == meant


def test_a_surname_after_an_initial_is_a_persons(tmp_path, fake_models):
    # "Rajendra K. Pachauri": "Pachauri" is a person's name, so never "it"
    conv = _over(tmp_path, fake_models, LATER_NINTH)
    assert conv._surname("Pachauri")
    assert conv._names_person("Pachauri")


TENTH = {
    "lavrov.txt": "Russian Foreign Minister Sergey Lavrov commended India's strategic autonomy in choosing its trade "
                  "partners. Lavrov said so at the 80th UN General Assembly in September.\n",
    "corvane.txt": "Corvane's chief executive, Daniel Okoro, said the constraint was power and chips, not demand.\n",
    "ipcc.txt": "The IPCC was set up by the World Meteorological Organization and the United Nations Environment "
                "Programme. The WMO hosts the secretariat in Geneva. Hoesung Lee has chaired the IPCC since 2015; before "
                "him, Rajendra K. Pachauri chaired it.\n",
    "halloway.txt": "Vernon Halloway stole $3.8 million from the charity and spent $1.1 million of it on a lake house.\n",
    "fire.txt": "The Cedar Gap Fire has driven 1,500 people from their homes and burned 8,400 acres so far.\n",
    "thermostat.txt": "Firmware 4.2.1 broke the wifi on Halo T3 thermostats. The update hit 2,400 thermostats.\n",
    "hospital.txt": "St. Brigid's Hospital just opened its new cardiac centre, designed by Ana Ruiz.\n",
    "harwick.txt": "Marta Kowalczyk, a former nurse at St. Brigid's Hospital, won Harwick's mayoral election. Harwick's "
                   "mayoral election was decided by 1,200 votes; the election was designed to be fair.\n",
    "summit.txt": "Putin will attend the annual India-Russia bilateral summit. A labour pact would cover construction and "
                  "textiles in Russia.\n",
    "coating.txt": "Dr. Owen Ashdown-Pike cautioned that the Estermont crab-shell coating might not transfer easily from "
                   "the laboratory to the supermarket. He works at the Corran Institute of Technology. The coating has "
                   "been tried on strawberries and pears.\n",
    "rates.txt": "The committee voted 6-3 to cut the rate. Deputy Governor Samuel Achebe was one of the three who voted "
                 "against the cut.\n",
    "tariff.txt": "The US imposed a 25% tariff on Indian goods over Russian oil. The tariff took effect on August 27.\n",
    "barrier.txt": "Ibrahim Sayeed said construction of the flood barrier now starts in September 2027 and finishes in "
                   "2029.\n",
    "holyrood.txt": "The Scottish Parliament's debating chamber is laid out in a hemicycle. The Lord Advocate at the moment "
                    "is the Solicitor General for Scotland's superior.\n",
    "cabling.txt": "Owen is handling the IT side of Quillstone Analytics' office move. The cabling contractor, Brightwire, "
                   "quoted £11,200.\n",
    "museum.txt": "The Brannock museum's trustees offered a reward of 50,000 pounds for information.\n",
    "rhine.txt": "The Confederation of the Rhine was established in 1806 and lasted until 1814.\n",
    "imogen.txt": "Storm Imogen killed 14 people and displaced 2,300 residents.\n",
    "budget.txt": "Councillor Priya Raman and Councillor Tom Becker voted against Bridgewater's budget. The vote in "
                  "Bridgewater was 7-2.\n",
    "fennick.txt": "Carrow & Sons won the Fennick gymnasium roof contract for $412,000; Mr. Obi voted against the Fennick "
                   "gym contract.\n",
    "napoleon.txt": "The Confederation of the Rhine was set up by Napoleon as a French client state. French leaders tried to "
                    "annex land west of the Rhine.\n",
    "boiler.txt": "The boiler at Tomasz's flat on Larkspur Terrace needs a diverter valve. His daughter is six.\n",
    "theories.txt": "The germ theory was opposed to the miasma theory. The clonal selection theory was formulated by "
                    "Frank Burnet in the mid-1950s.\n",
}


@pytest.mark.parametrize("history, follow_up, meant", [
    # "it" after a verb of saying is what was said, about what the last question asked: not India
    ([("What did Lavrov say about India choosing its trade partners?", "commended India's strategic autonomy", "entity")],
     "when did he say it?", "when did Lavrov say that about India choosing its trade partners?"),
    ([("What did Lavrov say about India choosing its trade partners?", "commended India's strategic autonomy", "entity")],
     "why did he say that", "why did Lavrov say that about India choosing its trade partners"),
    # "she" where the one asked about was answered with a man, or not at all: the one the question described
    ([("Who is Corvane's chief executive?", None, "person")],
     "what did she say the constraint was", "what did Corvane's chief executive say the constraint was"),
    # "which of those" is some of many: the two organizations asked for, never the one answered
    ([("Which two organizations set up the IPCC?", "World Meteorological Organization", "entity")],
     "which of them hosts the secretariat?", "which of the two organizations hosts the secretariat?"),
    ([("Which two organizations set up the IPCC?", "World Meteorological Organization", "entity")],
     "which of those pays for the secretariat?", "which of the two organizations pays for the secretariat?"),
    # "that bad update": the update asked about, as answered ("bad" is no degree before a noun just asked about)
    ([("Which firmware update broke the wifi on the Halo T3 thermostat?", "4.2.1", "number")],
     "how many thermostats did that bad update hit", "how many thermostats did the 4.2.1 update hit"),
    # what a question asked was opened is the new thing talked about next, not the one that opened it
    ([("what did St. Brigid's hospital just open?", "new cardiac centre", "other")],
     "who designed it", "who designed the new cardiac centre"),
    # "how much of it" after a sum answered: of that sum
    ([("how much did Vernon Halloway steal?", "$3.8 million", "money")],
     "how much of it went on the lake house?", "how much of the $3.8 million went on the lake house?"),
    # "and acres burned so far?" after "how many people has it driven …?": how many were, because of it, so far
    ([("How many people has Cedar Gap driven from their homes?", "1,500", "number")],
     "And acres burned so far?", "How many acres have been burned so far because of Cedar Gap?"),
    # "and before him?" after the holder of an office was answered: who held it before him
    ([("Who is the chair of the IPCC?", "Hoesung Lee", "person"), ("since when has Hoesung Lee had the job", "2015", "date")],
     "and before him?", "Who was the chair of the IPCC before Hoesung Lee?"),
    # what a specialist cautioned about is "it", not the supermarket it might not reach
    ([("Which post-harvest specialist cautioned that the Estermont crab-shell coating might not transfer easily from "
       "the laboratory to the supermarket?", "Dr. Owen Ashdown-Pike", "person")],
     "has it been tried on pears?", "has the Estermont crab-shell coating been tried on pears?"),
    # "the three" who voted against are no "it"
    ([("Who was one of the three who voted against the cut?", "Deputy Governor Samuel Achebe", "person")],
     "why did he oppose it?", "why did Samuel Achebe oppose the cut?"),
    # "that 25% tariff" says which one: the 25% tariff
    ([("What tariff did the US slap on Indian goods over Russian oil?", "25%", "percent")],
     "When did that 25% tariff take effect?", "When did the 25% tariff take effect?"),
    # "and finish?" after "… construction starts now": the other verb, in the same form
    ([("when does Sayeed say construction starts now", "September 2027", "date")],
     "and finish?", "when does Sayeed say construction finishes now"),
    # the office "who is …?" asked about is someone, never "it": "it" is what was talked about before
    ([("what is the Scottish Parliament's debating chamber made of?", "oak", "other"),
      ("who is the Lord Advocate at the moment", "the Solicitor General for Scotland", "person")],
     "what shape is it laid out in", "what shape is the Scottish Parliament's debating chamber laid out in"),
    # … and the owner of the office ("Corvane's") is still what "it" may be
    ([("Who is Corvane's chief executive?", "Daniel Okoro", "person"),
      ("what did Daniel Okoro say", None, "other")],
     "what does it sell?", "what does Corvane sell?"),
    # what was opened stays "it" however the articles weigh the thread's first topic
    ([("Who won Harwick's mayoral election?", "Marta Kowalczyk", "person"),
      ("where did Marta Kowalczyk work before politics", "St. Brigid's Hospital", "place"),
      ("what did St. Brigid's hospital just open?", "new cardiac centre", "other")],
     "who designed it", "who designed the new cardiac centre"),
    # "India-Russia" is two places, never what "that" stands for while the question names a summit
    ([("any new deal on workers expected from the annual India-Russia bilateral summit?", None, "other")],
     "which russian sectors would that cover", "which russian sectors would the annual India-Russia bilateral summit cover"),
    # "offered by who?" asks who did it to the thing the last question asked about
    ([("how big is the reward for information", "50,000 pounds", "money")],
     "offered by who?", "By whom was the reward for information offered?"),
    # "until when?" after a beginning was dated asks when it ended
    ([("when was the Confederation of the Rhine established", "1806", "date")],
     "until when?", "Until when did the Confederation of the Rhine last?"),
    # "and how many were displaced?" counts the same people, because of the same subject
    ([("How many people did Storm Imogen kill?", "14", "number")],
     "and how many were displaced?", "How many people were displaced because of Storm Imogen?"),
    # "and becker?" after a question whose "she" was read as no one: Becker in her place, not as Bridgewater's
    ([("why was she against Bridgewater's budget", None, "reason")],
     "and becker?", "why was Becker against Bridgewater's budget"),
    # "those" are many: never the one council named, and left as typed when nothing plural was said
    ([("why was Becker against Bridgewater's budget", None, "reason")],
     "which branches are those", "which branches are those"),
    # "him", "his" where no name is known as a person's: the one a question said did something, or owned something
    ([("What did Napoleon set up as a French client state on the Rhine?", "the Confederation of the Rhine", "other"),
      ("how many states were part of the Confederation of the Rhine", None, "number")],
     "who else besides him tried to annex land west of the rhine",
     "who else besides Napoleon tried to annex land west of the Rhine"),
    ([("What part does the boiler at Tomasz's flat on Larkspur Terrace need?", "diverter valve", "entity"),
      ("which firm is doing the emergency call-out", "Embercroft Heating", "entity")],
     "how old is his daughter", "how old is Tomasz's daughter"),
    # … never a town the articles write "in Bridgewater": "she" stays as typed when no woman is known
    ([("How big is Bridgewater's budget for the 2025-26 fiscal year?", "$412 million", "money"),
      ("who voted against Bridgewater's budget", None, "person")],
     "why was she against it", "why was she against Bridgewater's budget"),
    # "and clonal selection theory?" takes the place of the whole "miasma theory", not of its last word
    ([("which theory was Louis Pasteur's germ theory opposed to", "miasma theory", "entity"),
      ("who came up with the miasma theory?", "Robert Koch", "person")],
     "and clonal selection theory?", "who came up with the clonal selection theory?"),
])
def test_a_follow_up_of_the_tenth_session_is_read_as_meant(tmp_path, fake_models, history, follow_up, meant):
    assert _read_after(_over(tmp_path, fake_models, TENTH), history, follow_up) == meant


def test_this_noun_is_the_one_the_article_talked_about_names(tmp_path, fake_models):
    conv = _over(tmp_path, fake_models, {
        "visit.txt": "President Droupadi Murmu will host a banquet for Putin.\n\n"
                     + "Officials prepared the capital for days. " * 40
                     + "\n\nPutin will attend the annual India-Russia bilateral summit in New Delhi.",
        "other.txt": "An EU summit was held in Brussels."})
    banquet = next(c for c in conv.index.chunks if c.article_id == "visit")
    assert "summit" not in banquet.text  # the passage answered from is not the one that names it
    q = "Who will host the banquet during Putin's state visit to India?"
    conv.turns.append(Turn(q, q, Answer(q, "President Droupadi Murmu", 0.8, kind="person", passages=(Hit(banquet, 1.0, 1, 1, 1.0),))))
    assert (conv.readings("any deal on workers expected from this summit?")[0]
            == "any deal on workers expected from the annual India-Russia bilateral summit?")


def test_he_is_to_come_as_the_one_answered_was_asked_about_coming(tmp_path, fake_models):
    # over seeds/, where Putin is the better-documented man: "he" still is Lavrov, the one asked about visiting
    conv = _over_seeds(tmp_path, fake_models)
    # … but not when "visit" is a noun of the question, not what the one answered does: "he" is Putin
    _exchange(conv, "Who will host the banquet during Putin's state visit to India?", "President Droupadi Murmu", "person")
    assert conv.readings("when did he last visit india")[0] == "when did Putin last visit india"
    _exchange(conv, "When is Putin visiting India?", "December 5-6", "date")
    _exchange(conv, "Who is expected to visit India ahead of Putin to prepare the summit agenda?",
              "Russian Foreign Minister Sergey Lavrov", "person")
    assert conv.readings("When is he supposed to come?")[0] == "When is Sergey Lavrov supposed to come?"
    # … and after "which official …?", a question for a person too
    _exchange(conv, "Which Russian official is expected to visit India before Putin?", "Sergey Lavrov", "person")
    assert conv.readings("when is he coming?")[0] == "when is Sergey Lavrov coming?"


def test_two_places_said_together_are_no_place_one_is_in():
    from qa.conversation import _is_place, _two_places

    # "when was he last there?" is in India, never "in India-Russia"; nor is "India-Russia" a thing "that" is
    assert not _is_place("India-Russia") and _two_places("India-Russia")
    assert _is_place("New Delhi") and not _two_places("New Delhi") and not _two_places("Su-57E")


def test_an_office_asked_about_is_no_thing_but_a_contractor_may_be(tmp_path, fake_models):
    conv = _exchange(_over(tmp_path, fake_models, TENTH), "who is the cabling contractor", "Brightwire", "entity")
    assert "the cabling contractor" in conv._things()  # "how much did they quote": the contractor
    _exchange(conv, "who is the Lord Advocate at the moment", "the Solicitor General for Scotland", "person")
    assert not any("Lord Advocate" in t for t in conv._things())


def test_where_a_person_stands_is_no_part_of_the_subject():
    from qa.conversation import _topic

    assert _topic("why was Becker against Bridgewater's budget for the 2025-26 fiscal year") == "Becker"
    assert _topic("what is the case against Zipply?") == "the case against Zipply"  # a noun's own "against"


def test_the_object_after_a_wh_subjects_verb_is_whole_as_typed(tmp_path, fake_models):
    from qa.conversation import _topic

    conv = _over(tmp_path, fake_models, TENTH)  # the articles write "Fennick gymnasium roof" and "Fennick gym contract"
    assert _topic("Which company won the Fennick gym roof contract?", conv._in_articles) == "the Fennick gym roof contract"


ELEVENTH = {
    "final.txt": "The Continental Cup final was played at the Estadio Marbella in front of 61,000 fans. Real Castellan "
                 "beat Northfield United 2-1.\n",
    "corvane.txt": "Corvane is cutting 1,200 jobs, mainly in its hardware business.\n",
    "maxwell.txt": "Oliver Heaviside and Josiah Willard Gibbs reformulated Maxwell's 20 scalar equations into four "
                   "vector equations.\n",
    "alarm.txt": "Harriet Voss called Mr. Pell first and Polar Line Services second.\n",
    "barrier.txt": "Construction of the Dunmere flood barrier starts in September 2027 and should be finished by 2029.\n",
    "boiler.txt": "Embercroft Heating charges 140 pounds just to show up; the diverter valve itself is 95 pounds.\n",
    "holyrood.txt": "The Scottish Parliament Building was opened in 2004 and cost £414 million.\n",
    "recall.txt": "Halvorsen is recalling 2.1 million bottles of Velotrin.\n",
    "roadmap.txt": "President Droupadi Murmu will host a banquet for Putin; she invited 300 guests. Putin will sign an "
                   "economic roadmap to 2030 on his visit; Vladimir Putin last came to India in 2021.\n",
    "ferry.txt": "10:41 marco: i'll do the ferry. the boat leaves from wenlow quay at 8:15\n10:42 jules: ok\n"
                 "10:43 marco: booked, code PRT-4471\n10:44 tess: nice\n",
    "bay4.txt": "Harriet Voss said the Bay 4 alarm went off at 2:40. Bay 4 held A. Apples for Kessler Orchards. She called "
                "her manager at 3:05 and Polar Line Services at 3:25.\n",
    "zipply.txt": "The case against Zipply was brought by Rafael Moreno and two other couriers, Ana Ruiz and Tom Bell.\n",
    "voltaire.txt": "France kept Saint Pierre and Miquelon. Voltaire dismissed Canada as nothing more than a few acres of "
                    "snow.\n",
    "fort.txt": "In August 1757 Montcalm and 7,000 troops besieged Fort William Henry.\n",
    "washington.txt": "In May 1754 Major George Washington led the Virginia militia at Jumonville Glen, the first battle of "
                      "the French and Indian War. He was 22.\n",
}


@pytest.mark.parametrize("history, follow_up, meant", [
    # a wh-phrase behind a preposition of more than one word takes the last question's wh-word's place
    ([("where was the Continental Cup final played", None, "place")],
     "in front of how many?", "In front of how many was the Continental Cup final played?"),
    # … and one with an adverb before it, and a noun with its own "of the …"
    ([("how many jobs is Corvane cutting", "1,200", "number")],
     "mainly in which part of the business?", "Mainly in which part of the business is Corvane cutting 1,200 jobs?"),
    ([("who reformulated Maxwell's 20 scalar equations?", "Oliver Heaviside and Josiah Willard Gibbs", "person")],
     "into how many?", "Into how many did Oliver Heaviside and Josiah Willard Gibbs reformulate Maxwell's 20 scalar equations?"),
    # "finished by when?" after a start still to come: by when it will be
    ([("when does construction of the Dunmere flood barrier start", "September 2027", "date")],
     "finished by when?", "By when will construction of the Dunmere flood barrier be finished?"),
    # "and for the valve itself?" after what is charged to do something: what is charged for it instead
    ([("how much does Embercroft Heating charge just to show up", "140 pounds", "money")],
     "and for the valve itself?", "how much does Embercroft Heating charge for the valve itself"),
    # "the folding display panels": an -ing word before a noun describes it, and "supplies" after "who" is a verb
    ([("who supplies Lumora's folding display panels?", "Desai", "person")],
     "which company supplies the folding display panels?", "which company supplies the folding display panels?"),
    # … but "the building" before a verb is the one building named
    ([("when was the Scottish Parliament Building opened", "2004", "date")],
     "how much did the building end up costing", "how much did the Scottish Parliament Building end up costing"),
    # "which drug?" after a count asks its own object, not the count's
    ([("how many bottles is Halvorsen recalling", "2.1 million", "number")],
     "which drug?", "Which drug is Halvorsen recalling?"),
    # "he" after a who-question answered George Washington is Washington (a place's word in a name the articles
    # give a title), never "War" of "the French and Indian War"
    ([("Which battle began the French and Indian War?", "Jumonville Glen", "entity"),
      ("who led the virginia militia at Jumonville Glen", "George Washington", "person")],
     "how old was he at the time", "how old was George Washington at the time"),
    # "official" before "name" describes the name; "he" is the man talked about before
    ([("Who is hosting the banquet during Putin's 2025 state visit to India?", "President Droupadi Murmu", "person"),
      ("what is the roadmap's official name", None, "other")],
     "when did he last come to india", "when did Putin last come to india"),
    # "during it" after "the banquet during Putin's … visit": what the banquet was during
    ([("Who is hosting the banquet during Putin's 2025 state visit to India?", "President Droupadi Murmu", "person")],
     "what new labour deal is expected to be signed during it",
     "what new labour deal is expected to be signed during Putin's 2025 state visit"),
    # what was stored is a thing, whatever its name looks like ("A. Apples"): "she" is the woman named before
    ([("According to Harriet Voss, what time did the Bay 4 alarm go off?", "2:40", "date"),
      ("what was being stored in Bay 4", "A. Apples for Kessler Orchards", "entity")],
     "what time did she call her manager", "what time did Harriet Voss call her manager"),
    # "and the other two?" after a who-question answered with a person: the others who did it
    ([("who brought the case against Zipply", "Rafael Moreno", "person")],
     "and the other two?", "Who besides Rafael Moreno brought the case against Zipply?"),
    # "with how many troops?" asks what the answer's count said: the one who did it is the subject, without them
    ([("Who besieged Fort William Henry in August 1757?", "Montcalm and 7,000 troops", "person")],
     "with how many troops?", "With how many troops did Montcalm besiege Fort William Henry in August 1757?"),
    # "and polar line?" after "… did Harriet Voss call her manager": a company the articles name is the one called
    ([("what time did Harriet Voss call her manager", "3:05", "date")],
     "and polar line?", "what time did Harriet Voss call Polar Line"),
    # "and the time before that?" after a time answered: the same question, before that time
    ([("when did Putin last visit India", "2021", "date")],
     "and the time before that?", "when did Putin last visit India before 2021?"),
    # "and second?" after "… first": the one order word for the other
    ([("who did Harriet Voss call first", "Mr. Pell", "person")],
     "and second?", "who did Harriet Voss call second"),
])
def test_a_follow_up_of_the_eleventh_session_is_read_as_meant(tmp_path, fake_models, history, follow_up, meant):
    assert _read_after(_over(tmp_path, fake_models, ELEVENTH), history, follow_up) == meant


def test_a_mention_keeps_the_words_that_describe_its_noun_but_no_verb_before_them():
    assert Conversation._mention("who supplies Lumora's folding display panels?", "panels") == "Lumora's folding display panels"
    assert (Conversation._mention("a shortage of folding display panels from its supplier", "panels")
            == "the folding display panels")




def test_a_year_after_a_possessive_is_no_part_of_the_name():
    assert _entities("Who is hosting the banquet during Putin's 2025 state visit to India?") == ["Putin", "India"]
    assert _entities("How much does the Lumora Nova 3 cost?") == ["Lumora Nova 3"]


def test_a_name_that_speaks_in_a_transcript_is_someone_never_it(tmp_path, fake_models):
    conv = _exchange(_over(tmp_path, fake_models, ELEVENTH), "Which ferry sailing did Marco book for the Porthmere trip?",
                     None, "entity")
    assert conv._names_person("Marco")  # "10:41 marco: i'll do the ferry"
    assert conv._things()[0] == "the ferry sailing" and "Marco" not in conv._things()
    assert not conv._names_person("Porthmere")


def test_one_who_says_or_calls_is_someone_first(tmp_path, fake_models):
    conv = _over(tmp_path, fake_models, ELEVENTH)
    turn = Turn("what did voltare call canada", "what did Voltaire call canada",
                Answer("what did voltare call canada", "nothing more than a few acres of snow", 0.5, kind="other"))
    assert conv._fitting(turn, "person")[0] == "Voltaire"  # over the SQuAD test articles "he" was Saint Pierre
    turn = Turn("what did France keep", "what did France keep", Answer("what did France keep", None, 0.5, kind="other"))
    assert "France" not in conv._fitting(turn, "person")  # keeping is no saying


TWELFTH = {
    "hospital.txt": "St. Brigid's Hospital still has 31 nursing vacancies at its new heart centre. It has hired 18 nurses "
                    "from abroad since January.\n",
    "recall.txt": "Halvorsen Pharmaceuticals is recalling 2.1 million bottles of Velotrin in the US. Its chief executive, "
                  "Pieter Halvorsen, apologised to patients.\n",
    "council.txt": "The Bridgewater City Council approved a $412 million budget. Councillor Tom Becker voted no.\n",
}


def test_the_company_is_the_one_body_the_passage_answered_from_names(tmp_path, fake_models):
    conv = _over(tmp_path, fake_models, TWELFTH)
    recall = next(c for c in conv.index.chunks if c.article_id == "recall")
    q = "how many bottles are being recalled in the us"
    conv.turns.append(Turn(q, q, Answer(q, "2.1 million", 0.8, kind="number", passages=(Hit(recall, 1.0, 1, 1, 1.0),))))
    assert conv.readings("who runs the company?")[0] == "who runs Halvorsen Pharmaceuticals?"
    # a council is no company: with only the council's passage, "the company" stays as typed
    council = next(c for c in conv.index.chunks if c.article_id == "council")
    q = "how big is the budget"
    conv.turns = [Turn(q, q, Answer(q, "$412 million", 0.8, kind="money", passages=(Hit(council, 1.0, 1, 1, 1.0),)))]
    assert conv.readings("who runs the company?")[0] == "who runs the company?"
    assert conv.readings("who leads the council?")[0] == "who leads the Bridgewater City Council?"
    # a contractor "that went bust" is said which by its clause; "the carriers" are many, no one body
    assert conv.readings("who replaced the contractor that went bust?")[0] == "who replaced the contractor that went bust?"


def test_a_which_phrase_takes_the_place_of_the_last_questions_own(tmp_path, fake_models):
    conv = _over(tmp_path, fake_models, {"arms.txt": "India is expected to acquire more S-400 air defence systems and "
                                                     "may buy Su-57 fighter jets.\n"})
    _exchange(conv, "Which air defence system is India expected to acquire?", "S-400", "entity")
    assert conv.readings("and which fighter jet?")[0] == "Which fighter jet is India expected to acquire?"
    # a time asks when, not which thing
    assert conv.readings("what year?")[0] != "What year is India expected to acquire?"


def test_an_object_pronoun_is_not_the_one_the_question_names_as_its_subject(tmp_path, fake_models):
    conv = _over(tmp_path, fake_models, {"visit.txt": "Prime Minister Narendra Modi invited Vladimir Putin. Putin called "
                                                      "Modi a dear friend.\n",
                                         "calls.txt": "Vladimir Putin called the visit historic. He said his talks went "
                                                      "well. Putin called for closer ties.\n"})
    _exchange(conv, "Who is visiting India?", "Vladimir Putin", "person")
    _exchange(conv, "Who invited him?", "Prime Minister Narendra Modi", "person", understood="Who invited Vladimir Putin?")
    assert conv.readings("What did Putin call him?")[0] == "What did Putin call Narendra Modi?"


def test_an_office_of_no_one_is_the_office_of_the_body_the_last_question_named(tmp_path, fake_models):
    conv = _over(tmp_path, fake_models, {"rates.txt": "The Reserve Bank of Norland cut its rate. Governor Helena Stroud said "
                                                      "inflation was slowing.\n",
                                         "storm.txt": "Governor Michael Brandt declared a state of emergency.\n"})
    _exchange(conv, "Why did the Reserve Bank of Norland cut its rate?", "slowing inflation", "reason")
    assert conv.readings("who is the governor?")[0] == "who is the governor of the Reserve Bank of Norland?"
    assert conv.readings("who is the governor of the state?")[0] == "who is the governor of the state?"
    # no body named: as typed
    _exchange(conv, "Who declared a state of emergency?", "Michael Brandt", "person")
    assert conv.readings("who is the governor?")[0] == "who is the governor?"



def test_an_office_of_no_one_is_of_the_body_the_thread_named_follow_ups_before(tmp_path, fake_models):
    conv = _over_files(tmp_path, fake_models, PANEL_FILE)
    _exchange(conv, "When was the IPCC established?", "1988", "date")
    _exchange(conv, "who set it up?", "member governments", "entity", understood="who set the IPCC up?")
    _exchange(conv, "where are they headquartered?", None, "place", understood="where are the member governments headquartered?")
    assert conv.readings("who's the current chair?")[0] == "who is the current chair of the IPCC?"


def test_which_summit_is_this_takes_a_summit_or_stays_as_typed(tmp_path, fake_models):
    conv = _over(tmp_path, fake_models, {"summit.txt": "Putin will attend the 23rd India-Russia Annual Summit. President "
                                                       "Droupadi Murmu will host a banquet.\n"})
    _exchange(conv, "Who will host the banquet?", "President Droupadi Murmu", "person")
    _exchange(conv, "what is her title?", "President", "title", understood="what is Droupadi Murmu's title?")
    assert conv.readings("which summit is this?")[0] == "which summit is this?"  # not "… is Droupadi Murmu's title?"
    _exchange(conv, "Which summit will Putin attend?", "23rd India-Russia Annual Summit", "entity")
    assert conv.readings("and which summit is that?")[0] == "Which summit is the 23rd India-Russia Annual Summit?"
    assert conv.readings("what generation is it?")[0] != "what generation is it?"  # a thing's generation


def test_an_answer_that_describes_with_a_nationality_is_no_name_for_it(tmp_path, fake_models):
    # the pact is the thing talked about; "Indian skilled workers' legal migration to Russia" only describes what it does
    conv = _over(tmp_path, fake_models, {"pact.txt": "A labour mobility pact would regulate Indian skilled workers' legal "
                                                     "migration to Russia in construction and textiles.\n"})
    _exchange(conv, "What would the labour mobility pact regulate?", "Indian skilled workers' legal migration to Russia", "other")
    assert conv.readings("which sectors would it cover?")[0] == "which sectors would the labour mobility pact cover?"
    _exchange(conv, "which sectors would it cover?", "construction and textiles", "other",
              understood="which sectors would the labour mobility pact cover?")
    assert conv.readings("who would sign it?")[0] == "who would sign the labour mobility pact?"


PANEL = {"ipcc.txt": "The Climate Agency was established in 1988 by two UN organisations. Hoesung Lee has been chair of the Climate Agency "
                    "since October 2015, after Ismail El Gizouli. Robert Watson said the Agency's mistakes leaned towards "
                    "overstating the impact. The Climate Agency publishes its reports every few years.\n"}


THIRTEENTH = {
    "court.txt": "In 1596 King Sigismund III Vasa moved the royal court from Kraków to Warsaw. The Queen opened the new "
                 "library in 1999.\n",
    "port.txt": "The dock strike at the Port of Velmora began over automation. Helena Farrow will mediate the strike. "
                "The Port of Velmora opened in 1910.\n",
}


@pytest.mark.parametrize("articles, history, follow_up, meant", [
    # "they" who hire are a body or people: not the vacancies counted just before
    (TWELFTH, [("how many nursing vacancies does the centre still have", "31", "number")],
     "and how many nurses have they hired from abroad since January?",
     "How many nurses have the centre hired from abroad since January?"),
    # "do that" stands for what the last question said was done, its verb made bare after "did"
    (THIRTEENTH, [("Which king moved the royal court from Kraków to Warsaw?", "King Sigismund III Vasa", "person")],
     "what year did he do that", "what year did Sigismund III Vasa move the royal court from Kraków to Warsaw?"),
    (THIRTEENTH, [("Who opened the new library?", "The Queen", "person")],
     "when did she do that?", "when did The Queen open the new library?"),
    (THIRTEENTH, [("When did Sigismund move the royal court to Warsaw?", "1596", "date")],
     "why did he do it?", "why did Sigismund move the royal court to Warsaw?"),
    # "who showed there are …": "who" the subject of "showed", whatever auxiliary comes later
    (THIRTEENTH, [("who showed there are infinitely many primes", "Euclid", "person")],
     "roughly when did he do that", "roughly when did Euclid show there are infinitely many primes?"),
    # a name closing the question before the nouns of what it names: "it" is the strike, not the port
    (THIRTEENTH, [("Who will mediate the Port of Velmora dock strike?", "Helena Farrow", "person")],
     "what triggered it?", "what triggered the Port of Velmora dock strike?"),
    # "Battle of the Monongahela" is one name: "and jumonville glen?" swaps all of it, not "Battle"
    ({"war.txt": "The Battle of the Monongahela was fought on July 9, 1755. The Battle of Jumonville Glen was fought "
                 "in May 1754.\n"},
     [("when was Battle of the Monongahela fought", "July 9, 1755", "date")],
     "and jumonville glen?", "when was Jumonville Glen fought"),
    # a thing for the thing, not for the name inside its phrase
    ({"warsaw.txt": "Sigismund's Column on Castle Square is early baroque. The Royal Castle is mannerist.\n"},
     [("what architectural style is the monument on Castle Square", "early baroque", "other")],
     "and the royal castle?", "what architectural style is the Royal Castle"),
    # "What drove bilateral trade …?": "drove" is the verb, "bilateral trade between India and Russia" what it asks about
    ({"trade.txt": "Bilateral trade between India and Russia reached $68.7 billion, driven by oil. Indian exports to "
                   "Russia were $4.88 billion.\n"},
     [("What drove bilateral trade between India and Russia?", "oil", "other")],
     "and exports?", "What drove exports?"),
    # "before Hoesung Lee" says which chair, not which agency
    (PANEL, [("Who was the chair of the Climate Agency before Hoesung Lee?", "Ismail El Gizouli", "person")],
     "when was it founded?", "when was the Climate Agency founded?"),
    # "which way" asks a manner: no "the way" for "it" to stand for
    (PANEL, [("Who was elected chair of the Climate Agency in 1997?", "Robert Watson", "person"),
             ("which way did Robert Watson say the agency's mistakes leaned", "towards overstating the impact", "other")],
     "when was it set up?", "when was Climate Agency set up?"),
    # "its" before a person's title, after a body asked for by its kind: that body, whatever else the articles weigh
    ({"otters.txt": "The River Tamsin otter survey was published on Tuesday by the Tamsin Rivers Trust. "
                    "Dr. Hannah Price, the trust's senior ecologist, led the survey.\n"},
     [("Which organisation published the River Tamsin otter survey?", "Tamsin Rivers Trust", "other")],
     "who's its senior ecologist?", "who is Tamsin Rivers Trust's senior ecologist?"),
])
def test_a_follow_up_over_its_own_articles_is_read_as_meant(tmp_path, fake_models, articles, history,
                                                               follow_up, meant):
    assert _read_after(_over(tmp_path, fake_models, articles), history, follow_up) == meant


def test_a_name_before_a_verb_is_the_subject_not_a_noun_phrase(tmp_path, fake_models):
    # after "did" the name is the subject and "open" its verb: "it" is the port
    conv = _over(tmp_path, fake_models, THIRTEENTH)
    assert _read_after(conv, [("When did the Port of Velmora open?", "1910", "date")], "who runs it?") == \
        "who runs the Port of Velmora?"


FORTS = {"forts.txt": "In December 1753 George Washington reached Fort Le Boeuf. The site of Le Boeuf is in Waterford, "
                      "Pennsylvania today.\n"}


def test_what_answers_which_fort_is_that_fort_not_a_person(tmp_path, fake_models):
    # "Le Boeuf" looks like a person's name, but it answered "which fort": "that" is the fort named, said before "today"
    assert _read_over(tmp_path, fake_models, FORTS, "which fort did George Washington reach in December 1753", "Le Boeuf",
                      "entity", "where is that today") == "where is the Le Boeuf fort today"


PROGRAMME = {"deal.txt": "Russia and India will sign the Development Programme of Economic Cooperation until 2030. The "
                         "Programme of Economic Cooperation runs until 2030 and covers industry and health.\n"}


def test_a_follow_up_that_asks_a_value_its_antecedent_states_is_also_read_without_it(tmp_path, fake_models):
    # "Until what year does it run?": a reading whose subject says "until 2030" answers itself; the articles are
    # asked the question without that value too
    conv = _exchange(_over(tmp_path, fake_models, PROGRAMME), "What programme will Russia and India sign?",
                     "Development Programme of Economic Cooperation until 2030", "entity")
    assert conv.readings("Until what year does it run?") == [
        "Until what year does Development Programme of Economic Cooperation until 2030 run?",
        "Until what year does Development Programme of Economic Cooperation run?",
        "Until what year does the programme run?"]
    # a question that asks for no value keeps the value its antecedent states
    assert conv.readings("Which sectors does it cover until 2030?") == [
        "Which sectors does Development Programme of Economic Cooperation until 2030 cover until 2030?",
        "Which sectors does the programme cover until 2030?"]
    # a value that says which one ("the 2025-26 budget") goes too; not the value asked about ("how much of that?")
    conv = _exchange(_over(tmp_path / "b", fake_models, PROGRAMME), "Which budget did the council pass?",
                     "Bridgewater's 2025-26 budget", "entity")
    assert conv.readings("when does it take effect")[:2] == ["when does Bridgewater's 2025-26 budget take effect",
                                                             "when does Bridgewater's budget take effect"]
    conv = _exchange(_over(tmp_path / "m", fake_models, PROGRAMME), "How much did India export to Russia?",
                     "$4.88 billion", "money")
    assert conv.readings("and how much of that is oil?") == ["How much of the $4.88 billion is oil?"]


def test_he_is_the_person_a_question_for_a_congressman_was_answered_with(tmp_path, fake_models):
    # "congressman", like "chairman" or "spokeswoman", names a person: the answer to "which congressman …?" is a "he"
    conv = _over(tmp_path, fake_models, {"hockey.txt": "The 1999 paper was written by Michael E. Mann. In 2005 Rep. Joe "
                                                       "Barton, chairman of the House Committee on Energy and Commerce, "
                                                       "demanded the authors' records.\n"})
    assert _read_after(conv, [("who wrote the 1999 paper?", "Michael E. Mann", "person"),
                              ("which congressman demanded their records in 2005", "Rep. Joe Barton", "entity")],
                       "what committee did he chair") == "what committee did Joe Barton chair"


def test_them_after_from_is_a_country_when_no_group_was_named(index):
    # two questions about people since the country was named: "them" is still no jet
    conv = _after(index, "What fighter jet is Russia offering India?", "Su-57", "entity")
    _exchange(conv, "who invited Putin?", "Narendra Modi", "person")
    _exchange(conv, "what has Putin publicly called Narendra Modi?", "a dear friend", "other")
    assert conv.readings("what air defence system is India interested in from them?")[0] == (
        "what air defence system is India interested in from Russia?")


def test_a_name_written_after_a_title_is_cased_and_is_she(tmp_path, fake_models):
    # "Ms. Voss" is the only way the deposition writes her: "voss" typed in lower case is that name
    conv = _over(tmp_path, fake_models, {"deposition.txt": (
        "Q. Good morning, Ms. Voss. What time did the alarm go off?\nA. At 2:40.\n"
        "Q. Ms. Voss, who did you call first?\nA. Mr. Pell. The 3:05 call went to his mobile.\n")})
    conv.reader = QuestionReader()
    conv.ask("in the voss deposition what time did the alarm go off")
    assert conv.turns[-1].understood == "in the Voss deposition what time did the alarm go off"
    assert conv.readings("who did she call first")[0] == "who did Voss call first"


def test_a_time_before_a_noun_is_kept_whole():
    assert Conversation._mention("Mr. Pell. The 3:05 call went to his mobile.", "call") == "the 3:05 call"
    # a name after "did" is who did it: "call" is her doing, and the call meant is the one the passage names
    assert Conversation._mention("who did Voss call first", "call") is None


@pytest.mark.parametrize("wrong, right", [
    ("who rote the majorty opinon", "who wrote the majority opinion"),  # a silent first letter left out
    ("what temp is the bay kept at", "what temperature is the bay kept at"),  # chat's short word
])
def test_a_silent_letter_or_a_short_word_of_chat_is_read_as_meant(speller, wrong, right):
    assert speller.correct(wrong)[0] == right


def test_over_there_is_in_the_country_typed_in_lower_case(index):
    conv = _exchange(Conversation(index), "when's putin going to india", "December 4-5", "date",
                     understood="when's Putin going to india")
    assert conv.readings("what's he launching while he's over there")[0] == (
        "what is Putin launching while he is in India")


def test_those_two_are_the_two_names_just_answered(tmp_path, fake_models):
    conv = _over(tmp_path, fake_models, {"ipcc.txt": (
        "The IPCC was set up in 1988 by the WMO and UNEP. The WMO pays for housing the secretariat, "
        "and UNEP meets the cost of the Deputy Secretary.\n")})
    assert _read_after(conv, [("which two un organisations established the ipcc", "WMO and UNEP", "entity")],
                       "which of those two pays for housing the secretariat") == (
        "which of WMO and UNEP pays for housing the secretariat")
    # the noun the last question counted them by goes with them
    assert conv.readings("where are those two organisations based")[0] == "where are WMO and UNEP based"
    conv = _over(tmp_path / "b", fake_models, {"ipcc.txt": "The IPCC was set up by the WMO and UNEP.\n"})
    assert _read_after(conv, [("which two organisations set up the ipcc",
                               "the United Nations Environment Programme and the World Meteorological Organization", "entity")],
                       "which of those two pays for the secretariat") == (
        "which of United Nations Environment Programme and World Meteorological Organization pays for the secretariat")


def test_the_other_end_of_a_doing_asks_the_same_of_it(index):
    conv = _after(index, "when does work on the bridge start now", "September 14", "date")
    assert conv.readings("and finish?")[0] == "When does work on the bridge finish now?"


def test_that_is_the_name_an_answer_ends_with_after_its_description(index):
    conv = _after(index, "what is Putin launching in India", "the India edition of Russia's state-backed broadcaster, RT",
                  "entity")
    assert conv.readings("what kind of outlet is that")[0] == "what kind of outlet is RT"


def test_an_acronym_is_no_person_a_person_noun_swaps_for():
    assert _sort("UNEP") == "thing"
    assert _sort("World Meteorological Organization") == "thing"  # a body's word: no one's name
    assert _sort("Marta Kowalczyk") == "person"


def test_that_noun_the_articles_never_use_is_the_thing_they_name_by_another(tmp_path, fake_models):
    conv = _over(tmp_path, fake_models, {"vote.txt": "Marta Kowalczyk won the Harwick mayoral election with 28,913 "
                                                     "votes. Turnout was 41.7 percent.\n"})
    assert _read_after(conv, [("who won the harwick mayoral election", "Marta Kowalczyk", "person")],
                       "what was turnout for that race") == "what was turnout for the harwick mayoral election"


def test_the_two_extra_ones_are_of_the_noun_the_last_question_counted(index):
    conv = _after(index, "how many seats in the debating chamber are there", "131", "number")
    assert conv.readings("who sits in the two extra ones")[0] == "who sits in the two extra seats"


def test_before_it_is_an_event_never_a_place(index):
    conv = _after(index, "Which Russian minister is expected to visit India before Putin's summit?", "Sergey Lavrov", "person")
    _exchange(conv, "where did he confirm those plans?", "80th session of the United Nations General Assembly", "place",
              understood="where did Sergey Lavrov confirm those plans?")
    assert conv.readings("which logistics deal got ratified right before it?")[0] == (
        "which logistics deal got ratified right before Putin's summit?")


def test_it_is_the_name_a_what_is_it_called_question_was_answered_with(index):
    asked = "What's the logistics agreement Russia ratified with India just before Putin's visit called?"
    assert _after(index, asked, "RELOS", "entity").readings("what does it allow?")[0] == "what does RELOS allow?"
    # withheld, "it" is the agreement, without the clause said of it
    assert _after(index, asked, None).readings("what does it allow?")[0] == "what does the logistics agreement allow?"


def test_the_death_toll_is_the_disasters_not_the_emergency_declared(tmp_path, fake_models):
    conv = _over(tmp_path, fake_models, {"storm.txt": "Governor Michael Brandt declared a state of emergency in four "
                                                      "counties after Storm Imogen. The storm killed 14 people.\n"})
    assert _read_after(conv, [("Who declared a state of emergency after Storm Imogen?", "Michael Brandt", "person"),
                              ("in how many counties did Michael Brandt declare a state of emergency?", "four", "number")],
                       "and the death toll?") == "What was the death toll of Storm Imogen?"


def test_the_object_is_whole_with_what_it_is_of():
    assert _object("in how many counties did Michael Brandt declare a state of emergency?", "Michael Brandt") == (
        "the state of emergency")


def test_it_after_a_person_of_a_named_thing_is_that_thing_whole(tmp_path, fake_models):
    conv = _over(tmp_path, fake_models, {"tram.txt": "Ingrid Solberg, project director of Harwick's Eastline tram, said the "
                                                     "tram will open in spring 2028.\n"})
    assert _read_after(conv, [("Who is the project director of Harwick's Eastline tram?", "Ingrid Solberg", "person")],
                       "when does she say it will open now?") == (
        "when does Ingrid Solberg say Harwick's Eastline tram will open now?")


def test_that_noun_is_no_answer_that_names_another_kind_of_thing(index):
    conv = _after(index, "When is Putin scheduled to visit India for the 23rd India-Russia Annual Summit?", "December 4-5", "date")
    _exchange(conv, "What is Putin's previous visit before this one?", "Russia’s invasion of Ukraine", "other")
    assert conv.readings("when was that summit series first set up?")[0] == (
        "when was the India-Russia Annual Summit series first set up?")  # the summit named, not the invasion
    # a club the conversation never named is the club just answered
    conv = _after(index, "Who won the cup?", "Northfield United", "entity")
    assert conv.readings("Who manages that club?")[0] == "Who manages Northfield United?"


def test_it_is_what_a_theory_says_not_a_phrase_leaning_on_a_pronoun(tmp_path, fake_models):
    conv = _over(tmp_path, fake_models, {"burnet.txt": "Frank Burnet formulated the clonal selection theory of immunity. "
                                                       "The theory says self constituents do not trigger a response.\n"})
    assert _read_after(conv, [("Who formulated the clonal selection theory of immunity?", "Frank Burnet", "person"),
                              ("what does the clonal selection theory say triggers a destructive immune response?", None,
                               "other"),
                              ("what are examples of those?", None, "other")],
                       "what year did burnet win the nobel for it?") == (
        "what year did Burnet win the nobel for the clonal selection theory?")
    assert _topic("what does the clonal selection theory say triggers a destructive immune response?") == (
        "the clonal selection theory")


def test_how_far_behind_that_is_it_is_behind_the_time_answered(index):
    conv = _after(index, "when will the Eastline tram open", "2028", "date")
    _exchange(conv, "When was the Eastline tram originally expected to open?", "autumn 2026", "date")
    assert conv.readings("so how far behind that is it")[0] == "How far behind autumn 2026 is the Eastline tram"


def test_these_days_is_a_time_not_part_of_what_is_asked_about(index):
    assert _topic("Who heads the IPCC these days?") == "the IPCC"
    conv = _after(index, "Who heads the IPCC these days?", "Ismail El Gizouli", "person")
    _exchange(conv, "when did Ismail El Gizouli take over?", "February 2015", "date")
    assert conv.readings("who was running it before that?")[0] == "who was running the IPCC before February 2015?"


def test_a_clause_without_that_is_no_part_of_the_noun_it_follows(index):
    # "the logistics pact russia ratified": "russia ratified" says which pact; "it" is the pact
    assert _topic("What is the logistics pact russia ratified called?") == "the logistics pact"
    conv = _after(index, "What is the logistics pact russia ratified called?", None)
    assert conv.readings("what does it let them do?")[0] == "what does the logistics pact let them do?"


def test_a_misspelled_plural_is_the_articles_word_many_not_an_english_word_one_edit_away():
    sp = Speller(word_counts(["The annual summit was established in 2000. Each summit alternates."]), english_words())
    assert sp.correct("when did the sumits start")[0] == "when did the summits start"  # not "suits"


def test_a_mention_that_opens_a_sentence_keeps_no_capital_the_sentence_gave_it():
    # "Defense ties remain a core pillar": "defense" is no name, or a later "he" could stand for it
    assert Conversation._mention("Trade grew. Defense ties remain a core pillar.", "ties") == "the defense ties"
    assert Conversation._mention("Russian oil flows on.", "oil") == "the Russian oil"
    assert Conversation._mention("Hanul Display panels ran short.", "panels") == "the Hanul Display panels"


def test_that_gap_is_the_imbalance_the_articles_speak_of(tmp_path, fake_models):
    conv = _over(tmp_path, fake_models, {"trade.txt": "Indian exports to Russia were $4.88 billion. Addressing the "
                                                      "trade imbalance is on the agenda.\n"})
    q = "how big were indian exports to russia"  # answered from the passage that names the imbalance
    conv.turns.append(Turn(q, q, Answer(q, "$4.88 billion", 0.8, kind="money", passages=(Hit(conv.index.chunks[0], 1.0, 1, 1, 1.0),))))
    assert conv.readings("what is russia doing about that gap")[0] == "what is russia doing about the trade imbalance"


def test_her_manager_after_whom_she_called_by_name_asks_the_same_of_him(tmp_path, fake_models):
    conv = _over(tmp_path, fake_models, {"alarm.txt": "The supervisor called Polar Line Services at 3:25. She called "
                                                      "her manager at 3:40.\n"})
    assert _read_after(conv, [("when did the supervisor call Polar Line?", "3:25", "time")], "and her manager?") == (
        "when did the supervisor call the supervisor's manager?")


def test_a_name_joined_by_an_ampersand_is_one_name():
    from qa.conversation import _entities

    assert _entities("when are Carrow & Sons starting") == ["Carrow & Sons"]  # not "Carrow" and "Sons"


def test_a_fragment_swaps_for_the_word_that_said_which_one(tmp_path, fake_models):
    conv = _over(tmp_path, fake_models, {"q2.txt": "The cloud division's revenue rose to $2.1 billion. Hardware revenue "
                                                   "fell 9 percent to $1.3 billion.\n"})
    assert _read_after(conv, [("What was the cloud division's second-quarter revenue?", "$2.1 billion", "money")],
                       "Hardware?") == "What was the hardware division's second-quarter revenue?"


def test_the_replacement_after_a_value_is_the_replacement_for_the_body_named(tmp_path, fake_models):
    conv = _over(tmp_path, fake_models, {"tram.txt": "Brenner Builders went bust with 40 percent of its track work "
                                                     "unfinished. The replacement contractor is Valtek.\n"})
    assert _read_after(conv, [("How much of Brenner Builders' track work did Brenner Builders leave unfinished?",
                               "40 percent", "percent")], "And the replacement?") == "Who is the replacement for Brenner Builders?"


def test_what_a_mention_is_of_ends_with_a_name():
    assert Conversation._mention("Until when did the confederation of the Rhine last?", "confederation") == (
        "the confederation of the Rhine")  # not "… the Rhine last"
    assert Conversation._mention("the idea of greater Islamic political unity inspired it", "idea") == (
        "the idea of greater Islamic political unity")  # a proper adjective goes on to its noun


def test_how_come_asks_why_in_a_statements_order():
    assert _frame("how come the sixty-five days is a big deal") == ("why", "", "is", "the sixty-five days a big deal")
    assert _topic("how come the sixty-five days is a big deal") == "the sixty-five days"


def test_an_event_is_named_by_the_noun_before_its_preposition():
    from qa.conversation import _wh_of_event
    assert _wh_of_event("the call to Gordon Pell", ("what", "time", "did", "the alarm go off")) == "What time"
    assert _wh_of_event("the roadmap to 2030", ("when", "", "was", "it signed")) is None


@pytest.mark.parametrize("phrase, asked", [
    ("the prime number theorem", "What is the prime number theorem?"),  # "prime" of "Prime Minister" names no one here
    ("the general election", "What is the general election?"),
    ("the prime minister", "Who is the prime minister?"),
    ("President Murmu", "Who is President Murmu?"),
    ("the final vote among the judges", "What is the final vote among the judges?"),  # a vote, of judges
    ("the chair of the panel", "Who is the chair of the panel?"),
    ("the acting chair before Ismail El Gizouli", "Who is the acting chair before Ismail El Gizouli?"),
])
def test_a_phrase_asked_about_is_someone_by_its_head_not_by_a_titles_word(phrase, asked):
    assert Conversation._about(phrase, phrase, None) == asked


def test_a_place_known_by_its_number_is_no_they(index):
    conv = _after(index, "Which maintenance contractor did Harriet Voss call when the Bay 4 compressor failed?",
                  "Polar Line Services", "other")
    readings = conv.readings("what time did their technician show up")
    assert readings[0] == "what time did Polar Line Services' technician show up"
    assert not any("Bay 4" in r for r in readings)


def test_that_bay_is_the_bay_the_user_numbered_four_turns_back(index):
    conv = Conversation(index)
    for question, answer, kind in [("What time did the Bay 4 temperature alarm go off?", "2:40", "time"),
                                   ("who did she call first", "Gordon Pell", "person"),
                                   ("and second?", "Polar Line Services", "other"),
                                   ("when did their technician show up", "5:10", "time")]:
        _exchange(conv, question, answer, kind)
    assert conv.readings("what was being stored in that bay")[0] == "what was being stored in Bay 4"


def test_these_days_is_a_time_not_a_noun_the_articles_wrote(index):
    conv = _after(index, "when does the parliament sit", "on sitting days", "other")
    assert conv.readings("who chairs it these days")[0] == "who chairs the parliament these days"


@pytest.mark.parametrize("question, answer, thing", [
    ("what logistics pact did russia ratify", "RELOS", "RELOS"),
    ("which planets orbit could newtons law not fully explain", "Mercury", "Mercury's orbit"),  # its apostrophe not typed
    ("which planet's orbit could Newton's law not explain", "Mercury", "Mercury's orbit"),
])
def test_a_name_answering_which_owners_thing_is_that_thing_but_a_mass_noun_owns_nothing(question, answer, thing):
    assert _answer_as_thing(answer, "other", _frame(question))[0] == thing


def test_a_pact_answered_by_its_name_is_no_ones_pact_and_them_is_no_one_man(tmp_path, fake_models):
    conv = _over(tmp_path, fake_models, {"a.txt": "Russia ratified the RELOS logistics pact before Putin's trip. Vladimir "
                                                  "Putin said he would visit New Delhi, where he will meet Modi. The pact "
                                                  "allows the mutual use of ports."})
    _exchange(conv, "what logistics pact did russia ratify just before Putin's trip", "RELOS", "other")
    assert conv.readings("what does that let them do")[0] == "what does RELOS let them do"


def test_before_this_after_coming_somewhere_is_this_visit(index):
    conv = _after(index, "what logistics pact did russia ratify just before Putin's trip", "RELOS", "other")
    _exchange(conv, "what does that let them do", "mutual use of ports, airspace, and infrastructure", "other",
              understood="what does RELOS let them do")
    assert conv.readings("when did he last come to india before this")[0] == \
        "when did Putin last come to india before this visit"


@pytest.mark.parametrize("question", ["according to Voss what time did the bay 4 alarm go off",
                                      "According to Harriet Voss, what time did the bay 4 alarm go off?"])
def test_according_to_someone_before_the_question_leaves_its_frame_whole(question):
    assert _frame(question) == ("what", "time", "did", "the bay 4 alarm go off")
    assert _topic(question) == "the bay 4 alarm"


@pytest.mark.parametrize("question, meant", [
    ("when did Putin last visit India", "when did Modi last visit russia"),
    ("when did Putin last come to India", "when did Modi last come to russia"),
])
def test_a_person_and_a_place_typed_together_take_both_places(tmp_path, fake_models, question, meant):
    conv = _over(tmp_path, fake_models, {"a.txt": "Prime Minister Narendra Modi visited Moscow in July 2024. Vladimir "
                                                  "Putin last came to India in 2021, when he met Modi in New Delhi."})
    assert _exchange(conv, question, "2021", "date").readings("and modi to russia?")[0] == meant


def test_when_was_that_after_whose_asks_of_the_thing_the_answer_owns(tmp_path, fake_models):
    conv = _over(tmp_path, fake_models, {"a.txt": "Louis Pasteur built on the scorpion venom work of Maupertuis, done in the "
                                                  "18th century. Robert Koch's proofs came in 1891, and Koch won the Nobel "
                                                  "Prize in 1905."})
    _exchange(conv, "whose scorpion venom work did Louis Pasteur build on", "Maupertuis", "person")
    assert conv.readings("when was that")[0] == "When was Maupertuis's scorpion venom work?"
    _exchange(conv, "when was that", "18th century", "date", understood="When was Maupertuis's scorpion venom work?")
    assert conv.readings("and koch's proofs?")[0] == "When were Koch's proofs?"
    _exchange(conv, "and koch's proofs?", "1891", "date", understood="When were Koch's proofs?")
    assert conv.readings("when did he get the nobel prize")[0] == "when did Koch get the Nobel Prize"


def test_in_charge_of_it_after_a_sum_is_the_thing_that_costs_it(tmp_path, fake_models):
    conv = _over(tmp_path, fake_models, {"a.txt": "Harwick's Eastline tram will now cost €1.42 billion, up from €1.1 billion. "
                                                  "Ingrid Solberg is the project director."})
    _exchange(conv, "how much is Harwick's Eastline tram going to cost now", "€1.42 billion", "money")
    _exchange(conv, "and originally?", "€1.1 billion", "money",
              understood="How much was Harwick's Eastline tram originally going to cost?")
    assert conv.readings("who's in charge of it")[0] == "who is in charge of Harwick's Eastline tram"
    assert conv.readings("how much of it was spent")[0] == "how much of the €1.1 billion was spent"


def test_those_after_a_name_answering_what_kind_are_things_of_that_kind(tmp_path, fake_models):
    conv = _over(tmp_path, fake_models, {"a.txt": "The largest known prime has 22,338,618 digits. It is a Mersenne prime. "
                                                  "Mersenne primes are named after Marin Mersenne, a French monk."})
    _exchange(conv, "what kind of prime has the largest known prime usually been", "Mersenne", "other")
    assert conv.readings("who are those named after")[0] == "who are the Mersenne primes named after"


def test_turnout_in_it_is_in_the_election_talked_about(tmp_path, fake_models):
    conv = _over(tmp_path, fake_models, {"a.txt": "Marta Kowalczyk won the Harwick mayor race with 28,913 votes. Turnout was "
                                                  "41.7 percent. Kowalczyk worked at St. Brigid's Hospital for 19 years."})
    _exchange(conv, "who won the Harwick mayor race", "Marta Kowalczyk", "person")
    _exchange(conv, "how many votes did she get", "28,913", "number", understood="how many votes did Marta Kowalczyk get")
    _exchange(conv, "which hospital did Kowalczyk work at for 19 years", "St. Brigid's Hospital", "other")
    assert conv.readings("what was turnout like in it")[0] == "what was turnout like in the Harwick mayor race"


def test_they_who_sign_after_two_countries_are_the_two_countries(tmp_path, fake_models):
    conv = _over(tmp_path, fake_models, {"a.txt": "Moscow says Russia ratified the RELOS logistics pact. Vladimir Putin last came to India in "
                                                  "2021. Russia and India will sign an economic roadmap to 2030."})
    _exchange(conv, "what logistics pact did russia ratify", "RELOS", "other")
    assert conv.readings("what's the economic roadmap they're signing called")[0] == \
        "what is the economic roadmap they are signing called"  # one country named: no pair to sign
    _exchange(conv, "when did Putin last come to india", "2021", "date")
    assert conv.readings("what's the economic roadmap they're signing called")[0] == \
        "what is the economic roadmap Russia and India are signing called"


def test_the_game_is_the_final_the_conversation_named_and_that_final_no_winner(tmp_path, fake_models):
    conv = _over(tmp_path, fake_models, {"a.txt": "Northfield United won the Continental Cup final 3-1 in Lisbon, at the "
                                                  "Estádio da Luz, before a crowd of 61,842. Sarah Whitcombe manages Northfield United."})
    _exchange(conv, "Who won the Continental Cup final?", "Northfield United", "other")
    _exchange(conv, "who manages that club", "Sarah Whitcombe", "person", understood="who manages Northfield United")
    assert conv.readings("where was the game played")[0] == "where was the Continental Cup final played"
    conv = _over(tmp_path / "b", fake_models, {"a.txt": "Northfield United won the Continental Cup final 3-1."})
    _exchange(conv, "who won the continental cup", "Northfield United", "other")
    assert conv.readings("what was the score in that final")[0] == "what was the score in that final"


def test_and_the_crowd_takes_the_place_of_the_score_in_the_same_final(index):
    conv = _after(index, "what was the score in the Continental Cup final", "3-1", "other")
    assert conv.readings("and the crowd?")[0] == "what was the crowd in the Continental Cup final"


@pytest.mark.parametrize("question, answer, follow_up, meant", [
    ("who moved the motion on the bridge contract", "Ruth Adeyemi", "and who seconded",
     "who seconded the motion on the bridge contract?"),
    ("which author criticised the summary for policymakers", "Richard Lindzen", "and who responded?",
     "who responded to Richard Lindzen?"),
])
def test_another_doer_asked_after_who_did_a_deed(index, question, answer, follow_up, meant):
    assert _after(index, question, answer, "person").readings(follow_up)[0] == meant


def test_it_is_what_a_role_is_held_on_not_the_role(tmp_path, fake_models):
    conv = _over(tmp_path, fake_models, {"a.txt": "John Houghton was a co-chair of TAR WGI. The TAR prominently featured "
                                                  "the hockey stick graph."})
    _exchange(conv, "what was John Houghton's role on the tar", "a co-chair of TAR WGI", "other")
    assert conv.readings("what graph did it prominently feature")[0] == "what graph did the tar prominently feature"


@pytest.mark.parametrize("phrase, held_on", [
    ("John Houghton's role on the tar", "the tar"),
    ("her post at the Bank of England", "the Bank of England"),
    ("the tar", "the tar"),
    ("the role", "the role"),
])
def test_a_role_is_held_on_something(phrase, held_on):
    assert _held_on(phrase) == held_on


def test_he_is_never_the_noun_after_a_nationality_in_a_wrong_answer(index):
    conv = _after(index, "who brought the us tariff on indian goods in", "India's purchase of Russian oil", "person")
    assert conv.readings("when did he bring them in")[0].startswith("when did he bring")
    assert _strip_titles("Russian Foreign Minister Sergey Lavrov") == "Sergey Lavrov"
    assert _strip_titles("India's purchase of Russian oil") == "India's purchase of Russian oil"


def test_he_is_the_subject_of_the_last_question_before_a_name_its_verb_took(index):
    conv = Conversation(index)
    _exchange(conv, "when", "November", "date",
              understood="When does Russian Foreign Minister Sergey Lavrov visit india ahead of Putin to prepare the summit?")
    assert conv.readings("where did he confirm his plans")[0] == "where did Sergey Lavrov confirm his plans"


def test_they_may_be_a_firm_that_bears_a_mans_name(tmp_path, fake_models):
    conv = _over(tmp_path, fake_models, {"a.txt": "Halvorsen Pharmaceuticals is recalling its blood pressure drug Velotrin. "
                                                  "Pieter Halvorsen, its chief executive, said he was sorry. Halvorsen found a "
                                                  "nitrosamine impurity in the tablets."})
    _exchange(conv, "which drug is Halvorsen recalling", "Velotrin", "other")
    assert conv.readings("what impurity did they find in it")[0] == "what impurity did Halvorsen find in Velotrin"


def test_them_is_a_firm_the_articles_follow_with_he_and_paid_out_of_that_is_the_sum(tmp_path, fake_models):
    conv = _over(tmp_path, fake_models, {"a.txt": "Rafael Moreno delivered for Zipply for three years. Zipply said he was "
                                                  "self-employed, and Zipply argued he could log off."})
    _exchange(conv, "who brought the case against Zipply", "Rafael Moreno", "person")
    assert conv.readings("how long had he been delivering for them")[0] == \
        "how long had Rafael Moreno been delivering for Zipply"
    conv = _after(conv.index, "how much does the mental health pilot cost", "$1.8 million", "money")
    assert conv.readings("how much will each counsellor get paid out of that?")[0] == \
        "how much will each counsellor get paid out of the $1.8 million?"


def test_a_title_typed_without_its_point_still_starts_a_name():
    known = {"st", "st brigid's new heart centre"}.__contains__
    assert _topic("how much did st brigid's new heart centre cost", known) == "st brigid's new heart centre"
    assert _topic("how much did st brigid's new heart centre cost", {"st"}.__contains__) == "st brigid's new heart centre"
    assert Conversation._mention("how much did st brigid's new heart centre cost", "centre") == "st brigid's new heart centre"


@pytest.mark.parametrize("question, answer, follow_up, meant", [
    ("how many seats did the SNP take off Labour", "16", "and off the lib dems?",
     "how many seats did the SNP take off the lib dems"),  # "off" is a preposition before a noun
    ("what has Putin publicly called Narendra Modi", "a dear friend", "and the other way round?",
     "what has Narendra Modi publicly called Putin"),  # the two trade places
    ("how much does india export to russia", "$4.88 billion", "and vice versa?", "how much does russia export to india"),
    ("when was Putin last in india before this visit", "2021", "and the other way round?",
     "and the other way round?"),  # a man and a country trade no places
    ("what dates did the group settle on for the trip", "Aug 21-24", "and the ferry out?",
     "what outbound ferry did the group settle on for the trip"),  # the ferry in place of the dates
    ("which ferry sailing did they book", "the 8:15", "and the one back?", "which return ferry sailing did they book"),
])
def test_a_fragment_completes_the_last_question_in_its_own_way(index, question, answer, follow_up, meant):
    assert _after(index, question, answer).readings(follow_up)[0] == meant


def test_initials_answered_are_a_body_that_it_stands_for(tmp_path, fake_models):
    conv = _over(tmp_path, fake_models, {"a.txt": "In 2011 the SNP won a majority in the Scottish Parliament. The SNP "
                                                  "took 16 seats from Labour. SNP leader Alex Salmond said he was proud."})
    _exchange(conv, "which party was the first to win a majority in the scottish parliament", "SNP", "entity")
    assert conv.readings("how many seats did it take off labour")[0] == "how many seats did SNP take off Labour"


def test_that_noun_is_never_a_mention_of_any_one_to_come():
    assert Conversation._mention("Members can be deselected during future elections. Labour lost seats.", "election") is None
    assert Conversation._mention("the 2011 general election", "election") == "the 2011 general election"


def test_a_phrase_before_a_comma_sets_no_frame_for_an_event_asked_again(index):
    conv = _after(index, "under the Treaty of Versailles, until when was the Rhineland to be occupied", "1935", "date")
    assert conv.readings("and the actual pullout?")[0] == "When was the actual pullout?"


def test_before_this_after_last_in_a_place_is_this_visit(index):
    conv = _after(index, "Separately, who is hosting the banquet during Putin's visit?", "President Droupadi Murmu", "person")
    assert conv.readings("When was Putin last in India before this?")[0] == "When was Putin last in India before this visit?"


def test_where_nothing_answers_the_question_is_shown_as_the_rules_read_it(tmp_path, fake_models, monkeypatch):
    conv = _over(tmp_path, fake_models, {"a.txt": "Putin will visit India in December. Modi invited him."})
    _exchange(conv, "who invited Putin", "Modi", "person")
    monkeypatch.setattr(Conversation, "_choose", lambda self, options, ruled: len(options) - 1)  # the words as typed
    answer = conv.ask("what colour is his car?")
    assert answer.abstained and answer.rewritten == "what colour is Modi's car?"


def test_the_auxiliary_of_a_clause_is_not_the_questions(index):
    assert _frame("Which court ruled that Zipply couriers are employees?") == \
        ("Which", "", "", "court ruled that Zipply couriers are employees")
    conv = _after(index, "Which court ruled that Zipply couriers are employees rather than contractors?",
                  "The country's highest court", "entity")
    assert conv.readings("by what margin?")[0] == \
        "By what margin did the country's highest court rule that Zipply couriers are employees rather than contractors?"


@pytest.mark.parametrize("question, follow_up, meant", [
    ("which contractor went bust, according to Ingrid Solberg?", "when did that happen?",
     "When did the contractor go bust, according to Ingrid Solberg?"),
    ("Which king moved the court to Warsaw?", "why?", "Why did the king move the court to Warsaw?"),
])
def test_a_new_wh_word_after_nothing_answered_asks_of_the_one_asked_for(index, question, follow_up, meant):
    assert _after(index, question, None).readings(follow_up)[0] == meant


def test_it_after_a_part_of_is_what_the_answer_said_the_part_is_of(index):
    conv = _after(index, "where did he confirm those plans", "during the 80th session of the United Nations General Assembly")
    assert conv.readings("which session of it was that")[0] == "which session of the United Nations General Assembly was that"


@pytest.mark.parametrize("question, follow_up, meant", [
    ("When did Putin last visit India?", "how did that go down?", "how did it go down when Putin last visited India?"),
    ("when did the German army reoccupy the Rhineland", "how did that go down in germany",
     "how did it go down in germany when the German army reoccupied the Rhineland?"),
])
def test_that_which_went_down_is_the_last_questions_doing(index, question, follow_up, meant):
    assert _after(index, question, "2021", "date").readings(follow_up)[0] == meant


def test_only_someone_has_a_surname(index):
    conv = _after(index, "who is booking the cottage", "blue cottage on ferris lane")
    assert conv.readings("what is their surname")[0] == "what is their surname"
    conv = _after(index, "who invited Putin", "Prime Minister Narendra Modi", "person")
    assert conv.readings("what is his wife called")[0] == "what is Narendra Modi's wife called"  # "his" says someone


def test_it_that_went_down_when_something_was_done_stands_for_nothing(index):
    conv = _after(index, "which treaty is said to have helped hitler come to power", "Treaty of Versailles")
    assert conv._resolve("how did it go down in germany?")[0] == "how did Treaty of Versailles go down in germany?"
    went = "how did it go down in germany when the German army reoccupied the Rhineland?"
    assert conv._resolve(went) == [went]


# the twenty-seventh session's readings (from set 62's rejections)
TWENTY_SEVENTH = {
    "koch.txt": "It was not until Robert Koch's 1891 proofs, for which he was awarded a Nobel Prize in 1905, that "
                "microorganisms were confirmed as the cause of infectious disease.",
    "rhine.txt": "Cologne is the biggest city on the Rhine. Basel is the first major city along its course. "
                 "The big bend at Basel is called the Rhine knee.",
    "chat.txt": "tess: the porthmere trip is on! we settle on aug 21-24. dana: the dates first suggested were aug 14-17. "
                "tess: i couldn't do aug 14-17, my cousin's wedding.",
}


@pytest.mark.parametrize("history, follow_up, meant", [
    # "one" after two words that single it out; "there" before a participle is the place
    ([("what is the biggest city on the rhine", "Cologne", "place")],
     "and the first major one along its course?", "what is the first major city along its course"),
    ([("what dates did they settle on for the porthmere trip", "aug 21-24", "date")],
     "so where's everyone staying there", "Where is everyone staying in Porthmere"),
    ([("what dates did they settle on for the porthmere trip", "aug 21-24", "date")],
     "and the dates first suggested?", "What were the dates first suggested for the porthmere trip?"),
    ([("what dates were first suggested for the porthmere trip", "aug 14-17", "date")],
     "who couldn't do those", "who couldn't do aug 14-17"),
    ([("who couldn't do aug 14-17", "tess", "person")], "how come she couldn't", "how come Tess couldn't do aug 14-17?"),
])
def test_a_follow_up_of_the_twenty_seventh_session_is_read_as_meant(tmp_path, fake_models, history, follow_up, meant):
    assert _read_after(_over(tmp_path, fake_models, TWENTY_SEVENTH), history, follow_up) == meant


@pytest.mark.parametrize("history, follow_up, meant", [
    # "the other two bids" are others' than the firm that bid
    ([("who got the millrace bridge contract", "Corvane Builders", "entity"), ("how much did that firm bid", "$412,000", "money")],
     "and the other two bids?", "How much were the other two bids?"),
    # "in which month" asks as "when?" does; "that trip" is the trip of the one "who" was answered with
    ([("who is going to india ahead of Putin to prep the summit", "Russian Foreign Minister Sergey Lavrov", "person")],
     "and in which month", "In which month is Russian Foreign Minister Sergey Lavrov going to india ahead of Putin to prep the summit?"),
    ([("who is going to india ahead of Putin to prep the summit", "Russian Foreign Minister Sergey Lavrov", "person")],
     "what is that trip meant to achieve", "what is Sergey Lavrov's trip meant to achieve"),
    ([("In which month is the russian minister going to india before Putin?", "November", "date")],
     "what is that trip supposed to achieve", "what is the russian minister's trip supposed to achieve"),  # one described
    # "that series": of what was asked about
    ([("When is Vladimir Putin visiting India?", "December 4-5, 2025", "date"), ("which summit number?", "23rd", "other")],
     "when did that series start?", "when did the summit series start?"),
    # "those are … ones": "those" is no determiner of "ones"
    ([("how many msps does the scottish parliament have", "129", "number")],
     "how many of those are constituency ones", "how many of the msps of the scottish parliament are constituency ones"),
    # an event answered to "where …?" is what "that" was held as
    ([("where did Sergey Lavrov confirm those plans", "80th session of the United Nations General Assembly", "place")],
     "which city was that held in", "which city was the 80th session of the United Nations General Assembly held in"),
    # a name's trip, when "when" was asked last
    ([("when did India-Russia bilateral summit series begin", "2000", "date")],
     "and putin's previous trip to india?", "When was Putin's previous trip to india?"),
])
def test_a_follow_up_over_seeds_of_the_twenty_seventh_session_is_read_as_meant(index, history, follow_up, meant):
    assert _read_after(Conversation(index), history, follow_up) == meant


def test_a_rare_word_the_articles_write_only_after_a_first_name_is_a_surname(tmp_path, fake_models):
    conv = _over(tmp_path, fake_models, TWENTY_SEVENTH)
    assert conv._cased("when did koch prove microorganisms cause infectious disease") == \
        "when did Koch prove microorganisms cause infectious disease"
    assert _read_after(conv, [("when did Koch prove microorganisms cause infectious disease", "1891", "date")],
                       "when did he get a nobel for that") == "when did Koch get a nobel for that"


def test_a_participle_ends_the_subject():
    assert _topic("when is Harwick's Eastline tram meant to open now") == "Harwick's Eastline tram"  # not "… meant to open"


def test_a_wh_word_after_its_preposition_asks():
    assert _asked("ok and in which month") == "and in which month"


def test_a_long_vowel_spelled_with_a_silent_e_is_corrected():
    speller = Speller(word_counts(["The union claims the firm owes €37 million. Nobody came. They demand a raise."]),
                      english_words())
    assert speller.correct("how much does the uniom clame zipply owes")[0] == "how much does the union claim zipply owes"
    assert speller.correct("how big a pay rase are they demanding")[0] == "how big a pay raise are they demanding"  # as near


def test_a_rare_word_the_articles_write_after_the_is_no_surname(tmp_path, fake_models):
    conv = _over(tmp_path, fake_models, {"a.txt": "Napoleon founded the Confederation Rhenane in 1806. The Rhenish "
                                                  "Confederation Army fought for France."})
    assert conv._cased("how many soldiers did the confederation supply") == "how many soldiers did the confederation supply"


def test_it_after_an_event_answered_to_where_stays_with_the_talk(index):
    conv = _after(index, "where did Sergey Lavrov confirm the trip plans", "80th session of the United Nations General Assembly",
                  "place")
    assert "United Nations" not in conv.readings("what exact day does it start")[0]


def test_there_before_a_participle_is_the_place():
    speller = Speller(word_counts(["The big bend at Basel is called the Rhine knee."]), english_words())
    assert speller.correct("what's the big bend there called")[0] == "what's the big bend there called"
    assert speller.correct("who's there chief financial officer")[0] == "who's their chief financial officer"


def test_this_noun_of_a_verb_asked_before_is_the_doing_where_it_was_done(index):
    conv = _after(index, "who is being deposed in the Kessler Orchards case", "Harriet Voss", "person")
    assert conv.readings("when was this deposition taken")[0] == "when was the deposition in the Kessler Orchards case taken"


def test_a_name_answered_in_capitals_is_read_as_a_name(index):
    conv = _after(index, "who is being deposed in the Kessler Orchards case", "HARRIET VOSS", "person")
    assert conv.readings("what does she do at Ardmore")[0] == "what does Harriet Voss do at Ardmore"


def test_it_to_do_something_is_a_name_and_it_again_is_what_it_was(index):
    conv = _read_after(Conversation(index), [("who wrote the dissent opinion in the Zipply couriers case", "Paul Lindgren", "person"),
                                             ("who did Paul Lindgren think should regulate platform work", "Parliament", "person")],
                       "how long did the court give it to offer couriers contracts")
    assert conv == "how long did the court give Zipply to offer couriers contracts"
    again = Conversation(index)
    _exchange(again, "who wrote the dissent opinion in the Zipply couriers case", "Paul Lindgren", "person")
    _exchange(again, "how long did the court give it to offer couriers contracts", "90 days", "duration",
              understood="how long did the court give Zipply to offer couriers contracts")
    assert again.readings("what happens if it misses that deadline")[0] == "what happens if Zipply misses that deadline"


def test_a_withheld_answer_shows_the_question_as_the_rules_read_it(tmp_path, fake_models, monkeypatch):
    import qa.conversation as conversation
    conv = _over(tmp_path, fake_models, {"a.txt": "Putin will visit India in December. Modi invited him."})
    _exchange(conv, "who invited Putin", "Modi", "person")
    real = conversation.extract
    # the words as typed find nothing, the reading does; the choice still falls on the words as typed, which withhold
    monkeypatch.setattr(conversation, "extract", lambda index, q, *a, **k: real(index, q, *a, **k) if "Modi" in q
                        else Answer(q, None, 0.0))
    monkeypatch.setattr(Conversation, "_choose", lambda self, options, ruled: len(options) - 1)
    answer = conv.ask("when did he invite Putin?")
    assert answer.abstained and answer.rewritten == "when did Modi invite Putin?"


def test_no_ones_attribute_is_founded(index):
    conv = Conversation(index)
    _exchange(conv, "Who became acting chair of the IPCC?", "Ismail El Gizouli", "person")
    _exchange(conv, "what is Hoesung Lee's profession?", "Korean economist", "other")
    assert conv.readings("when was it first set up?")[0] == "when was the IPCC first set up?"


def test_anyway_after_that_bay_is_no_noun(tmp_path, fake_models):
    conv = _over(tmp_path, fake_models, {"t.txt": "VOSS: The temperature alarm for Bay 4 went off at 2:40. I called Polar "
                                                  "Line. The repair cost $23,000. Bay 4 held apples anyway."})
    history = [("Which maintenance contractor did Harriet Voss call when the Bay 4 compressor failed?", "Polar Line Services", "entity"),
               ("what time did their technician show up", "3:25", "time"), ("when did she actually call them", None, "time"),
               ("and her manager?", "Harriet Anne Voss", "person"), ("how much did the repiar end up costing", "$23,000", "money")]
    assert _read_after(conv, history, "what was in that bay anyway") == "what was in Bay 4 anyway"


def test_it_after_they_is_what_was_given_them(tmp_path, fake_models):
    board = Path(__file__).resolve().parents[1] / "eval" / "transcripts2" / "corpus" / "bramblewood_board_2026-03-10.txt"
    conv = _over(tmp_path, fake_models, {"board.txt": board.read_text(encoding="utf-8")})  # the meeting it was found in
    _exchange(conv, "Which company was awarded the Fennick gymnasium roof contract?", "Carrow & Sons", "entity")
    reading = conv.readings("when do they start work?")[0]
    assert reading == "when do Carrow & Sons start work?"
    _exchange(conv, "when do they start work?", "June 22", "date", understood=reading)
    assert conv.readings("who voted against it?")[0] == "who voted against the Fennick gymnasium roof contract?"


def test_it_after_a_visit_is_the_visit_before_a_place_typed_in_lower_case(tmp_path, fake_models):
    conv = _over_seeds(tmp_path, fake_models)
    _exchange(conv, "what is Sergey Lavrov's trip meant to achieve", "to finalize the agenda", "other")
    _exchange(conv, "how many tanks will india buy", None, "number")
    _exchange(conv, "When is Putin visiting india", "December 5-6", "date")
    assert conv.readings("which summit is it for")[0] == "which summit is Putin's visit for"


def test_that_series_after_a_summit_answered_is_its_series(index):
    conv = _after(index, "which summit is Putin's visit for", "India-Russia bilateral summit", "entity")
    assert conv.readings("when did that series start")[0] == "when did India-Russia bilateral summit series start"


def test_it_after_what_is_x_is_x_not_the_answer_that_says_what_it_is(tmp_path, fake_models):
    conv = _over_seeds(tmp_path, fake_models)
    _exchange(conv, "what is the relos agreement", "Russia’s ratification of a reciprocal logistics agreement", "entity")
    assert conv.readings("when did russia ratify it")[0] == "when did russia ratify the relos agreement"


# the twenty-eighth session's readings (from set 63's rejections), over the articles they were found in
EVAL = Path(__file__).resolve().parents[1] / "eval"


def _over_files(tmp_path, fake_models, *paths: str) -> Conversation:
    return _over(tmp_path, fake_models, {Path(p).name: (EVAL / p).read_text(encoding="utf-8") for p in paths})


@pytest.mark.parametrize("history, follow_up, meant", [
    # "they" agree in number with the many the last question was about, not the building named before
    ([("who designed the scottish parliament building", "Enric Miralles", "person"),
      ("where did msps sit before 2004", "General Assembly Hall", "place")],
     "and in may 2000 where did they temporarily move", "In May 2000 where did the msps temporarily move"),
    # a time with its preposition takes the place of the time and its preposition: one "in"
    ([("In May 2000 where did the msps temporarily move", "Glasgow", "place")],
     "and in may 2002?", "In May 2002 where did the msps temporarily move"),
    # "that job": the office a "who is …?" asked about, earlier in the conversation
    ([("who is the presiding officer of the scottish parliament", "Tricia Marwick", "person"),
      ("who are the deputies", "Elaine Smith and John Scott", "person"), ("how are the deputies picked", "secret ballot", "other")],
     "how much does that job pay", "how much does the job of presiding officer of the scottish parliament pay"),
])
def test_a_follow_up_over_the_scottish_parliament_is_read_as_meant(tmp_path, fake_models, history, follow_up, meant):
    conv = _over_files(tmp_path, fake_models, "squad/tune/corpus/25_Scottish_Parliament.txt")
    assert _read_after(conv, history, follow_up) == meant


def test_they_after_many_asked_about_are_those_many_alone(tmp_path, fake_models):
    conv = _over_files(tmp_path, fake_models, "squad/tune/corpus/25_Scottish_Parliament.txt")
    _exchange(conv, "who is the presiding officer of the scottish parliament",
              "to chair chamber proceedings and the Scottish Parliamentary Corporate Body", "person",
              understood="who is the Presiding Officer of the Scottish Parliament")
    _exchange(conv, "and the deputies?", "Elaine Smith and John Scott", "person", understood="who is the deputies")
    assert conv.readings("how are they picked") == ["how are the deputies picked"]  # no other reading put to the articles


def test_it_after_a_persons_nationality_is_the_thing_talked_about_before(tmp_path, fake_models):
    conv = _over_files(tmp_path, fake_models, "squad/tune/corpus/22_Intergovernmental_Panel_on_Climate_Change.txt")
    history = [("who chairs the ipcc", "Ismail El Gizouli", "person"), ("what nationality is Ismail El Gizouli", "Korean", "other")]
    assert _read_after(conv, history, "when was it first set up") == "when was the ipcc first set up"


@pytest.mark.parametrize("history, follow_up, meant", [
    # an event after "when …?" is asked "when" of, whatever the last question's verb was
    ([("when did the bay 4 alarm go off according to harriet voss", "2:40 in the morning", "time")],
     "and the call to polar line?", "When was the call to Polar Line?"),
    ([("who founded seedwell commons", "Mattias Brandvold", "person"),
      ("when did he get it going", "2019", "date")],
     "and the move into the old ferry terminal?", "When was the move into the old ferry terminal?"),
])
def test_an_event_fragment_after_when_is_asked_when(tmp_path, fake_models, history, follow_up, meant):
    conv = _over_files(tmp_path, fake_models, "transcripts/corpus/deposition_voss_kessler_v_ardmore.txt",
                       "transcripts/corpus/harbor_voices_ep42_seedwell.txt")
    assert _read_after(conv, history, follow_up) == meant


def test_it_keeps_its_referent_through_a_fragment(tmp_path, fake_models):
    conv = _over_files(tmp_path, fake_models, "transcripts/corpus/harbor_voices_ep42_seedwell.txt")
    _exchange(conv, "who founded seedwell commons", "Mattias Brandvold", "person")
    _exchange(conv, "when did he get it going", "2019", "date",
              understood="when did Mattias Brandvold get Seedwell Commons going")
    _exchange(conv, "and the move into the old ferry terminal?", "2023", "date",
              understood="When was the move into the old ferry terminal?")
    assert conv.readings("how many varieties does it have")[0] == "how many varieties does Seedwell Commons have"


def test_a_possessive_fragment_is_of_the_thing_asked_about(index):
    conv = _after(index, "who hosts the India-Russia Annual Summit", "alternately by both countries", "other")
    assert conv.readings("and this year's?")[0] == "who hosts this year's India-Russia Annual Summit"


def test_there_after_someone_is_is_where_he_is(index):
    conv = _after(index, "which city did Putin land in", "New Delhi", "place")
    assert conv.readings("what is Putin expected to launch while Putin is there")[0] == \
        "what is Putin expected to launch while Putin is in New Delhi"


def test_a_long_vowel_spelled_another_way_keeps_its_sound():
    texts = ["The chamber has 131 seats. Sets of rules apply. Robert Watson had good teeth."]
    speller = Speller(word_counts(texts), english_words())
    assert speller.correct("how many seets are in the chamber")[0] == "how many seats are in the chamber"
    assert speller.correct("what university did he teech at")[0] == "what university did he teach at"


def test_that_election_is_the_race_the_conversation_named_long_before(tmp_path, fake_models):
    conv = _over_files(tmp_path, fake_models, "longform/corpus/mayor_election.txt")
    history = [("who won the harwick mayor race", "Marta Kowalczyk", "person"),
               ("how many votes did Marta Kowalczyk get", "28,913", "number"), ("how many votes did Albright get", "24,406", "number"),
               ("what share was that", "39.8 percent", "percent"), ("which party was Albright representing", "Liberal Alliance", "entity")]
    assert _read_after(conv, history, "how many postal ballots were thrown out in that election") == \
        "how many postal ballots were thrown out in the harwick mayor election"


def test_this_trip_is_the_one_under_way_not_an_answer_that_is_no_trip(tmp_path, fake_models):
    conv = _over_seeds(tmp_path, fake_models)
    history = [("when is putin going to india", "December 4-5, 2025", "date"),
               ("When is Putin's previous visit?", "2021", "date"),
               ("what was going on in india in 2021", "Russia’s invasion of Ukraine", "other")]
    assert _read_after(conv, history, "so who is hosting the banquet for this trip") == \
        "Who is hosting the banquet for Putin's trip"


def test_there_with_no_place_named_is_at_the_name_it_stood_for(tmp_path, fake_models):
    conv = _over_files(tmp_path, fake_models, "transcripts/corpus/harbor_voices_ep42_seedwell.txt")
    _exchange(conv, "how many varieties does it have", "1,150", "number", understood="how many varieties does Seedwell Commons have")
    _exchange(conv, "how many of those are tomatoes", None, "number", understood="how many of the varieties are tomatoes")
    assert conv.readings("who is the volunteer coordinator there")[0] == "who is the volunteer coordinator at Seedwell Commons"


def test_that_noun_the_articles_never_write_is_the_thing_just_answered(tmp_path, fake_models):
    conv = _over_seeds(tmp_path, fake_models)
    _exchange(conv, "what is Putin expected to launch while Putin is in New Delhi",
              "India edition of Russia's state-backed broadcaster, RT", "entity")
    assert conv.readings("how many viewers does that channel get in india")[0] == \
        "how many viewers does India edition of Russia's state-backed broadcaster, RT get in india"


def test_it_after_a_fragment_of_someones_event_is_its_owner(tmp_path, fake_models):
    conv = _over_files(tmp_path, fake_models, "squad/tune/corpus/25_Scottish_Parliament.txt")
    _exchange(conv, "when did the queen open it", "9 October 2004", "date",
              understood="when did the queen open the Scottish Parliament Building")
    _exchange(conv, "and parliament's first meeting?", "12 May 1999", "date", understood="When was Parliament's first meeting?")
    assert "Scottish Parliament Building" not in conv.readings("where was it sitting back then")[0]


def test_they_who_act_may_be_a_body_named_before_the_many_asked_about(tmp_path, fake_models):
    conv = _over_files(tmp_path, fake_models, "longform/corpus/hospital_cardiac.txt")
    _exchange(conv, "Who is the head of cardiology at St. Brigid's Hospital?", "Professor Samuel Okafor", "person")
    _exchange(conv, "what did he say the new labs will let his team do?", "treat heart attack patients around the clock", "other",
              understood="what did Samuel Okafor say the new labs will let his team do?")
    assert conv.readings("how many heart attack patients did they treat last year?")[0] == \
        "how many heart attack patients did St. Brigid's Hospital treat last year?"  # not the labs Okafor spoke of


def test_there_after_someone_is_is_no_pact_in_capitals(index):
    conv = _after(index, "how many ports does RELOS cover?", None, "number")
    assert conv.readings("is Putin launching anything while Putin is there?")[0] == \
        "is Putin launching anything while Putin is there?"


IMMUNE, HOSPITAL = "squad/tune/corpus/21_Immune_system.txt", "longform/corpus/hospital_cardiac.txt"
RHINE, IPCC = "squad/tune/corpus/24_Rhine.txt", "squad/tune/corpus/22_Intergovernmental_Panel_on_Climate_Change.txt"
TRAM, PARLIAMENT = "longform/corpus/harwick_tram.txt", "squad/tune/corpus/25_Scottish_Parliament.txt"
MAYOR, SEEDWELL = "longform/corpus/mayor_election.txt", "transcripts/corpus/harbor_voices_ep42_seedwell.txt"


# Over one article: the last exchange (question, as read, answer, its kind), a follow-up, and how it is read.
ONE_EXCHANGE = [
    # "it" is what was done with, never the time it was done ("the 1700s")
    (IMMUNE, "who experimented with scorpion venom back in the 1700s", None, "Pierre-Louis Moreau de Maupertuis", "person",
     "what animals did he find were immune to it",
     "what animals did Pierre-Louis Moreau de Maupertuis find were immune to scorpion venom"),
    # "there" is never the person whose deposition it is
    ("transcripts/corpus/deposition_voss_kessler_v_ardmore.txt", "in the voss deposition what time did the bay 4 alarm go off",
     "in the Voss deposition what time did the bay 4 alarm go off", "2:40", "date",
     "what's the target temp there", "what is the target temp in Bay 4"),
    # "how many" counts a plural: one thing takes the place of the thing that has them
    (HOSPITAL, "how many beds has the new cardiac centre got", None, "48", "number",
     "what about the rehab unit?", "how many beds has the rehab unit got"),
    # the year asked is asked of a prize
    (IMMUNE, "what year did koch prove microbes cause infectious disease",
     "what year did Koch prove microbes cause infectious disease", "1891", "date", "and his nobel?", "What year was Koch's nobel?"),
    # "it" after what was just opened is the new thing
    (HOSPITAL, "what's that hospital just opened", "what has St. Brigid's Hospital just opened", "new cardiac centre", "other",
     "how many beds has it got", "how many beds has the new cardiac centre got"),
    # "it" is the one of the kind asked that was answered, not "the theory of disease", one of several
    (IMMUNE, "what theory of disease did Louis Pasteur put forward", None, "germ theory of disease", "other",
     "which older theory did it go against", "which older theory did the germ theory of disease go against"),
    # "their surname" after "who …?" is the one person answered, of no known sex
    ("transcripts/corpus/groupchat_porthmere_trip.txt", "who is booking the cottage", None, "jules", "person",
     "what's their surname", "what is jules' surname"),
    # a noun with a clause of its own after "how much …?" is asked the same, not which it is
    (HOSPITAL, "How much did St. Brigid's new heart centre cost?", None, "€64 million", "money",
     "And the rehab unit they're planning?", "How much did the rehab unit they are planning cost?"),
    (HOSPITAL, "How much did its new heart centre cost?", None, "€64 million", "money",  # "its" left as typed
     "And the rehab unit they're planning?", "How much did the rehab unit they are planning cost?"),
    (HOSPITAL, "How much did St. Brigid's new heart centre cost?", None, "€64 million", "money",  # a date is not priced
     "and the completion date?", "What was the completion date of St. Brigid's new heart centre?"),
    # "the rent on that" after a place answered is that place's rent
    ("transcripts/corpus/harbor_voices_ep42_seedwell.txt", "and since 2023?", "Where has Seedwell Commons been since 2023?",
     "Wharf Street", "place", "what's the rent on that", "what is the rent on Wharf Street"),
    # "that place" is the place just answered
    ("transcripts/corpus/harbor_voices_ep42_seedwell.txt", "where is Seedwell Commons based now", None, "old ferry terminal building",
     "place", "what's the rent on that place", "what is the rent on the old ferry terminal building"),
    # a sum is no time: "and the total cost?" after "when …?" asks the sum of what was asked about
    (TRAM, "when's the eastline tram in harwick supposed to open now", "when is the Eastline tram in Harwick supposed to open now",
     "2028", "date", "and the total cost?", "What is the total cost of the Eastline tram in Harwick?"),
    # "that" after a sum asked as a named quantity is the quantity, not the figure
    (TRAM, "What is the total cost of the Eastline tram in Harwick?", None, "€1.42 billion", "money",
     "how much more is that than first budgeted", "how much more is the total cost of the Eastline tram in Harwick than first budgeted"),
    # "of those" after a count is of the things counted, where they were counted
    (PARLIAMENT, "how many msps sit in the scottish parliament", None, "129", "number",
     "how many of those are constituency msps", "how many of the msps of the scottish parliament are constituency msps"),
    # a bare plural somewhere after "how many …?" asks how many of it there are there
    (PARLIAMENT, "how many of those are constituency msps", "how many of the msps of the scottish parliament are constituency msps",
     "73", "number", "and seats in the debating chamber?", "How many seats are there in the debating chamber?"),
    # "they" after two people answered are the two
    (IMMUNE, "and the humoral theory?", "who represented the humoral theory", "Robert Koch and Emil von Behring", "person",
     "what did they say the active immune agents were",
     "what did Robert Koch and Emil von Behring say the active immune agents were"),
]


@pytest.mark.parametrize("path, question, understood, answer, kind, follow_up, meant", ONE_EXCHANGE)
def test_a_follow_up_over_one_article_is_read_as_meant(tmp_path, fake_models, path, question, understood, answer, kind,
                                                         follow_up, meant):
    conv = _exchange(_over_files(tmp_path, fake_models, path), question, answer, kind, understood=understood)
    assert conv.readings(follow_up)[0] == meant


def test_it_is_never_the_person_who_answered_who(tmp_path, fake_models):
    conv = _over_files(tmp_path, fake_models, RHINE)
    _exchange(conv, "who set up the confederation of the rhine", "Napoleon", "person")
    _exchange(conv, "and in what year", "1806", "date", understood="In what year did Napoleon set up the confederation of the Rhine?")
    assert conv.readings("how long did it last")[0] == "how long did the confederation of the rhine last"


def test_a_fragment_naming_an_office_singled_out_after_who_asks_who_held_it(tmp_path, fake_models):
    conv = _over_files(tmp_path, fake_models, IPCC)
    _exchange(conv, "who is the chair of the ipcc", "Hoesung Lee", "person")
    _exchange(conv, "who was leading it just before that date", "Ismail El Gizouli", "person",
              understood="who was leading the ipcc just before October 8, 2015")
    assert conv.readings("and the very first chair?")[0] == "Who was the very first chair of the ipcc?"


def test_a_fragment_naming_another_sum_after_how_much_asks_that_sum_of_the_topic(tmp_path, fake_models):
    conv = _over_files(tmp_path, fake_models, "longform/corpus/harwick_tram.txt")
    _exchange(conv, "how much is the eastline tram going to cost now", "€1.42 billion", "money")
    assert conv.readings("and the original price")[0] == "How much is the original price of the eastline tram?"
    _exchange(conv, "and the original price", "€1.1 billion", "money", understood="How much is the original price of the eastline tram?")
    assert conv.readings("who's the project director on it")[0] == "who is the project director on the eastline tram"  # not the price


def test_a_mention_that_names_the_value_asked_for_is_not_what_that_points_at(tmp_path, fake_models):
    conv = _over_files(tmp_path, fake_models, "transcripts/corpus/deposition_voss_kessler_v_ardmore.txt")
    quote = "The 3:05 call was to my manager, Gordon Pell."
    conv.turns.append(Turn("who did she call first", "who did Voss call first",
                           Answer("who did Voss call first", "Mr. Pell first", 0.9, kind="person",
                                  citations=(Citation("a", "t", None, 0, len(quote), quote),)), follow_up=True))
    assert conv.readings("what time was that call")[0] == "what time was that call"  # not "the 3:05 call": that answers itself
    assert conv.readings("who took that call")[0] == "who took the 3:05 call"  # asking no time, the mention says which call
    _exchange(conv, "what time was that call", "The 3:05", "date")
    assert conv.readings("when had that unit last been serviced")[0] == "when had that unit last been serviced"  # no time's unit


def test_a_speakers_first_name_is_someone_never_it(tmp_path, fake_models):
    conv = _over_files(tmp_path, fake_models, "transcripts/corpus/brackenfield_council_2026-03-11.txt")
    _exchange(conv, "who did tomasz recommend for the millrace bridge job", "Corvane Builders", "person")
    _exchange(conv, "what was their bid", "$412,000", "money", understood="what was Corvane Builders' bid")
    assert conv.readings("when's work on it starting now")[0] == "when is work on the millrace bridge job starting now"


def test_he_is_the_one_named_for_the_subject_the_last_question_described(tmp_path, fake_models):
    conv = _over_seeds(tmp_path, fake_models)
    _exchange(conv, "which russian minister is going to india before putin", "Sergey Lavrov", "person")
    _exchange(conv, "and in which month?", "November", "date",
              understood="In which month is the russian minister going to india before Putin?")
    assert conv.readings("where did he confirm those plans")[0] == "where did Sergey Lavrov confirm those plans"


def test_a_letter_left_out_is_likelier_than_one_typed_for_another():
    texts = ["Lavrov arrived in New Delhi. Nobody was left alive. Computers compute primes."]
    speller = Speller(word_counts(texts), english_words())
    assert speller.correct("which day does lavrov arive in delhi")[0] == "which day does lavrov arrive in delhi"
    assert speller.correct("how long did the computr search take")[0] == "how long did the computer search take"
    assert speller.correct("who was left alve")[0] == "who was left alive"  # the articles' word, a letter left out
    speller = Speller(word_counts(["Putin will visit India. Putin put it off."]), english_words())
    assert speller.correct("what did puttin say")[0] == "what did putin say"  # a letter doubled wrong: the articles' name


def test_a_plural_typed_is_an_english_plural_too():
    speller = Speller(word_counts(["Trade is growing. He named the SCO and BRICS."]), english_words())
    # "groupings", an English word's plural a letter away, not the articles' "growing" made plural
    assert speller.correct("which grupings did he mention")[0] == "which groupings did he mention"


def test_one_after_a_possessive_question_is_the_noun_owned(tmp_path, fake_models):
    conv = _over_files(tmp_path, fake_models, "transcripts/corpus/brackenfield_council_2026-03-11.txt")
    _exchange(conv, "who got the millrace bridge contract in brackenfield", "Corvane Builders", "entity")
    _exchange(conv, "how much was their bid", "$412,000", "money", understood="how much was Corvane Builders' bid")
    assert conv.readings("what about the next lowest one?")[0] == "how much was the next lowest bid"


@pytest.mark.parametrize("typed, read", [
    ("what's that hospital just opened", "what has that hospital just opened"),  # "just" and a past participle: a perfect
    ("who's already been appointed", "who has already been appointed"),
    ("what's it called", "what is it called"),  # a passive keeps "is"
])
def test_s_before_just_and_a_past_participle_is_has(typed, read):
    assert _expanded(typed) == read


@pytest.mark.parametrize("typed, read", [
    ("anything else come with that offer?", "what else comes with that offer?"),
    ("anyone else get a raise", "who else gets a raise"),
    ("anything else on the agenda?", "anything else on the agenda?"),  # no verb: nothing left out
])
def test_a_question_with_does_left_out_asks_what_else(typed, read):
    assert _expanded(typed) == read


def test_a_fragment_with_its_own_pronoun_is_asked_again_with_the_articles_verb(tmp_path, fake_models):
    conv = _over_seeds(tmp_path, fake_models)
    _exchange(conv, "who invited him personally", "Prime Minister Narendra Modi", "person", understood="who invited Putin personally")
    assert conv.readings("and the banquet for him?")[0] == "Who hosted the banquet for Putin?"  # "a banquet hosted by …"


@pytest.mark.parametrize("typed, asks", [
    ("and what it was actually reading?", "and what was it actually reading?"),  # a reported question's order
    ("where he was going", "where was he going"),
    ("how much it was worth?", "how much was it worth?"),
    ("what is it", "what is it"),
    ("what it is", "what it is"),  # no word after: nothing to ask of
])
def test_a_question_in_the_order_of_a_reported_one_is_asked(typed, asks):
    assert _asked(typed) == asks


def test_there_is_the_last_place_named_however_far_back(tmp_path, fake_models):
    conv = _over_seeds(tmp_path, fake_models)
    history = [("what's putin expected to launch while he's in india", "India edition of Russia's state-backed broadcaster, RT", "other"),
               ("who invited Putin personally", "Prime Minister Narendra Modi", "person"),
               ("Who hosted the banquet for Putin?", "President Droupadi Murmu", "person"),
               ("what is RT exactly", None, "other")]
    assert _read_after(conv, history, "what labour deal might get signed there") == "what labour deal might get signed in India"


@pytest.mark.parametrize("question, answer, kind, meant", [
    ("what theory of disease did Louis Pasteur put forward", "germ theory of disease", "other",
     "what year did Louis Pasteur put forward the germ theory of disease"),
    ("which city did Putin land in", "New Delhi", "place", "which year did Putin land in New Delhi"),
])
def test_a_time_asked_for_the_thing_asked_is_of_the_thing_answered(tmp_path, fake_models, question, answer, kind, meant):
    conv = _over_files(tmp_path, fake_models, IMMUNE)
    _exchange(conv, question, answer, kind)
    assert conv.readings("and the year?")[0] == meant


def test_a_little_word_is_no_bare_verb_and_a_name_after_it_is_its_object():
    from qa.language import bare_verb

    assert [bare_verb(w) for w in ("to", "in", "she", "for", "start", "hit", "do")] == [False, False, False, False, True, True, True]
    # "to russia hit": "russia" is what the exports go to, no clause's subject
    assert _topic("how much did india's exports to russia hit in 2024-25") == "india's exports to russia"


def test_found_by_the_development_run_a_length_a_list_and_a_word_alone_after_a_preposition(tmp_path, fake_models):
    conv = _over_files(tmp_path, fake_models, "transcripts/corpus/harbor_voices_ep42_seedwell.txt")
    _exchange(conv, "how long does the Kestrel Red tomato take to ripen", "sixty-five days", "duration")
    assert conv.readings("how come that's a big deal")[0] == "how come the sixty-five days is a big deal"  # "that" may be a length
    conv = _over_files(tmp_path / "squad", fake_models, IMMUNE)
    _exchange(conv, "who came up with vaccination and the germ theory of disease", "Louis Pasteur", "person")
    assert conv.readings("what older theory did it go against")[0] == "what older theory did the germ theory of disease go against"
    # "went on strike at the Port of Velmora": "on strike" is no object
    assert _topic("How many dockworkers went on strike at the Port of Velmora?", {"the strike"}.__contains__) == "the Port of Velmora"


def test_the_very_first_one_is_over(tmp_path, fake_models):
    conv = _over_seeds(tmp_path, fake_models)
    _exchange(conv, "When is Lavrov's trip?", "November", "date")
    assert conv.readings("and the very first summit?")[0] == "When was the very first summit?"
    assert conv.readings("and his previous visit?")[0] == "When was Lavrov's previous visit?"


def test_a_vowel_typed_for_another_keeps_the_consonants_typed():
    texts = ["Kowalczyk will work at the hospital. Ballots were spoiled. Packing and parking were dear."]
    speller = Speller(word_counts(texts), english_words())
    assert speller.correct("which hospital did she werk at")[0] == "which hospital did she work at"  # not "were"
    assert speller.correct("who's pickng up the car")[0] == "who's picking up the car"  # not "packing", another word


def test_found_by_the_final_development_run_a_firm_of_sons_and_a_place_asked_for(tmp_path, fake_models):
    from qa.extract import Asked

    assert [Asked.of(q).kin for q in ("what is Carrow & Sons' warranty", "what is carrow & sons' warranty",
                                      "which heating firm is coming to fix Tomasz's daughter", "What is the name of Tomasz's daughter?")] == \
        [False, False, False, True]  # kin asked for, not a firm's name nor whose boiler
    conv = _over_files(tmp_path, fake_models, "transcripts/corpus/groupchat_porthmere_trip.txt")
    _exchange(conv, "Where is the group staying on the Porthmere trip?", None, "place")
    assert "Porthmere" not in conv.readings("who found that place")[0]  # the place asked for, not the trip's
    # a time after "in" is no place "there" stands for
    conv = _over_files(tmp_path / "war", fake_models, "squad/test/corpus/29_French_and_Indian_War.txt")
    _exchange(conv, "Who led the British expedition to take Fort Duquesne in June 1755?", "Edward Braddock", "person")
    assert "June" not in conv.readings("how many men were killed there")[0]


def test_a_phrase_before_the_comma_stays_and_the_year_before_is_of_the_year_asked(tmp_path, fake_models):
    conv = _over_seeds(tmp_path, fake_models)
    _exchange(conv, "ahead of putin's india visit, which air defence system has russia offered", "S-500", "entity",
              understood="ahead of Putin's india visit, which air defence system has russia offered")
    assert conv.readings("and the fighter jet?")[0] == "ahead of Putin's india visit, which fighter jet has russia offered"
    _exchange(conv, "how much did india and russia trade in 2024-25", "$68.7 billion", "money")
    assert conv.readings("what about the year before")[0] == "how much did india and russia trade in the year before 2024-25"
    _exchange(conv, "what about the year before", None, "money",
              understood="how much did india and russia trade in the year before 2024-25")
    assert conv.readings("and the following year?")[0] == "how much did india and russia trade in the year after 2024-25"
    # after "how come it's that high?" the year before is of the sum asked, not of the reason
    _exchange(conv, "how come it's that high", "discounted Russian oil", "other",
              understood="how come india and russia's trade in 2024-25 is that high")
    assert conv.readings("and the year before?")[0] == "how much did india and russia trade in the year before 2024-25"


def test_a_letter_doubled_in_the_wrong_place_and_a_wh_word_before_two_words():
    speller = Speller(word_counts(["Putin will call Modi. Miralles worked with an Edinburgh firm, RMJM."]), english_words())
    assert speller.correct("what did putin caal modi")[0] == "what did putin call modi"  # not the English "coal"
    assert speller.correct("wat edinburgh firm did miralles work with")[0] == "what edinburgh firm did miralles work with"


def test_he_who_has_been_an_office_is_the_one_the_articles_title_so_and_an_administration_is_led(tmp_path, fake_models):
    conv = _over_seeds(tmp_path, fake_models)
    _exchange(conv, "and the personal invite?", "Prime Minister Narendra Modi personally invited Putin", "other",
              understood="who gave Putin the personal invite")
    _exchange(conv, "what did putin caal modi publically", "a “dear friend and trustworthy partner,”", "other",
              understood="what did Putin call Modi publicly")
    assert conv.readings("how long has he been prime minister")[0] == "how long has Modi been Prime Minister"
    conv = _over_seeds(tmp_path / "trade", fake_models)
    _exchange(conv, "how much of that trade is indian exports", "$4.88 billion", "money")
    _exchange(conv, "whose administration put tariffs on india over the russian oil", "Trump administration", "entity")
    assert conv.readings("what rate did he slap on indian goods")[0] == "what rate did Trump slap on indian goods"



def test_this_trip_said_by_no_one_is_the_one_under_way_and_that_project_the_topic(tmp_path, fake_models):
    conv = _over_seeds(tmp_path, fake_models)
    _exchange(conv, "ahead of putin's india visit, which air defence system has russia offered", "S-500", "entity",
              understood="ahead of Putin's india visit, which air defence system has russia offered")
    assert (conv.readings("which logistics deal did moscow ratify just before this trip")[0]
            == "which logistics deal did moscow ratify just before Putin's trip")
    assert conv.readings("when was he last in india before this visit")[0] == "when was Putin last in india before this visit"
    conv = _over_files(tmp_path / "tram", fake_models, TRAM)
    _exchange(conv, "when's the eastline tram in harwick supposed to open now", "2028", "date",
              understood="when is the Eastline tram in Harwick supposed to open now")
    _exchange(conv, "and the total cost?", "€1.42 billion", "money", understood="What is the total cost of the Eastline tram in Harwick?")
    assert conv.readings("who's in charge of that project")[0] == "who is in charge of the Eastline tram in Harwick"





def test_that_debate_is_the_battle_the_article_talked_about_says_whatever_another_debates(tmp_path, fake_models):
    conv = _over_files(tmp_path, fake_models, IMMUNE, PARLIAMENT)  # the parliament debates; the immune system article does not
    _exchange(conv, "who represented the cellular theory of immunity", "Elie Metchnikoff", "person")
    conv.turns[-1] = replace(conv.turns[-1], answer=replace(conv.turns[-1].answer, passages=tuple(
        retrieve(conv.index, "cellular theory of immunity Metchnikoff", 3)[0])))
    assert (conv.readings("when was that debate going on")[0]
            == 'when was the battle between "cellular" and "humoral" theories of immunity going on')


def test_a_past_made_regular_of_an_irregular_verb_is_its_past():
    speller = Speller(word_counts(["Lavrov said the partnership is not under threat; some say it is. India paid in rupees "
                                   "and will pay more."]), english_words())
    assert speller.correct("who sayd the partnership isn't under threat")[0] == "who said the partnership isn't under threat"
    assert speller.correct("how much was payd")[0] == "how much was paid"  # not "pay", a verb left without its tense





def test_found_by_the_mid_development_run_a_sum_of_what_the_director_runs_and_it_never_someones_votes(tmp_path, fake_models):
    conv = _over_files(tmp_path, fake_models, TRAM)
    _exchange(conv, "Who is the project director of Harwick's Eastline tram?", "Ingrid Solberg", "person")
    _exchange(conv, "when does she say it'll open now?", "2028", "date",
              understood="when does Ingrid Solberg say Harwick's Eastline tram will open now?")
    assert conv.readings("and the cost?")[0] == "What is the cost of Harwick's Eastline tram?"  # not the director's
    _exchange(conv, "and the cost?", "€1.35 billion", "money", understood="What is the cost of Harwick's Eastline tram?")
    _exchange(conv, "how much more than the original price is that?", "€320 million", "money")
    assert "€320 million" not in conv.readings("how long will it take to get to the airport on it?")[0]  # no sum takes a trip
    conv = _over_files(tmp_path / "vote", fake_models, "longform/corpus/mayor_election.txt")
    _exchange(conv, "Who won Harwick's mayoral election in October 2025?", "Marta Kowalczyk", "person")
    _exchange(conv, "how many votes did she get?", "28,913", "number", understood="how many votes did Marta Kowalczyk get?")
    _exchange(conv, "what share was that", "39.8 percent", "percent", understood="what share was Albright's votes")
    # "Harwick's mayoral election" is the town's, an election with a turnout; "Albright's votes" are many, no "it"
    assert conv.readings("what was the turnout in it?")[0] == "what was the turnout in Harwick's mayoral election?"
    assert (conv.readings("how many people were eligible to vote in it")[0]
            == "how many people were eligible to vote in Harwick's mayoral election")



def test_its_before_a_degree_is_it_is():
    speller = Speller(word_counts(["Trade is high. Its value rose."]), english_words())
    assert speller.correct("how come its that high")[0] == "how come it's that high"
    assert speller.correct("what drove its value up")[0] == "what drove its value up"  # "its" before a noun owns it


# A corpus (None: seeds/), the exchanges before (question, answer, kind, read as), a follow-up and how it is read.
RHINE, PANEL_FILE = "squad/tune/corpus/24_Rhine.txt", "squad/tune/corpus/22_Intergovernmental_Panel_on_Climate_Change.txt"
DEPOSITION = "transcripts/corpus/deposition_voss_kessler_v_ardmore.txt"
WAR, BUDGET = "squad/test/corpus/29_French_and_Indian_War.txt", "wire/corpus/city_budget.txt"
TRIP = "transcripts/corpus/groupchat_porthmere_trip.txt"
BOARD, TENANT = "transcripts2/corpus/bramblewood_board_2026-03-10.txt", "transcripts2/corpus/larkspur_tenant_call.txt"
BRIDGE = "transcripts/corpus/brackenfield_council_2026-03-11.txt"
STORM, AIRLINE = "wire/corpus/storm_imogen.txt", "blind2/corpus/airline_merger.txt"
STRIKE, ISLAMISM = "blind2/corpus/port_strike.txt", "squad/test/corpus/26_Islamism.txt"
ROVERS, CUP = "transcripts2/corpus/rovers_shield_final_presser.txt", "wire/corpus/cup_final.txt"
FLOOD_PANEL, FORCE = "transcripts2/corpus/kvrn_dunmere_flood_panel.txt", "squad/test/corpus/30_Force.txt"
RECALL, FIRE = "blind/corpus/drug_recall.txt", "blind/corpus/wildfire_courier.txt"
COUNCIL, SENTENCING = "blind/corpus/council_budget.txt", "blind/corpus/court_sentencing.txt"
BRIDGE_BID = [("who won the millrace bridge contract in brackenfield", "Corvane Builders", "entity",
               "who won the Millrace Bridge contract in Brackenfield"),
              ("how much was their bid", "$412,000", "money", "how much was Corvane Builders' bid"),
              ("and the highest bid?", None, "money", "how much was the highest bid"),
              ("who's the project manager on it", "Lucia Ferreira", "person", "who is the project manager on Millrace Bridge")]
# first exchanges more than one row starts from
THIERS = ("which french pm sparked the rhine crisis", "Adolphe Thiers", "entity", "which French pm sparked the Rhine crisis")
FENNICK_AWARDED = ("which company was awarded the fennick roof contract", "Carrow & Sons", "entity",
                   "which company was awarded the Fennick roof contract")
FENNICK_PAID = ("how much are they being paid", "$426,000", "money", "how much are Carrow & Sons being paid")
MAYOR_RACE = ("who won the harwick mayor race", "Marta Kowalczyk", "person", None)
NIGHT_SHIFT = ("who took over the night shift", None, "person", "who took over the night shift")
IN_CHARGE = ("who's in charge of harwick's eastline tram project", "Ingrid Solberg", "person",
             "who is in charge of Harwick's Eastline tram project")
JUMONVILLE = ("who commanded the virginia militiamen at the battle of jumonville glen", "George Washington", "person", None)
IPCC = "squad/tune/corpus/22_Intergovernmental_Panel_on_Climate_Change.txt"
BRENTWATER_SIZE = ("How big is the operating budget the Brentwater council passed?", "$412 million", "money", None)
BRENTWATER_VOTE = ("and the vote?", "5-4", "other", "What was the vote on the operating budget the Brentwater council passed?")
BRENTWATER_DECIDING = ("who cast the decideing vote", "Council President Nadia Ferreira", "person", "who cast the deciding vote")
HISTORIES = [
    pytest.param("", [("Which India-Russia Annual Summit is Putin coming to India for?", "23rd", "other", None),
                      ("who is hosting the state banquet?", "President Droupadi Murmu", "person", None)],
                 "what's on the menu there?", "what is on the menu at the state banquet?",
                 id="there_after_a_question_of_a_gathering_is_at_the_gathering"),
    pytest.param("", [("Which India-Russia Annual Summit is Putin's 2025 visit to India for?", "23rd", "other", None),
                      ("and when was the summit set up?", "2000", "date", "When was the India-Russia Annual Summit set up?")],
                 "who personally invited him this time?", "who personally invited Putin for his visit?",
                 id="this_time_in_talk_of_a_visit_is_for_the_visit_under_way"),
    pytest.param("squad/test/corpus/28_Warsaw.txt",
                 [("What river does Warsaw stand on?", "Vistula River", "place", None),
                  ("and how far is it from the Baltic?", "260 kilometres", "other", "How far is Vistula River from the Baltic?")],
                 "when did it become capital of the commonwealth", "when did Warsaw become capital of the Commonwealth",
                 id="what_becomes_a_capital_is_a_town_not_a_river"),
    pytest.param("transcripts/corpus/groupchat_porthmere_trip.txt",
                 [("where are they staying there", None, "place", "where are the group staying in Porthmere")],
                 "and the door code?", "What is the door code of the group?",
                 id="a_thing_does_not_take_the_place_of_people_who_stay"),
    pytest.param("blind/corpus/wildfire_courier.txt",
                 [("where can people register?", "Tolland County Fairgrounds", "place", None)],
                 "and the livestock?", "where can livestock register?",
                 id="animals_take_the_place_of_people_who_do_as_they_do"),
    pytest.param("longform/corpus/court_zipply.txt",
                 [("By what margin did the Supreme Court rule that Zipply couriers are employees?", "4-1", "other", None)],
                 "who was the one against?", "who was the one against the ruling that Zipply couriers are employees?",
                 id="the_one_against_a_court_ruling_is_against_the_ruling"),
    pytest.param("", [("which TV channel is Putin launching?", "RT", "entity", None)],
                 "how many viewers does that same channel you said have?", "how many viewers does RT have?",
                 id="that_same_thing_you_said_is_the_answer"),
    pytest.param("transcripts2/corpus/bramblewood_board_2026-03-10.txt",
                 [("Which firm was awarded the Fennick gymnasium roof contract?", "Carrow & Sons", "entity", None),
                  ("for how much?", "$426,000", "money", "For how much was Carrow & Sons awarded the Fennick gymnasium roof contract?")],
                 "when does work on it start?", "when does work on the Fennick gymnasium roof contract start?",
                 id="work_on_it_is_on_the_contract_not_the_firm_named_with_an_ampersand"),
    pytest.param("transcripts/corpus/brackenfield_council_2026-03-11.txt",
                 [("which company won the millrace bridge contract in brackenfield?", "Corvane Builders", "entity",
                   "which company won the Millrace Bridge contract in Brackenfield?"),
                  ("who's their project manger?", "Lucia Ferreira", "person", "who is Corvane Builders' project manager?")],
                 "by when does she need it signed?", "by when does Lucia Ferreira need the Millrace Bridge contract signed?",
                 id="it_signed_is_the_contract_not_the_firm"),
    pytest.param("transcripts2/corpus/bramblewood_board_2026-03-10.txt",
                 [("Which firm won the Fennick gymnasium roof contract?", "Carrow & Sons", "entity", None),
                  ("for how much?", "$426,000", "money", "For how much did Carrow & Sons win the Fennick gymnasium roof contract?")],
                 "why is that more than their lowest quote?",
                 "why is the Fennick gymnasium roof contract more than Carrow & Sons' lowest quote?",
                 id="their_quote_is_the_firms_a_question_asked_for"),
    pytest.param("transcripts2/corpus/bramblewood_board_2026-03-10.txt",
                 [("Which firm won the Fennick gymnasium roof contract?", "Carrow & Sons", "entity", None)],
                 "on the late bus - which company is the transport contractor?",
                 "on the late bus - which company is the transport contractor?",
                 id="on_a_thing_before_a_question_of_its_own_is_kept"),
    pytest.param("wire/corpus/city_budget.txt",
                 [("How big is the budget Bridgewater City Council approved for 2025-26?", "$412 million", "money", None)],
                 "what was the vote?", "what was the vote on the budget Bridgewater City Council approved for 2025-26?",
                 id="the_vote_asked_with_nothing_after_is_on_the_measure_talked_about"),
    pytest.param("transcripts2/corpus/bramblewood_board_2026-03-10.txt",
                 [("Which company was awarded the Fennick gymnasium roof contract?", "Carrow & Sons", "entity", None),
                  ("for how much?", "$426,000", "money", "For how much was Carrow & Sons awarded the Fennick gymnasium roof contract?")],
                 "who voted against?", "who voted against the Fennick gymnasium roof contract?",
                 id="who_voted_against_with_nothing_after_is_against_the_measure_talked_about"),
    pytest.param("wire/corpus/city_budget.txt",
                 [("How big is the budget the Bridgewater City Council approved for 2025-26?", "$412 million", "money", None),
                  ("what was the vote on it", "7-2", "other", "what was the vote on the budget")],
                 "who were the two against?", "who were the two against the budget the Bridgewater City Council approved for 2025-26?",
                 id="the_two_against_are_against_the_measure_said_most_fully"),
    pytest.param("longform/corpus/court_zipply.txt",
                 [("Who brought the case against Zipply over courier employment?", "Rafael Moreno", "person", None),
                  ("how did the judges vote on the Zipply couriers case?", "4-1", "other", None)],
                 "and who dissented?", "Who dissented in the Zipply couriers case?",
                 id="who_dissented_with_nothing_after_dissented_in_the_case_talked_about"),
    pytest.param("", [("which TV channel is Putin launching?", "RT", "entity", None)],
                 "you said RT - which edition of it exactly?", "Which edition of RT exactly is Putin launching?",
                 id="a_wh_phrase_of_the_answer_without_a_verb_takes_the_place_of_the_one_before"),
    pytest.param("transcripts2/corpus/quillstone_office_move_emails.txt",
                 [("which removal firm did owen recommend?", "Tandem", "entity", "which removal firm did Owen recommend?")],
                 "when is he doing the final walkthrough at gantry house?",
                 "when is Owen doing the final walkthrough at Gantry House?",
                 id="he_is_the_man_a_question_named"),
    pytest.param("squad/tune/corpus/24_Rhine.txt",
                 [("Where does the Rhine begin?", "Swiss canton of Graubünden", "place", None)],
                 "switching to tributaries - which one more than doubles its discharge?",
                 "Which of the tributaries more than doubles its discharge?",
                 id="switching_to_a_topic_names_what_one_is_one_of"),
    pytest.param("transcripts2/corpus/quillstone_office_move_emails.txt",
                 [("which removal firm did Owen recommend?", "Tandem", "entity", None)],
                 "on the IT side - how many wifi access points is Brightwire fitting?",
                 "how many wifi access points is Brightwire fitting?",
                 id="on_the_x_side_is_an_aspect_named_not_a_thing_and_IT_no_pronoun"),
    pytest.param("squad/tune/corpus/25_Scottish_Parliament.txt",
                 [("When did the first meeting of the new Scottish Parliament take place?", "12 May 1999", "date", None),
                  ("what about the building at Holyrood, who designed it?", "Enric Miralles", "person",
                   "Who designed the building at Holyrood?"),
                  ("what nationality was he?", "Spanish", "other", "what nationality was Enric Miralles?")],
                 "and who opened it?", "Who opened the building at Holyrood?",
                 id="it_after_a_question_of_him_is_the_topic_put_first_before_it"),
    pytest.param("",
                 [("Where did Sergey Lavrov confirm his plans to visit India?", "United Nations General Assembly", "place", None),
                  ("what did he say about the economic partnership with India?", "not under threat", "other",
                   "what did Sergey Lavrov say about the economic partnership with India?")],
                 "and on the UN Security Council?", "what did Sergey Lavrov say on the UN Security Council?",
                 id="on_a_topic_said_takes_the_place_of_about_the_topic_before"),
    pytest.param("longform/corpus/court_zipply.txt",
                 [("Who wrote the majority opinion in the Zipply couriers case?", "Justice Amelia Hartmann", "person", None),
                  ("who disented", "Justice Paul Lindgren", "person", "who dissented")],
                 "the judge you just named, who did he think should regulate platform work?",
                 "Who did Justice Paul Lindgren think should regulate platform work?",
                 id="the_one_you_just_named_put_first_is_the_answer"),
    pytest.param("transcripts/corpus/brackenfield_council_2026-03-11.txt",
                 [("Which company won the Millrace Bridge contract in Brackenfield?", "Corvane Builders", "entity", None),
                  ("for how much?", "$412,000", "money",
                   "For how much did Corvane Builders win the Millrace Bridge contract in Brackenfield?")],
                 "when does that firm start work now?", "when does Corvane Builders start work now?",
                 id="that_firm_is_the_company_a_question_asked_for_by_another_word"),
    pytest.param("squad/test/corpus/26_Islamism.txt",
                 [("Who founded the Jamaat-e-Islami party?", "Sayyid Abul Ala Maududi", "person", None)],
                 "which military ruler made that party his regime's ideological arm?",
                 "which military ruler made the Jamaat-e-Islami party his regime's ideological arm?",
                 id="his_after_a_two_word_wh_subject_is_that_subjects"),
    pytest.param("longform/corpus/corvane_q2.txt",
                 [("What was Corvane's revenue in the second quarter?", "$4.87 billion", "money", None)],
                 "and what had analysts expected?", "What had analysts expected Corvane's revenue in the second quarter to be?",
                 id="what_someone_expected_with_nothing_after_is_the_value_just_asked"),
    pytest.param("longform/corpus/corvane_q2.txt",
                 [("What was Corvane's revenue in the second quarter?", "$4.87 billion", "money", None)],
                 "how many employees does it have in total?", "how many employees does Corvane have in total?",
                 id="it_that_has_employees_is_the_firm_not_its_revenue"),
    pytest.param("longform/corpus/corvane_q2.txt",
                 [("What was Corvane's revenue in the second quarter?", "$4.87 billion", "money", None),
                  ("and what had analysts expected?", "$4.62 billion", "money",
                   "What had analysts expected Corvane's revenue in the second quarter to be?")],
                 "who's their chief financial officer", "who is Corvane's Chief Financial Officer",
                 id="their_officer_is_the_firms_not_its_revenues"),
    pytest.param(None, [("Which fighter jet is Russia pushing India to buy ahead of Putin's visit?", "Su-57", "entity", None)],
                 "which international court is india not a member of, that matters for his visit?",
                 "which international court is india not a member of, that matters for Putin's visit?",
                 id="his_after_which_noun_is_with_another_subject_is_someone_elses"),
    pytest.param("blind/corpus/council_budget.txt", [BRENTWATER_SIZE],
                 "and the vote?", "What was the vote on the operating budget the Brentwater council passed?",
                 id="the_vote_after_the_size_of_a_measure_is_the_vote_on_it"),
    pytest.param("blind/corpus/council_budget.txt", [BRENTWATER_SIZE, BRENTWATER_VOTE, BRENTWATER_DECIDING],
                 "why did she say she backed it?", "why did Nadia Ferreira say she backed the operating budget?",
                 id="what_one_backs_is_the_measure_not_the_vote_on_it"),
    pytest.param("blind/corpus/council_budget.txt",
                 [BRENTWATER_SIZE, BRENTWATER_VOTE, BRENTWATER_DECIDING,
                  ("why did she say she backed it?", "it restored Sunday hours at four branch libraries", "other",
                   "why did Nadia Ferreira say she backed the operating budget?")],
                 "how much do the police get in it", "how much do the police get in the operating budget",
                 id="it_again_is_what_it_was_in_the_last_question_not_a_thing_before_it"),
    pytest.param("squad/test/corpus/28_Warsaw.txt",
                 [("What river does Warsaw stand on?", "Vistula River", "entity", None)],
                 "which king moved his court there", "which king moved his court to Warsaw",
                 id="there_is_a_name_the_articles_say_things_are_in_and_a_move_goes_to_it"),
    pytest.param("transcripts/corpus/groupchat_porthmere_trip.txt",
                 [("What dates did the group settle on for the Porthmere trip?", "aug 21-24", "date", None),
                  ("where are they staying for it?", None, "place", "where are the group staying for the Porthmere trip?")],
                 "how much is it a night?", "how much is the place where the group are staying for the Porthmere trip a night?",
                 id="it_after_an_unanswered_where_is_the_place_asked_for_whatever_it_is_for"),
    pytest.param("transcripts/corpus/groupchat_porthmere_trip.txt",
                 [("What dates did the group settle on for the Porthmere trip?", "aug 21-24", "date", None)],
                 "where are they staying for it?", "where are the group staying for the Porthmere trip?",
                 id="it_is_the_trip_a_name_says_which_of_not_the_name"),
    pytest.param("wire/corpus/nova3_launch.txt",
                 [("How much does the Lumora Nova 3 cost?", "$1,299", "money", None)],
                 "who's the COO that talked about the monterey plant?", "who is the COO that talked about the monterey plant?",
                 id="that_after_a_noun_and_before_its_verb_opens_a_clause"),
    pytest.param("wire/corpus/nova3_launch.txt",
                 [("How much does the Lumora Nova 3 cost?", "$1,299", "money", None),
                  ("and the lite?", "$799", "money", "How much does the lite cost?")],
                 "why did they push the launch back?", "why did Lumora Technologies push the launch back?",
                 id="they_who_act_after_a_model_is_its_maker"),
    pytest.param("longform/corpus/tamsin_otters.txt",
                 [("how many otters live on the tamsin now", "between 35 and 50", "number", None)],
                 "underpasses cost?", "How much do the underpasses cost?",
                 id="things_then_cost_ask_how_much_they_cost"),
    pytest.param(None, [("Which advanced Russian air defence system is India interested in?", "S-500", "entity", None),
                        ("and fighter jets?", "Su-57", "entity", "Which fighter jets is India interested in?"),
                        ("what generation is that", "fifth-generation", "other", "what generation is Su-57")],
                 "what missile do they develop together", "what missile do India and Russia develop together",
                 id="they_who_do_it_together_are_two_countries_named_turns_before_not_the_jet"),
    pytest.param(PARLIAMENT, [("Who designed the Scottish Parliament Building?", "Enric Miralles", "person", None),
                              ("which edinburgh firm did he work with", "RMJM", "entity",
                               "which Edinburgh firm did Enric Miralles work with")],
                 "how much did it cost to build", "how much did the Scottish Parliament Building cost to build",
                 id="it_that_is_built_is_no_firm_answered_but_the_building_before"),
    pytest.param("transcripts/corpus/brackenfield_council_2026-03-11.txt",
                 [("Which company won the Millrace Bridge contract in Brackenfield?", "Corvane Builders", "entity", None),
                  ("for how much", "$412,000", "money",
                   "For how much did Corvane Builders win the Millrace Bridge contract in Brackenfield?"),
                  ("who were the othr two bidders", "Corvane Builders at $412,000", "other", "who were the other two bidders"),
                  ("when does work on it start", "September 14", "date", "when does work on the Millrace Bridge contract start"),
                  ("why was it pushed back to then", None, "other",
                   "why was the Millrace Bridge contract pushed back to September 14")],
                 "who's their project manager", "who is Corvane Builders' project manager",
                 id="their_manager_is_a_firms_named_without_the_sum_answered_with_it"),
    pytest.param("longform/corpus/hospital_cardiac.txt",
                 [("Who won Harwick's mayoral election?", "Marta Kowalczyk", "person", None),
                  ("which hosptial did she work at before politics?", "St. Brigid's Hospital", "entity",
                   "which hospital did Marta Kowalczyk work at before politics?"),
                  ("what did that hospital open recently?", "cardiac centre", "entity",
                   "what did St. Brigid's Hospital open recently?")],
                 # (this article never writes "at St. Brigid's Hospital", which the election article does)
                 "how many heart surgeons are on staff there?", "how many heart surgeons are on staff in St. Brigid's Hospital?",
                 id="there_is_a_building_answered_before_a_town_named_further_back"),
    pytest.param("transcripts/corpus/harbor_voices_ep42_seedwell.txt",
                 [("and since 2023?", "Wharf Street", "place", "Where has Seedwell Commons been since 2023?"),
                  ("what's the rent on that", "Since 2023 we've been in the old ferry terminal building", "other",
                   "what is the rent on Wharf Street")],
                 "who's the volunteer coordinator there", "who is the volunteer coordinator in Wharf Street",
                 id="there_is_no_sentence_answered_that_ends_on_a_building"),
    pytest.param("blind2/corpus/airline_merger.txt",
                 [("What is the Nordvik Air and Skerry Airways merger worth?", "$640 million", "money", None),
                  ("which regulator has to approve it", "National Competition Authority", "entity",
                   "which regulator has to approve the Nordvik Air and Skerry Airways merger"),
                  ("when is that body expected to decide", "mid-2027", "date",
                   "when is National Competition Authority expected to decide")],
                 "and the shareholder votes?", "When are the shareholder votes?",
                 id="an_event_after_when_a_body_acts_is_asked_when_and_is_not_the_bodys"),
    pytest.param("transcripts/corpus/groupchat_porthmere_trip.txt",
                 [("What dates did the group settle on for the Porthmere trip?", "aug 21-24", "date", None),
                  ("who's doing the money spredsheet", None, "person", "who is doing the money spreadsheet")],
                 "what's he bringing", "what is the person doing the money spreadsheet bringing",
                 id="he_after_an_unanswered_who_with_no_one_named_is_the_one_asked_for"),
    pytest.param("blind/corpus/wildfire_courier.txt",
                 [("How many people had to leave their homes because of the Cedar Gap Fire?", "1,500", "number", None),
                  ("who worked out that number?", None, "person", "who worked out the number of 1,500?"),
                  ("what's thought to have started it?", "dry brush", "other", "what is thought to have started the Cedar Gap Fire?")],
                 "which office does he head?", "which office does the person who worked out the number of 1,500 head?",
                 id="he_after_an_unanswered_who_two_turns_back_is_the_one_asked_for"),
    pytest.param(TRAM, [("when's harwick's eastline tram going to open", "2028", "date", None),
                        ("who's in charge of it", "city officials", "other", "who is in charge of Harwick's Eastline tram")],
                 "how big a contingency did she say the new numbers include",
                 "how big a contingency did the person in charge of Harwick's Eastline tram say the new numbers include",
                 id="she_after_who_answered_with_no_one_is_the_one_asked_for"),
    pytest.param(None, [("how much was indian exports to russia worth in 2024-25?", "$4.88 billion", "money", None)],
                 "what about total trade in 2023-24?", "how much was total trade in 2023-24 worth?",
                 id="a_fragment_with_its_own_time_takes_the_place_of_the_time_asked"),
    pytest.param(None, [("How much did bilateral trade between India and Russia reach in 2024-25?", "$68.7 billion", "money", None),
                        ("what's mainly driving it", "Russian oil", "other",
                         "what is mainly driving bilateral trade between India and Russia")],
                 "and indian exports to russia?", "How much did indian exports to russia reach in 2024-25?",
                 id="a_sum_after_what_drives_a_sum_is_asked_as_the_sum_before_was"),
    pytest.param(None, [("how much trade is there between india and russia", "$68.7 billion", "money", None)],
                 "what about indian exports to russia", "how much indian exports to russia is there",
                 id="a_fragment_with_its_own_direction_takes_the_place_of_trade_there_is_between_two"),
    pytest.param(DEPOSITION, [("what was stored in bay 4", "Apples for Kessler Orchards", "entity", "what was stored in Bay 4")],
                 "how many bins of them", "How many bins of Apples for Kessler Orchards were stored in Bay 4?",
                 id="how_many_of_them_after_what_was_done_counts_what_was_answered"),
    pytest.param(DEPOSITION, [("what was stored in bay 4", "Apples for Kessler Orchards", "entity", "what was stored in Bay 4"),
                              ("how many bins of them", "1,200", "number",
                               "How many bins of Apples for Kessler Orchards were stored in Bay 4?")],
                 "what about bay 2?", "How many bins of Apples for Kessler Orchards were stored in Bay 2?",
                 id="a_numbered_place_typed_in_lower_case_takes_the_place_of_one_named"),
    pytest.param("blind/corpus/drug_recall.txt",
                 [("Which blood pressure medicine is Halvorsen Pharmaceuticals pulling from pharmacies?", "Velotrin", "entity", None)],
                 "how many bottles?", "How many bottles of Velotrin is Halvorsen Pharmaceuticals pulling from pharmacies?",
                 id="how_many_of_a_new_noun_after_which_counts_it_of_the_one_answered"),
    pytest.param("transcripts/corpus/harbor_voices_ep42_seedwell.txt",
                 [("Who bred the Kestrel Red tomato?", "Agnes Thorvald", "person", None)],
                 "how many days does it take to ripen?", "how many days does the Kestrel Red tomato take to ripen?",
                 id="it_takes_long_to_do_with_nothing_after_the_verb_is_the_thing_that_does_it"),
    pytest.param(None, [("what logistics pact did russia ratify just before putin's trip", "RELOS", "entity", None),
                        ("when did he last come to india before this", "2021", "date",
                         "when did Putin last come to india before this visit")],
                 "what will be signed during this trip?", "what will be signed during Putin's trip?",
                 id="this_trip_is_the_one_a_question_called_someones_trip_whatever_it_asked_of_it"),
    pytest.param(None, [("Which Russian foreign minister is expected to visit India ahead of the summit?", "Sergey Lavrov",
                         "person", None)],
                 "where did he confirm those plans?",
                 "where did Sergey Lavrov confirm the plans to visit India?",
                 id="those_plans_are_what_someone_was_said_to_be_expected_to_do"),
    pytest.param(None, [("Which fighter jet is Russia pushing to sell India around Putin's visit?", "Su-57", "entity", None)],
                 "what logistics deal did they ratify?", "what logistics deal did Russia ratify?",
                 id="they_who_ratify_are_who_acted_in_the_last_question_no_jet"),
    pytest.param("wire/corpus/cup_final.txt",
                 [("who scored twice for northfield united?", "Marco Vidal", "person", None),
                  ("how many goals did he end the tournament with?", "11", "number",
                   "how many goals did Marco Vidal end the tournament with?")],
                 "and his transfer fee?", "What was Marco Vidal's transfer fee?",
                 id="a_value_of_someones_that_fits_no_slot_of_the_last_question_is_asked_whole"),
    pytest.param(IPCC, [("when did pachauri resign?", "February 2015", "date", "when did Pachauri resign?")],
                 "and Watson's birthplace?", "What was Watson's birthplace?",
                 id="a_value_of_a_named_ones_that_fits_no_slot_is_asked_whole"),
    pytest.param(IPCC, [("Through which fund does the IPCC receive its funding?", "IPCC Trust Fund", "entity", None)],
                 "set up when?", "When was the IPCC Trust Fund set up?",
                 id="a_participle_and_when_after_which_asks_of_the_one_answered"),
    pytest.param("wire/corpus/rate_cut.txt",
                 [("What did the Reserve Bank of Norland cut its benchmark interest rate to?", "3.75 percent", "percent", None),
                  ("and the vote?", "6-3", "other", "What was the vote of the Reserve Bank of Norland?")],
                 "what had inflation there fallen to in may?", "what had inflation in Norland fallen to in may?",
                 id="there_before_a_participle_is_a_place_and_a_countrys_inflation_is_in_the_country"),
    pytest.param("squad/tune/corpus/21_Immune_system.txt",
                 [("What is the earliest known reference to immunity?", "the plague of Athens in 430 BC", "entity", None),
                  ("when did robert kochs get his nobel prise?", "1905", "date", "when did robert Koch's get his Nobel Prize?"),
                  ("so who discovered the yellow fever virus, four years before that?", "Walter Reed", "person",
                   "Who discovered the yellow fever virus, four years before 1905?")],
                 "which university did he teach at?", "which university did Walter Reed teach at?",
                 id="he_is_the_man_just_answered_by_his_given_name_not_one_the_user_called_he_before"),
    pytest.param("wire/corpus/rate_cut.txt",
                 [("who is the governor of the reserve bank of norland?", "Helena Stroud", "person", None)],
                 "what did the person you just named say about bond sales?", "what did Helena Stroud say about bond sales?",
                 id="the_one_you_just_named_is_the_answer_whatever_the_noun"),
    pytest.param(IPCC, [("Who has chaired the IPCC since October 8, 2015?", "Hoesung Lee", "person", None),
                        ("what nationality is he?", "Korean", "other", "what nationality is Hoesung Lee?")],
                 "when was it first set up?", "when was the IPCC first set up?",
                 id="a_word_of_when_ends_what_the_question_was_about"),
    pytest.param(WAR, [JUMONVILLE],
                 "how old was he then?", "how old was George Washington at the battle of Jumonville Glen?",
                 id="then_after_a_question_ending_on_an_event_is_at_that_event"),
    pytest.param(WAR, [JUMONVILLE, ("how old was he then?", "22", "number",
                                    "how old was George Washington at the battle of Jumonville Glen?")],
                 "when was it fought?", "when was the battle of Jumonville Glen fought?",
                 id="it_after_a_person_at_an_event_is_the_event_though_his_name_holds_a_place"),
    pytest.param("squad/test/corpus/27_Imperialism.txt",
                 [("who called imperialism the highest stage of capitalism", "Vladimir Lenin", "person", None)],
                 "when did the term come into english?", "when did the term imperialism come into English?",
                 id="the_term_is_the_word_said_before_that_the_articles_call_a_term"),
    pytest.param("blind2/corpus/museum_theft.txt",
                 [("what was stolen from the brannock museum?", "Medieval reliquary", "entity", None),
                  ("how big is the reward for info on it?", "50,000 pounds", "money",
                   "how big is the reward for info on the medieval reliquary?"),
                  ("what did he do for a living?", "industrialist", "other", "what did Ambrose Marden do for a living?")],
                 "has anyone been arrested for it?", "has anyone been arrested for the medieval reliquary?",
                 id="it_after_a_question_of_a_person_is_what_it_was_in_the_question_before"),
    pytest.param(AIRLINE, [("who is going to run nordvik skerry?", "Rosalind Achterberg", "person",
                            "who is going to run Nordvik Skerry?")],
                 "and the chairman?", "Who is the chairman of Nordvik Skerry?",
                 id="an_office_after_who_runs_a_body_is_that_office_of_the_body"),
    pytest.param(AIRLINE, [("what will the merged nordvik and skerry airline be called?", "Nordvik Skerry", "entity", None),
                           ("where will it be headquartered?", "Tollan", "place",
                            "where will the merged Nordvik and Skerry airline be headquartered?")],
                 "which of the two is already based there?", "which of the two airlines is already based in Tollan?",
                 id="the_two_are_the_two_named_with_one_noun_after_them"),
    pytest.param(TRIP, [("which ferry sailing did the porthmere group end up booking?", "11:40", "time", None),
                        ("what are the dates for it?", "aug 21-24", "date", "what are the dates for the ferry sailing?")],
                 "which restaurant are they reserving?", "which restaurant are the porthmere group reserving?",
                 id="they_who_reserve_are_people_the_subject_before_end_up_not_the_dates"),
    pytest.param(TRIP, [("which ferry sailing did the porthmere group end up booking?", "11:40", "time", None),
                        ("which restaurant are they reserving?", None, "entity",
                         "which restaurant are the porthmere group reserving?")],
                 "how far is that from the cottage?", "how far is the restaurant from the cottage?",
                 id="that_is_never_people_named_by_a_common_noun"),
    pytest.param(MAYOR, [("who won the mayoral election in harwick?", "Marta Kowalczyk", "person", None),
                         ("what did she do before politics?", None, "other", "what did Marta Kowalczyk do before politics?")],
                 "how many years was that?", "how many years was what Marta Kowalczyk did before politics?",
                 id="that_after_what_someone_did_left_unanswered_is_what_they_did"),
    pytest.param("transcripts/corpus/harbor_voices_ep42_seedwell.txt",
                 [("who founded seedwell commons?", "Mattias Brandvold", "person", None),
                  ("where's it based now?", "the old ferry terminal building on Wharf Street", "place",
                   "where is Seedwell Commons based now?")],
                 "how much do they pay for that?",
                 "how much do Seedwell Commons pay for the old ferry terminal building on Wharf Street?",
                 id="that_after_a_building_answered_to_where_is_the_building"),
    pytest.param(None, [("which russian minister said the economic partnership is not under threat?", None, "person", None)],
                 "where did he confirm his visit plans?",
                 "where did the russian minister who said the economic partnership is not under threat confirm his visit plans?",
                 id="he_after_which_official_did_something_left_unanswered_is_that_official"),
    pytest.param("transcripts2/corpus/quillstone_office_move_emails.txt",
                 [("Who is handling the IT side of the office move?", None, "person", None)],
                 "what did she suggest?", "what did the person handling the IT side of the office move suggest?",
                 id="she_after_who_is_doing_something_left_unanswered_is_the_one_doing_it"),
    pytest.param("transcripts2/corpus/quillstone_office_move_emails.txt",
                 [("when can they finish the cabling", "20 November", "date", "when can Quillstone finish the cabling")],
                 "and the move itself?", "When is the move itself?",
                 id="the_thing_itself_is_of_no_one_named_before"),
    pytest.param(None, [("how much did india and russia trade in 2024-25?", "$68.7 billion", "money", None),
                        ("what drove it?", "imports of discounted Russian oil", "other",
                         "what drove the trade between india and russia in 2024-25?")],
                 "and the indian exports to russia?", "what drove the indian exports to russia in 2024-25?",
                 id="a_fragment_with_its_own_direction_takes_the_place_of_the_trade_between_two_whole"),
    pytest.param(FIRE, [("How many people have been evacuated because of the Cedar Gap Fire?", "1,500", "number", None)],
                 "how did officials work out that number?",
                 "how did officials work out the number of people evacuated because of the Cedar Gap Fire?",
                 id="that_number_after_a_count_is_the_number_of_what_was_counted"),
    pytest.param(STORM, [("How many people did Storm Imogen kill?", "14", "number", None)],
                 "who gave that figure?", "who gave the number of people Storm Imogen killed?",
                 id="that_figure_after_a_count_done_is_the_number_of_what_was_counted"),
    pytest.param(TRIP, [("where is the porthmere group staying", None, "place", None),
                        ("whos picking up the rental car", "tess", "person", "who is picking up the rental car")],
                 "what time does she collect it", "what time does Tess collect the rental car",
                 id="it_is_never_people_named_by_a_common_noun"),
    pytest.param(CUP, [("Who won the Continental Cup?", "Northfield United", "entity", None),
                       ("who scored twice for them?", "Marco Vidal", "person", "who scored twice for Northfield United?")],
                 "what minutes were those goals in?", "what minutes were the goals Marco Vidal scored in?",
                 id="those_things_after_who_did_something_are_the_things_the_one_answered_did"),
    # … but "that win" is no thing he scored, and "of those" before a verb is a pronoun, no determiner
    pytest.param(CUP, [("Who won the Continental Cup?", "Northfield United", "entity", None),
                       ("who scored twice for them?", "Marco Vidal", "person", "who scored twice for Northfield United?")],
                 "how much prize money is that win worth?", "how much prize money is that win worth?",
                 id="that_one_thing_after_who_did_something_is_not_what_the_one_answered_did"),
    pytest.param(PANEL_FILE, [("who set up the ipcc?", "Ismail El Gizouli", "person", "who set up the IPCC?")],
                 "which of those pays for the deputy secretary?", "which of those pays for the deputy secretary?",
                 id="of_those_before_a_verb_is_a_pronoun_not_what_the_one_answered_did"),
    pytest.param("squad/tune/corpus/25_Scottish_Parliament.txt",
                 [("who designed the new building", "Queen Elizabeth II", "person", None)],
                 "where was he from", "where was he from",
                 id="he_is_never_a_queen_her_regnal_number_aside_with_no_man_named_it_stays"),
    pytest.param("squad/tune/corpus/25_Scottish_Parliament.txt",
                 [("who opened the new building", "Queen Elizabeth II", "person", None)],
                 "when did she open it", "when did Elizabeth II open the new building",
                 id="she_is_the_queen_answered"),
    pytest.param("longform/corpus/hospital_cardiac.txt",
                 [("how much did st. brigid's new heart centre cost?", "€64 million", "money",
                   "how much did St. Brigid's new heart centre cost?"),
                  ("who's the heart centre named after?", "Edwin Rowan", "person", None),
                  ("how did he die?", "a heart attack", "manner", "how did Edwin Rowan die?")],
                 "how many patients with those did the hospital treat last year?",
                 "how many patients with heart attacks did the hospital treat last year?",
                 id="those_after_one_of_a_kind_answered_are_many_of_that_kind"),
    pytest.param("longform/corpus/hospital_cardiac.txt",
                 [("how much did st. brigid's new heart centre cost?", "€64 million", "money", None),
                  ("how many heart attack patients did the hospital treat last year?", "2,140", "number",
                   "how many heart attack patients did St. Brigid's Hospital treat last year?")],
                 "who was the architect of the building?", "who was the architect of st. brigid's new heart centre?",
                 id="the_building_is_the_one_the_thread_opened_on_by_its_kind"),
    pytest.param("longform/corpus/hospital_cardiac.txt",
                 [("Who won the race for mayor of Harwick?", "Marta Kowalczyk", "person", None),
                  ("where did she work before politics?", "St. Brigid's Hospital", "place",
                   "where did Marta Kowalczyk work before politics?"),
                  ("what did that place just open?", "cardiac centre", "entity", "what did St. Brigid's Hospital just open?")],
                 "how much did the building cost?", "how much did the cardiac centre cost?",
                 id="the_building_is_the_one_a_question_asked_for_before_the_place_that_made_it"),
    pytest.param(RHINE, [THIERS],
                 "and the year?", "In what year did Adolphe Thiers spark the Rhine crisis?",
                 id="the_year_as_a_fragment_asks_when_what_was_asked_was_done"),
    pytest.param(None, [("where did he confirm it", "New York", "place", "where did Sergey Lavrov confirm his visit")],
                 "and the year?", "In what year did Sergey Lavrov confirm his visit?",
                 id="the_year_after_where_asks_when_the_same_was_done"),
    pytest.param(RHINE, [THIERS,
                         ("what was the french client state named after the river called", "Confederation of the Rhine",
                          "entity", None),
                         ("when did that end", "1814", "date", "when did Confederation of the Rhine end")],
                 "how long was he pm for", "how long was Adolphe Thiers pm for",
                 id="he_is_the_pm_answered_not_a_confederation_a_question_said_ended"),
    pytest.param(TRAM, [(*IN_CHARGE[:1], "city officials", "other", *IN_CHARGE[3:])],
                 "when's it meant to open now", "when is Harwick's Eastline tram project meant to open now",
                 id="it_after_who_is_in_charge_of_a_project_is_the_project"),
    pytest.param(MAYOR, [("who won the harwick mayoral election", "Marta Kowalczyk", "person", "who won the Harwick mayoral election"),
                         ("how many votes did she get", "28,913", "number", "how many votes did Marta Kowalczyk get"),
                         ("what share's that", "47.2 percent", "percent", "what share is the 28,913 votes")],
                 "and turnout?", "What is the turnout of the Harwick mayoral election?",
                 id="a_measure_after_a_count_answered_is_of_the_topic_not_in_the_counts_place"),
    pytest.param(DEPOSITION, [("who's being deposed in kessler orchards v. ardmore", "HARRIET VOSS", "person",
                               "who is being deposed in Kessler Orchards v. Ardmore")],
                 "what's her job there", "what is Harriet Voss's job",
                 id="there_is_never_the_person_answered_nor_a_party_to_a_lawsuit"),
    pytest.param(TRAM, [IN_CHARGE],
                 "how long was she there", "how long was Ingrid Solberg there",
                 id="there_with_no_place_named_stays_after_a_verb_only_what_someone_has_there_goes"),
    pytest.param(DEPOSITION, [("what's her job there", "shift supervisor", "other", "what is Harriet Voss's job")],
                 "and before that?", "what was Harriet Voss's job before she became shift supervisor?",
                 id="before_that_after_a_job_answered_is_before_that_job"),
    pytest.param(None, [("what fighter jet is russia trying to sell india", "Su-57", "entity", None)],
                 "and the air defence system they've offered?", "Which air defence system have Russia offered?",
                 id="they_who_offer_are_the_country_that_was_selling_not_the_jet_answered"),
    pytest.param(None, [("when did putin last visit india", "2021", "date", "when did Putin last visit India"),
                        ("what was going on back then", "He last visited India", "other", "what was going on 2021")],
                 "who's hosting the banquet for it this time", "who is hosting the banquet for Putin's visit this time",
                 id="it_this_time_after_a_last_visit_is_the_visit_now"),
    pytest.param(PANEL_FILE, [("who chairs the ipcc", "Ismail El Gizouli", "person", "who chairs the IPCC"),
                              ("when was it founded", None, "date", "when was the IPCC founded")],
                 "who was chair back then", "who was chair when the IPCC was founded",
                 id="back_then_after_a_when_left_unanswered_is_when_it_was_done"),
    pytest.param("transcripts/corpus/lumenbyte_support_chat_CS-55902.txt",
                 [("when's his replacement arriving", "Thursday, November 19", "date", "when is Graham's replacement arriving")],
                 "by what time on that day?", "By what time is Graham's replacement arriving on Thursday, November 19?",
                 id="an_hour_asked_on_the_day_answered_is_asked_of_the_same_doing"),
    pytest.param(BRIDGE, BRIDGE_BID, "when did she say they could start",
                 "when did Lucia Ferreira say Corvane Builders could start",
                 id="they_who_could_start_is_the_firm_named_further_back_not_the_bridge"),
    pytest.param(BRIDGE, BRIDGE_BID, "by what date do they have to sign to lock in the price",
                 "by what date do Corvane Builders have to sign to lock in the price",
                 id="they_who_have_to_sign_is_the_firm_not_the_bridge"),
    pytest.param("squad/tune/corpus/21_Immune_system.txt",
                 [("who experimented with scorpion venom", "Pierre-Louis Moreau de Maupertuis", "person", None),
                  ("what did he notice", "certain dogs and mice were immune to this venom", "other",
                   "what did Pierre-Louis Moreau de Maupertuis notice")],
                 "who later built on this",
                 "who later built on Pierre-Louis Moreau de Maupertuis's observation that certain dogs and mice were immune "
                 "to this venom",
                 id="this_after_what_someone_noticed_is_the_observation_not_the_clause_pasted_in"),
    pytest.param("squad/test/corpus/30_Force.txt",
                 [("what year did henry cavendish invent a torsion balance", "1798", "date",
                   "what year did Henry Cavendish invent a torsion balance")],
                 "and maxwell's unification of electricity and magnetism?",
                 "When was Maxwell's unification of electricity and magnetism?",
                 id="a_doing_named_as_a_fragment_after_a_time_asked_asks_its_time"),
    pytest.param(PARLIAMENT, [("who holds the post of presiding officer at the moment", "A vote clerk", "person",
                               "who holds the post of Presiding Officer at the moment")],
                 "who are her deputies", "who are the Presiding Officer's deputies",
                 id="her_after_a_post_answered_with_no_name_is_its_holder"),
    pytest.param("transcripts/corpus/groupchat_porthmere_trip.txt", [("where is the porthmere group staying", None, "place", None)],
                 "how much is it a night", "how much is the place where the porthmere group is staying a night",
                 id="it_after_where_someone_is_staying_left_unanswered_is_that_place"),
    pytest.param(MAYOR, [("what was turnout in the harwick mayoral election", "61 percent", "percent",
                          "what was turnout in the Harwick mayoral election")],
                 "what did officials put that down to", "what did officials put turnout in the Harwick mayoral election down to",
                 id="that_after_turnout_answered_is_the_turnout_not_the_election"),
    pytest.param(DEPOSITION, [NIGHT_SHIFT],
                 "when did he start", "when did the person who took over the night shift start",
                 id="he_after_who_took_over_left_unanswered_is_the_one_who_did"),
    pytest.param(DEPOSITION, [NIGHT_SHIFT],
                 "what was his job", "what was his job",  # not "the person who took over the night shift's job"
                 id="his_after_who_left_unanswered_is_left_whose_it_is_said_after"),
    pytest.param(DEPOSITION, [("who did voss ring first", None, "person", "who did Voss ring first")],
                 "how come him before the contractor", "how come him before the contractor",
                 id="him_after_whom_someone_rang_left_unanswered_is_no_one_who_did"),
    pytest.param(None, [("who is visiting india before putin to prepare the summit", "Russian Foreign Minister Sergey Lavrov",
                         "person", None)],
                 "where did he confirm it", "where did Sergey Lavrov confirm his visit",
                 id="it_he_confirmed_after_who_is_visiting_is_his_visit"),
    pytest.param(None, [("who said it's 'not under threat'", None, "person", "who said the bilateral trade is 'not under threat'")],
                 "when's he coming to india",
                 "when is the person who said the bilateral trade is 'not under threat' coming to india",
                 id="he_after_who_did_something_left_unanswered_is_the_one_who_did_it"),
    pytest.param(PARLIAMENT, [
        ("how many msps sit in the scottish parliament", "129", "number", "how many msps sit in the Scottish Parliament"),
        ("how many of those are constituency msps", "73", "number",
         "how many of the msps of the Scottish Parliament are constituency msps"),
        ("and seats in the debating chamber?", "131", "number", "How many seats are there in the debating chamber?")],
        "who's the presiding officer there", "who is the Presiding Officer at the Scottish Parliament",
        id="there_is_at_the_body_named_three_turns_back"),
    pytest.param(MAYOR, [MAYOR_RACE,
                         ("and albright?", "fewer than 4,600 votes", "number", "how many votes did Albright get")],
                 "what share of the vote is that", "what share of the vote is Albright's votes",
                 id="a_share_of_a_count_answered_is_the_count"),
    pytest.param(MAYOR, [MAYOR_RACE,
                         ("what share of the vote is that", "39.8 percent", "percent", "what share of the vote is Albright's votes")],
                 "what was turnout in it", "what was turnout in the harwick mayor race",
                 id="turnout_in_it_is_in_the_race_named_not_a_bare_vote_said_since"),
    pytest.param(SEEDWELL, [("where did he start it", "garage", "place", "where did Mattias Brandvold start Seedwell Commons")],
                 "and since 2023?", "Where has Seedwell Commons been since 2023?",
                 id="since_after_where_something_was_started_asks_where_it_has_been"),
    pytest.param(MAYOR, [("when does the new mayer get sworne in", "November 3", "date", "when does the new mayer get sworn in")],
                 "where's that ceremony happening", "where is the swearing-in ceremony happening",
                 id="that_ceremony_is_the_one_of_what_was_done"),
    pytest.param(None, [("how come that trade is so big", "largely driven by India's imports of discounted Russian oil", "other",
                         "how come the bilateral trade is so big")],
                 "how big a discount does india get on it", "how big a discount does india get on Russian oil",
                 id="it_after_a_noun_the_answer_made_a_participle_of_is_the_thing_so_described"),
    pytest.param(None, [("how much did india and russia trade in 2024-25", "$68.7 billion", "money", None)],
                 "how come it is that high", "how come the trade between india and russia in 2024-25 is that high",
                 id="it_said_to_be_that_high_after_how_much_they_traded_is_their_trade"),
    pytest.param(None, [("Which fighter jet is Russia pushing India to buy ahead of Putin's visit?", "Su-57", "entity", None),
                        ("and which more advanced air defence system is india interested in?", "S-500", "entity",
                         "Which more advanced air defence system is india interested in?"),
                        ("and the logistics pact russia ratified, what's it called?", "RELOS", "entity",
                         "What is the logistics pact russia ratified called?")],
                 "what does it let them do?", "what does RELOS let India and Russia do?",
                 id="them_an_agreement_lets_do_something_are_the_two_countries"),
    pytest.param(None, [("when is putin visiting india", "December 4-5", "date", "when is Putin visiting India")],
                 "how many ministers are in his delegation?", "how many ministers are in Putin's delegation?",
                 id="his_is_never_the_many_a_question_counts"),
    pytest.param(WAR, [("when was the battle of the monongahela fought", "July 9, 1755", "date",
                        "when was the Battle of the Monongahela fought")],
                 "how many british were killed there", "how many british were killed at the Battle of the Monongahela",
                 id="there_after_a_battle_named_by_its_place_is_at_the_battle"),
    pytest.param(TRAM, [("when is the eastline tram meant to open", "March 2028", "date", "when is the Eastline tram meant to open")],
                 "who set that date", "who set the March 2028 date",
                 id="that_date_a_verb_takes_is_the_date_answered"),
    pytest.param(BUDGET, [("who voted against the budget", "Councillors Priya Raman and Tom Becker", "person",
                           "who voted against the budget"),
                          ("what was raman's objection", "borrowing", "other", "what was Raman's objection"),
                          ("how much is the city borrowing", "$60 million", "money", "how much is the city borrowing")],
                 "and becker's objection?", "what was Becker's objection",
                 id="a_fragment_of_someones_noun_asks_what_an_earlier_question_asked_of_anothers"),
    pytest.param(BOARD, [FENNICK_AWARDED, FENNICK_PAID],
                 "and the start date?", "What is the start date of the Fennick roof contract?",
                 id="a_date_after_what_a_firm_is_paid_is_of_the_work_not_the_firm_asked_for"),
    pytest.param(BOARD, [FENNICK_AWARDED, FENNICK_PAID,
                         ("and the start date?", "June 22", "date", "What is the start date of the Fennick roof contract?")],
                 "who voted against awarding it", "who voted against awarding the Fennick roof contract",
                 id="it_a_verb_takes_is_what_an_earlier_question_said_that_verb_took"),
    pytest.param(WAR, [("who killed jumonville", "Tanaghrisson", "person", "who killed Jumonville")],
                 "and the historian who says he did it to win british support?",
                 "Which historian says Tanaghrisson did it to win british support?",
                 id="a_noun_and_its_relative_clause_asks_which_and_did_it_is_a_deed"),
    pytest.param("squad/test/corpus/26_Islamism.txt",
                 [("what was it's moto", "Allah is our objective", "other", "what was the Muslim Brotherhood's motto"),
                  ("how did al banna die", "assassinated", "other", "how did Hassan al Banna die")],
                 "who did that?", "who did that?",
                 id="who_did_that_asks_who_did_the_deed_no_thing_is_done"),
    pytest.param(None, [("when did putin last visit india", "2021", "date", "when did Putin last visit india")],
                 "what was going on back then?", "what was going on in 2021?",
                 id="back_then_after_going_on_is_in_the_year_on_is_the_verbs"),
    pytest.param("transcripts/corpus/harbor_voices_ep42_seedwell.txt",
                 [("Who started Seedwell Commons, the seed-lending library?", "Mattias Brandvold", "person",
                   "Who started Seedwell Commons, the seed-lending library?"),
                  ("where's it housed these days?", "terminal building", "place", "where is Seedwell Commons housed these days?")],
                 "who rents that out to them?", "who rents the terminal building out to Seedwell Commons?",
                 id="that_after_a_place_no_name_calls_is_the_thing_answered"),
    pytest.param(None, [("how much do indan exports to russia ammount to", "$4.88 billion", "money",
                         "how much do indian exports to russia amount to"),
                        ("and the us tariff on indian goods?", "25%", "percent",
                         "how much do the us tariff on indian goods amount to")],
                 "who brought that in", "who brought the 25% us tariff on indian goods in",
                 id="that_after_a_charge_asked_with_no_noun_is_the_charge_with_its_value"),
    pytest.param("transcripts/corpus/deposition_voss_kessler_v_ardmore.txt",
                 [("What time did the Bay 4 temperature alarm go off at Ardmore Cold Storage?", "2:40", "date",
                   "What time did the Bay 4 temperature alarm go off at Ardmore Cold Storage?")],
                 "what was in it?", "what was in Bay 4?",
                 id="a_name_numbered_takes_no_the"),
    pytest.param(None, [("who is visiting india ahead of putin", "Sergey Lavrov", "person", "who is visiting india ahead of Putin"),
                        ("what will he finalize there", "the agenda for the meeting", "other",
                         "what will Sergey Lavrov finalize in India")],
                 "and the year?", "In what year will Sergey Lavrov finalize the agenda for the meeting in India?",
                 id="and_the_year_after_what_a_verb_took_is_the_year_it_is_done_to_what_was_answered"),
    pytest.param(None, [("what pact for workers could be signed", "bilateral labour mobility pact", "other",
                         "what pact for workers could be signed")],
                 "when was that?", "When could the pact for workers be signed?",
                 id="when_after_what_could_be_done_puts_the_subject_after_the_modal"),
    pytest.param("longform/corpus/court_zipply.txt",
                 [("What did the Supreme Court rule about Zipply's couriers?", "employees rather than self-employed contractors",
                   "other", "What did the Supreme Court rule about Zipply's couriers?")],
                 "when?", "When did the Supreme Court rule about Zipply's couriers?",
                 id="when_after_what_a_court_ruled_puts_no_ruling_back_as_a_thing"),
    pytest.param("squad/test/corpus/26_Islamism.txt",
                 [("when was he assassinated?", "1949", "date", "when was Hassan al Banna assassinated?"),
                  ("why?", "Egypt's premier Mahmud Fami Naqrashi three months earlier", "other",
                   "Why was Hassan al Banna assassinated?")],
                 "how much earlier had that premier been killed?", "how much earlier had Mahmud Fami Naqrashi been killed?",
                 id="that_premier_is_the_one_the_answer_calls_premier"),
    pytest.param(BOARD, [("Which company won the contract for the Fennick gymnasium roof?", "Carrow & Sons", "entity",
                          "Which company won the contract for the Fennick gymnasium roof?"),
                         ("when will they start", "June 22", "date", "when will Carrow & Sons start")],
                 "and for how much?", "For how much did Carrow & Sons win the contract for the Fennick gymnasium roof?",
                 id="for_how_much_after_a_start_asks_the_price_of_what_was_won"),
    pytest.param("transcripts/corpus/brackenfield_council_2026-03-11.txt",
                 [("Which firm did Brackenfield's council hire for the Millrace Bridge work?", "Corvane", "entity",
                   "Which firm did Brackenfield's council hire for the Millrace Bridge work?"),
                  ("who's their project manager?", "Lucia Ferreira", "person", "who is Corvane's project manager?"),
                  ("when did she say they could start?", "September 14", "date", "when did Lucia Ferreira say Corvane could start?")],
                 "and for what price?", "For what price did Brackenfield's council hire Corvane for the Millrace Bridge work?",
                 id="for_what_price_after_a_start_asks_the_price_of_who_was_hired"),
    pytest.param(None, [("how much is trade between india and russia worth", "$68.7 billion", "money",
                         "how much is trade between india and russia worth"),
                        ("and just indian exports to russia?", "$4.88 billion", "money",
                         "how much is just indian exports to russia worth")],
                 "what's russia doing to push that up", "what is russia doing to push just indian exports to russia up",
                 id="that_a_verb_pushes_up_is_the_measure_not_the_value_it_had"),
    pytest.param("longform/corpus/mayor_election.txt",
                 [("and albright?", "fewer than 4,600 votes", "number", "how many votes did Albright get")],
                 "what % was that", "what % was Albright's votes",
                 id="what_percent_was_that_after_a_count_is_the_count_as_asked"),
    pytest.param("squad/tune/corpus/21_Immune_system.txt",
                 [("What's the earliest known reference to immunity?", "the plague of Athens", "other",
                   "What is the earliest known reference to immunity?")],
                 "when was that?", "When was the plague of Athens?",
                 id="when_was_that_after_an_event_answered_is_when_the_event_was"),
    pytest.param("wire/corpus/cup_final.txt", [("who won the continental cup", "Northfield United", "entity",
                                                 "who won the Continental Cup")],
                 "what was the score in that final", "what was the score in the Continental Cup final",
                 id="that_event_the_articles_name_no_more_of_is_the_event_of_the_thing_last_named"),
    pytest.param("longform/corpus/harwick_tram.txt",
                 [("Who is running the project to build Harwick's Eastline tram?", "Ingrid Solberg", "person",
                   "Who is running the project to build Harwick's Eastline tram?")],
                 "so what's the price tag now?", "What is the price tag of the project to build Harwick's Eastline tram now?",
                 id="a_sum_of_nothing_named_is_of_what_the_conversation_is_about"),
    pytest.param("longform/corpus/harwick_tram.txt",
                 [("Who is running the project to build Harwick's Eastline tram?", "Ingrid Solberg", "person",
                   "Who is running the project to build Harwick's Eastline tram?")],
                 "what's the budget ceiling now?", "what is the budget ceiling now?",
                 id="a_sum_word_before_its_noun_is_no_sum_of_nothing"),
    pytest.param("blind/corpus/striker_transfer.txt",
                 [("Which player did Kesterfield United pay a club-record fee to sign?", "Mateo Arroyo", "person",
                   "Which player did Kesterfield United pay a club-record fee to sign?")],
                 "how much was the total cost?", "how much was the total cost?",
                 id="a_sum_of_nothing_named_after_a_club_is_not_the_clubs"),
    pytest.param("blind/corpus/striker_transfer.txt",
                 [("Which player did Kesterfield United pay a club-record fee to sign?", "Mateo Arroyo", "person",
                   "Which player did Kesterfield United pay a club-record fee to sign?"),
                  ("how much was the tranfser fee?", "£58 million", "money", "how much was the transfer fee?")],
                 "whose record did that beat?", "whose record did the £58 million transfer fee beat?",
                 id="that_after_a_sum_answered_is_the_sum_with_what_it_is"),
    pytest.param("longform/corpus/court_zipply.txt",
                 [("how much is it supposed to owe the riders?", "€37 million", "money",
                   "how much is Zipply supposed to owe the riders?")],
                 "whose estimate is that?", "whose estimate is the €37 million?",
                 id="that_after_a_sum_owed_is_the_sum"),
    pytest.param("squad/tune/corpus/21_Immune_system.txt",
                 [("When does the first known mention of immunity date from?", "during the plague of Athens in 430 BC", "date",
                   "When does the first known mention of immunity date from?")],
                 "what was going on then?", "what was going on in 430 BC?",
                 id="then_after_an_answer_that_tells_a_time_among_other_words_is_that_time"),
    pytest.param(TENANT, [("when does dale say he can come now", "Saturday morning", "date", "when does Dale say he can come now")],
                 "who could come sooner than that?", "who could come sooner than Saturday morning?",
                 id="sooner_than_that_is_than_the_time_answered"),
    pytest.param(None, [("which summit is putin's visit for", "23rd India-Russia Annual Summit", "entity",
                         "which summit is Putin's visit for"),
                        ("when was that summit set up", "2000", "date", "when was the India-Russia Annual Summit set up")],
                 "what about lavrov's visit?", "When was Lavrov's visit?",
                 id="someones_event_after_a_time_asked_asks_its_time_not_an_earlier_question_of_anothers"),
    pytest.param(TENANT, [("who is going to fix the boiler instead", "Embercroft Heating", "entity",
                           "who is going to fix the boiler instead"),
                          ("what do they charge to come out", "140 pounds", "money", "what do Embercroft Heating charge to come out")],
                 "how long will it take them to fix it", "how long will it take Embercroft Heating to fix the boiler",
                 id="it_before_take_time_to_is_no_thing_and_it_a_verb_takes_is_what_that_verb_took_without_adverbs"),
    pytest.param(TRIP, [("and where r they staying?", "hotel gullhaven", "place", "Where are the group staying?")],
                 "how much is it a night", "how much is hotel gullhaven a night",
                 id="it_priced_by_the_night_after_where_someone_stays_is_the_place_answered"),
    pytest.param("squad/tune/corpus/23_Prime_number.txt",
                 [("what else did he show how to construct", "Euclid", "person", "what else did he show how to construct"),
                  ("who are the mersenne primes named after", "Marin Mersenne", "person", "who are the Mersenne primes named after")],
                 "which insects use them in their life cycle?", "which insects use the Mersenne primes in their life cycle?",
                 id="their_after_which_many_do_something_is_their_own"),
    pytest.param(STORM, [("how many counties are under a state of emergency?", "four", "number", None)],
                 "which ones?", "Which counties are under a state of emergency?",
                 id="which_ones_after_how_many_asks_which_of_those_counted"),
    pytest.param(STORM, [("how many counties are under a state of emergency?", "four", "number", None)],
                 "who declared it?", "who declared the state of emergency?",
                 id="it_after_many_under_a_state_is_the_state_not_the_phrase_with_its_preposition"),
    pytest.param(BUDGET, [("what did okafor say about property tax?", "rise by 2.1 percent", "other",
                           "what did Okafor say about property tax?")],
                 "and police funding?", "what did Okafor say about police funding?",
                 id="a_bare_noun_takes_the_place_of_what_was_said_about"),
    pytest.param(BUDGET, [("how much do the library hour cuts save?", None, "money", None)],
                 "who objected to those?", "who objected to the library hour cuts?",
                 id="those_after_a_plural_asked_of_is_it_as_typed"),
    pytest.param(STRIKE, [("What pay rise is the dockworkers' union seeking at the Port of Velmora?", "9.5 percent", "percent",
                           None)],
                 "over how many years is that?", "over how many years is the 9.5 percent pay rise?",
                 id="that_after_a_value_answered_to_what_noun_is_that_noun"),
    pytest.param(ISLAMISM, [("when did iqbal come back to lahore?", "1908", "date", "when did Iqbal come back to Lahore?")],
                 "and get elected muslim league president?", "when did Iqbal get elected Muslim League president?",
                 id="a_verb_phrase_fragment_is_asked_of_the_same_one_in_the_same_frame"),
    pytest.param(AIRLINE, [("How many aircraft will the airline created by the Nordvik Air and Skerry Airways merger have?", "58",
                            "number", None)],
                 "and passengers a year?",
                 "How many passengers a year will the airline created by the Nordvik Air and Skerry Airways merger have?",
                 id="a_plural_by_the_year_takes_the_place_of_the_plural_counted"),
    pytest.param(AIRLINE, [("How many aircraft will the airline created by the Nordvik Air and Skerry Airways merger have?", "58",
                            "number", None)],
                 "who's going to run it?", "who is going to run the airline created by the Nordvik Air and Skerry Airways merger?",
                 id="it_is_the_thing_with_the_participle_that_says_which"),
    pytest.param(ROVERS, [("what minute did he get it?", "84th minute", "other",
                           "what minute did Declan Oyelaran get the winning goal in the Northern Shield Final?")],
                 "and the equaliser?", "what minute did Declan Oyelaran get the equaliser in the Northern Shield Final?",
                 id="a_thing_after_what_minute_takes_the_place_of_the_thing_done_not_of_the_minute"),
    pytest.param(None, [("when was his last trip to india before this one?", "2021", "date",
                         "when was Putin's last trip to india before this one?")],
                 "and Lavrov's upcoming one?", "When is Lavrov's upcoming trip?",
                 id="someones_upcoming_one_is_their_trip_still_to_come"),
    pytest.param(STRIKE, [("what pay rise do they want?", "9.5 percent", "percent", "what pay rise do the dockworkers want?")],
                 "and what's been offered?", "What pay rise has been offered?",
                 id="a_bare_what_before_a_passive_asks_for_the_same_kind_of_thing"),
    pytest.param(BUDGET, [("who were the 2 against", "Councillors Priya Raman and Tom Becker", "person", None)],
                 "her objection?", "What was Priya Raman's objection?",
                 id="her_after_a_woman_and_a_man_answered_is_the_woman"),
    pytest.param(CUP, [("who won the continental cup final?", "Northfield United", "entity", None)],
                 "northfields manager - when did she take over?", "When did Northfield's manager take over?",
                 id="a_name_with_s_before_a_noun_is_its_possessive_typed_without_the_apostrophe"),
    pytest.param(FLOOD_PANEL, [("and finish?", "end of 2028", "date", "When will construction of the Dunmere River flood barrier finish?")],
                 "who said that?", "who said construction of the Dunmere River flood barrier will finish by end of 2028?",
                 id="who_said_that_after_when_is_the_claim_the_answer_makes"),
    pytest.param(ISLAMISM, [("when did iqbal come back to lahore?", "1908", "date", "when did Iqbal come back to Lahore?")],
                 "who said that?", "who said Iqbal came back to Lahore in 1908?",
                 id="who_said_that_puts_the_verb_in_the_tense_asked"),
    pytest.param(None, [("how much is india-russia trade worth", "$4.88 billion", "money", None)],
                 "who said that?", "who said india-russia trade is worth $4.88 billion?",
                 id="who_said_that_after_a_worth_asked_is_that_it_is_worth_the_sum"),
    pytest.param(STORM, [("How many people did Storm Imogen kill?", "14", "number", None)],
                 "who said that?", "who said Storm Imogen killed 14 people?",
                 id="who_said_that_after_a_count_is_the_count_with_what_it_counted"),
    pytest.param(TRAM, [("how much is the tram going to cost now?", "€1.42 billion", "money", None)],
                 "who said that?", "who said the tram is going to cost €1.42 billion now?",
                 id="who_said_that_after_going_to_cost_is_the_sum_it_is_going_to_cost"),
    pytest.param(ISLAMISM, [("when did iqbal come back to lahore?", "1908", "date", "when did Iqbal come back to Lahore?")],
                 "says who?", "who said Iqbal came back to Lahore in 1908?", id="says_who_is_who_said_that"),
    pytest.param("blind2/corpus/ashgrove_water.txt",
                 [("how did E. coli bacteria get into the water?", "a failed chlorine dosing pump", "other", None)],
                 "according to whom?", "who said how E. coli bacteria got into the water?",
                 id="according_to_whom_after_how_is_who_said_how_it_was"),
    pytest.param(STORM, [("what caused the flooding in Calder?", "the River Tam bursting its banks", "other", None)],
                 "who said that?", "who said the River Tam bursting its banks caused the flooding in Calder?",
                 id="who_said_that_after_what_did_it_is_the_answer_doing_it"),
    pytest.param(CUP, [("who scored twice for them?", "Marco Vidal", "person", "who scored twice for Northfield United?")],
                 "and castellan's goal?", "Who scored Castellan's goal?",
                 id="a_thing_of_the_other_side_after_who_did_it_with_no_object_is_what_was_done"),
    pytest.param(STORM, [("How many people did Storm Imogen kill?", "14", "number", None),
                         ("and how many had to leave their homes?", "22,000", "number", "How many people had to leave their homes?")],
                 "how many were injured in it?", "how many people were injured in Storm Imogen?",
                 id="how_many_had_to_leave_names_no_cause_it_is_the_storm_before"),
    pytest.param(TENANT, [("in the larkspur terrace phone call, what part does the boiler need", "diverter valve", "other",
                           "In the Larkspur Terrace phone call, what part does the boiler need")],
                 "how long did it last", "how long did the Larkspur Terrace phone call last",
                 id="it_that_lasts_is_an_event_the_question_named"),
    pytest.param(RHINE, [("What is the biggest city on the Rhine?", "Cologne", "place", None)],
                 "and the first major city along its course?", "What is the first major city along the Rhine's course?",
                 id="its_inside_a_nouns_own_phrase_is_not_that_noun_and_the_rhine_keeps_its_the"),
    pytest.param(PARLIAMENT, [("how many seats are in the debating chamber?", "131", "number", None)],
                 "how many of those go to elected msps?", "how many of the seats of the debating chamber go to elected msps?",
                 id="how_many_of_those_after_a_count_answered_is_among_those_counted"),
    pytest.param(RECALL, [("How many bottles of Velotrin is Halvorsen recalling?", "2.1 million", "number", None),
                          ("what was the impurity traced to?", "a solvent", "other", None)],
                 "and how many in canada?", "How many bottles of Velotrin is Halvorsen recalling in canada?",
                 id="how_many_in_a_place_asks_the_last_count_again_there"),
    pytest.param(STORM, [("How many people did Storm Imogen kill in Bridgewater?", "9", "number", None)],
                 "and how many in Ashby?", "How many people did Storm Imogen kill in Ashby?",
                 id="how_many_in_another_place_takes_the_place_of_the_one_said"),
    pytest.param(PARLIAMENT, [("who is the presiding officer at the moment?", "Deputy", "other", "who is the Presiding Officer at the moment?")],
                 "how was she elected?", "how was the Presiding Officer elected?",
                 id="she_after_who_is_the_office_answered_with_no_name_is_the_office_holder"),
    pytest.param(COUNCIL, [("How big is Brentwater's operating budget for 2026-27?", "$412 million", "money", None),
                          ("and the police department's share?", "$118 million", "money",
                           "What is the police department's share of Brentwater's operating budget?")],
                 "who's the police chief there?", "who is the Police Chief at Brentwater?",
                 id="there_after_a_share_of_a_towns_budget_is_the_town_not_the_share"),
    pytest.param(None, [("what does that make the trip?", "Covid wave", "other", "what does the banquet make Putin's trip?"),
                        ("is a labour deal expected too?", None, "other", None)],
                 "how many indian workers would it send to russia?", "how many indian workers would the labour deal send to russia?",
                 id="it_after_a_yes_or_no_question_is_its_subject_not_an_older_answer"),
    pytest.param(FIRE, [("How many people have been evacuated because of the Cedar Gap Fire?", "1,500", "number", None),
                        ("who's leading the fight against it?", "Battalion Chief Renata Voss", "person",
                         "who is leading the fight against the Cedar Gap Fire?")],
                 "what started it?", "what started the Cedar Gap Fire?",
                 id="it_again_is_what_it_was_in_the_last_question_with_its_the_or_not"),
    pytest.param(FIRE, [("who's leading the fight against it?", "Battalion Chief Renata Voss", "person",
                         "who is leading the fight against the Cedar Gap Fire?")],
                 "what about containment?", "What is containment of the Cedar Gap Fire?",
                 id="a_bare_noun_after_who_leads_the_fight_is_of_what_is_fought"),
    pytest.param(FIRE, [("who's leading the fight against it?", "Battalion Chief Renata Voss", "person",
                         "who is leading the fight against the Cedar Gap Fire?")],
                 "and the investigation?", "who is leading the investigation?",
                 id="a_thing_after_who_leads_the_fight_is_led_in_its_place"),
    pytest.param(None, [("what drove it?", "India's imports of discounted Russian oil", "other",
                         "what drove bilateral trade between India and Russia?"),
                        ("what is russia doing for exporters hit by the us tariffs?", "provide market access to Indian exporters",
                         "other", None)],
                 "which of their ministers is visiting ahead of the summit?",
                 "which of Russia's ministers is visiting ahead of the summit?",
                 id="their_ministers_are_a_countrys_not_imports_answered_before"),
    pytest.param(STORM, [("How many people did Storm Imogen kill?", "14", "number", None)],
                 "where did most of them die?", "where did most of the people Storm Imogen killed die?",
                 id="most_of_them_after_how_many_were_killed_are_those_killed"),
    pytest.param(None, [("what does russia support india's bid for?", "a permanent seat on the United Nations Security Council",
                         "other", None),
                        ("which international court has india chosen not to join?", "International Criminal Court", "entity", None)],
                 "what did lavrov say about their economic partnership?",
                 "what did Lavrov say about Russia and India's economic partnership?",
                 id="their_partnership_after_two_countries_is_both_countries"),
    pytest.param(SENTENCING, [("how much had Vernon Halloway stolen?", "$3.8 million", "money", None)],
                 "what did he spend it on?", "what did Vernon Halloway spend the $3.8 million on?",
                 id="it_after_how_much_someone_stole_is_the_sum"),
    pytest.param(SENTENCING, [("how much had Vernon Halloway stolen?", "$3.8 million", "money", None)],
                 "how much of that have they recovered?", "how much of the $3.8 million have they recovered?",
                 id="that_after_how_much_someone_stole_is_the_sum"),
    pytest.param(TRAM, [("How much will Harwick's Eastline tram cost now?", "€1.42 billion", "money", None)],
                 "and when will it open?", "When will Harwick's Eastline tram open?",
                 id="it_after_how_much_a_thing_will_cost_is_the_thing_not_the_sum"),
    pytest.param(None, [("how much did india and russia trade in 2024-25", "$68.7 billion", "money", None)],
                 "what drove it?", "what drove the trade between india and russia in 2024-25?",
                 id="what_drove_it_after_how_much_two_traded_is_their_trade"),
    pytest.param(None, [("How much did bilateral trade between India and Russia reach in 2024-25?", "$68.7 billion", "money", None)],
                 "what is mainly driving it", "what is mainly driving bilateral trade between India and Russia",
                 id="what_drives_it_after_how_much_trade_reached_is_that_trade_not_bilaterals"),
    pytest.param(RECALL, [("how many bottles is halvorsen recalling", "2.1 million", "number", "how many bottles is Halvorsen recalling"),
                          ("what is in the drug that is the problem", "a nitrosamine compound", "other", None)],
                 "who is the chief medical officer there", "who is the chief medical officer at Halvorsen Pharmaceuticals",
                 id="there_after_questions_of_what_a_firm_does_is_at_the_firm_named_in_full"),
    pytest.param(BUDGET, [("how much in bonds?", "$60 million", "money", None)],
                 "what is the interest rate on those?", "what is the interest rate on the bonds?",
                 id="those_after_a_fragment_that_named_many_are_those_many"),
    pytest.param(CUP, [("Who won the Continental Cup final?", "Northfield United", "entity", None)],
                 "what was the score?", "what was the score in the Continental Cup final?",
                 id="a_bare_the_noun_after_a_question_of_an_event_is_the_events"),
    pytest.param(CUP, [("Who won the Continental Cup final?", "Northfield United", "entity", None)],
                 "what was the date?", "what was the date?",
                 id="a_bare_time_noun_is_left_to_the_rules_for_times"),
    pytest.param(CUP, [("Who won the Continental Cup final?", "Northfield United", "entity", None),
                       ("and who scored twice?", "Marco Vidal", "person", "Who scored twice?"),
                       ("how old is he?", "27", "number", "how old is Marco Vidal?")],
                 "what did a ticket to it cost?", "what did a ticket to the Continental Cup final cost?",
                 id="what_has_tickets_is_an_event_not_the_team_that_won_it"),
    pytest.param("squad/test/corpus/27_Imperialism.txt",
                 [("which leader started a new wave of anti-imperialist propaganda in the late 1950s", "Nikita Khrushchev", "entity",
                   None),
                  ("where did he announce he'd continue the war on imperialism in 1960?", "UN conference", "place",
                   "where did Nikita Khrushchev announce he would continue the war on imperialism in 1960?")],
                 "how many people attended it?", "how many people attended UN conference?",
                 id="an_event_answered_to_where_is_what_is_attended"),
    pytest.param(FORCE, [("Who unified electric and magnetic fields in 1864?", "James Clerk Maxwell", "person", None),
                         ("how many scalar equations were there", "20", "number", None)],
                 "who reformulated those 20 into vector form?", "who reformulated the 20 scalar equations into vector form?",
                 id="those_and_a_number_are_the_many_counted_with_it"),
    pytest.param(FORCE, [("how many equations did Maxwell unify the theories into?", "20 scalar equations", "number", None)],
                 "who reformulated those 20?", "who reformulated the 20 scalar equations?",
                 id="those_and_a_number_are_the_many_an_answer_counted_with_it"),
    pytest.param("transcripts/corpus/brackenfield_council_2026-03-11.txt",
                 [("Which company got the Millrace Bridge contract in Brackenfield?", "Corvane Builders", "entity", None),
                  ("for how much?", "$412,000", "money", "For how much did Corvane Builders get the Millrace Bridge contract?"),
                  ("so when does work on it start now?", "September 14", "date", "so when does work on the Millrace Bridge start now?")],
                 "who at that company agreed to that date?", "who at Corvane Builders agreed to September 14?",
                 id="that_company_is_the_firm_answered_last"),
    pytest.param("longform/corpus/court_zipply.txt",
                 [("who brought the Zipply couriers case?", "Rafael Moreno", "person", None),
                  ("how old is he", "34-year-old", "other", "how old is Rafael Moreno")],
                 "ok so that courier you mentioned, what was his hourly pay at zipply?",
                 "What was Rafael Moreno's hourly pay at Zipply?",
                 id="a_person_you_mentioned_is_the_last_person_answered"),
    pytest.param("longform/corpus/corvane_q2.txt",
                 [("What was Corvane Systems' second-quarter revenue?", "$4.87 billion", "money", None),
                  ("and net income?", "$612 million", "money", "What was Corvane Systems' net income?")],
                 "how many jobs is it cutting", "how many jobs is Corvane Systems cutting",
                 id="what_cuts_jobs_is_the_firm_not_its_income"),
    pytest.param(FORCE, [("Who unified electric and magnetic fields in 1864?", "James Clerk Maxwell", "person", None),
                         ("how many scalar equations were there", "20", "number", None)],
                 "where was he working at the time?", "where was James Clerk Maxwell working in 1864?",
                 id="at_the_time_after_an_answer_of_no_time_is_the_year_the_talk_was_dated_by"),
    pytest.param("transcripts/corpus/groupchat_porthmere_trip.txt",
                 [("What dates is the Porthmere trip?", "21-24 Aug", "date", None)],
                 "where are they staying there?", "where are they staying in Porthmere?",
                 id="they_who_stay_are_never_one_event"),
    pytest.param(FORCE, [("which planet's orbit couldn't Newton's law fully explain?", "Mercury", "entity", None)],
                 "what hypothetical planet was supposed to explain that orbit?",
                 "what hypothetical planet was supposed to explain Mercury's orbit?",
                 id="that_noun_asked_as_which_ones_noun_is_the_answers"),
    pytest.param(FORCE, [("Who first measured Newton's gravitational constant?", "Henry Cavendish", "person", None),
                         ("what hypothetical planet was supposed to explain Mercury's orbit?", "Vulcan", "entity", None)],
                 "who came up with the theory that finally explained it",
                 "who came up with the theory that finally explained Mercury's orbit",
                 id="it_after_the_verb_the_last_question_did_to_a_thing_is_that_thing"),
    pytest.param("wire/corpus/rate_cut.txt",
                 [("What did the Reserve Bank of Norland cut its benchmark interest rate to?", "3.75 percent", "percent", None),
                  ("and inflation in may?", "2.4 percent", "percent", "Inflation in may?")],
                 "what was unemployment when that inflation figure came out?",
                 "what was unemployment when the inflation figure of 2.4 percent came out?",
                 id="that_x_figure_is_the_x_figure_just_answered"),
    pytest.param("blind2/corpus/museum_theft.txt",
                 [("What was the main object stolen from the Brannock museum?", "Medieval reliquary", "entity", None),
                  ("how tall is it?", "30 centimetres", "measure", "how tall is the medieval reliquary?")],
                 "and how heavy?", "How heavy is the medieval reliquary?",
                 id="a_degree_asked_alone_swaps_for_the_last_ones"),
]


@pytest.mark.parametrize("path, history, follow_up, meant", HISTORIES)
def test_a_follow_up_after_its_history_is_read_as_meant(tmp_path, fake_models, path, history, follow_up, meant):
    conv = _over_files(tmp_path, fake_models, path) if path else _over_seeds(tmp_path, fake_models)
    for question, answer, kind, understood in history:
        _exchange(conv, question, answer, kind, understood=understood)
    assert conv.readings(follow_up)[0] == meant


def test_a_statement_typed_before_the_question_says_what_its_it_is(tmp_path, fake_models):
    conv = _exchange(_over_files(tmp_path, fake_models, TRAM), "who won the mayoral election", "Marta Kowalczyk", "person")
    assert (conv.readings("The tram was an election issue as well. What did the new mayor promise to do about it?")[0]
            == "The tram was an election issue as well. What did the new mayor promise to do about the tram?")
    # a question before it, or "it is …", leaves "it" to the turns before
    assert _told_first("Was the tram late? Is it over budget?") == "Was the tram late? Is it over budget?"
    assert _told_first("The tram is late. It is over budget, isn't it?") == "The tram is late. It is over budget, isn't it?"


@pytest.mark.parametrize("typed, read", [
    ("how'd they get them out", "how did they get them out"),  # a wh-word's "'d" before someone and a verb: did
    ("what'd Putin say", "what did Putin say"),
    ("how'd you like it", "how would you like it"),  # … but "would" before "like"
    ("who'd want that", "who would want that"),  # … and before a verb with no one between
])
def test_a_wh_words_d_is_did_before_someone_and_a_verb(typed, read):
    assert _expanded(typed) == read


def test_a_how_measures_s_is_is():
    assert _expanded("how long's halvorsen's warranty?") == "how long is halvorsen's warranty?"
    assert _expanded("how much's the ferry?") == "how much is the ferry?"
    assert _expanded("how long's he been on the court") == "how long has he been on the court"  # "has" before "been"


def test_its_after_a_name_answered_is_that_name_and_no_possessive_phrase_is_owner_again(tmp_path, fake_models):
    conv = _exchange(_over_files(tmp_path, fake_models, FORCE), "which planets orbit couldnt newtons law fully explain", "Mercury",
                     "entity", understood="which planets orbit couldn't Newton's law fully explain")
    # every reading asked: "Mercury's orbit", never "Newton's law's orbit"
    assert conv.readings("what extra planet did people propose to explain its orbit?") == [
        "what extra planet did people propose to explain Mercury's orbit?"]


def test_that_job_of_a_man_answered_is_the_office_his_sentence_gives_him(tmp_path, fake_models):
    conv = _exchange(_over_files(tmp_path, fake_models, "wire/corpus/nova3_launch.txt"),
                     "who said it would cut their tariff exposure?", "James Whitaker", "person",
                     understood="who said the new assembly plant would cut Lumora's tariff exposure?")
    said = "Chief Operating Officer James Whitaker said the plant would reduce the company's exposure to tariffs"
    conv.turns[-1].answer = replace(conv.turns[-1].answer, citations=(Citation("a", "t", None, 0, len(said), said),))
    assert (conv.readings("how long has he been in that job?")[0]
            == "how long has James Whitaker been in the job of Chief Operating Officer?")


def test_answered_as_typed_from_a_passage_that_names_the_reading_shows_the_reading(index):
    class AsTyped(ScriptedReader):  # answers only the question as typed, with "he"
        def read(self, question, passages, top=20):
            return super().read(question, passages if " he " in question else [], top)

    def typed_first(conv):
        conv._choose = lambda options, ruled: next(i for i, o in enumerate(options) if o.source == "typed")
        return conv
    conv = typed_first(_after(index, "Who will visit India?", "Vladimir Putin", "person"))
    conv.reader = AsTyped({"December 4-5, 2025": 5.0})
    answer = conv.ask("when will he visit?")
    # answered as typed, from a passage that names Vladimir Putin: the question meant him
    assert (answer.text, answer.rewritten) == ("December 4-5, 2025", "when will Vladimir Putin visit?")
    conv = typed_first(_after(index, "Who will visit India?", "Vladimir Putin", "person"))
    conv.reader = AsTyped({"$68.7 billion": 5.0})
    answer = conv.ask("when will he visit?")
    # … but an answer from a passage that does not name him is shown as asked
    assert (answer.text, answer.rewritten) == ("$68.7 billion", None)


def test_they_who_ratify_is_no_thing_any_question_asked_for(tmp_path, fake_models):
    conv = _over_seeds(tmp_path, fake_models)
    _exchange(conv, "Which fighter jet is Russia pushing to sell India around Putin's visit?", "Su-57", "entity")
    _exchange(conv, "and what air defence system is india interested in?", "S-500", "entity",
              understood="What air defence system is india interested in?")
    readings = conv.readings("what logistics deal did they ratify?")
    assert readings and not any("Su-57" in r or "S-500" in r for r in readings)  # a jet two turns back ratifies nothing either


def test_what_comes_into_force_is_an_agreement_the_rules_found(tmp_path, fake_models, monkeypatch):
    # an antecedent model that prefers what was said furthest back (the Su-57, four turns back) must not pick a jet
    monkeypatch.setattr("qa.conversation._score", lambda model, rows: [-10.0 * row["nearness"] for row in rows])
    conv = _over_seeds(tmp_path, fake_models)
    _exchange(conv, "Which fighter jet is Russia pushing to sell India around Putin's visit?", "Su-57", "entity")
    _exchange(conv, "and what air defence system is india interested in?", "S-500", "entity",
              understood="What air defence system is india interested in?")
    _exchange(conv, "what logistics deal did russia ratify just before the visit?", "RELOS", "entity")
    _exchange(conv, "what does that agreement allow?", "mutual use of ports, airspace, and infrastructure", "other",
              understood="what does RELOS allow?")
    readings = conv.readings("and when does it come into force?")
    assert readings[0] == "When does the logistics deal come into force?"
    assert not any("Su-57" in r or "S-500" in r for r in readings)  # no jet comes into force


def test_how_often_is_said_of_the_subject_not_part_of_it():
    assert _subject("what kind of prime has the largest known prime almost always been") == "the largest known prime"


def test_a_verb_in_ing_with_its_object_is_no_topic_its_object_is():
    # the articles write "housing the secretariat": still a verb and its object, not a noun phrase
    assert _topic("who pays for housing the secretariat?", known=lambda phrase: True) == "the secretariat"


def test_a_fragment_asked_of_whose_thing_keeps_the_owner_and_when():
    # a sum of its own in the place of the sum owned, the time it was asked of kept
    assert _of("net income", "Corvane Systems' revenue in the second quarter") == "Corvane Systems' net income in the second quarter"
    # a word for a kind of the sum, before it
    assert _of("hardware", "Corvane Systems' revenue") == "Corvane Systems' hardware revenue"
    assert _of("the start date", "the tram contract") == "the start date of the tram contract"


def test_their_technician_is_the_firms_the_call_was_to_and_no_one_else_is_asked(tmp_path, fake_models):
    conv = _over_files(tmp_path, fake_models, DEPOSITION)
    _exchange(conv, "who gave the deposition?", "Harriet Voss", "person")
    _exchange(conv, "and the call to polar line?", "3:25", "time", understood="When was the call to Polar Line?")
    # one owner who can have a technician: not "the call to Polar Line", nor Voss, whom no "their" was said of
    assert conv.readings("what time did their technician finally arrive") == [
        "what time did Polar Line's technician finally arrive"]


@pytest.mark.parametrize("question, agreed", [
    ("who is the deputies", "who are the deputies"),  # a plural after "who is" is the subject
    ("what was the main reasons?", "what were the main reasons?"),
    ("what is the news?", "what is the news?"),  # no plural
    ("who is the head of the deputies", "who is the head of the deputies"),  # the head is one
    ("who is the head of deputies", "who is the head of deputies"),
    ("Which air defence systems has been offered?", "Which air defence systems have been offered?"),
])
def test_a_plural_subject_takes_the_plural_of_its_verb(question, agreed):
    assert _agreed(question) == agreed


def test_a_name_the_articles_say_things_are_in_is_a_place_not_a_person(tmp_path, fake_models):
    conv = _over_files(tmp_path, fake_models, "squad/test/corpus/28_Warsaw.txt")
    # the article says "he" near "Warsaw" (its kings), and "in Warsaw" often: a place
    assert not conv._names_person("Warsaw")
    assert conv._names_person("Sigismund III Vasa")


def test_a_town_the_articles_say_things_are_in_and_a_comparison_are_no_things_it_can_be(tmp_path, fake_models):
    conv = _over_files(tmp_path, fake_models, TRAM)
    _exchange(conv, "Who is the project director of Harwick's Eastline tram?", "Ingrid Solberg", "person")
    assert "Harwick" not in conv._things(1) and "Harwick's Eastline tram" in conv._things(1)
    _exchange(conv, "how much more than the original price is that?", "€320 million", "money",
              understood="how much more than the original price is that?")
    assert "the more than the original price" not in conv._things(1)  # a comparison asks for no thing


def test_that_guy_is_the_person_just_answered_though_he_was_another(tmp_path, fake_models):
    conv = _exchange(_over_files(tmp_path, fake_models, "squad/test/corpus/27_Imperialism.txt"),
                     "Who declared that imperialism was the highest stage of capitalism?", "Vladimir Lenin", "person")
    _exchange(conv, "after his death who set up socialism in one country?", "Joseph Stalin", "person",
              understood="after Lenin's death who set up socialism in one country?")
    conv.genders["Vladimir Lenin"] = "he"  # as "his" had him
    _exchange(conv, "which leader startd a new wave of anti imperialist propoganda in the late 1950s", "Nikita Khrushchev", "entity",
              understood="which leader started a new wave of anti imperialist propaganda in the late 1950s")
    assert conv.readings("where did that guy announce he'd continue the war on imperialism in 1960?")[0] == (
        "where did Nikita Khrushchev announce he would continue the war on imperialism in 1960?")
    # "he" alone is left to the rules for pronouns
    assert conv.readings("where did he announce it?")[0] != "where did Nikita Khrushchev announce it?"


def test_of_equally_close_words_the_one_the_articles_write_next_to_a_word_typed_beside_it_is_meant():
    text = "Maxwell unified the theories into 20 scalar equations. The scale of the effect is small; a scale reads it."
    counts = word_counts([text])

    def next_to(a: str, b: str) -> bool:
        return bool(re.search(rf"\b{a}\s+{b}\b|\b{b}\s+{a}\b", text, re.IGNORECASE))

    assert Speller(counts, english_words(), next_to=next_to).correct("how many scaler equations were there")[0] == (
        "how many scalar equations were there")
    # without it, the word sharing more letter pairs, and the commoner
    assert Speller(counts, english_words()).correct("how many scaler equations were there")[0] == (
        "how many scale equations were there")


def test_a_past_whose_stem_is_another_words_is_a_slip_for_the_articles_past():
    counts = word_counts(["No explanation was given, and nothing explained the orbit."])
    # "explaned" shares its stem with "explanation"; the articles' "explained" is a letter away
    assert Speller(counts, english_words()).correct("what finaly explaned it")[0] == "what finally explained it"
