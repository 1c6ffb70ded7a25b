"""The `.journey` format as JSON Schema, generated from the model so the two cannot drift."""

from __future__ import annotations

import msgspec

from journey_editor.fileformat.reader import MAX_FILE_BYTES
from journey_editor.model.types import (
    FORMAT_VERSION,
    MAX_CARDS,
    MAX_FILE_CARDS,
    MAX_FILE_ENTRIES,
    MAX_JOURNEYS,
    Workspace,
)

SCHEMA_ID = f"https://journey-editor.org/schema/journey-{FORMAT_VERSION}.schema.json"
# The limits a schema cannot express, which the reader checks as well.
FILE_LIMITS = (
    f"Limits over the whole file: at most {MAX_FILE_BYTES // 2**20} MB, {MAX_JOURNEYS} journeys, "
    f"{MAX_FILE_CARDS:,} cards and {MAX_FILE_CARDS:,} connections in all journeys together "
    f"({MAX_CARDS:,} of each in one journey), and {MAX_FILE_ENTRIES:,} entries (stages, lanes, "
    "checklist answers, and the cards' evidence, metrics, comments and votes)."
)


def json_schema() -> dict[str, object]:
    schema = msgspec.json.schema(Workspace)
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SCHEMA_ID,
        "title": "Journey Editor document",
        "description": ("A workspace of customer journey maps (UTF-8 JSON, file extension "
                        ".journey). " + FILE_LIMITS),
        **schema,
    }


def schema_bytes() -> bytes:
    return msgspec.json.format(msgspec.json.encode(json_schema()), indent=2) + b"\n"


# Regenerates the shipped copy: python -m journey_editor.fileformat.schema
if __name__ == "__main__":
    from journey_editor.resources import resource_path

    resource_path("schema", f"journey-{FORMAT_VERSION}.schema.json").write_bytes(schema_bytes())
