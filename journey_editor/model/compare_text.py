"""The readable form of a comparison: one line per difference, a marker first.

Markers: `+` added, `-` removed, `>` moved to another cell, `~` changed. Cells are
written "stage / lane"; titles and names of stages and lanes are quoted, except
inside a cell, where quotes would make the line harder to read.
"""

from __future__ import annotations

from typing import Any

import msgspec

from journey_editor.i18n import translate
from journey_editor.model.compare_fields import FieldChange
from journey_editor.model.compare_words import field_words
from journey_editor.model.diff import JourneyDiff, Reorder, WorkspaceDiff

_SHOWN = 60  # characters of a changed text shown in a terminal line
_INDENT = "  "


def _t(text: str) -> str:
    return translate("Compare", text)


def show_value(value: Any, start: int = 0) -> str:
    """A field value as it reads best in one line of a terminal; a long text from
    `start` on (where it differs from the other side's)."""
    if value is None:
        return _t("none")
    if isinstance(value, bool):
        return _t("yes") if value else _t("no")
    if isinstance(value, int | float):
        return str(value)
    text = value if isinstance(value, str) else msgspec.json.encode(value).decode()
    text = _one_line(text)
    if start > 0:
        text = "…" + text[start:]
    if len(text) > _SHOWN:
        text = text[: _SHOWN - 1] + "…"
    return f"'{text}'" if isinstance(value, str) else text


def _one_line(text: str) -> str:
    return text.replace("\r", "").replace("\n", "\\n")


def show_values(old: Any, new: Any, arrow: str) -> str:
    """"'a' -> 'b'"; two long texts alike at first are shown from a little before
    their first difference, which would otherwise be cut off on both sides."""
    start = 0
    if isinstance(old, str) and isinstance(new, str):
        a, b = _one_line(old), _one_line(new)
        same = next((i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y),
                    min(len(a), len(b)))
        if same > _SHOWN // 2:
            start = same - _SHOWN // 4
    return f"{show_value(old, start)} {arrow} {show_value(new, start)}"


def show_level(value: float | None) -> str:
    """An emotion curve value with its sign: -1.5, +0.5, 0.0, +0.33."""
    if value is None:
        return _t("none")
    if abs(value) < 0.005:
        return "0.0"
    text = f"{value:+.2f}"
    return text[:-1] if text.endswith("0") else text


def change_text(change: FieldChange, arrow: str = "->", owner: str = "") -> str:
    """'key touchpoint no -> yes', 'votes 'Ann' added: 2': a change without its item;
    `owner` names the type the field belongs to (the workspace's title is the map's)."""
    what = field_words(change.field, owner)
    if change.field == "picture":  # a digest: which picture is no reader's business
        return _picture_text(change, owner)
    if change.field.endswith("]") and change.old is None:  # an entry only b has
        return _t("{0} added: {1}").format(what, show_value(change.new))
    if change.field.endswith("]") and change.new is None:
        return _t("{0} removed: {1}").format(what, show_value(change.old))
    return f"{what} {show_values(change.old, change.new, arrow)}"


def _picture_text(change: FieldChange, owner: str) -> str:
    """A card's picture or a persona's photo added, removed or changed."""
    if owner == "Persona":
        added, removed, changed = _t("photo added"), _t("photo removed"), _t("photo changed")
    else:
        added, removed, changed = (_t("picture added"), _t("picture removed"),
                                   _t("picture changed"))
    if change.old is None:
        return added
    return removed if change.new is None else changed


def reorder_text(reorder: Reorder) -> str:
    """'stages in another order: 'Buy', 'Browse'' (the new order)."""
    kinds = {
        "stage": _t("stages in another order: {0}"),
        "lane": _t("lanes in another order: {0}"),
        "card": _t("cards in another order in {1}: {0}"),
        "connection": _t("arrows in another order in the file"),
        "file": _t("cards in another order in the file (each cell keeps its order)"),
        "persona": _t("personas in another order: {0}"),
        "journey": _t("journeys in another order: {0}"),
    }
    names = ", ".join(f"'{name}'" for name in reorder.names)
    if len(names) > _SHOWN:
        names = names[: _SHOWN - 1] + "…"
    kind = "file" if reorder.kind == "card" and not reorder.where else reorder.kind
    return kinds[kind].format(names, reorder.where)


def journey_lines(diff: JourneyDiff) -> list[str]:
    """Lines about the journey itself first, then those about stages, lanes and cards
    (the compare dock counts them in that order), then the rest."""
    lines = [_t("~ journey: {0}").format(change_text(c)) for c in diff.fields]
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
    lines += [_t("~ stage '{0}': {1}").format(c.title, change_text(c)) for c in diff.stages_changed]
    lines += [_t("~ lane '{0}': {1}").format(c.title, change_text(c)) for c in diff.lanes_changed]
    lines += [_t("~ link {0}: {1}").format(c.title, change_text(c)) for c in diff.links_changed]
    return lines + ["~ " + reorder_text(r) for r in diff.reordered]


def _card_lines(diff: JourneyDiff) -> list[str]:
    lines = [_t("+ card '{0}' in {1} / {2}").format(c.title, c.stage, c.lane)
             for c in diff.cards_added]
    lines += [_t("- card '{0}' in {1} / {2}").format(c.title, c.stage, c.lane)
              for c in diff.cards_removed]
    lines += [_t("> card '{0}' moved from {1} / {2} to {3} / {4}").format(
        m.title, m.from_stage, m.from_lane, m.to_stage, m.to_lane) for m in diff.cards_moved]
    lines += [_t("~ card '{0}': {1}").format(c.title, change_text(c)) for c in diff.cards_changed]
    return lines


def _label(label: str) -> str:
    return f" ({show_value(label)})" if label else ""


def workspace_lines(diff: WorkspaceDiff) -> list[str]:
    """The map's own fields, its personas, journeys added and removed, then each journey
    that differs under its own heading."""
    lines = ["~ " + change_text(c, owner="Workspace") for c in diff.fields]
    lines += [_t("+ persona '{0}'").format(name) for name in diff.personas_added]
    lines += [_t("- persona '{0}'").format(name) for name in diff.personas_removed]
    lines += [_t("~ persona '{0}' renamed to '{1}'").format(r.old, r.new)
              for r in diff.personas_renamed]
    lines += [_t("~ persona '{0}': {1}").format(c.title, change_text(c, owner="Persona"))
              for c in diff.personas_changed]
    lines += ["~ " + reorder_text(r) for r in diff.reordered]
    lines += [_t("+ journey '{0}'").format(name) for name in diff.journeys_added]
    lines += [_t("- journey '{0}'").format(name) for name in diff.journeys_removed]
    for journey in diff.journeys:
        if not journey.is_empty():
            lines.append(_t("journey '{0}':").format(journey.journey_b))
            lines += [_INDENT + line for line in journey_lines(journey)]
    return lines


def diff_lines(diff: JourneyDiff | WorkspaceDiff) -> list[str]:
    """One line per difference, a marker first (+ added, - removed, ~ changed)."""
    return journey_lines(diff) if isinstance(diff, JourneyDiff) else workspace_lines(diff)


def diff_text(diff: JourneyDiff | WorkspaceDiff) -> str:
    """`diff_lines` as text, a newline after each ("" for no difference)."""
    return "".join(line + "\n" for line in diff_lines(diff))
