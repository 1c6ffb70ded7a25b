"""Print-shop ready PDFs (issue 15, item 5): trim and bleed boxes on every page, bleed and
crop marks on a single poster, and metadata (Title, Subject, Author, Creator, XMP).

Checked with pypdf, and with qpdf and poppler (pdfinfo, pdftoppm) where installed."""

from __future__ import annotations

import datetime as dt
import getpass
import io
import shutil
import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader

from journey_editor.cli import main
from journey_editor.export import ExportError
from journey_editor.export.cropmarks import BLEED, SLUG
from journey_editor.export.pages import MM, PageSetup, parse_page_size
from journey_editor.export.pdf import export_pdf, render_pdf
from journey_editor.export.tiling import TileSetup
from journey_editor.fileformat import read_workspace
from journey_editor.model.types import Revision, Workspace
from journey_editor.resources import resource_path
from journey_editor.version import app_version

RETAIL = resource_path("templates", "retail.en.journey")
A3 = parse_page_size("A3")


def retail() -> Workspace:
    return read_workspace(RETAIL)


def boxes(page: object) -> dict[str, list[float]]:
    return {name: [float(v) for v in getattr(page, name)]  # type: ignore[attr-defined]
            for name in ("mediabox", "trimbox", "bleedbox")}


def needs(tool: str) -> None:
    if shutil.which(tool) is None:
        pytest.skip(f"{tool} is not installed here")


def a3_poster(**options: object) -> bytes:
    return render_pdf(retail(), setup=PageSetup(page_size=A3), **options)  # type: ignore[arg-type]


# --- page boxes --------------------------------------------------------------------------

def test_every_page_has_a_trim_and_bleed_box_even_tiles_and_handouts() -> None:
    tiled = render_pdf(retail(), setup=PageSetup(page_size=parse_page_size("A2")),
                       tiles=TileSetup(sheet=parse_page_size("A4")), handout=True)
    reader = PdfReader(io.BytesIO(tiled))
    assert len(reader.pages) > 5
    raw = [page.get_object() for page in reader.pages]
    assert all("/TrimBox" in page and "/BleedBox" in page for page in raw)
    for page in reader.pages:  # a sheet from an office printer is its own finished size
        found = boxes(page)
        assert found["trimbox"] == found["bleedbox"] == found["mediabox"]


def test_a_poster_with_bleed_sits_on_a_larger_sheet_with_3_mm_bleed() -> None:
    page = PdfReader(io.BytesIO(a3_poster(bleed=True))).pages[0]
    found = boxes(page)
    x0, y0, x1, y1 = found["trimbox"]
    assert x1 - x0 == pytest.approx(A3[0], abs=0.01)  # the poster is still A3 once cut
    assert y1 - y0 == pytest.approx(A3[1], abs=0.01)
    assert found["bleedbox"] == pytest.approx([x0 - 3 * MM, y0 - 3 * MM, x1 + 3 * MM,
                                               y1 + 3 * MM], abs=0.01)
    media = found["mediabox"]
    assert media[2] > found["bleedbox"][2] and media[0] < found["bleedbox"][0]  # room for marks


def test_without_bleed_the_page_is_the_poster() -> None:
    found = boxes(PdfReader(io.BytesIO(a3_poster())).pages[0])
    assert found["mediabox"][2:] == pytest.approx(list(A3), abs=0.01)
    assert found["trimbox"] == found["bleedbox"] == found["mediabox"]


def test_bleed_is_refused_for_tiled_sheets() -> None:
    with pytest.raises(ExportError, match="not for tiled sheets"):
        render_pdf(retail(), tiles=TileSetup(sheet=parse_page_size("A4")), bleed=True)


class Grey:
    """A greyscale render by pdftoppm -gray (binary PGM: 'P5', width, height, 255)."""

    def __init__(self, path: Path) -> None:
        data = path.read_bytes()
        magic, width, height, _, self.pixels = data.split(maxsplit=4)
        assert magic == b"P5"
        self.width, self.height = int(width), int(height)

    def ink(self, x0: int, y0: int, x1: int, y1: int) -> int:
        """Dark pixels in the box from (x0, y0) to (x1, y1), y down."""
        return sum(1 for y in range(y0, y1) for x in range(x0, x1)
                   if self.pixels[y * self.width + x] < 200)


def test_crop_marks_print_outside_the_bleed_at_every_corner(tmp_path: Path) -> None:
    needs("pdftoppm")
    pdf = tmp_path / "poster.pdf"
    pdf.write_bytes(a3_poster(bleed=True))
    subprocess.run(["pdftoppm", "-gray", "-r", "144", "-singlefile", str(pdf),  # 2 px a point
                    str(tmp_path / "poster")], check=True)
    image = Grey(tmp_path / "poster.pgm")
    w, h = image.width, image.height
    assert abs(w - 2 * (A3[0] + 2 * SLUG)) < 2 and abs(h - 2 * (A3[1] + 2 * SLUG)) < 2
    s, b = round(2 * SLUG), round(2 * BLEED)
    k = s + 2  # a corner of the slug, with the trim line's own (antialiased) pixels
    for x, y in ((0, 0), (w - k, 0), (0, h - k), (w - k, h - k)):
        assert image.ink(x, y, x + k, y + k) > 2 * 20  # two marks, each longer than 10 pt
    # Trim and bleed lie clear of marks, so a cut a little off shows none.
    low, high = s - b + 1, w - s - 1  # each square shrunk a pixel at its outer end
    top, bottom = s - b + 1, h - s - 1
    for x, y in ((low, top), (high, top), (low, bottom), (high, bottom)):
        assert image.ink(x, y, x + b, y + b) == 0


def test_qpdf_finds_no_error_and_pdfinfo_reports_the_boxes(tmp_path: Path) -> None:
    needs("qpdf")
    needs("pdfinfo")
    for name, data in (("bleed.pdf", a3_poster(bleed=True, handout=True)),
                       ("tiled.pdf", render_pdf(retail(), tiles=TileSetup(
                           sheet=parse_page_size("A4"))))):
        path = tmp_path / name
        path.write_bytes(data)
        check = subprocess.run(["qpdf", "--check", str(path)], capture_output=True, text=True)
        assert check.returncode == 0, check.stdout + check.stderr
        info = subprocess.run(["pdfinfo", "-box", "-f", "1", "-l", "999", str(path)],
                              capture_output=True, text=True, check=True).stdout
        pages = len(PdfReader(path).pages)
        assert info.count("TrimBox:") == info.count("BleedBox:") == pages
    first = [line.split()[-4:] for line in info.splitlines() if "Page    1 TrimBox" in line]
    assert first and float(first[0][0]) == 0.0  # tiles: trimmed at the sheet's edge


# --- metadata ----------------------------------------------------------------------------

def test_author_is_empty_by_default_even_with_a_login_name(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(getpass, "getuser", lambda: "jdoe42")
    monkeypatch.setenv("USER", "jdoe42")
    monkeypatch.setenv("LOGNAME", "jdoe42")
    workspace = retail()  # a revision saved under the login name must not leak either
    workspace.revisions.append(Revision(date=dt.datetime.now(dt.UTC), author="jdoe42"))
    data = render_pdf(workspace)
    meta = PdfReader(io.BytesIO(data)).metadata
    assert meta is not None and meta.author in (None, "")
    assert b"jdoe42" not in data


def test_metadata_and_xmp_say_the_same_and_name_the_given_author() -> None:
    reader = PdfReader(io.BytesIO(a3_poster(author="Åsa Öberg & Co")))
    meta = reader.metadata
    assert meta is not None
    assert meta.title == "Buying a sofa"
    assert meta.subject == "Customer journey map: Buying a sofa"
    assert meta.author == "Åsa Öberg & Co"
    assert meta.creator == f"Journey Editor {app_version()}"
    xmp = reader.xmp_metadata
    assert xmp is not None
    assert xmp.dc_title == {"x-default": "Buying a sofa"}
    assert xmp.dc_creator == ["Åsa Öberg & Co"]
    assert xmp.dc_description == {"x-default": meta.subject}
    assert xmp.xmp_creator_tool == meta.creator
    assert xmp.pdf_producer == meta.producer
    created = meta.creation_date
    assert created is not None and xmp.xmp_create_date is not None
    assert xmp.xmp_create_date.replace(tzinfo=None) == created.astimezone(
        xmp.xmp_create_date.tzinfo).replace(tzinfo=None)


def test_xmp_without_an_author_names_no_creator() -> None:
    xmp = PdfReader(io.BytesIO(a3_poster())).xmp_metadata
    assert xmp is not None and xmp.dc_creator in (None, [])


# --- command line ------------------------------------------------------------------------

def test_command_line_bleed_and_author(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "shop.pdf"
    assert main(["export", str(RETAIL), "--pdf", str(out), "--page-size", "A2", "--bleed",
                 "--author", "Fiona"]) == 0
    page = PdfReader(out).pages[0]
    trim = boxes(page)["trimbox"]
    assert trim[0] == pytest.approx(SLUG, abs=0.01)
    assert PdfReader(out).metadata.author == "Fiona"  # type: ignore[union-attr]
    assert main(["export", str(RETAIL), "--pdf", str(out), "--bleed", "--tile", "A4"]) == 1
    assert "not for tiled sheets" in capsys.readouterr().err


def test_export_pdf_writes_the_boxes_to_the_file(tmp_path: Path) -> None:
    path = tmp_path / "x.pdf"
    export_pdf(retail(), path, setup=PageSetup(page_size=A3), bleed=True)
    assert boxes(PdfReader(path).pages[0])["trimbox"][0] == pytest.approx(SLUG, abs=0.01)
