"""Duckling's Chinese and Spanish time corpora (BSD-3, see tests/data/duckling_time.json),
the kinds issue 16 lists, scored per kind: exact value and precision ≥ 0.95."""
import json
from collections import defaultdict
from pathlib import Path

import pytest

from reader.core.events.resolve import read_dates

SUITE = json.loads((Path(__file__).parents[2] / "data" / "duckling_time.json")
                   .read_text("utf-8"))
REFERENCE = SUITE["reference"][:10]


def _precision(value: str) -> str:
    return "week" if "-W" in value else {4: "year", 7: "month", 10: "day"}[len(value)]


def outcome(case) -> tuple[bool, bool]:
    """(claimed, right): the reader found a date, and it is the expected one."""
    found = read_dates(case["text"], REFERENCE)
    if case["value"] is None:
        return bool(found), not found
    if not found:
        return False, False
    first = found[0]
    right = (len(found) == 1 and first.value == case["value"]
             and first.precision == _precision(case["value"])
             and first.value_end == case["end"]
             and (case["qualifier"] is None or first.qualifier == case["qualifier"]))
    return True, right


def scores() -> dict[str, tuple[int, int, int]]:
    """kind → (cases, claimed, right)."""
    table: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    for case in SUITE["cases"]:
        claimed, right = outcome(case)
        row = table[f"{case['lang']}/{case['kind']}"]
        row[0] += 1
        row[1] += claimed
        row[2] += right
    return {kind: tuple(row) for kind, row in sorted(table.items())}


def test_attribution_and_licence_travel_with_the_data():
    assert "Facebook" in SUITE["attribution"] and "Redistribution" in SUITE["license"]
    assert all(e["reason"] for e in SUITE["excluded"])


@pytest.mark.parametrize("kind", sorted({f"{c['lang']}/{c['kind']}" for c in SUITE["cases"]}))
def test_exact_value_per_kind(kind):
    total, claimed, right = scores()[kind]
    wrong = [c["text"] for c in SUITE["cases"] if f"{c['lang']}/{c['kind']}" == kind
             and not outcome(c)[1]]
    assert right / total >= 0.95, wrong
    if not kind.endswith("not_a_date"):
        assert right / max(claimed, 1) >= 0.95, wrong


def test_holidays_follow_tense_from_the_publication_date():
    """The holiday phrases left out above (no tense: Duckling reads forward), in sentences."""
    assert [d.value for d in read_dates("明年元旦将放假三天。", REFERENCE)] == ["2014-01-01"]
    assert [d.value for d in read_dates("春节期间,商场已经关闭。", REFERENCE)] == ["2013-02-10"]
    assert [d.value for d in read_dates("今年春节将推迟营业。", "2013-01-05")] == ["2013-02-10"]
    assert [d.value for d in read_dates("La tienda abrirá en Año Nuevo.", REFERENCE)] \
        == ["2014-01-01"]


if __name__ == "__main__":
    for kind, (total, claimed, right) in scores().items():
        print(f"| {kind} | {total} | {right / total:.2f} | {right / max(claimed, 1):.2f} |")
