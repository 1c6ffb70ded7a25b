"""The command line's exchange sub-commands: export (PDF, PNG, SVG, Mermaid, CSV), import, diff.

Heavy modules are imported inside the handlers: reportlab only for a PDF, Qt only
for PNG and SVG (with an offscreen platform, so no display is needed).
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from journey_editor.export.guide_cli import add_guide_arguments
from journey_editor.fileformat import read_workspace
from journey_editor.fileformat.errors import printable
from journey_editor.i18n import translate

if TYPE_CHECKING:
    from journey_editor.export.pages import PageSetup
    from journey_editor.layout.geometry import JourneyLayout
    from journey_editor.model.types import Journey, Workspace


def _t(text: str) -> str:
    return translate("CommandLine", text)


class _Errors:
    """The CLI's one-line failure type, handed in by cli.py (avoids an import cycle)."""

    failure: type[Exception] = Exception


# Exports written by one function of their own module, which returns the line to print
# (or prints its own): option -> (module, function).
_RUNNERS = {"html": ("journey_editor.export.html_export", "run_html"),
            "guide": ("journey_editor.export.guide_cli", "run_guide"),
            "personas": ("journey_editor.export.persona_sheet_pdf", "run_personas"),
            "curves": ("journey_editor.export.curves_overlay", "run_curves")}


def _export(args: argparse.Namespace) -> int:
    targets = [t for t in ("pdf", "png", "svg", "mermaid", "csv", *_RUNNERS) if getattr(args, t)]
    if not targets:
        raise _Errors.failure(_t("nothing to export: give --pdf, --png, --svg, --mermaid, --csv, "
                                 "--html, --guide, --personas or --curves"))
    for target in targets:
        {"pdf": _export_pdf, "png": _export_image, "svg": _export_image,
         "mermaid": _export_bridge, "csv": _export_bridge}.get(target, _run)(args, target)
    return 0


def _run(args: argparse.Namespace, target: str) -> None:
    from importlib import import_module

    from journey_editor.export import ExportError

    module, function = _RUNNERS[target]
    try:
        said = getattr(import_module(module), function)(args)
        if said:
            print(said)
    except ExportError as error:
        raise _Errors.failure(str(error)) from None


def _export_pdf(args: argparse.Namespace, _: str) -> None:
    from journey_editor.export import ExportError
    from journey_editor.export.pages import (
        PageSetup,
        parse_length,
        parse_page_size,
        parse_scale,
    )
    from journey_editor.export.pdf import PRINT_STYLE, export_pdf, find_journeys
    from journey_editor.export.split import split_by_stages
    from journey_editor.export.tiling import TileSetup
    from journey_editor.layout.engine import lay_out

    workspace = read_workspace(args.file)
    try:
        setup = PageSetup(
            page_size=parse_page_size(args.page_size) if args.page_size else None,
            orientation=args.orientation,
            scale=None if args.scale is None else parse_scale(args.scale),
            margin=parse_length(args.margin))
        tiles = (TileSetup(sheet=parse_page_size(args.tile), overlap=parse_length(args.overlap))
                 if args.tile else None)
        journeys = [part for journey in find_journeys(workspace, args.journey, args.all)
                    for part in split_by_stages(journey, args.split)]
        layouts = {j.id: lay_out(j, PRINT_STYLE) for j in journeys}
        _check_readable(args, workspace, journeys, setup, layouts)
        pages = export_pdf(workspace, args.pdf, journeys, setup=setup, tiles=tiles,
                           file_name=printable(Path(args.file).name), author=args.author,
                           bleed=args.bleed, layouts=layouts, **_handout(args))
    except ExportError as error:
        raise _Errors.failure(str(error)) from None
    print((_t("Wrote {0} (1 page)") if pages == 1 else _t("Wrote {0} ({1} pages)")).format(
        printable(args.pdf), pages))


def _check_readable(args: argparse.Namespace, workspace: Workspace, journeys: list[Journey],
                    setup: PageSetup, layouts: dict[str, JourneyLayout]) -> None:
    """Says when a poster's card text prints too small for a wall (under --min-text, 8 pt
    by default; with --min-text given, refuses to export it instead), and which texts
    have characters no installed font has."""
    from journey_editor.export.glyph_coverage import missing_glyph_warnings
    from journey_editor.export.pdf import compose
    from journey_editor.export.readability import WALL_POSTER_PT, readability

    minimum = WALL_POSTER_PT if args.min_text is None else args.min_text
    for journey in journeys:
        for missing in missing_glyph_warnings(journey):
            print(_t("warning: {0}").format(printable(missing)), file=sys.stderr)
        poster = compose(workspace, journey, setup, layout=layouts[journey.id])
        warning = readability(workspace, journey, setup, scale=poster.scale,
                              layout=layouts[journey.id], minimum=minimum).warning()
        if warning is None:
            continue
        said = _t("journey '{0}': {1}").format(printable(journey.name), warning)
        if args.min_text is not None:
            raise _Errors.failure(said)
        print(_t("warning: {0}").format(said), file=sys.stderr)


def _handout(args: argparse.Namespace) -> dict[str, bool]:
    return {"handout": True} if args.handout else {}


def _export_image(args: argparse.Namespace, kind: str) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # no display needed
    from PySide6.QtWidgets import QApplication

    from journey_editor.export import ExportError, image
    from journey_editor.export.pdf import find_journeys

    _app = QApplication.instance() or QApplication(sys.argv[:1])
    workspace = read_workspace(args.file)
    try:
        journey = find_journeys(workspace, args.journey)[0]
        framed = not args.plain
        if kind == "png":
            image.save_png(workspace, journey.id, Path(args.png), args.dpi, framed=framed)
        else:
            image.save_svg(workspace, journey.id, Path(args.svg), framed=framed)
    except (ExportError, image.ImageTooLarge) as error:
        raise _Errors.failure(str(error)) from None
    print(_t("Wrote {0}").format(printable(getattr(args, kind))))


def _export_bridge(args: argparse.Namespace, kind: str) -> None:
    from journey_editor.bridges import BridgeError
    from journey_editor.bridges.file_jobs import run_export

    try:
        print(run_export(args.file, getattr(args, kind), kind, args.journey))
    except BridgeError as error:
        raise _Errors.failure(str(error)) from None


def _import(args: argparse.Namespace) -> int:
    from journey_editor.bridges import BridgeError
    from journey_editor.bridges.file_jobs import run_import

    try:
        print(run_import(args.source, args.file, args.journey))
    except BridgeError as error:
        raise _Errors.failure(str(error)) from None
    return 0


def _diff(args: argparse.Namespace) -> int:
    from journey_editor.bridges import BridgeError
    from journey_editor.bridges.file_jobs import run_diff

    try:
        status, output = run_diff(args.a, args.b, args.json, args.journey)
    except BridgeError as error:
        raise _Errors.failure(str(error)) from None
    print(output, end="")  # the output ends its lines itself
    return status


def _points(text: str) -> float:
    """A text size in points for --min-text: a number from 1 to 100."""
    try:
        value = float(text.replace(",", "."))
    except ValueError:
        raise argparse.ArgumentTypeError(_t("'{0}' is not a size in points (example: 8)")
                                         .format(text)) from None
    if not 1 <= value <= 100:
        raise argparse.ArgumentTypeError(_t("a text size must be between 1 and 100 pt"))
    return value


def _parts(text: str) -> int:
    """How many posters --split makes: 1 to 20."""
    if not text.isdigit() or not 1 <= int(text) <= 20:
        raise argparse.ArgumentTypeError(_t("'{0}' is not a number of posters from 1 to 20")
                                         .format(text))
    return int(text)


def add_commands(commands: argparse._SubParsersAction, failure: type[Exception]) -> None:  # type: ignore[type-arg]
    _Errors.failure = failure
    _add_export(commands)
    imports = commands.add_parser("import", help=_t("import a Mermaid journey or cards from CSV"))
    imports.add_argument("source", metavar="IN.mmd|IN.csv")
    imports.add_argument("file", metavar="FILE", help=_t("the .journey file to add to or create"))
    imports.add_argument("--journey", metavar="NAME", help=_t("the journey CSV cards go into"))
    imports.set_defaults(run=_import)
    diff = commands.add_parser("diff", help=_t("what differs between two journey files"))
    diff.add_argument("a", metavar="A.journey")
    diff.add_argument("b", metavar="B.journey")
    diff.add_argument("--journey", metavar="NAME", help=_t("compare only this journey"))
    diff.add_argument("--json", action="store_true", help=_t("machine-readable output"))
    diff.set_defaults(run=_diff)


def _add_export(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    export = commands.add_parser("export",
                                 help=_t("export journeys: PDF poster, image, Mermaid, CSV"))
    export.add_argument("file", metavar="FILE")
    export.add_argument("--pdf", metavar="OUT.pdf", help=_t("a printable PDF poster"))
    export.add_argument("--png", metavar="OUT.png", help=_t("a PNG picture of the journey"))
    export.add_argument("--svg", metavar="OUT.svg", help=_t("an SVG picture of the journey"))
    export.add_argument("--mermaid", metavar="OUT.mmd", help=_t("a Mermaid journey diagram"))
    export.add_argument("--csv", metavar="OUT.csv", help=_t("the cards as a spreadsheet"))
    export.add_argument("--html", metavar="OUT.html",
                        help=_t("the map as one web page that opens offline in any browser "
                                "(zoom, pan, click a card for its fields)"))
    add_guide_arguments(export)
    export.add_argument("--personas", metavar="OUT.pdf",
                        help=_t("one sheet per persona for the workshop wall (A4 portrait unless "
                                "--page-size)"))
    export.add_argument("--curves", metavar="OUT.pdf",
                        help=_t("the emotion curves of the journey (--journey, default the first) "
                                "and of those sharing its stages, or of --all, on one page (A3 "
                                "landscape unless --page-size)"))
    which = export.add_mutually_exclusive_group()
    which.add_argument("--journey", metavar="NAME",
                       help=_t("the journey to export (default: the first)"))
    which.add_argument("--all", action="store_true", help=_t("every journey, one poster each"))
    export.add_argument("--page-size", metavar="SIZE",
                        help=_t("A0-A5, Letter, Legal, Tabloid, ANSI C/D/E, Arch C/D/E or e.g. "
                                "420x297mm, 11x17in (default: A1 when fitting, else the map's "
                                "own size)"))
    export.add_argument("--orientation", choices=("portrait", "landscape", "auto"),
                        default="auto", help=_t("default: auto, the one showing the map largest"))
    scale = export.add_mutually_exclusive_group()
    scale.add_argument("--scale", metavar="PERCENT", help=_t("print at this scale, e.g. 100"))
    scale.add_argument("--fit", action="store_true", help=_t("fit the map to the page (default)"))
    export.add_argument("--margin", default="10mm", metavar="LENGTH",
                        help=_t("page margin, e.g. 10mm or 0.5in (default: 10mm)"))
    export.add_argument("--tile", metavar="SIZE",
                        help=_t("split the poster across sheets of this size, e.g. A4 or Letter"))
    export.add_argument("--overlap", default="10mm", metavar="LENGTH",
                        help=_t("overlap between tiled sheets (default: 10mm)"))
    export.add_argument("--handout", action="store_true",
                        help=_t("add workshop handout pages after each poster"))
    export.add_argument("--bleed", action="store_true",
                        help=_t("for a print shop: 3 mm bleed and crop marks around each "
                                "poster (not with --tile)"))
    export.add_argument("--split", type=_parts, default=1, metavar="N",
                        help=_t("N posters of consecutive stages instead of one (each with "
                                "every lane), for a map too wide to read on one page"))
    export.add_argument("--min-text", type=_points, metavar="PT",
                        help=_t("refuse a poster whose card text prints smaller than this "
                                "(without it, a warning under 8 pt)"))
    export.add_argument("--author", default="", metavar="NAME",
                        help=_t("the author named in the PDF's metadata (default: none)"))
    export.add_argument("--dpi", type=float, default=150, help=_t("PNG resolution (default 150)"))
    export.add_argument("--plain", action="store_true",
                        help=_t("PNG and SVG: the map alone, without the title block and "
                                "legend"))
    export.set_defaults(run=_export)
