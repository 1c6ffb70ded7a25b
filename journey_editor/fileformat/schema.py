"""The `.journey` format as JSON Schema, generated from the model so the two cannot drift."""

from __future__ import annotations

import msgspec

from journey_editor.model.types import FORMAT_VERSION, Workspace

SCHEMA_ID = f"https://journey-editor.org/schema/journey-{FORMAT_VERSION}.schema.json"


def json_schema() -> dict[str, object]:
    schema = msgspec.json.schema(Workspace)
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SCHEMA_ID,
        "title": "Journey Editor document",
        "description": "A workspace of customer journey maps (UTF-8 JSON, file extension .journey).",
        **schema,
    }


def schema_bytes() -> bytes:
    return msgspec.json.format(msgspec.json.encode(json_schema()), indent=2) + b"\n"


if __name__ == "__main__":  # regenerate the shipped copy: python -m journey_editor.fileformat.schema
    from journey_editor.resources import resource_path

    resource_path("schema", f"journey-{FORMAT_VERSION}.schema.json").write_bytes(schema_bytes())
