"""What `journey-editor diff`, `export` and `import` do, as functions the CLI calls (no Qt).

Each reads its files, writes atomically (`write_atomically`, `save_workspace`), returns
what to print, and raises one-line errors the CLI prints as they are: JourneyFileError
(a `.journey` file, including "no such journey"), BridgeError (a Mermaid or CSV file),
SaveError (writing failed; the old file is untouched). `run_diff` lives here rather
than in `model.compare` because the model does no file IO.
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from journey_editor.bridges.csv_cards import MAX_CSV_BYTES, ImportSummary, export_csv, import_csv
from journey_editor.bridges.errors import BridgeError, read_limited
from journey_editor.bridges.mermaid import MAX_MERMAID_BYTES, export_mermaid, import_mermaid
from journey_editor.fileformat import JourneyFileError, read_workspace, save_workspace
from journey_editor.fileformat.errors import printable
from journey_editor.fileformat.protection import refuse_protected
from journey_editor.fileformat.writer import write_atomically
from journey_editor.i18n import translate
from journey_editor.model.compare import JourneyNotFound, compare_workspaces, find_journey
from journey_editor.model.compare_text import diff_text
from journey_editor.model.types import MAX_LIST, MAX_NAME, Journey, Workspace, new_id, new_workspace

Format = Literal["mermaid", "csv"]
SUFFIXES: dict[str, Format] = {".mmd": "mermaid", ".mermaid": "mermaid",
                               ".csv": "csv", ".tsv": "csv", ".txt": "csv"}


def _t(text: str) -> str:
    return translate("CommandLine", text)


def pick_journey(workspace: Workspace, wanted: str | None, path: str | Path) -> Journey:
    """The journey named (or with the id) `wanted`; without it, the only journey."""
    if wanted is not None:
        try:
            return find_journey(workspace, wanted)
        except JourneyNotFound as error:
            raise JourneyFileError(path, str(error)) from None
    if len(workspace.journeys) == 1:
        return workspace.journeys[0]
    if not workspace.journeys:
        raise JourneyFileError(path, _t("the file has no journey"))
    names = ", ".join(f"'{j.name}'" for j in workspace.journeys)
    raise JourneyFileError(path, _t("the file has {0} journeys; choose one with --journey: {1}")
                           .format(len(workspace.journeys), names))


def run_diff(path_a: str | Path, path_b: str | Path, as_json: bool = False,
             journey: str | None = None) -> tuple[int, str]:
    """(0, output) when the journeys are the same, (1, output) when they differ, as diff(1)."""
    a, b = read_workspace(path_a), read_workspace(path_b)
    if journey is not None:  # named here first, so the error says which file lacks it
        pick_journey(a, journey, path_a)
        pick_journey(b, journey, path_b)
    diff = compare_workspaces(a, b, journey)
    status = 0 if diff.is_empty() else 1
    if as_json:
        return status, diff.to_json()
    return status, diff_text(diff) or _t("No differences") + "\n"


def run_export(workspace_path: str | Path, out_path: str | Path, fmt: Format,
               journey: str | None = None) -> str:
    """Writes one journey as Mermaid or CSV; returns the line to print."""
    source, target = Path(workspace_path), Path(out_path)
    chosen = pick_journey(read_workspace(source), journey, source)
    if target.resolve() == source.resolve():
        raise BridgeError(target, None, _t("this would replace the journey file itself"))
    if fmt == "mermaid":
        data = export_mermaid(chosen).encode("utf-8")
    elif fmt == "csv":
        data = export_csv(chosen)
    else:
        raise ValueError(f"unknown export format {fmt!r}")
    write_atomically(data, target, backup=False)
    what = _t("{0} cards").format(len(chosen.cards))  # both formats carry every card
    return _t("Exported {0} of '{1}' to {2}").format(what, chosen.name, printable(target))


def run_import(in_path: str | Path, journey_file_path: str | Path,
               journey: str | None = None) -> str:
    """Mermaid: adds a new journey (named `journey` if given) to the file, or creates it.
    CSV: updates the chosen journey's cards, or creates the file with one journey.
    Returns the line to print; the file is written only when everything could be read."""
    source, target = Path(in_path), Path(journey_file_path)
    fmt = SUFFIXES.get(source.suffix.lower())
    if fmt is None:
        raise BridgeError(source, None, _t("import a Mermaid file (.mmd) or a CSV file (.csv)"))
    refuse_protected(target)  # before any work: the map it would replace is protected
    existing = read_workspace(target) if target.exists() else None
    if fmt == "mermaid":
        workspace, message = _import_mermaid(source, existing, journey)
    else:
        workspace, message = _import_csv(source, target, existing, journey)
    # save_workspace refuses a result the reader would not open: the file stays as it was.
    save_workspace(workspace, target, backup=existing is not None)
    return message.format(target=printable(target))


def _import_mermaid(source: Path, existing: Workspace | None,
                    name: str | None) -> tuple[Workspace, str]:
    imported = import_mermaid(read_limited(source, MAX_MERMAID_BYTES), source)
    new = imported.journeys[0]
    if name:
        new.name = name[:MAX_NAME]
    if existing is None:
        existing = new_workspace(new.name, journeys=[new])
    elif len(existing.journeys) >= MAX_LIST:
        raise BridgeError(source, None, _t("the map already has {0} journeys").format(MAX_LIST))
    else:
        existing.journeys.append(new)
    message = _t("Imported '{0}' ({1} stages, {2} cards) from {3} into {{target}}").format(
        new.name, len(new.stages), len(new.cards), printable(source.name))
    return existing, message


def _import_csv(source: Path, target: Path, existing: Workspace | None,
                name: str | None) -> tuple[Workspace, str]:
    data = read_limited(source, MAX_CSV_BYTES)
    if existing is None:
        base = Journey(id=new_id("journey"), name=(name or source.stem)[:MAX_NAME])
        existing = new_workspace(base.name, journeys=[base])
    else:
        base = pick_journey(existing, name, target)
    updated, summary = import_csv(data, source, base)
    index = next(i for i, j in enumerate(existing.journeys) if j.id == base.id)
    existing.journeys[index] = updated
    return existing, _summary_line(source, updated, summary)


def _summary_line(source: Path, journey: Journey, summary: ImportSummary) -> str:
    text = _t("Imported {0} into '{1}' in {{target}}: {2} new cards, {3} changed, {4} unchanged")
    line = text.format(printable(source.name), journey.name, summary.created, summary.updated,
                       summary.unchanged)
    if summary.stages:
        line += _t("; new stages: {0}").format(", ".join(summary.stages))
    if summary.lanes:
        line += _t("; new lanes: {0}").format(", ".join(summary.lanes))
    return line
