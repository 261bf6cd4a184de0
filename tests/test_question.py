import pytest

from qa.question import asks_for_body, classify


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



def test_a_question_for_someones_name_asks_for_a_person():
    # so a name answered ("Kofi") is never "it" in the next question
    assert classify("and the engineer's name?")[0] == "person"
    assert classify("What is the name of the new manager?")[0] == "person"
    assert classify("What is the name of the new airline?")[0] == "entity"
    assert classify("What is the company's name?")[0] == "entity"

def test_focus_only_after_a_copula():
    assert classify("What is her title?") == ("title", ("titl",))
    assert classify("What did Russia ratify?") == ("other", ())
    assert classify("Which fighter jet was offered?")[1] == ("fighter", "jet")


@pytest.mark.parametrize("question, body", [
    ("Which contractor went bust?", True),
    ("which removal firm did Owen recommend", True),
    ("What company is she after?", True),
    ("which board member voted against it?", False),  # a member of a board is a person
    ("What did the company say?", False),  # "what" asks no firm here
])
def test_a_question_for_a_firm_club_or_union_is_told(question, body):
    assert asks_for_body(question) is body
