"""The file format page: what a `.journey` file holds, made from the JSON Schema shipped
with the editor (its keys, objects and limits) and from the reader's own constants
(versions, file limits), so that the page cannot describe another format than the one
the editor reads. Only the explanations are written by hand, in the catalogs."""

from __future__ import annotations

import json
from functools import cache
from html import escape
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, QUrl

from journey_editor.fileformat import migrations
from journey_editor.fileformat.reader import MAX_FILE_BYTES
from journey_editor.i18n import QT_TRANSLATE_NOOP
from journey_editor.model.types import (
    FORMAT_VERSION,
    MAX_CARDS,
    MAX_FILE_CARDS,
    MAX_FILE_ENTRIES,
    MAX_JOURNEYS,
    MAX_LIST,
    MAX_NAME,
    MAX_PICTURE_BYTES,
    MAX_TEXT,
)
from journey_editor.resources import resource_path

Schema = dict[str, Any]

# What each top-level key is for; a key the schema gains fails tests/gui/test_help_pages.py
# until it is explained here.
TOP_LEVEL: dict[str, str] = {
    "format": QT_TRANSLATE_NOOP("FileFormat", "Marks the file as a Journey Editor map."),
    "version": QT_TRANSLATE_NOOP("FileFormat", "The format version the file is written in."),
    "title": QT_TRANSLATE_NOOP("FileFormat", "The map's title."),
    "personas": QT_TRANSLATE_NOOP("FileFormat", "The people the journeys are about: name, "
                                                "segment, goals, needs, frustrations, quote "
                                                "and photo."),
    "journeys": QT_TRANSLATE_NOOP("FileFormat", "The journey maps: stages, lanes, cards, "
                                                "connections, the review checklist and dot "
                                                "voting."),
    "revisions": QT_TRANSLATE_NOOP("FileFormat", "The revision log: when, by whom and what "
                                                 "changed, one entry per save with a summary."),
    "conflicts": QT_TRANSLATE_NOOP("FileFormat", "What a merge of two versions of the map could "
                                                 "not decide, until someone picks a side; left "
                                                 "out when there is none."),
    "snapshots": QT_TRANSLATE_NOOP("FileFormat", "The named revisions' (baselines') copies of "
                                                 "the journeys, to compare the map with later; "
                                                 "left out when there is none."),
    "images": QT_TRANSLATE_NOOP("FileFormat", "The pictures on cards and the personas' "
                                              "photos, once each, by the SHA-256 of their "
                                              "bytes (a card's or persona's picture key): "
                                              "PNG or JPEG as base64, with their size in "
                                              "pixels; only those a card or persona shows; "
                                              "left out when there is none."),
}

# (object, key, the object whose id it holds): the references the reader checks.
REFERENCES: tuple[tuple[str, str, str], ...] = (
    ("Journey", "persona", "Persona"),
    ("Journey", "based_on", "Journey"),
    ("Card", "stage", "Stage"),
    ("Card", "lane", "Lane"),
    ("Connection", "source", "Card"),
    ("Connection", "target", "Card"),
    ("Lane", "emotion_values", "Stage"),
    ("Revision", "snapshot", "Snapshot"),
)


def _t(text: str) -> str:
    return QCoreApplication.translate("FileFormat", text)


def schema_path() -> Path:
    return resource_path("schema", f"journey-{FORMAT_VERSION}.schema.json")


@cache
def shipped_schema() -> Schema:
    schema: Schema = json.loads(schema_path().read_text(encoding="utf-8"))
    return schema


def _number(value: int) -> str:
    return QLocale().toString(value)  # 200 000 in Finnish, 200.000 in Danish


def value_text(prop: Schema) -> str:
    """What a key holds, in words: 'list of Journey, at most 200'."""
    if "enum" in prop:
        return " | ".join(json.dumps(v, ensure_ascii=False) for v in prop["enum"])
    if "$ref" in prop:
        return str(prop["$ref"]).rsplit("/", 1)[-1]
    if "anyOf" in prop:
        return " | ".join(value_text(option) for option in prop["anyOf"])
    kind = prop.get("type", "")
    if kind == "array":
        text, limit = _t("list of {0}").format(value_text(prop.get("items", {}))), \
            prop.get("maxItems")
        return text if limit is None else _t("{0}, at most {1}").format(text, _number(limit))
    if kind == "string" and "maxLength" in prop:
        return _t("text of at most {0} characters").format(_number(prop["maxLength"]))
    names = {"string": _t("text"), "integer": _t("whole number"), "number": _t("number"),
             "boolean": _t("true or false"), "null": "null", "object": _t("object")}
    return names.get(kind, str(kind))


def _top_level(schema: Schema) -> str:
    workspace = schema["$defs"]["Workspace"]
    required = set(workspace.get("required", ()))
    mark = "<br><i>" + escape(_t("required")) + "</i>"
    rows = "".join(
        f"<tr><td><code>{escape(key)}</code>{mark if key in required else ''}</td>"
        f"<td>{escape(value_text(prop))}</td>"
        f"<td>{escape(_t(TOP_LEVEL[key]) if key in TOP_LEVEL else '')}</td></tr>"
        for key, prop in workspace["properties"].items())
    head = "".join(f"<th align='left'>{escape(h)}</th>"
                   for h in (_t("Key"), _t("Value"), _t("What it holds")))
    title = _t("Top-level keys")
    return (f"<h3>{escape(title)}</h3>"
            f"<table border='1' cellspacing='0' cellpadding='4' width='100%'>"
            f"<tr>{head}</tr>{rows}</table>")


def _identifiers(schema: Schema) -> str:
    with_id = [name for name, body in schema["$defs"].items() if "id" in body.get("properties", {})]
    some_id = schema["$defs"][with_id[0]]["properties"]["id"]
    carry = _t("These objects carry an id: {0}.").format(", ".join(with_id))
    lengths = _t("An id is text of {0} to {1} characters that never changes when a name "
                 "does, so that references hold and a version control diff stays small. "
                 "Personas and journeys are unique in the file, the others in their "
                 "journey.").format(some_id.get("minLength", 1), some_id.get("maxLength", ""))
    refuses = _t("The editor refuses a file whose references lead nowhere:")
    references = "".join(
        f"<li><code>{escape(owner)}.{escape(key)}</code> → "
        f"<code>{escape(target)}.id</code></li>" for owner, key, target in REFERENCES)
    title = _t("Ids and references")
    return (f"<h3>{escape(title)}</h3><p>{escape(carry)} {escape(lengths)}</p>"
            f"<p>{escape(refuses)}</p><ul>{references}</ul>")


def _objects(schema: Schema) -> str:
    rows = []
    for name, body in schema["$defs"].items():
        required = set(body.get("required", ()))
        keys = ", ".join(f"<b>{escape(k)}</b>" if k in required else escape(k)
                         for k in body.get("properties", {}))
        rows.append(f"<p><code>{escape(name)}</code>: {keys}</p>")
    note = _t("Each object and its keys, the required ones in bold; the schema gives each "
              "key's type, range and default.")
    title = _t("Objects")
    return f"<h3>{escape(title)}</h3><p>{escape(note)}</p>" + "".join(rows)


def _versions() -> str:
    text = _t("This editor writes format version {0} and reads versions {1} to {0}. An older "
              "file is upgraded step by step as it opens; the file itself changes only when "
              "you save, and the save keeps the previous file beside it as a .bak. A file "
              "from a newer Journey Editor is not opened: the message names its version, "
              "and the file stays as it is.").format(FORMAT_VERSION,
                                                     migrations.oldest_readable())
    title = _t("Versions and upgrades")
    return f"<h3>{escape(title)}</h3><p>{escape(text)}</p>"


def _limits() -> str:
    whole = _t("A file holds at most {0} MB, {1} journeys, {2} cards and as many connections "
               "in all its journeys together ({3} of each in one journey), and {4} entries: "
               "stages, lanes, checklist answers, and the cards' evidence, metrics, "
               "comments and votes.").format(
        *map(_number, (MAX_FILE_BYTES // 2**20, MAX_JOURNEYS, MAX_FILE_CARDS, MAX_CARDS,
                       MAX_FILE_ENTRIES)))
    parts = _t("A name holds at most {0} characters, a longer text {1}, a list {2} entries, "
               "and a picture (on a card, or a persona's photo) {3} KB.").format(
        *map(_number, (MAX_NAME, MAX_TEXT, MAX_LIST, MAX_PICTURE_BYTES // 1024)))
    title = _t("Limits")
    return f"<h3>{escape(title)}</h3><p>{escape(whole)}</p><p>{escape(parts)}</p>"


def format_html() -> str:
    """The whole page, in the interface's language; keys and names stay as in the file."""
    schema = shipped_schema()
    intro = _t("A .journey file is one workspace of journey maps as JSON text in UTF-8, "
               "indented so that version control shows small differences. This page is "
               "made from the JSON Schema that describes the format, installed with the "
               "editor:")
    path = schema_path()
    link = f"<a href='{QUrl.fromLocalFile(str(path)).toString()}'>{escape(str(path))}</a>"
    ident = _t("Its identifier: {0}").format(schema.get("$id", ""))
    return (f"<p>{escape(intro)}</p><p>{link}</p><p>{escape(ident)}</p>"
            + _top_level(schema) + _identifiers(schema) + _versions() + _limits()
            + _objects(schema))
