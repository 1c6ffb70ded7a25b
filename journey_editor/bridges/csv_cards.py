"""The cards of a journey as CSV, one row per card (see `csv_cells` for columns and cells).

Export writes UTF-8 with a BOM (so Excel reads the accents right), a header row, comma
delimiters and CRLF line ends; the same journey always gives the same bytes.

Import is all-or-nothing: every row is read and placed on a copy of the journey, and
only when no row has a problem is that copy returned; otherwise one BridgeError names
every bad row and column. Rows are numbered as a spreadsheet shows them (header = 1).
- A row whose `id` is a card of the journey updates that card: the columns present set
  its fields (an empty cell sets the default), absent columns leave them alone, and the
  card keeps its place in the card order (sorting the sheet does not reshuffle the map).
- Any other row creates a card (with the row's id if it has one), after the others.
- The stage and lane are found by NAME, the column people edit; the id columns only
  choose among stages of the same name, and give their id to a stage or lane the import
  creates when no stage or lane of that name exists. `lane_kind` is used only then.
Delimiters `,`, `;` and tab are recognised from the header line; a missing BOM is fine.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import msgspec

from journey_editor.bridges.csv_cells import (
    CARD_COLUMNS,
    COLUMNS,
    CellError,
    decode_cell,
    encode_cell,
)
from journey_editor.bridges.errors import BridgeError, Problem, decode_text
from journey_editor.i18n import translate
from journey_editor.model.types import (
    MAX_CARDS,
    MAX_LIST,
    Card,
    Journey,
    Lane,
    Stage,
    clone,
    new_id,
)

MAX_ROWS = MAX_CARDS
MAX_CSV_BYTES = 256 * 2**20
_DELIMITERS = ",;\t"
# The csv module refuses cells over 128 KiB by default; a card's lists may be longer.
_MAX_CELL = 64 * 2**20
# Without a name or id column, a row cannot say where its card goes.
_REQUIRED = (("title",), ("stage", "stage_id"), ("lane", "lane_id"))


def _t(text: str) -> str:
    return translate("Bridges", text)


def export_csv(journey: Journey, delimiter: str = ",") -> bytes:
    stages = {stage.id: stage for stage in journey.stages}
    lanes = {lane.id: lane for lane in journey.lanes}
    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    for card in journey.cards:
        writer.writerow(_row(card, stages[card.stage], lanes[card.lane]))
    return ("\ufeff" + out.getvalue()).encode("utf-8")


def _row(card: Card, stage: Stage, lane: Lane) -> list[str]:
    place = {"id": card.id, "stage": stage.name, "lane": lane.name, "stage_id": card.stage,
             "lane_id": card.lane, "lane_kind": lane.kind}
    return [encode_cell(place[c] if c in place else getattr(card, c)) for c in COLUMNS]


@dataclass
class Row:
    """One data row: its spreadsheet row number and the values of the columns present
    (None: an empty id, stage, lane or id column)."""

    number: int
    values: dict[str, Any]


@dataclass
class ImportSummary:
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    stages: list[str] = field(default_factory=list)  # names of the stages created
    lanes: list[str] = field(default_factory=list)


def import_csv(data: bytes, path: str | Path, journey: Journey) -> tuple[Journey, ImportSummary]:
    """A copy of `journey` with the file's rows applied; `journey` itself is untouched."""
    if len(data) > MAX_CSV_BYTES:
        raise BridgeError(path, None, _t("the file is too large"))
    rows = read_rows(decode_text(data, path, _t("CSV UTF-8")), path)
    return apply_rows(journey, rows, path)


def read_rows(text: str, path: str | Path) -> list[Row]:
    records = _records(text, path)
    header = _header(next(records, []), path)
    rows: list[Row] = []
    problems: list[Problem] = []
    count = 0
    for number, record in enumerate(records, start=2):
        if not any(cell.strip() for cell in record):
            continue  # blank lines and rows of empty cells, as spreadsheets leave them
        count += 1
        if count > MAX_ROWS:
            raise BridgeError(path, None, _t("more than {0:,} cards; the limit is {0:,}")
                              .format(MAX_ROWS))
        row = _read_row(number, record, header, problems)
        if row is not None:
            rows.append(row)
    _check_ids(rows, problems)
    if problems:
        raise BridgeError.several(path, problems)
    return rows


def _records(text: str, path: str | Path) -> Iterator[list[str]]:
    end = text.find("\n")
    first_line = text if end < 0 else text[:end]  # not split(): that would copy the rest
    delimiter = max(_DELIMITERS, key=first_line.count)
    if csv.field_size_limit() < _MAX_CELL:
        csv.field_size_limit(_MAX_CELL)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    try:
        yield from reader
    except csv.Error as error:
        raise BridgeError(path, reader.line_num,
                          _t("this is not valid CSV: {0}").format(error)) from None


def _header(record: list[str], path: str | Path) -> list[str | None]:
    """The column of each position (None: a column without a name, ignored if empty)."""
    names = [cell.strip().lower() or None for cell in record]
    problems = []
    known = set(COLUMNS)
    for name in names:
        if name is not None and name not in known:
            problems.append(Problem(1, _t("not a card field (export a journey to see the columns)"),
                                    name, "row"))
    seen: set[str] = set()
    for name in names:
        if name is not None and name in seen:
            problems.append(Problem(1, _t("this column appears twice"), name, "row"))
        seen.add(name or "")
    for group in _REQUIRED:
        if not seen.intersection(group):
            problems.append(Problem(1, _t("the column is missing"), group[0], "row"))
    if problems:
        raise BridgeError.several(path, problems)
    return names


def _read_row(number: int, record: list[str], header: list[str | None],
              problems: list[Problem]) -> Row | None:
    if len(record) != len(header):
        problems.append(Problem(number, _t("{0} cells, but the header has {1} columns").format(
            len(record), len(header)), None, "row"))
        return None
    values: dict[str, Any] = {}
    count = len(problems)
    for column, cell in zip(header, record, strict=True):
        if column is None:
            if cell.strip():
                problems.append(Problem(number, _t("a value under a column without a name"),
                                        None, "row"))
            continue
        try:
            values[column] = decode_cell(column, cell)
        except CellError as error:
            problems.append(Problem(number, str(error), column, "row"))
    return Row(number, values) if len(problems) == count else None


def _check_ids(rows: list[Row], problems: list[Problem]) -> None:
    first_row: dict[str, int] = {}
    for row in rows:
        card_id = row.values.get("id")
        if card_id is None:
            continue
        if card_id in first_row:
            problems.append(Problem(row.number, _t("the id '{0}' is also on row {1}").format(
                card_id, first_row[card_id]), "id", "row"))
        else:
            first_row[card_id] = row.number


class _Places:
    """Finds a stage or lane by name (the id choosing among equal names), creating it
    when no item of that name exists."""

    def __init__(self, items: list[Any], make: Callable[[str, str, Any], Any], prefix: str,
                 created: list[str]) -> None:
        self.items, self.make, self.prefix, self.created = items, make, prefix, created
        self.ids = {item.id for item in items}
        self.by_name: dict[str, list[str]] = {}
        for item in items:
            self.by_name.setdefault(item.name, []).append(item.id)

    def find(self, name: str | None, item_id: str | None, kind: Any = None) -> str:
        if name is None:
            if item_id is not None and item_id in self.ids:
                return item_id
            raise CellError(_t("no name, and no {0} has the id '{1}'").format(self.prefix, item_id)
                            if item_id else _t("the card needs a {0} name").format(self.prefix))
        same_name = self.by_name.get(name)
        if same_name:
            return item_id if item_id in same_name else same_name[0]
        fresh = item_id if item_id and item_id not in self.ids else new_id(self.prefix)
        self.items.append(self.make(fresh, name, kind))
        self.ids.add(fresh)
        self.by_name[name] = [fresh]
        self.created.append(name)
        return fresh


def apply_rows(journey: Journey, rows: list[Row],
               path: str | Path) -> tuple[Journey, ImportSummary]:
    result = clone(journey)
    summary = ImportSummary()
    stages = _Places(result.stages, lambda i, n, _: Stage(id=i, name=n), "stage", summary.stages)
    lanes = _Places(result.lanes, lambda i, n, k: Lane(id=i, name=n, kind=k or "text"), "lane",
                    summary.lanes)
    cards = {card.id: card for card in result.cards}
    problems: list[Problem] = []
    for row in rows:
        place = _place(row, stages, lanes, problems)
        if place is not None:
            _apply(row, place, cards, result, summary)
    if problems:
        raise BridgeError.several(path, problems)
    _check_limits(result, path)
    return result, summary


def _place(row: Row, stages: _Places, lanes: _Places,
           problems: list[Problem]) -> tuple[str, str] | None:
    values = row.values
    found = []
    for column, places, kind in (("stage", stages, None), ("lane", lanes, values.get("lane_kind"))):
        try:
            found.append(places.find(values.get(column), values.get(f"{column}_id"), kind))
        except CellError as error:
            problems.append(Problem(row.number, str(error), column, "row"))
    return (found[0], found[1]) if len(found) == 2 else None


def _apply(row: Row, place: tuple[str, str], cards: dict[str, Card], journey: Journey,
           summary: ImportSummary) -> None:
    fields = {name: value for name, value in row.values.items() if name in CARD_COLUMNS}
    card = cards.get(row.values.get("id") or "")
    if card is None:
        card = Card(id=row.values.get("id") or new_id("card"), stage=place[0], lane=place[1],
                    **fields)
        journey.cards.append(card)
        cards[card.id] = card
        summary.created += 1
        return
    before = msgspec.to_builtins(card)
    card.stage, card.lane = place
    for name, value in fields.items():
        setattr(card, name, value)
    if msgspec.to_builtins(card) == before:
        summary.unchanged += 1
    else:
        summary.updated += 1


def _check_limits(journey: Journey, path: str | Path) -> None:
    for items, limit, what in ((journey.cards, MAX_CARDS, _t("cards")),
                               (journey.stages, MAX_LIST, _t("stages")),
                               (journey.lanes, MAX_LIST, _t("lanes"))):
        if len(items) > limit:
            raise BridgeError(path, None, _t("the journey would have {0:,} {1}; the limit is {2:,}")
                              .format(len(items), what, limit))
