"""Reading a survey results CSV file into a `SurveyTable` (no Qt).

The file side of the survey import: the model (`model/survey.py`) matches rows to
touchpoints and never sees a path. Hostile files (UTF-16, binary, not UTF-8, empty,
too large, more than 100,000 rows) are refused with a one-line `BridgeError`; so is a
user's column mapping that names a header the file does not have.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from journey_editor.bridges.csv_cards import _records
from journey_editor.bridges.errors import BridgeError, decode_text, read_limited
from journey_editor.i18n import translate
from journey_editor.model.survey import ROLES, SurveyTable, detect_mapping, fold_header

MAX_ROWS = 100_000
MAX_SURVEY_BYTES = 64 * 2**20


def _t(text: str) -> str:
    return translate("Survey", text)  # the context the strings had in model/survey.py


def read_survey_csv(source: str | Path | bytes, mapping: dict[str, str | None] | None = None,
                    name: str = "survey.csv") -> SurveyTable:
    """The table of a survey CSV file (a path, or the file's bytes named `name`)."""
    if isinstance(source, bytes):
        path: Path = Path(name)
        if len(source) > MAX_SURVEY_BYTES:
            raise BridgeError(path, None, _t("the file is too large"))
        data = source
    else:
        path = Path(source)
        data = read_limited(path, MAX_SURVEY_BYTES)
    text = decode_text(data, path, _t("CSV UTF-8"))
    records = _records(text, path)
    headers = [cell.strip() for cell in next(records, [])]
    if not any(headers):
        raise BridgeError(path, 1, _t("the first row should name the columns, but it is empty"),
                          unit="row")
    rows: list[tuple[int, list[str]]] = []
    for number, record in enumerate(records, start=2):
        if not any(cell.strip() for cell in record):
            continue
        if len(rows) >= MAX_ROWS:
            raise BridgeError(path, None, _t("more than {0:,} rows; the limit is {0:,}")
                              .format(MAX_ROWS))
        rows.append((number, record))
    table = SurveyTable(path.name, headers, rows, detect_mapping(headers))
    return table if mapping is None else with_mapping(table, mapping)


def with_mapping(table: SurveyTable, mapping: dict[str, str | None]) -> SurveyTable:
    """A copy using the user's choice {role: header}; None or "" leaves a role unmapped."""
    folded = [fold_header(h) for h in table.headers]
    result: dict[str, int] = {}
    for role, header in mapping.items():
        if role not in ROLES:
            raise BridgeError(table.name, 1, _t("unknown column role '{0}'").format(role))
        if not header:
            continue
        try:
            result[role] = folded.index(fold_header(header))
        except ValueError:
            raise BridgeError(table.name, 1, _t("there is no column '{0}' for the {1}")
                              .format(header, role), unit="row") from None
    return replace(table, mapping=result)
