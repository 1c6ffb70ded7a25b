"""The readable form of a comparison: one line per difference, a marker first.

Markers: `+` added, `-` removed, `>` moved to another cell, `~` changed. Cells are
written "stage / lane"; titles and names of stages and lanes are quoted, except
inside a cell, where quotes would make the line harder to read.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import msgspec

from journey_editor.i18n import translate

if TYPE_CHECKING:
    from journey_editor.model.compare import JourneyDiff, WorkspaceDiff

_SHOWN = 60  # characters of a changed text shown in a terminal line
_INDENT = "  "


def _t(text: str) -> str:
    return translate("Compare", text)


def show_value(value: Any) -> str:
    """A field value as it reads best in one line of a terminal."""
    if value is None:
        return _t("none")
    if isinstance(value, bool):
        return _t("yes") if value else _t("no")
    if isinstance(value, int | float):
        return str(value)
    text = value if isinstance(value, str) else msgspec.json.encode(value).decode()
    text = text.replace("\r", "").replace("\n", "\\n")
    if len(text) > _SHOWN:
        text = text[: _SHOWN - 1] + "…"
    return f"'{text}'" if isinstance(value, str) else text


def show_level(value: float | None) -> str:
    """An emotion curve value with its sign: -1.5, +0.5, 0.0, +0.33."""
    if value is None:
        return _t("none")
    if abs(value) < 0.005:
        return "0.0"
    text = f"{value:+.2f}"
    return text[:-1] if text.endswith("0") else text


def journey_lines(diff: JourneyDiff) -> list[str]:
    lines = [_t("~ journey: {0} {1} -> {2}").format(c.field, show_value(c.old), show_value(c.new))
             for c in diff.fields]
    for kind, added, removed, renamed in (
        (_t("stage"), diff.stages_added, diff.stages_removed, diff.stages_renamed),
        (_t("lane"), diff.lanes_added, diff.lanes_removed, diff.lanes_renamed),
    ):
        lines += [f"+ {kind} '{name}'" for name in added]
        lines += [f"- {kind} '{name}'" for name in removed]
        lines += [_t("~ {0} '{1}' renamed to '{2}'").format(kind, r.old, r.new) for r in renamed]
    lines += _card_lines(diff)
    lines += [_t("+ link '{0}' -> '{1}'").format(k.source, k.target) + _label(k.label)
              for k in diff.links_added]
    lines += [_t("- link '{0}' -> '{1}'").format(k.source, k.target) + _label(k.label)
              for k in diff.links_removed]
    lines += [_t("~ emotion {0}: {1} -> {2}").format(e.stage, show_level(e.old), show_level(e.new))
              for e in diff.emotions]
    return lines


def _card_lines(diff: JourneyDiff) -> list[str]:
    lines = [_t("+ card '{0}' in {1} / {2}").format(c.title, c.stage, c.lane)
             for c in diff.cards_added]
    lines += [_t("- card '{0}' in {1} / {2}").format(c.title, c.stage, c.lane)
              for c in diff.cards_removed]
    lines += [_t("> card '{0}' moved from {1} / {2} to {3} / {4}").format(
        m.title, m.from_stage, m.from_lane, m.to_stage, m.to_lane) for m in diff.cards_moved]
    lines += [_t("~ card '{0}': {1} {2} -> {3}").format(
        c.title, c.field, show_value(c.old), show_value(c.new)) for c in diff.cards_changed]
    return lines


def _label(label: str) -> str:
    return f" ({show_value(label)})" if label else ""


def workspace_lines(diff: WorkspaceDiff) -> list[str]:
    """Journeys added and removed, then each journey that differs under its own heading."""
    lines = [_t("+ journey '{0}'").format(name) for name in diff.journeys_added]
    lines += [_t("- journey '{0}'").format(name) for name in diff.journeys_removed]
    for journey in diff.journeys:
        if not journey.is_empty():
            lines.append(_t("journey '{0}':").format(journey.journey_b))
            lines += [_INDENT + line for line in journey.lines()]
    return lines
