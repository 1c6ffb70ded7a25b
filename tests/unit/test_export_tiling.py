"""Tiled posters (issue 15, item 4): the sheets cut the map, not the paper.

The sheets cover the map alone, none is printed blank, the title block and the legend
are whole on the assembly sheet, each sheet carries only its part of the map, and the
assembly sheet's page numbers never run into each other. Pages are looked at as a
facilitator would: rendered with poppler's pdftoppm, read with pdftotext."""

from __future__ import annotations

import io
import itertools
import math
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader

from journey_editor.export.assembly import sheet_cells, sheet_labels
from journey_editor.export.pages import MM, PAGE_SIZES, PageSetup, Size
from journey_editor.export.pdf import compose, render_pdf
from journey_editor.export.sheet_content import tile_plan
from journey_editor.export.tiling import TileSetup, tile_grid
from journey_editor.fileformat import read_workspace
from journey_editor.layout.geometry import Rect
from journey_editor.model.types import Workspace
from journey_editor.resources import resource_path
from tests.benchmarks.bigmap import big_workspace

Word = tuple[float, float, float, float, str]  # x0, y0, x1, y1 (y down), text

needs_poppler = pytest.mark.skipif(shutil.which("pdftoppm") is None
                                   or shutil.which("pdftotext") is None,
                                   reason="poppler-utils (pdftoppm, pdftotext) not installed")


def retail() -> Workspace:
    return read_workspace(resource_path("templates", "retail.en.journey"))


def pages(data: bytes) -> list[str]:
    return [" ".join(page.extract_text().split()) for page in PdfReader(io.BytesIO(data)).pages]


def whole_page_sheets(poster: Size, sheet: Size, overlap: float, margin: float) -> int:
    """What tiling the whole poster page took, white space included."""
    counts = []
    for w, h in (sheet, sheet[::-1]):
        columns = math.ceil((poster[0] - overlap) / (w - 2 * margin - overlap) - 1e-9)
        rows = math.ceil((poster[1] - overlap) / (h - 2 * margin - overlap) - 1e-9)
        counts.append(max(columns, 1) * max(rows, 1))
    return min(counts)


def ink(path: Path, page: int, margin: float) -> float:
    """The share of a page's image area (inside the sheet's blank border) that is not
    white, rendered at 20 dpi."""
    out = path.with_suffix("")
    subprocess.run(["pdftoppm", "-r", "20", "-png", "-singlefile", "-f", str(page),
                    "-l", str(page), str(path), str(out)], check=True)
    image = Image.open(out.with_suffix(".png")).convert("L")
    border = round(margin / 72 * 20)
    inner = image.crop((border, border, image.width - border, image.height - border))
    histogram = inner.histogram()
    return 1 - sum(histogram[245:]) / sum(histogram)


def words(path: Path, page: int) -> list[Word]:
    """pdftotext's words of a page with their boxes."""
    html = subprocess.run(["pdftotext", "-f", str(page), "-l", str(page), "-bbox", str(path),
                           "-"], check=True, capture_output=True, text=True).stdout
    return [(float(a), float(b), float(c), float(d), text) for a, b, c, d, text in re.findall(
        r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>',
        html)]


def overlap(a: Rect, b: Rect) -> bool:
    return a.x < b.right and b.x < a.right and a.y < b.bottom and b.y < a.bottom


# --- how many sheets --------------------------------------------------------------------

def test_the_retail_template_on_a1_takes_at_most_nine_a4_sheets() -> None:
    """15 A4 sheets when the whole A1 page was cut; the map alone, fitted a little
    smaller, takes 6, and the assembly sheet makes 7 pages."""
    setup, tiles = PageSetup(page_size=PAGE_SIZES["A1"]), TileSetup(sheet=PAGE_SIZES["A4"])
    text = pages(render_pdf(retail(), setup=setup, tiles=tiles))
    assert len(text) <= 9
    assert len(text) - 1 < whole_page_sheets(PAGE_SIZES["A1"], tiles.sheet, tiles.overlap,
                                             tiles.margin)
    fitted = compose(retail(), retail().journeys[0], setup)
    tiled = compose(retail(), retail().journeys[0], setup, tiles=tiles)
    assert tiled.scale >= 0.9 * fitted.scale  # a little smaller at most
    assert tile_plan(fitted.layout, fitted.scale, tiles).count > len(text) - 1


def test_a_chosen_scale_is_kept_exactly() -> None:
    setup = PageSetup(page_size=PAGE_SIZES["A1"], scale=1.0)
    poster = compose(retail(), retail().journeys[0], setup, tiles=TileSetup())
    assert poster.scale == 1.0


@needs_poppler
@pytest.mark.parametrize(("poster", "sheet", "overlap"), [
    ("A0", "A4", 10 * MM), ("A1", "A4", 25 * MM), ("A2", "A4", 0.0), ("A1", "Letter", 0.5 * 72),
    ("Tabloid", "Letter", 10 * MM), ("A4", "A4", 10 * MM),
])
def test_no_sheet_is_blank_and_none_is_added_for_white_space(
        tmp_path: Path, poster: str, sheet: str, overlap: float) -> None:
    tiles = TileSetup(sheet=PAGE_SIZES[sheet], overlap=overlap)
    data = render_pdf(retail(), setup=PageSetup(page_size=PAGE_SIZES[poster]), tiles=tiles)
    path = tmp_path / "tiled.pdf"
    path.write_bytes(data)
    reader = PdfReader(io.BytesIO(data))
    sheets = len(reader.pages) - 1
    assert sheets <= whole_page_sheets(PAGE_SIZES[poster], tiles.sheet, overlap, tiles.margin)
    short, long = sorted(PAGE_SIZES[sheet])
    for number, page in enumerate(reader.pages, start=1):
        assert sorted((float(page.mediabox.width), float(page.mediabox.height))) == \
            pytest.approx([short, long])
        # Alignment marks alone ink up to 1 % of a sheet; a strip of the map 10 % or more.
        assert ink(path, number, tiles.margin) > 0.05, f"page {number} is (almost) blank"


def test_the_sheets_left_out_are_those_the_map_leaves_empty() -> None:
    setup = TileSetup(sheet=(200.0, 300.0), overlap=0.0, margin=0.0)
    region = (590.0, 590.0)  # three sheets across, two down: portrait wins
    every = tile_grid(region, setup)
    corner = tile_grid(region, setup, [(250.0, 0.0, 590.0, 590.0), (0.0, 350.0, 590.0, 590.0)])
    assert (every.rows, every.columns, every.count) == (2, 3, 6)
    assert corner.sheets == ((0, 1), (0, 2), (1, 0), (1, 1), (1, 2))


# --- what goes where ----------------------------------------------------------------------

@pytest.fixture(scope="module")
def retail_a0_on_a4() -> tuple[bytes, tuple[str, ...]]:
    """The retail map's A0 poster cut into A4 sheets, and each page's text: made once for
    the two tests below, which only read them."""
    data = render_pdf(retail(), setup=PageSetup(page_size=PAGE_SIZES["A0"]),
                      tiles=TileSetup(sheet=PAGE_SIZES["A4"]), file_name="sofa.journey")
    return data, tuple(pages(data))


@needs_poppler
def test_the_title_block_and_legend_are_whole_on_the_assembly_sheet(
        tmp_path: Path, retail_a0_on_a4: tuple[bytes, tuple[str, ...]]) -> None:
    data, text = retail_a0_on_a4
    journey = retail().journeys[0]
    # What the title block and the legend say that the map itself does not.
    cover_only = ["Persona: Emma Lind", "Goal:", "Date:", "File: sofa.journey", "Revision:",
                  "Current state", "Lanes", "Key touchpoint", "Inconsistent information"]
    assert journey.name in text[0]
    for part in cover_only:
        assert part in text[0]
    for sheet in text[1:]:
        assert not any(part in sheet for part in cover_only)
    path = tmp_path / "tiled.pdf"
    path.write_bytes(data)
    reader = PdfReader(io.BytesIO(data))
    width, height = float(reader.pages[0].mediabox.width), float(reader.pages[0].mediabox.height)
    found = words(path, 1)
    for word in ("sofa", "Persona:", "Revision:", "Lanes", "curve"):
        boxes = [w for w in found if w[4] == word]
        assert boxes, word
        assert all(0 < x0 and x1 < width and 0 < y0 and y1 < height
                   for x0, y0, x1, y1, _ in boxes)
    assert journey.name in text[1]  # each sheet's label still names the map


def test_each_sheet_carries_only_its_part_of_the_map(
        retail_a0_on_a4: tuple[bytes, tuple[str, ...]]) -> None:
    """A printer gets one sheet's part per page, not the whole map clipped: each sheet
    holds a share of the card titles, and all of them are on some sheet."""
    data, text = retail_a0_on_a4
    reader = PdfReader(io.BytesIO(data))
    titles = {" ".join(card.title.split()[:2]) for card in retail().journeys[0].cards}
    sheets = text[1:]
    assert len(sheets) > 8
    for sheet in sheets:
        assert sum(title in sheet for title in titles) < len(titles) / 3
    assert all(any(title in sheet for sheet in sheets) for title in titles)
    forms = [tuple(page["/Resources"]["/XObject"]) for page in reader.pages[1:]]
    assert all(len(names) == 1 for names in forms)
    assert len(set(forms)) == len(forms)  # one part per sheet, not one poster for all


# --- the assembly sheet's numbers -----------------------------------------------------------

@pytest.mark.parametrize(("steps", "sheet"), [
    ((3.0, 1.5), "A4"),  # the last column holds a strip of 2 pt (see below)
    ((13.0, 14.0), "A4"),  # about the 5,000-card map at 100 %
    ((20.0, 1.0), "Letter"),  # one long row
])
def test_assembly_labels_stay_inside_their_sheets(steps: tuple[float, float],
                                                  sheet: str) -> None:
    setup = TileSetup(sheet=PAGE_SIZES[sheet], orientation="portrait")
    step = tile_grid((1.0, 1.0), setup).step
    region = (steps[0] * step[0] + setup.overlap + 2.0, steps[1] * step[1] + setup.overlap)
    grid = tile_grid(region, setup)
    assert grid.columns == math.ceil(steps[0]) + (steps[0] == int(steps[0]))
    for width in (PAGE_SIZES[sheet][0] - 2 * setup.margin, 250.0):  # and a cramped sheet
        scale = width / grid.extent[0]
        cells = sheet_cells(grid, scale, (30.0, 800.0))
        labels = sheet_labels(grid, cells, first_page=1)
        assert len(labels) in (0, grid.count)
        for cell, label in zip(grid.sheets, labels, strict=False):
            box, room = label.box, cells[cell]
            assert room.x < box.x and box.right < room.right
            assert room.y < box.y and box.bottom < room.bottom
        for a, b in itertools.combinations(labels, 2):
            assert not overlap(a.box, b.box)


@needs_poppler
def test_assembly_page_numbers_read_one_by_one(tmp_path: Path) -> None:
    """Three-digit page numbers on a 155-sheet job: each is a word of its own in the
    overview (no "104105"), and no two are drawn over each other. A card in each cell of
    12 stages by 16 lanes, at 400 %: 1,200 cards at 200 % made as many sheets, and reading
    their overview's words (the map's thumbnail among them) took poppler 1.8 s."""
    workspace = big_workspace(cards=12 * 16, connections=12 * 16, stages=12, lanes=16)
    journey = workspace.journeys[0]
    for i, stage in enumerate(journey.stages):  # no digits in the map's own text
        stage.name = "Stage " + "ABCDEFGHIJKL"[i]
    for i, lane in enumerate(journey.lanes):
        lane.name = "Lane " + "ABCDEFGHIJKLMNOP"[i]
    for card in journey.cards:
        card.emotion = None
    path = tmp_path / "big.pdf"
    path.write_bytes(render_pdf(workspace, setup=PageSetup(page_size=None, scale=4.0),
                                tiles=TileSetup(sheet=PAGE_SIZES["A4"])))
    count = len(PdfReader(path).pages)
    assert count > 100
    found = words(path, 1)
    # The overview: below the instructions' last word, above the legend's first.
    top = max(w[3] for w in found if w[4] == "back.")
    bottom = min(w[1] for w in found if w[4] == "Lanes")
    numbers = [w for w in found if w[4].isdigit() and top < w[1] and w[3] < bottom]
    assert sorted(int(w[4]) for w in numbers) == list(range(2, count + 1))
    boxes = [Rect(x0, y0, x1 - x0, y1 - y0) for x0, y0, x1, y1, _ in numbers]
    assert not any(overlap(a, b) for a, b in itertools.combinations(boxes, 2))


def test_cut_cells_share_their_edges_and_cover_the_map() -> None:
    """What the assembly sheet outlines: the sheets' shares meet at the cut lines, in
    the middle of each overlap, and together reach past the map on every side."""
    setup = TileSetup(sheet=PAGE_SIZES["A4"], orientation="portrait")
    region = (1234.0, 2345.0)
    grid = tile_grid(region, setup)
    cells = grid.cut_cells()
    assert len(cells) == grid.count == grid.rows * grid.columns
    for (row, column), (x0, y0, x1, y1) in cells.items():
        assert x1 - x0 >= grid.step[0] - 1e-6 and y1 - y0 >= grid.step[1] - 1e-6
        left, top = grid.origin(row, column)
        if column:
            assert x0 == pytest.approx(left + setup.overlap / 2)
            assert cells[row, column - 1][2] == x0
        if row:
            assert y0 == pytest.approx(top + setup.overlap / 2)
            assert cells[row - 1, column][3] == y0
    assert min(c[0] for c in cells.values()) == 0 and min(c[1] for c in cells.values()) == 0
    assert max(c[2] for c in cells.values()) >= region[0]
    assert max(c[3] for c in cells.values()) >= region[1]
