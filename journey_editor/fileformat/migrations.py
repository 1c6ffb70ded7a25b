"""Upgrades of older `.journey` files, one `@migrator(n, n + 1)` step per format version.

Steps work on the raw decoded JSON (dicts and lists), never on model types, so a
step stays valid when the model changes later. They run in order on a copy: a
step that fails leaves the user's file and the loaded data untouched.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from journey_editor.model.types import FORMAT_VERSION

Raw = dict[str, Any]
Step = Callable[[Raw], Raw]

_STEPS: dict[int, Step] = {}


def migrator(from_version: int, to_version: int) -> Callable[[Step], Step]:
    if to_version != from_version + 1:
        raise ValueError("a migration step goes from one version to the next")

    def register(step: Step) -> Step:
        _STEPS[from_version] = step
        return step

    return register


def oldest_readable() -> int:
    version = FORMAT_VERSION
    while version - 1 in _STEPS:
        version -= 1
    return version


def migrate(raw: Raw, version: int) -> Raw:
    """Brings `raw` from `version` up to FORMAT_VERSION; KeyError/TypeError mean a bad file."""
    while version < FORMAT_VERSION:
        raw = _STEPS[version](raw)
        version += 1
        raw["version"] = version
    return raw


@migrator(0, 1)
def _preview_to_v1(raw: Raw) -> Raw:
    """Version 0 was the development preview: `title`/`type`/`text`/`score` names, `links`."""
    out = {k: v for k, v in raw.items() if k not in ("name", "journeys")}
    out["title"] = raw.get("name", "")
    out["journeys"] = [_journey_v0(j) for j in raw.get("journeys", [])]
    return out


def _journey_v0(journey: Raw) -> Raw:
    out = {k: v for k, v in journey.items() if k not in ("stages", "lanes", "cards", "links")}
    out["stages"] = [{"id": s["id"], "name": s.get("title", "")} for s in journey.get("stages", [])]
    out["lanes"] = [
        {"id": lane["id"], "name": lane.get("title", ""), "kind": lane.get("type", "text")}
        for lane in journey.get("lanes", [])
    ]
    out["cards"] = [_card_v0(c) for c in journey.get("cards", [])]
    out["connections"] = [
        {"id": f"{link['from']}-{link['to']}", "source": link["from"], "target": link["to"]}
        for link in journey.get("links", [])
    ]
    return out


def _card_v0(card: Raw) -> Raw:
    out = {"id": card["id"], "stage": card["stage_id"], "lane": card["lane_id"]}
    out["title"] = card.get("text", "")
    if card.get("score") is not None:
        out["emotion"] = card["score"]
    return out
