"""Turns msgspec's decoder messages into places and words a facilitator understands."""

from __future__ import annotations

import codecs
import re

import msgspec
from msgspec import inspect

from journey_editor.i18n import QT_TRANSLATE_NOOP, translate

_TYPE_WORDS = {
    "int": QT_TRANSLATE_NOOP("FileErrors", "a whole number"),
    "float": QT_TRANSLATE_NOOP("FileErrors", "a number"),
    "str": QT_TRANSLATE_NOOP("FileErrors", "text"),
    "bool": QT_TRANSLATE_NOOP("FileErrors", "true or false"),
    "null": QT_TRANSLATE_NOOP("FileErrors", "nothing (null)"),
    "array": QT_TRANSLATE_NOOP("FileErrors", "a list"),
    "object": QT_TRANSLATE_NOOP("FileErrors", "a group of fields"),
    "bytes": QT_TRANSLATE_NOOP("FileErrors", "base64 data"),
}
# "... - at `$.path`", or for a mapping's key (a picture's) "... - at `key` in `$.path`".
_AT = re.compile(r"^(?P<what>.*?)(?: - at (?P<key>`key` in )?`\$(?P<path>[^`]*)`)?$", re.DOTALL)
_PATH_PART = re.compile(r"\.([A-Za-z_][A-Za-z0-9_]*)|\[(\d+)\]|\[\.\.\.\]")


def _t(text: str) -> str:
    return translate("FileErrors", text)


def _words(type_expr: str) -> str:
    names = [part.strip() for part in type_expr.split("|")]
    return _t(" or ").join(_t(_TYPE_WORDS.get(n, n)) for n in names)


def _allowed_values(root: type, path: str) -> list[str]:
    """The enum values allowed at a JSON path, found by walking the type tree."""
    info: inspect.Type = inspect.type_info(root)
    for name, _index in _PATH_PART.findall(path):
        info = _unwrap(info)
        if name and isinstance(info, inspect.StructType):
            info = next((f.type for f in info.fields if f.encode_name == name), inspect.AnyType())
        elif isinstance(info, (inspect.ListType, inspect.DictType)):
            info = info.item_type if isinstance(info, inspect.ListType) else info.value_type
    info = _unwrap(info)
    if isinstance(info, inspect.LiteralType):
        return [str(v) for v in info.values]
    return []


def _unwrap(info: inspect.Type) -> inspect.Type:
    while True:
        if isinstance(info, inspect.Metadata):
            info = info.type
        elif isinstance(info, inspect.UnionType):
            info = next(t for t in info.types if not isinstance(t, inspect.NoneType))
        else:
            return info


# msgspec's wording of a schema violation -> ours (the groups fill the placeholders).
_RULES: tuple[tuple[str, str], ...] = (
    (r"Expected `(\w+)` of length <= (\d+)",
     QT_TRANSLATE_NOOP("FileErrors", "is too long (at most {1} items or characters)")),
    (r"Expected `(\w+)` of length >= (\d+)",
     QT_TRANSLATE_NOOP("FileErrors", "is too short (at least {1} items or characters)")),
    (r"Expected `(\w+)` matching regex",
     QT_TRANSLATE_NOOP("FileErrors", "has a value in the wrong form")),
    (r"Expected `(\w+)` <= (\S+)", QT_TRANSLATE_NOOP("FileErrors", "must be at most {1}")),
    (r"Expected `(\w+)` >= (\S+)", QT_TRANSLATE_NOOP("FileErrors", "must be at least {1}")),
    (r"Number out of range", QT_TRANSLATE_NOOP("FileErrors", "is a number too large to use")),
    (r"Object missing required field `(.+)`",
     QT_TRANSLATE_NOOP("FileErrors", "the required field '{0}' is missing")),
    # Files are read strictly, so a field added by a later version lands here.
    (r"Object contains unknown field `(.+)`",
     QT_TRANSLATE_NOOP("FileErrors", "has an unknown field '{0}' (a newer Journey Editor "
                                     "may have written it: update to open this file)")),
    (r"Invalid RFC3339 encoded (\w+)",
     QT_TRANSLATE_NOOP("FileErrors", "is not a valid {0} (write it as 2026-10-01)")),
    (r"Invalid base64 encoded string", QT_TRANSLATE_NOOP("FileErrors", "is not valid base64 data")),
)


def describe_validation(error: msgspec.ValidationError, root: type) -> tuple[str, str]:
    """(where, problem) for a schema violation."""
    match = _AT.match(str(error))
    assert match is not None  # the pattern matches any string
    what, path = match["what"], match["path"] or ""
    where = path.lstrip(".")
    if match["key"]:
        return where, _t("has a key in the wrong form")
    wrong_type = re.match(r"Expected `(.+)`, got `(\w+)`", what)
    if wrong_type:
        expected, found = (_words(g) for g in wrong_type.groups())
        return where, _t("expected {0}, found {1}").format(expected, found)
    for pattern, template in _RULES:
        matched = re.match(pattern, what)
        if matched:
            return where, _t(template).format(*matched.groups())
    enum = re.match(r"Invalid enum value (.+)", what)
    if enum:
        allowed = _allowed_values(root, path)
        text = _t("{0} is not allowed here").format(enum[1])
        if allowed:
            text += _t(" (allowed: {0})").format(", ".join(allowed))
        return where, text
    return where, what


def line_column(data: bytes, offset: int) -> str:
    """1-based "line L, column C" of a byte offset, the way an editor shows it."""
    offset = max(0, min(offset, len(data)))
    line = data.count(b"\n", 0, offset) + 1
    column = offset - (data.rfind(b"\n", 0, offset) + 1) + 1
    return _t("line {0}, column {1}").format(line, column)


def describe_syntax(error: msgspec.DecodeError, data: bytes) -> tuple[str, str]:
    """(where, problem) for JSON that does not parse."""
    text = str(error)
    if "truncated" in text:
        return line_column(data, len(data)), _t("the file ends too early (it may be cut off)")
    found = re.search(r"\(byte (\d+)\)", text)
    where = line_column(data, int(found[1])) if found else ""
    if "trailing characters" in text:
        return where, _t("unexpected text after the end of the data")
    return where, _t("this is not valid JSON here")


# The first four bytes of text that starts with an ASCII character (JSON always does; a
# CSV header or a Mermaid file nearly always): where the zero bytes fall tells the
# encoding (RFC 4627, section 3). A byte-order mark, when there is one, says it outright.
_WIDE_TEXT = [
    (b"\xff\xfe\x00\x00", "UTF-32"), (b"\x00\x00\xfe\xff", "UTF-32"),
    (b"\xff\xfe", "UTF-16"), (b"\xfe\xff", "UTF-16"),
]
_ZERO_PATTERNS = {
    (False, True, True, True): ("UTF-32", "utf-32-le"),
    (True, True, True, False): ("UTF-32", "utf-32-be"),
    (False, True, False, True): ("UTF-16", "utf-16-le"),
    (True, False, True, False): ("UTF-16", "utf-16-be"),
}


def wide_text(data: bytes) -> str | None:
    """The name of the encoding ("UTF-32", "UTF-16") when the bytes are text in one of
    them, with or without a byte-order mark; None for anything else (UTF-8, binary data)."""
    for mark, name in _WIDE_TEXT:
        if data.startswith(mark):
            return name
    # The ignore: a tuple() of a generator is tuple[bool, ...], the keys are 4-tuples.
    found = _ZERO_PATTERNS.get(tuple(byte == 0 for byte in data[:4]))  # type: ignore[arg-type]
    if found is None:
        return None
    name, codec = found
    try:  # four bytes are a hint; the start of the file must decode to be sure
        codecs.getincrementaldecoder(codec)().decode(data[:4096], final=False)
    except UnicodeDecodeError:
        return None
    return name
