"""Card fields <-> CSV cells: the columns, and how each value is written and read back.

Columns: `id`, then where the card is by name (`stage`, `lane`) and by id (`stage_id`,
`lane_id`, and `lane_kind`, used only when an import creates the lane), then every
other card field under its own name, in the model's order. The names are the model's
field names, untranslated, so a file works whatever language the UI speaks.

Cells: text as it is (newlines and quotes are the CSV's business), except that text
starting like a spreadsheet formula (= + - @ tab CR) or with an apostrophe gets an
apostrophe in front, so that a hostile map cannot run a formula in whoever opens its
CSV (OWASP's advice); reading takes that apostrophe off again (only where the rest
starts so too: `'90s shoppers` typed in a spreadsheet stays as it is). true/false for
yes-no fields; whole numbers as digits; an empty cell for no value (no emotion, no
colour, an empty list). Evidence, metrics, comments and votes are JSON in their cell
(`[{"kind":"survey","note":"Q3"}]`, `{"Ann":2}`): readable, exact for any text, and
validated by the same schema as the file. Reading, an empty cell means the field's
default and `yes`/`no`, `1`/`0` and any case of true/false are accepted.

Checks and defaults come from the model's own types (`msgspec.inspect`), so a new card
field or a changed limit needs no change here.
"""

from __future__ import annotations

import re
import typing
from dataclasses import dataclass
from typing import Any

import msgspec
import msgspec.inspect as mi

from journey_editor.i18n import translate
from journey_editor.model.types import Card, Lane, Stage

_PLACEMENT: dict[str, tuple[type[msgspec.Struct], str]] = {
    "id": (Card, "id"),
    "stage": (Stage, "name"),
    "lane": (Lane, "name"),
    "stage_id": (Card, "stage"),
    "lane_id": (Card, "lane"),
    "lane_kind": (Lane, "kind"),
}
CARD_COLUMNS: tuple[str, ...] = tuple(
    name for name in Card.__struct_fields__ if name not in ("id", "stage", "lane"))
COLUMN_FIELDS: dict[str, tuple[type[msgspec.Struct], str]] = {
    **_PLACEMENT, **{name: (Card, name) for name in CARD_COLUMNS}}
COLUMNS: tuple[str, ...] = tuple(COLUMN_FIELDS)

_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "'")
_TRUE = {"true", "yes", "1"}
_FALSE = {"false", "no", "0"}
_EXAMPLES = {"color": "#1f6fb2"}


def _t(text: str) -> str:
    return translate("Bridges", text)


class CellError(ValueError):
    """A cell that cannot be read; `str()` says why, in words for the user."""


@dataclass(frozen=True)
class _Spec:
    kind: mi.Type  # the value's type, Optional and metadata removed
    default: Any  # None for a required field: an empty cell means "not given"
    hint: Any  # the annotation itself, to decode JSON cells with msgspec


def _spec(struct: type[msgspec.Struct], name: str) -> _Spec:
    # The ignore: type_info() of a Struct class is a StructType, which has .fields.
    info = next(f for f in mi.type_info(struct).fields if f.name == name)  # type: ignore[attr-defined]
    kind = info.type
    if isinstance(kind, mi.UnionType):  # `X | None`: an empty cell is the None
        kind = next(t for t in kind.types if not isinstance(t, mi.NoneType))
    if isinstance(kind, mi.Metadata):
        kind = kind.type
    default = (info.default_factory() if info.default_factory is not msgspec.NODEFAULT
               else info.default)
    return _Spec(kind, None if info.required else default,
                 typing.get_type_hints(struct, include_extras=True)[name])


SPECS: dict[str, _Spec] = {column: _spec(*where) for column, where in COLUMN_FIELDS.items()}


def encode_cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return "'" + value if value.startswith(_FORMULA_STARTS) else value
    if isinstance(value, int | float):
        return str(value)
    return msgspec.json.encode(value).decode() if value else ""


def decode_cell(column: str, cell: str) -> Any:
    """The value of a cell; None for an empty cell of a field without a default
    (the id or a stage or lane: "not given"). Raises CellError."""
    spec = SPECS[column]
    if cell == "":
        return spec.default
    value = _decode(column, cell, spec)
    # msgspec omits a default from the saved file only when it is the default object
    # itself (`is`, for text): an equal copy would add "status": "draft" to the file.
    return spec.default if value == spec.default else value


def _decode(column: str, cell: str, spec: _Spec) -> Any:
    kind = spec.kind
    if isinstance(kind, mi.StrType):
        return _text(column, cell, kind)
    if isinstance(kind, mi.LiteralType):
        return _choice(cell, kind)
    if isinstance(kind, mi.BoolType):
        return _flag(cell)
    if isinstance(kind, mi.IntType):
        return _whole(cell, kind)
    return _json(cell, spec.hint)


def _text(column: str, cell: str, kind: mi.StrType) -> str:
    if cell.startswith("'") and cell[1:].startswith(_FORMULA_STARTS):
        cell = cell[1:]  # the apostrophe export put in front
    if kind.max_length is not None and len(cell) > kind.max_length:
        raise CellError(_t("{0} characters long; the limit is {1}").format(
            len(cell), kind.max_length))
    if kind.pattern is not None and not re.search(kind.pattern, cell):
        example = _EXAMPLES.get(column)
        raise CellError(_t("'{0}' is not a colour like {1}").format(cell, example) if example
                        else _t("'{0}' is not in the expected form").format(cell))
    return cell


def _choice(cell: str, kind: mi.LiteralType) -> Any:
    value = cell.strip()
    if value not in kind.values:
        raise CellError(_t("'{0}' is not one of: {1}").format(
            value, ", ".join(map(str, kind.values))))
    return value


def _flag(cell: str) -> bool:
    value = cell.strip().casefold()
    if value in _TRUE:
        return True
    if value in _FALSE:
        return False
    raise CellError(_t("'{0}' is not true or false").format(cell))


def _whole(cell: str, kind: mi.IntType) -> int:
    low, high = kind.ge, kind.le
    try:
        value = int(cell.strip())
    except ValueError:
        value = None
    if value is None or (low is not None and value < low) or (high is not None and value > high):
        raise CellError(_t("'{0}' is not a whole number from {1} to {2}").format(cell, low, high))
    return value


def _json(cell: str, hint: Any) -> Any:
    try:
        return msgspec.json.decode(cell, type=hint)
    except msgspec.ValidationError as error:
        raise CellError(_t("the list does not fit: {0}").format(error)) from None
    except (msgspec.DecodeError, RecursionError) as error:
        raise CellError(_t("not valid JSON: {0}").format(error)) from None
