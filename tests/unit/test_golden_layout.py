"""Golden geometry: the layout of the retail template and four edge maps, point by point.

Each map's whole `JourneyLayout` (cards, headers, cells, arrows, curves...) is stored in
tests/golden/<map>.json, floats rounded to 0.01 pt, keys sorted, one short value a line,
so a change of the engine shows in a review as a readable diff of what moved.

A mismatch fails with the first differing paths. When the change is intended, write the
files again and review their diff before committing:

    .venv/bin/python -m pytest tests/unit/test_golden_layout.py --update-golden

(or JOURNEY_UPDATE_GOLDEN=1 in the environment). Without one of them nothing is written.
"""

from __future__ import annotations

import dataclasses
import json
import os
from pathlib import Path

import pytest

from journey_editor.layout.engine import lay_out
from journey_editor.layout.geometry import JourneyLayout
from tests.layout_maps import NAMED_MAPS

GOLDEN = Path(__file__).parent.parent / "golden"
DECIMALS = 2
LINE = 100  # a value whose JSON fits in this many characters stays on one line
SHOWN = 12  # differing paths a failure lists

Plain = None | bool | int | float | str | list["Plain"] | dict[str, "Plain"]


def _plain(value: object) -> Plain:
    """The layout as JSON values: named tuples and dataclasses become objects (their
    private caches left out), a (stage, lane) key becomes "stage|lane"."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _plain(getattr(value, f.name))
                for f in dataclasses.fields(value) if not f.name.startswith("_")}
    if isinstance(value, tuple) and hasattr(value, "_fields"):
        return {name: _plain(item) for name, item in zip(value._fields, value, strict=True)}
    if isinstance(value, dict):
        return {"|".join(k) if isinstance(k, tuple) else str(k): _plain(v)
                for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(item) for item in value]
    if isinstance(value, float):
        return round(value, DECIMALS) + 0.0  # + 0.0: no "-0.0" beside "0.0"
    assert value is None or isinstance(value, bool | int | str), type(value)
    return value


def _dump(value: Plain, indent: int = 0) -> str:
    """JSON with sorted keys: short values on one line, longer ones one entry a line."""
    flat = json.dumps(value, sort_keys=True, ensure_ascii=False)
    if len(flat) + indent <= LINE or not isinstance(value, dict | list) or not value:
        return flat
    pad, inner = " " * indent, " " * (indent + 1)
    if isinstance(value, dict):
        entries = [f"{inner}{json.dumps(k, ensure_ascii=False)}: {_dump(v, indent + 1)}"
                   for k, v in sorted(value.items())]
        return "{\n" + ",\n".join(entries) + f"\n{pad}}}"
    entries = [inner + _dump(item, indent + 1) for item in value]
    return "[\n" + ",\n".join(entries) + f"\n{pad}]"


def serialize(layout: JourneyLayout) -> str:
    return _dump(_plain(layout)) + "\n"


def differences(golden: Plain, now: Plain, path: str = "layout") -> list[str]:
    """Where two JSON values differ, as "path: golden ..., now ...", in document order."""
    if isinstance(golden, dict) and isinstance(now, dict):
        found = []
        for key in sorted(golden.keys() | now.keys()):
            where = f"{path}.{key}"
            if key not in now:
                found.append(f"{where}: gone (golden {_short(golden[key])})")
            elif key not in golden:
                found.append(f"{where}: new ({_short(now[key])})")
            else:
                found += differences(golden[key], now[key], where)
        return found
    if isinstance(golden, list) and isinstance(now, list):
        found = [] if len(golden) == len(now) else [
            f"{path}: {len(golden)} items in the golden file, {len(now)} now"]
        for i, (a, b) in enumerate(zip(golden, now, strict=False)):  # lengths told above
            found += differences(a, b, f"{path}[{i}]")
        return found
    return [] if golden == now else [f"{path}: golden {_short(golden)}, now {_short(now)}"]


def _short(value: Plain) -> str:
    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= 60 else text[:57] + "..."


@pytest.fixture
def update_golden(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--update-golden")
                or os.environ.get("JOURNEY_UPDATE_GOLDEN") == "1")


@pytest.fixture(autouse=True)
def english_labels(monkeypatch: pytest.MonkeyPatch) -> None:
    """The layout's own labels (phases, lane kinds, blueprint lines) in English, as in the
    golden files, even after a GUI test of this process installed a translator."""
    monkeypatch.setattr("journey_editor.i18n._translator", lambda context, text: text)


@pytest.mark.parametrize("name", NAMED_MAPS)
def test_layout_matches_its_golden_file(name: str, update_golden: bool) -> None:
    text = serialize(lay_out(NAMED_MAPS[name]()))
    path = GOLDEN / f"{name}.json"
    if update_golden:
        path.write_text(text, encoding="utf-8")
    if not path.exists():
        pytest.fail(f"{path} is missing: write it with --update-golden", pytrace=False)
    found = differences(json.loads(path.read_text(encoding="utf-8")), json.loads(text))
    if found:
        listed = "\n  ".join(found[:SHOWN])
        more = f"\n  ... and {len(found) - SHOWN} more" if len(found) > SHOWN else ""
        pytest.fail(f"the layout of '{name}' differs from {path.name} in {len(found)} "
                    f"values:\n  {listed}{more}\nIf intended: --update-golden, then review "
                    "the diff of tests/golden/.", pytrace=False)


def test_every_golden_file_has_its_map() -> None:
    """A map renamed or dropped leaves no golden file that nothing compares any more."""
    assert sorted(path.stem for path in GOLDEN.glob("*.json")) == sorted(NAMED_MAPS)


def test_a_moved_point_is_named_by_its_path() -> None:
    golden: Plain = {"cards": {"a": {"rect": {"x": 10.0, "y": 5.0}}},
                     "connections": [[1.0, 2.0]]}
    now: Plain = {"cards": {"a": {"rect": {"x": 11.0, "y": 5.0}}, "b": {}}, "connections": []}
    assert differences(golden, now) == [
        "layout.cards.a.rect.x: golden 10.0, now 11.0",
        "layout.cards.b: new ({})",
        "layout.connections: 1 items in the golden file, 0 now",
    ]
