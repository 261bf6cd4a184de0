import pytest

from qa.errors import GoldError
from qa.evaluate import contains, exact_match, f1, metrics, normalize, read_gold


def test_normalize():
    assert normalize("$68.7 billion") == "687 billion"
    assert normalize("December 4–5") == "december 45"
    assert normalize("The  “Special” and a Partnership!") == "special and partnership"


def test_em_f1_contains():
    assert exact_match("the Su-57", ["Su-57"]) == 1
    assert exact_match(None, ["x"]) == 0
    assert f1("Russian Foreign Minister", ["Foreign Minister Sergey Lavrov"]) == pytest.approx(2 * (2 / 3) * (2 / 4) / (2 / 3 + 2 / 4))
    assert contains("RT will launch", ["RT"]) == 1
    assert contains("a strategic partnership", ["rt"]) == 0  # whole tokens only


def test_metrics_hand_computed():
    rows = [
        {"answerable": True, "abstained": False, "em": 1, "f1": 1.0, "quote_hit": 1, "citation_ok": 1, "rank": 1,
         "grounded": True, "latency_ms": 10, "turn": None},
        {"answerable": True, "abstained": True, "em": 0, "f1": 0.0, "quote_hit": 0, "citation_ok": 0, "rank": 3,
         "grounded": True, "latency_ms": 20, "turn": 2},
        {"answerable": False, "abstained": True, "grounded": True, "latency_ms": 30, "turn": None},
        {"answerable": False, "abstained": False, "grounded": True, "latency_ms": 40, "turn": None},
    ]
    m = metrics(rows)
    assert m["em"] == 0.5 and m["false_abstain"] == 0.5
    assert m["abstain_recall"] == 0.5 and m["abstain_precision"] == 0.5
    assert m["recall@1"] == 0.5 and m["recall@5"] == 1.0 and m["mrr"] == pytest.approx((1 + 1 / 3) / 2, abs=1e-4)
    assert m["followup_em"] == 0.0 and m["latency_p50_ms"] == 25.0
    assert m["grounded"] == 1.0


@pytest.mark.parametrize("line, message", [
    ("{not json", "line 2: not valid JSON"),
    ('{"id": "x", "answers": ["a"]}', "line 2: missing field question"),
    ('{"id": "x", "question": "q", "answers": []}', "line 2: answerable item 'x' has no answers"),
    ('{"id": "x", "question": "q", "answers": ["a"], "conversation": "c"}', "line 2: conversation 'c' without a turn"),
    ('{"id": "x", "question": "q", "answers": ["a"], "conversation": "c", "turn": 0}', "line 2: turn must be an integer"),
    ('{"id": "x", "question": "q", "answers": ["a"], "conversation": "c", "turn": "1"}', "line 2: turn must be an integer"),
    ('{"id": "x", "question": "q", "answers": ["a"], "conversation": "c", "turn": 1}', "line 2: conversation 'c' turn 1 is repeated"),
])
def test_gold_errors_name_the_line(tmp_path, line, message):
    p = tmp_path / "g.jsonl"
    p.write_text('{"id": "a", "question": "q", "answers": ["a"], "conversation": "c", "turn": 1}\n' + line + "\n")
    with pytest.raises(GoldError, match=message):
        read_gold(p)
