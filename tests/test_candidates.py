from qa.candidates import DATE_RE, MONEY_RE


def test_patterns_find_dates_and_amounts():
    s = "On December 4–5, 2025 trade of $65-67 billion and Rs 500 crore grew in 2024–25."
    assert [m.group() for m in DATE_RE.finditer(s)] == ["December 4–5, 2025", "2024–25"]
    assert [m.group() for m in MONEY_RE.finditer(s)] == ["$65-67 billion", "Rs 500 crore"]
