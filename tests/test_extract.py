from qa.conversation import Conversation
from qa.extract import DATE_RE, MONEY_RE, classify, value_key


def test_classify_kinds():
    assert classify("When will Putin visit India?")[0] == "date"
    assert classify("What are the dates of the visit?")[0] == "date"
    assert classify("How much is trade worth?")[0] == "money"
    assert classify("How many years had he stayed away?") == ("number", ("year",))
    assert classify("Who will host the banquet?")[0] == "person"
    assert classify("Who is Narendra Modi?")[0] == "title"
    assert classify("Where did Putin land?")[0] == "place"
    assert classify("Why does India buy Russian oil?")[0] == "reason"
    assert classify("Which fighter jet was offered?")[0] == "entity"


def test_patterns_find_dates_and_amounts():
    s = "On December 4–5, 2025 trade of $65-67 billion and Rs 500 crore grew in 2024–25."
    assert [m.group() for m in DATE_RE.finditer(s)] == ["December 4–5, 2025", "2024–25"]
    assert [m.group() for m in MONEY_RE.finditer(s)] == ["$65-67 billion", "Rs 500 crore"]


def test_same_value_written_two_ways_has_one_key():
    assert value_key("December 4–5", "date") == value_key("December 4-5, 2025", "date")
    assert value_key("Dec 4-5", "date") == value_key("December 4–5", "date")
    assert value_key("December 5-6", "date") != value_key("December 4-5", "date")
    assert value_key("$68.7 bn", "money") == value_key("$68.7 billion", "money")


def _grounded(index, answer):
    for c in list(answer.citations) + [c for a in answer.alternatives for c in a.citations]:
        assert index.articles[c.article].text[c.start:c.end] == c.quote
    if answer.text:
        assert answer.text in answer.quote


def test_disagreement_shows_both_dates_with_sources(index):
    a = Conversation(index).ask("When will Putin visit India?")
    _grounded(index, a)
    values = {value_key(a.text, "date")} | {value_key(x.text, "date") for x in a.alternatives}
    assert values == {value_key("December 4-5", "date"), value_key("December 5-6", "date")}
    assert all(x.citations for x in a.alternatives)


def test_amount_and_person_answers(index):
    conv = Conversation(index)
    a = conv.ask("How much did bilateral trade reach?")
    _grounded(index, a)
    assert a.text == "$68.7 billion" and a.citations[0].article == "trade"
    b = conv.ask("Who will host the banquet?")
    assert "Droupadi Murmu" in b.text


def test_unanswerable_abstains_with_passages(index):
    a = Conversation(index).ask("What is the population of Tokyo metropolis?")
    assert a.abstained and a.text is None and a.passages


def test_focus_only_after_a_copula():
    assert classify("What is her title?") == ("title", ("titl",))
    assert classify("What did Russia ratify?") == ("other", ())
    assert classify("Which fighter jet was offered?")[1] == ("fighter", "jet")


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
