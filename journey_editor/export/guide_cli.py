"""`journey-editor export FILE --guide OUT.pdf|.md|.docx [--survey] [--journey NAME]`.

The options and the handler the command line's export sub-command takes over
(cli/exchange.py). Cheap to import: the guide's modules load only when it runs.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from journey_editor.i18n import translate


def _t(text: str) -> str:
    """A message to the user, in the interface's language (not the map's)."""
    return translate("Guide", text)


def _help(text: str) -> str:
    """The export command's help, in its own context."""
    return translate("CommandLine", text)


def add_guide_arguments(export: argparse.ArgumentParser) -> None:
    """The options of the export sub-command that write a guide."""
    export.add_argument("--guide", metavar="OUT.pdf|OUT.md|OUT.docx",
                        help=_help("an interview guide for the journey: questions per stage "
                                   "and touchpoint, in the map's language"))
    export.add_argument("--survey", action="store_true",
                        help=_help("with --guide: a customer survey of the key touchpoints "
                                   "instead, and its results sheet to fill in and import"))


def run_guide(args: argparse.Namespace) -> str:
    """Writes the guide of one journey (the first, or --journey); returns the lines to
    print. ExportError (one line for the user) when it cannot."""
    from journey_editor.export import ExportError
    from journey_editor.export.guide import export_guide, guide_format, guide_notes, results_path
    from journey_editor.export.pdf import find_journeys
    from journey_editor.fileformat import JourneyFileError, read_workspace
    from journey_editor.fileformat.errors import printable

    source, out = Path(args.file), Path(args.guide)
    guide_format(out)  # before reading the map: a wrong suffix is the quicker answer
    if getattr(args, "all", False):
        raise ExportError(_t("a guide is for one journey: name it with --journey"))
    if out.resolve() == source.resolve():
        raise ExportError(_t("this would replace the journey file itself"))
    try:
        workspace = read_workspace(source)
    except JourneyFileError as error:
        raise ExportError(str(error)) from None
    journey = find_journeys(workspace, args.journey)[0]
    written = export_guide(workspace, journey, out, survey=args.survey,
                           author=getattr(args, "author", ""))
    lines = [_t("Wrote {0}").format(printable(str(path))) for path in written]
    lines += guide_notes(journey, args.survey)
    if args.survey and len(written) == 1:
        lines.append(_t("Kept the existing results sheet {0}").format(
            printable(str(results_path(out)))))
    return "\n".join(lines)


__all__ = ["add_guide_arguments", "run_guide"]
