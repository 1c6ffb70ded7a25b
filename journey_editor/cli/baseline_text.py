"""The command line's words for baselines (named revisions): `info` lists them (name and
date, in text and in --json), and `merge` says which ones it had to number."""

from __future__ import annotations

from journey_editor.fileformat.errors import printable
from journey_editor.i18n import translate
from journey_editor.model.baselines import baselines
from journey_editor.model.merge_baselines import Renamed
from journey_editor.model.types import Workspace


def _t(text: str) -> str:
    return translate("CommandLine", text)


def baseline_summary(workspace: Workspace) -> list[dict[str, str]]:
    """Each baseline, oldest first: its name and its revision's date and time (ISO 8601)."""
    return [{"name": r.name, "date": r.date.isoformat()} for r in baselines(workspace)]


def baseline_lines(summary: list[dict[str, str]]) -> list[str]:
    """`info`'s lines for `baseline_summary`: one a baseline, its date (the day) first.
    A name comes from the file: shown with nothing a terminal would obey."""
    if not summary:
        return [_t("Baselines: -")]
    return [_t("Baselines:"),
            *(f"  {entry['date'][:10]}  {printable(entry['name'])}" for entry in summary)]


def renamed_lines(renamed: list[Renamed]) -> list[str]:
    """`merge`'s lines for the baselines both sides had named alike (MergeResult.renamed)."""
    return [_t("Both sides named a baseline '{0}': the younger one is now '{1}'").format(
        printable(old), printable(new)) for old, new in renamed]
