import json

from journey_editor.fileformat import encode_workspace
from journey_editor.fileformat.schema import schema_bytes
from journey_editor.model.types import FORMAT_VERSION
from journey_editor.resources import resource_path
from tests.factories import small_workspace


def test_shipped_schema_is_the_one_generated_from_the_model() -> None:
    shipped = resource_path("schema", f"journey-{FORMAT_VERSION}.schema.json").read_bytes()
    assert shipped == schema_bytes(), "run: python -m journey_editor.fileformat.schema"


def test_schema_describes_every_top_level_key_of_a_saved_file() -> None:
    schema = json.loads(schema_bytes())
    workspace_props = schema["$defs"]["Workspace"]["properties"]
    saved = json.loads(encode_workspace(small_workspace()))
    assert set(saved) <= set(workspace_props)
    assert schema["$defs"]["Workspace"]["required"] == ["format", "version"]
    card = schema["$defs"]["Card"]["properties"]
    emotion = card["emotion"]["anyOf"][0]
    assert (emotion["type"], emotion["minimum"], emotion["maximum"]) == ("integer", -3, 3)
