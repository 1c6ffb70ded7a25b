"""Survey CSV import: good, partly bad and hostile files; all-or-nothing."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from journey_editor.bridges.errors import BridgeError
from journey_editor.bridges.survey_csv import MAX_ROWS, read_survey_csv, with_mapping
from journey_editor.model.survey import (
    latest_values,
    metric_names,
    parse_date,
    parse_value,
    plan_import,
)
from journey_editor.model.types import Journey
from tests.factories import small_journey

GOOD = (
    b"Touchpoint;Metric;Value;Date\n"
    b"checkout;NPS;42;2026-03-01\n"
    b"a;CSAT;4,5;31.3.2026\n"
    b"Invoice;CSAT;3.9;1-4-2026\n"
    b"CHECKOUT;CSAT;4.6;\n"
)


@pytest.fixture
def journey() -> Journey:
    return small_journey()


def test_good_file_matches_by_title_and_id(journey: Journey, tmp_path: Path) -> None:
    path = tmp_path / "results.csv"
    path.write_bytes(b"\xef\xbb\xbf" + GOOD)
    table = read_survey_csv(path)
    assert table.missing == []
    assert table.header_of("value") == "Value"
    planned, errors = plan_import(journey, table)
    assert errors == []
    assert [(card, m.name, m.value, m.date) for card, m in planned] == [
        ("b", "NPS", 42.0, dt.date(2026, 3, 1)),
        ("a", "CSAT", 4.5, dt.date(2026, 3, 31)),
        ("c", "CSAT", 3.9, dt.date(2026, 4, 1)),
        ("b", "CSAT", 4.6, None),
    ]
    assert planned[0][1].source == "results.csv"


def test_partly_bad_file_imports_nothing_and_reports_every_bad_row(journey: Journey) -> None:
    data = (b"touchpoint,metric,value,date\n"
            b"Checkout,CSAT,4.1,2026-01-01\n"
            b"Nowhere,CSAT,4.1,2026-01-01\n"
            b"Ad,CSAT,lots,2026-01-01\n"
            b"Ad,CSAT,3,2026-13-01\n"
            b"Ad,,3,\n"
            b"Ad,CSAT,3,yesterday\n")
    planned, errors = plan_import(journey, read_survey_csv(data))
    assert planned == []
    assert [(e.row, e.column) for e in errors] == [
        (3, "touchpoint"), (4, "value"), (5, "date"), (6, "metric"), (7, "date")]
    assert "Nowhere" in str(errors[0]) and str(errors[0]).startswith("row 3")


def test_ambiguous_title_asks_for_the_id(journey: Journey) -> None:
    journey.cards[3].title = "Ad"
    _, errors = plan_import(journey, read_survey_csv(b"touchpoint,metric,value\nad,X,1\n"))
    assert "2 touchpoints" in errors[0].problem


def test_missing_columns_are_named(journey: Journey) -> None:
    table = read_survey_csv(b"Touchpoint,Score X,When\nAd,1,2026-01-01\n")
    assert table.missing == ["metric", "value"]
    planned, errors = plan_import(journey, table)
    assert planned == [] and errors[0].row == 1
    assert "metric" in errors[0].problem and "value" in errors[0].problem


def test_user_mapping_overrides_detection(journey: Journey) -> None:
    data = b"Step,KPI name,Score X,Day\nAd,CSAT,2,5.6.2026\n"
    table = read_survey_csv(data, mapping={"touchpoint": "step", "metric": "KPI name",
                                           "value": "Score X", "date": "Day"})
    planned, errors = plan_import(journey, table)
    assert errors == []
    assert planned[0][0] == "a" and planned[0][1].value == 2.0
    with pytest.raises(BridgeError, match="no column 'Nope'"):
        with_mapping(table, {"value": "Nope"})


@pytest.mark.parametrize(("data", "message"), [
    ("touchpoint,metric,value\nAd,X,1\n".encode("utf-16"), "UTF-16"),
    ("touchpoint,metric,value\nAd,X,1\n".encode("utf-16-le"), "UTF-16"),
    (b"\x00\x01\x02binary\x00stuff" * 10, "binary"),
    (b"PK\x03\x04rest", "Excel"),
    ("touchpoint,metric,value\nCafé,X,1\n".encode("latin-1"), "not UTF-8"),
    (b"", "empty"),
    (b"  \n\n", "empty"),
    (b'touchpoint,metric,value\n"Ad,X,1\n', "not valid CSV"),
])
def test_hostile_files_are_refused_with_one_clear_line(data: bytes, message: str) -> None:
    with pytest.raises(BridgeError, match=message) as caught:
        read_survey_csv(data, name="s.csv")
    assert "\n" not in str(caught.value) and str(caught.value).startswith("s.csv")


def test_header_only_file_has_no_data_rows(journey: Journey) -> None:
    _, errors = plan_import(journey, read_survey_csv(b"touchpoint,metric,value\n"))
    assert "no data rows" in errors[0].problem


def test_missing_and_folder_paths(tmp_path: Path) -> None:
    with pytest.raises(BridgeError, match="no such file"):
        read_survey_csv(tmp_path / "nope.csv")
    with pytest.raises(BridgeError, match="folder"):
        read_survey_csv(tmp_path)


def test_100000_rows_are_fine_and_100001_are_refused(journey: Journey) -> None:
    head = b"touchpoint,metric,value,date\n"
    row = b"a,CSAT,4.2,2026-01-01\n"
    table = read_survey_csv(head + row * MAX_ROWS)
    assert len(table.rows) == MAX_ROWS
    # Valid rows, but 100,000 metrics on one card exceed its list limit: all refused.
    planned, errors = plan_import(journey, table)
    assert planned == [] and errors
    with pytest.raises(BridgeError, match="more than 100,000 rows"):
        read_survey_csv(head + row * (MAX_ROWS + 1))


def test_values_and_dates() -> None:
    assert parse_value("4,5") == 4.5
    assert parse_value("1.234,5") == 1234.5
    assert parse_value("1,234.5") == 1234.5
    assert parse_value("-3") == -3.0
    for bad in ("nan", "inf", "1e400", "4,5,6", "abc", "1e13"):
        with pytest.raises(ValueError):
            parse_value(bad)
    assert parse_date("2026-02-28") == dt.date(2026, 2, 28)
    assert parse_date("28.2.2026") == dt.date(2026, 2, 28)
    assert parse_date("28-02-2026") == dt.date(2026, 2, 28)
    assert parse_date("") is None
    for bad in ("2026-02-30", "28.2.26", "28.2-2026", "Feb 28"):
        with pytest.raises(ValueError):
            parse_date(bad)


def test_latest_values_and_names(journey: Journey) -> None:
    planned, _ = plan_import(journey, read_survey_csv(GOOD))
    for card_id, metric in planned:
        next(c for c in journey.cards if c.id == card_id).metrics.append(metric)
    assert metric_names(journey) == ["CSAT", "NPS"]
    # b: CSAT 4.2 dated 2026-10-01 beats the undated 4.6.
    assert latest_values(journey, "CSAT") == {"a": 4.5, "b": 4.2, "c": 3.9}
