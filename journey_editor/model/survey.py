"""Survey results, matched to the touchpoints of a journey (no Qt, no files).

A survey file has one row per measurement: the touchpoint (its card's title or id),
the metric's name, the value and, optionally, the date and the source. The columns
are recognised by their header (`detect_mapping`); a mapping {role: header} chosen
by the user wins (`bridges.survey_csv.with_mapping`). The import is all-or-nothing:
`plan_import` reads every row and returns the metrics to add only when no row has a
problem; otherwise it returns every problem (one `RowError` per bad cell) and nothing
to add.

Rows are numbered as a spreadsheet shows them (the header is row 1). Reading the file
(and refusing hostile ones) is `bridges/survey_csv.py`'s job: this module gets the cells.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from dataclasses import dataclass, field

from journey_editor.i18n import translate
from journey_editor.model.types import MAX_LIST, MAX_NAME, Journey, Metric

MAX_VALUE = 1e12

ROLES = ("touchpoint", "metric", "value", "date", "source")
REQUIRED = ("touchpoint", "metric", "value")

# Header names (lower case, spaces/underscores/dashes folded) recognised for each role.
ALIASES: dict[str, tuple[str, ...]] = {
    "touchpoint": ("touchpoint", "touchpoint title", "touchpoint id", "touch point", "card",
                   "card id", "card title", "title", "id", "kontaktpunkt", "touchpoint name"),
    "metric": ("metric", "metric name", "measure", "kpi", "question", "indicator", "name"),
    "value": ("value", "score", "result", "rating", "wert", "mean", "average"),
    "date": ("date", "survey date", "measured", "measured on", "when", "datum", "day"),
    "source": ("source", "survey", "origin", "quelle"),
}

_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_DMY = re.compile(r"^(\d{1,2})([./-])(\d{1,2})\2(\d{4})$")
_NUMBER = re.compile(r"^[+-]?(\d+([.,]\d*)?|[.,]\d+)([eE][+-]?\d+)?$")


def _t(text: str) -> str:
    return translate("Survey", text)


@dataclass(frozen=True)
class RowError:
    """One bad cell (or a missing column: row 1, the header). `column` is the header."""

    row: int
    column: str | None
    problem: str

    def __str__(self) -> str:
        where = _t("row {0}").format(self.row)
        if self.column:
            where += ", " + _t("column '{0}'").format(self.column)
        return f"{where}: {self.problem}"


@dataclass
class SurveyTable:
    """The cells of a survey file and which column plays which role."""

    name: str  # the file name, for messages and as the metrics' default source
    headers: list[str]
    rows: list[tuple[int, list[str]]]  # (spreadsheet row number, cells)
    mapping: dict[str, int] = field(default_factory=dict)  # role -> column index

    @property
    def missing(self) -> list[str]:
        return [role for role in REQUIRED if role not in self.mapping]

    def header_of(self, role: str) -> str | None:
        index = self.mapping.get(role)
        return None if index is None else self.headers[index]

    def cell(self, cells: list[str], role: str) -> str:
        index = self.mapping.get(role)
        if index is None or index >= len(cells):
            return ""
        return cells[index].strip()


def fold_header(text: str) -> str:
    """A header as compared: lower case, runs of spaces, underscores and dashes as one space."""
    return re.sub(r"[\s_\-]+", " ", text.strip().lower())


def detect_mapping(headers: list[str]) -> dict[str, int]:
    """Each role's column by its header name (the first column that fits; one role each)."""
    folded = [fold_header(h) for h in headers]
    found: dict[str, int] = {}
    taken: set[int] = set()
    for role in ROLES:
        for alias in ALIASES[role]:
            index = next((i for i, h in enumerate(folded) if h == alias and i not in taken), None)
            if index is not None:
                found[role] = index
                taken.add(index)
                break
    return found


def parse_value(text: str) -> float:
    """A number: `4.5`, `4,5` (decimal comma), `1 234,5`, `1,234.5`. ValueError otherwise."""
    cleaned = text.strip().replace("\u00a0", "").replace(" ", "").replace("\u202f", "")
    if "," in cleaned and "." in cleaned:  # the last separator is the decimal one
        thousands = "," if cleaned.rfind(".") > cleaned.rfind(",") else "."
        cleaned = cleaned.replace(thousands, "")
    if not _NUMBER.match(cleaned):
        raise ValueError(_t("'{0}' is not a number").format(text))
    value = float(cleaned.replace(",", "."))
    if not math.isfinite(value) or abs(value) > MAX_VALUE:
        raise ValueError(_t("{0} is out of range").format(text))
    return value


def parse_date(text: str) -> dt.date | None:
    """A date as yyyy-mm-dd, d.m.yyyy or d-m-yyyy (d/m/yyyy too); "" is no date."""
    text = text.strip()
    if not text:
        return None
    iso = _ISO.match(text)
    dmy = _DMY.match(text)
    try:
        if iso:
            return dt.date(int(iso[1]), int(iso[2]), int(iso[3]))
        if dmy:
            return dt.date(int(dmy[4]), int(dmy[3]), int(dmy[1]))
    except ValueError:
        raise ValueError(_t("'{0}' is not a valid date").format(text)) from None
    raise ValueError(_t("'{0}' is not a date (use 2026-03-31 or 31.3.2026)").format(text))


def plan_import(journey: Journey, table: SurveyTable
                ) -> tuple[list[tuple[str, Metric]], list[RowError]]:
    """The (card id, metric) pairs to add, in row order, and every problem found; when
    there is any problem the list of pairs is empty (nothing is imported)."""
    if table.missing:
        names = ", ".join(table.missing)
        return [], [RowError(1, None, _t("missing column(s): {0} (choose them in the mapping)")
                             .format(names))]
    if not table.rows:
        return [], [RowError(1, None, _t("the file has no data rows"))]
    by_id = {card.id: card.id for card in journey.cards}
    by_title: dict[str, list[str]] = {}
    for card in journey.cards:
        if card.title.strip():
            by_title.setdefault(card.title.strip().casefold(), []).append(card.id)
    counts = {card.id: len(card.metrics) for card in journey.cards}
    column = {role: table.header_of(role) for role in ROLES}
    planned: list[tuple[str, Metric]] = []
    errors: list[RowError] = []
    for number, cells in table.rows:
        before = len(errors)
        card_id = _match_card(table.cell(cells, "touchpoint"), by_id, by_title, number,
                              column["touchpoint"], errors)
        metric = table.cell(cells, "metric")
        if not metric:
            errors.append(RowError(number, column["metric"], _t("the metric name is empty")))
        elif len(metric) > MAX_NAME:
            errors.append(RowError(number, column["metric"],
                                   _t("the metric name is longer than {0} characters")
                                   .format(MAX_NAME)))
        raw_value = table.cell(cells, "value")
        value = 0.0
        if not raw_value:
            errors.append(RowError(number, column["value"], _t("the value is empty")))
        else:
            try:
                value = parse_value(raw_value)
            except ValueError as error:
                errors.append(RowError(number, column["value"], str(error)))
        date = None
        try:
            date = parse_date(table.cell(cells, "date"))
        except ValueError as error:
            errors.append(RowError(number, column["date"], str(error)))
        source = table.cell(cells, "source")[:MAX_NAME] if "source" in table.mapping \
            else table.name[:MAX_NAME]
        if len(errors) > before or card_id is None:
            continue
        counts[card_id] += 1
        if counts[card_id] > MAX_LIST:
            errors.append(RowError(number, column["touchpoint"],
                                   _t("the touchpoint would have more than {0} metrics")
                                   .format(MAX_LIST)))
            continue
        planned.append((card_id, Metric(name=metric, value=value, date=date, source=source)))
    return ([] if errors else planned), errors


def _match_card(text: str, by_id: dict[str, str], by_title: dict[str, list[str]], number: int,
                column: str | None, errors: list[RowError]) -> str | None:
    if not text:
        errors.append(RowError(number, column, _t("the touchpoint is empty")))
        return None
    if text in by_id:
        return by_id[text]
    found = by_title.get(text.casefold(), [])
    if len(found) == 1:
        return found[0]
    if found:
        errors.append(RowError(number, column, _t("{0} touchpoints are called '{1}'; use the "
                                                  "card's id instead").format(len(found), text)))
    else:
        errors.append(RowError(number, column,
                               _t("no touchpoint has the title or id '{0}'").format(text)))
    return None


def latest_values(journey: Journey, metric: str) -> dict[str, float]:
    """Each card's latest value of a metric (by date; undated count as oldest; on equal
    dates the later entry wins). Cards without it are left out."""
    result: dict[str, float] = {}
    for card in journey.cards:
        best: tuple[dt.date, int] | None = None
        for index, m in enumerate(card.metrics):
            if m.name != metric:
                continue
            key = (m.date or dt.date.min, index)
            if best is None or key >= best:
                best = key
                result[card.id] = m.value
    return result


def metric_names(journey: Journey) -> list[str]:
    """The metric names used on the journey's cards, sorted."""
    return sorted({m.name for card in journey.cards for m in card.metrics}, key=str.casefold)
