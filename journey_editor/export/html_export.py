"""One self-contained HTML file of a workspace's journeys, to e-mail to people without the
app: the map as inline SVG from the same layout as the screen and the poster, its title
block and legend, and a little script to zoom, pan, pick a journey and open a card's
fields in a side panel.

Offline by construction: the style sheet, the script, the data and the bundled font
(cut down to the characters the maps use, with HarfBuzz) are inside the file, and a
Content-Security-Policy forbids every request and admits only that style sheet and that
script, by their hashes: an injected script would not run even if escaping failed.
No Qt: the command line writes it without a display.
"""

from __future__ import annotations

import argparse
import base64
import datetime as dt
import hashlib
import json
from collections.abc import Sequence
from functools import cache
from html import unescape
from pathlib import Path

from journey_editor.export import ExportError
from journey_editor.export.html_content import JourneyPage, journey_page
from journey_editor.export.html_svg import Pictures, text
from journey_editor.export.soft_hyphens import SHOWN_HYPHEN, SOFT_HYPHEN
from journey_editor.fileformat.writer import write_atomically
from journey_editor.i18n import QT_TRANSLATE_NOOP, translate, translate_in
from journey_editor.layout.textmetrics import font_file, is_simple
from journey_editor.model import images
from journey_editor.model.types import Journey, Workspace
from journey_editor.resources import resource_path

FONT_FAMILY = "JE Sans"  # the subset's own name: never mistaken for an installed font


def _in(language: str, text: str) -> str:
    """A label of the page, in the map's language."""
    return translate_in(language, "HtmlExport", text)


def _t(text: str) -> str:
    return translate("Export", text)


def _cli(text: str) -> str:
    return translate("CommandLine", text)


def export_html(workspace: Workspace, journey_ids: Sequence[str], path: Path, *,
                file_name: str = "") -> None:
    """Writes the journeys (in the given order; a selector when there are several) to
    `path`, atomically. The Export dialog and File > Export call this."""
    journeys = [workspace.journey(journey_id) for journey_id in journey_ids]
    if not journeys:
        raise ExportError(_t("the file has no journey to export"))
    page = html_page(workspace, journeys, file_name=file_name)
    write_atomically(page.encode("utf-8"), path, backup=False)


def run_html(args: argparse.Namespace) -> str:
    """`journey-editor export FILE --html OUT.html [--journey NAME]`: every journey of
    the file (or the one named), one page; returns the line to print. Raises
    ExportError (and the file format's errors) with a message for the user."""
    from journey_editor.export.pdf import find_journeys
    from journey_editor.fileformat import read_workspace
    from journey_editor.fileformat.errors import printable

    out = Path(args.html)
    # Before reading the map: `--html map.pdf` would write a web page a PDF reader refuses.
    if out.suffix.lower() not in (".html", ".htm"):
        raise ExportError(_cli("save the web page as .html or .htm, not '{0}'")
                          .format(printable(out.name)))
    workspace = read_workspace(args.file)
    journeys = find_journeys(workspace, args.journey, everything=args.journey is None)
    export_html(workspace, [j.id for j in journeys], out,
                file_name=printable(Path(args.file).name))
    return _cli("Wrote {0}").format(printable(args.html))


def html_page(workspace: Workspace, journeys: Sequence[Journey], *, file_name: str = "",
              today: dt.date | None = None) -> str:
    """The whole page: its words in the first journey's language (each journey's own
    title block, legend and fields in its language)."""
    symbols, pictures = _pictures(workspace, journeys)
    parts = [journey_page(workspace, journey, file_name=file_name, today=today,
                          pictures=pictures) for journey in journeys]
    language = journeys[0].language
    data = {"journeys": [{"name": part.name, "cards": part.cards, "headers": part.headers}
                         for part in parts]}
    body = "\n".join([
        "<body>",
        symbols,
        _bar(parts, language),
        "<main>",
        *(_section(part, i) for i, part in enumerate(parts)),
        _panel(language),
        "</main>",
        f'<script type="application/json" id="je-data">{json_for_script(data)}</script>',
    ])
    # The body's characters, markup and all, hold every character the page shows.
    style = resource_path("html", "viewer.css").read_text(encoding="utf-8") + font_faces(
        unescape(body) + body)
    script = resource_path("html", "viewer.js").read_text(encoding="utf-8")
    title = workspace.title or parts[0].name
    return "\n".join([
        "<!DOCTYPE html>",
        f'<html lang="{text(language or "en")}">',
        '<head><meta charset="utf-8">',
        f'<meta http-equiv="Content-Security-Policy" content="{policy(style, script)}">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        '<meta name="referrer" content="no-referrer">',
        f"<title>{text(title)}</title>",
        f"<style>{style}</style></head>",
        body,
        f"<script>{script}</script>",
        "</body></html>",
    ])


def _pictures(workspace: Workspace, journeys: Sequence[Journey]) -> tuple[str, Pictures]:
    """The cards' pictures, each once, as <symbol>s the maps and the panel <use>; a card
    shows one by its key. A picture the file does not hold is left out (drawn as the
    canvas's placeholder)."""
    stored = images.images_of(workspace)
    keys = sorted({card.picture for journey in journeys for card in journey.cards
                   if card.picture is not None})
    found = {key: picture for key in keys
             if (picture := stored.get(key) or images.known(key)) is not None}
    pictures: Pictures = {}
    symbols = []
    for i, (key, picture) in enumerate(found.items()):
        pictures[key] = (f"picture-{i}", picture.width, picture.height)
        data = base64.b64encode(picture.data).decode("ascii")
        symbols.append(f'<symbol id="picture-{i}" viewBox="0 0 {picture.width} '
                       f'{picture.height}"><image width="{picture.width}" '
                       f'height="{picture.height}" href="data:{picture.type};base64,{data}"/>'
                       f"</symbol>")
    if not symbols:
        return "", pictures
    return ('<svg class="pictures" xmlns="http://www.w3.org/2000/svg" aria-hidden="true">'
            + "".join(symbols) + "</svg>"), pictures


def policy(style: str, script: str) -> str:
    """No request of any kind (fonts and pictures only from data: URLs inside the file);
    only the page's own style sheet and script, by hash."""
    return (f"default-src 'none'; style-src '{_hash(style)}'; script-src '{_hash(script)}'; "
            "font-src data:; img-src data:; connect-src 'none'; base-uri 'none'; "
            "form-action 'none'")


def _hash(content: str) -> str:
    digest = hashlib.sha256(content.encode("utf-8")).digest()
    return "sha256-" + base64.b64encode(digest).decode("ascii")


def json_for_script(data: object) -> str:
    """JSON safe inside <script>: no '<' (so no '</script>' or '<!--'), '>' or '&'."""
    return (json.dumps(data, ensure_ascii=False, separators=(",", ":"))
            .replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


_BUTTONS = (("zoom-out", QT_TRANSLATE_NOOP("HtmlExport", "Zoom out"), "\u2212", "\u2212"),
            ("fit", QT_TRANSLATE_NOOP("HtmlExport", "Fit to window"), "0", "\u2922"),
            ("zoom-in", QT_TRANSLATE_NOOP("HtmlExport", "Zoom in"), "+", "+"))


def _bar(parts: list[JourneyPage], language: str) -> str:
    chooser = ""
    if len(parts) > 1:
        options = "".join(f'<option value="{i}">{text(part.name)}</option>'
                          for i, part in enumerate(parts))
        label = translate_in(language, "Inspector", "Journey")
        chooser = (f'<label for="je-journey">{text(label)}</label>'
                   f'<select id="je-journey">{options}</select>')
    buttons = "".join(
        f'<button type="button" id="je-{key}" aria-label="{text(_in(language, name))}" '
        f'title="{text(_in(language, name))} ({shortcut})">{symbol}</button>'
        for key, name, shortcut, symbol in _BUTTONS)
    hint = _in(language, "Click a card to see all its fields. Drag to pan; wheel or + and "
                         "\u2212 to zoom, 0 for the whole map; Tab goes from card to card, "
                         "Enter opens one.")
    return (f'<header class="bar">{chooser}<div class="zoom">{buttons}</div>'
            f'<span class="hint">{text(hint)}</span></header>')


def _section(part: JourneyPage, index: int) -> str:
    hidden = " hidden" if index else ""
    lang = f' lang="{text(part.language)}"' if part.language else ""
    return (f'<section class="journey" data-index="{index}"{lang}{hidden}>{part.title_block}'
            f'<div class="viewport">{part.map_svg}<div class="frozen" aria-hidden="true">'
            f'</div></div>'
            f"{part.legend}</section>")


def _panel(language: str) -> str:
    close = _in(language, "Close")
    return (f'<aside id="je-panel" class="panel" role="region" hidden><header>'
            f'<h2 id="je-panel-title"></h2><button type="button" id="je-close" '
            f'aria-label="{text(close)}" title="{text(close)} (Esc)">\u2715</button></header>'
            f'<dl id="je-panel-fields"></dl></aside>')


# --- the font ----------------------------------------------------------------------------

@cache
def _subset(bold: bool, characters: frozenset[int]) -> bytes:
    import uharfbuzz as hb

    face = hb.Face(hb.Blob.from_file_path(str(font_file(bold))))
    wanted = hb.SubsetInput()
    for code in characters:
        wanted.unicode_set.add(code)
    wanted.flags = hb.SubsetFlags.NO_HINTING
    # No kerning or ligatures: the layout measured characters one by one.
    for tag in ("GSUB", "GPOS", "GDEF", "kern"):
        wanted.drop_table_tag_set.add(int.from_bytes(tag.encode("ascii"), "big"))
    return bytes(hb.subset(face, wanted).blob.data)


def font_faces(texts: str) -> str:
    """@font-face rules for the bundled DejaVu Sans, regular and bold, holding only the
    characters of `texts` it shows alone (some kilobytes instead of 1.5 MB): the layout
    broke the lines with its widths, so the browser shows the same wraps."""
    wanted = {c for c in texts if c.isprintable()}
    if SOFT_HYPHEN in texts:  # the hyphen a browser shows where it breaks at one
        wanted |= {"-", SHOWN_HYPHEN}
    rules = []
    for bold in (False, True):
        # Only what the layout measured in this font: Arabic, Hebrew or Chinese text was
        # shaped in other fonts, which the reader's own fonts stand in for (and shape).
        characters = frozenset(ord(c) for c in wanted if is_simple(c, bold))
        data = base64.b64encode(_subset(bold, characters)).decode("ascii")
        rules.append(f'@font-face {{ font-family: "{FONT_FAMILY}"; font-weight: '
                     f'{700 if bold else 400}; src: url(data:font/ttf;base64,{data}) '
                     f'format("truetype"); }}')
    return "\n" + "\n".join(rules) + "\n"
