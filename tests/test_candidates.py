from qa.candidates import DATE_RE, MONEY_RE


def test_patterns_find_dates_and_amounts():
    s = "On December 4–5, 2025 trade of $65-67 billion and Rs 500 crore grew in 2024–25."
    assert [m.group() for m in DATE_RE.finditer(s)] == ["December 4–5, 2025", "2024–25"]
    assert [m.group() for m in MONEY_RE.finditer(s)] == ["$65-67 billion", "Rs 500 crore"]


def test_a_name_follows_the_last_title_word():
    from qa.candidates import candidates
    from qa.question import Question

    text = "Chief Financial Officer Priya Nair said margins fell."
    found = {(text[c.start:c.end], c.kind) for c in candidates(text, 0, len(text), Question("Who?", "person", (), {}))}
    assert ("Priya Nair", "person") in found and ("Chief Financial Officer", "title") in found
    assert not any(kind == "person" and span.startswith("Financial") for span, kind in found)
