"""Extraction cases from held-out gold sets, each a general fault once made: a paraphrased role,
an irregular verb, two pronouns, a cause in the next sentence, another model, a value said
more precisely elsewhere, a list led in by "especially", an age apposition."""

import pytest

from qa.config import Settings
from qa.conversation import Conversation
from qa.evaluate import grounded
from qa.candidates import DATE_RE, MONEY_RE
from qa.index import open_index
from qa.question import classify
from qa.text import stem, tokenize
from tests.conftest import write_corpus

CASES = {
    "bank.txt": "WELLSPRING, June 18 (Wire) — The Reserve Bank of Norland cut its benchmark interest rate to "
    "3.75 percent on Wednesday, its first cut since 2020.\nThe decision by the bank's committee was split. "
    "Governor Helena Stroud said inflation had fallen to 2.4 percent in May.\n",
    "cup.txt": "LISBON (Wire) — Northfield United won the Continental Cup on Saturday, beating Real Castellan 3-1.\n"
    "It is the first major trophy for manager Sarah Whitcombe. Whitcombe, 44, took over the club in June 2022 "
    "after leaving Danish side Aarhus Fremad.\n",
    "budget.txt": "BRIDGEWATER, March 25 (Wire) — The Bridgewater council approved a budget on Tuesday.\n"
    "Councillor David Okafor said the property tax rate will rise by 2.1 percent. He said the increase was "
    "needed due to higher insurance premiums and the cost of repairs.\n",
    "phone.txt": "Lumora unveiled the Nova 3, a foldable phone priced at $1,299. The company also announced a "
    "cheaper model, the Nova 3 Lite, which starts at $799.\n",
    "tram.txt": "date 2025-03-01\nTram opening pushed back to 2028\nThe city's tram will not carry passengers "
    "until spring 2028, officials said.\n",
    "summit.txt": "The summit holds considerable significance amid increased Western scrutiny, especially "
    "from the US and EU.\n",
    "welcome.txt": "Russian President Vladimir Putin was welcomed in New Delhi by India's President Droupadi Murmu. "
    "Russia offered advanced weapons like the S-500 system.\n",
}


@pytest.fixture
def cases(tmp_path, fake_models):
    return open_index(write_corpus(tmp_path / "cases", CASES), tmp_path / "index", Settings(), fake_models)


def ask(index, question):
    answer = Conversation(index).ask(question)
    assert grounded(answer, index)
    return answer


def test_who_heads_takes_the_titled_name(cases):
    assert ask(cases, "Who heads the Reserve Bank of Norland?").text in ("Helena Stroud", "Governor Helena Stroud")


def test_role_pronouns_and_irregular_verbs_in_a_conversation(cases):
    conv = Conversation(cases)
    assert conv.ask("Who is Northfield United's manager?").text == "Sarah Whitcombe"
    assert conv.ask("When did she take over the club?").text == "June 2022"  # "took over"
    last = conv.ask("Which club did she leave to join them?")  # "she" and "them" are two antecedents
    assert "Sarah Whitcombe" in last.rewritten and "Northfield United" in last.rewritten
    assert last.text == "Aarhus Fremad"


def test_why_takes_the_cause_said_in_the_next_sentence(cases):
    a = ask(cases, "Why is Bridgewater raising the property tax?")
    assert a.text is not None and "higher insurance premiums" in a.text


def test_another_model_does_not_answer(cases):
    assert ask(cases, "How much does the Nova 3 cost?").text == "$1,299"
    assert ask(cases, "What is the price of the Nova 3 Lite?").text == "$799"


def test_the_value_is_quoted_where_it_is_said_most_precisely(cases):
    a = ask(cases, "When will the tram start carrying passengers?")
    assert a.text == "spring 2028"
    assert a.citations[0].start <= a.answer_start < a.answer_end <= a.citations[0].end


def test_a_list_led_in_by_especially_and_acronyms_kept(cases):
    assert ask(cases, "Which Western powers are scrutinising the summit?").text == "US and EU"


def test_age_belongs_to_the_name_before_it(cases):
    assert ask(cases, "How old is Whitcombe?").text == "44"
    assert ask(cases, "How old is Helena Stroud?").text != "44"


def test_words_and_kinds():
    assert stem("took") == stem("take") and stem("left") == stem("leave") and stem("fora") == stem("forums")
    assert "us" in tokenize("the US and EU") and "us" not in tokenize("tell us")
    assert classify("What were Corvane's sales in the second quarter?")[0] == "money"
    assert classify("What was the voter turnout?")[0] == "percent"
    assert classify("What share of the extra cost does the government cover?")[0] == "percent"
    assert classify("How old is Rafael Moreno?")[0] == "age"
    assert [m.group() for m in DATE_RE.finditer("until spring 2028 or late 2027")] == ["spring 2028", "late 2027"]
    assert [m.group() for m in MONEY_RE.finditer("between $5.0 billion and $5.15 billion")] == [
        "between $5.0 billion and $5.15 billion"
    ]


def test_a_role_of_another_country_is_not_the_one_asked(cases):
    assert ask(cases, "Who is India's president?").text == "Droupadi Murmu"


def test_a_noun_that_introduces_its_examples_is_not_the_answer(cases):
    assert ask(cases, "Which weapons did Russia offer India?").text != "advanced weapons"


def test_the_first_wh_word_decides():
    assert classify("Where was Lavrov when he confirmed the plans?")[0] == "place"
    assert classify("When will the price rise?")[0] == "date"
    assert classify("Who set the interest rate?")[0] == "person"
    assert classify("How many billion dollars' worth of goods does India export?")[0] == "money"
