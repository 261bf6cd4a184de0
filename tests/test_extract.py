from qa.conversation import Conversation
from qa.evaluate import grounded
from qa.values import value_key


def test_same_value_written_two_ways_has_one_key():
    assert value_key("December 4–5", "date") == value_key("December 4-5, 2025", "date")
    assert value_key("Dec 4-5", "date") == value_key("December 4–5", "date")
    assert value_key("December 5-6", "date") != value_key("December 4-5", "date")
    assert value_key("$68.7 bn", "money") == value_key("$68.7 billion", "money")


def test_disagreement_shows_both_dates_with_sources(index):
    a = Conversation(index).ask("When will Putin visit India?")
    assert grounded(a, index)
    values = {value_key(a.text, "date")} | {value_key(x.text, "date") for x in a.alternatives}
    assert values == {value_key("December 4-5", "date"), value_key("December 5-6", "date")}
    assert all(x.citations for x in a.alternatives)


def test_amount_and_person_answers(index):
    conv = Conversation(index)
    a = conv.ask("How much did bilateral trade reach?")
    assert grounded(a, index)
    assert a.text == "$68.7 billion" and a.citations[0].article == "trade"
    b = conv.ask("Who will host the banquet?")
    assert "Droupadi Murmu" in b.text


def test_unanswerable_abstains_with_passages(index):
    a = Conversation(index).ask("What is the population of Tokyo metropolis?")
    assert a.abstained and a.text is None and a.passages


def test_list_answer_for_plural_question(index):
    a = Conversation(index).ask("Which sectors does the roadmap cover?")
    assert a.text == "industry, aerospace and agriculture"
    assert a.text in a.quote


def test_what_is_an_acronym_takes_the_phrase_it_stands_for(tmp_path, fake_models):
    from qa.config import Settings
    from qa.index import open_index
    from tests.conftest import write_corpus

    corpus = write_corpus(tmp_path / "c", {
        "a.txt": "Russia ratified a reciprocal logistics agreement (RELOS) with India, allowing use of ports, "
                 "airspace, and infrastructure.\n",
        "b.txt": "The summit was held in Delhi.\n",
    })
    index = open_index(corpus, tmp_path / "i", Settings(), fake_models)
    a = Conversation(index).ask("What is RELOS?")
    assert a.text == "reciprocal logistics agreement"  # not the list: "RELOS" is no plural
