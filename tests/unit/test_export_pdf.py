"""PDF posters: page setup, tiling, text, fonts, metadata and the command line (pypdf)."""

from __future__ import annotations

import datetime as dt
import io
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from journey_editor.cli import main
from journey_editor.export import ExportError
from journey_editor.export.pages import (
    MM,
    PAGE_SIZES,
    PageSetup,
    parse_length,
    parse_page_size,
    parse_scale,
)
from journey_editor.export.pdf import compose, find_journeys, render_pdf
from journey_editor.export.tiling import TileSetup
from journey_editor.fileformat import read_workspace
from journey_editor.layout.engine import lay_out
from journey_editor.model.types import Card, Journey, Lane, Persona, Stage, Workspace, new_workspace
from journey_editor.resources import resource_path
from tests.benchmarks.bigmap import big_workspace

ROOT = Path(__file__).resolve().parents[2]


def template(name: str) -> Workspace:
    return read_workspace(resource_path("templates", f"{name}.en.journey"))


def pdf(data: bytes) -> PdfReader:
    return PdfReader(io.BytesIO(data))


def box(page: Any) -> tuple[float, float]:
    return float(page.mediabox.width), float(page.mediabox.height)


def words(text: str) -> str:
    return " ".join(text.split())


def close(a: tuple[float, float], b: tuple[float, float]) -> bool:
    return abs(a[0] - b[0]) < 0.01 and abs(a[1] - b[1]) < 0.01


# --- page setup -----------------------------------------------------------------------

@pytest.mark.parametrize(("text", "mm"), [
    ("A0", (841, 1189)), ("a1", (594, 841)), ("A3", (297, 420)), ("A5", (148, 210)),
    ("420x297mm", (420, 297)), ("420 × 297", (420, 297)), ("30x40cm", (300, 400)),
])
def test_page_sizes_in_millimetres(text: str, mm: tuple[int, int]) -> None:
    assert close(parse_page_size(text), (mm[0] * MM, mm[1] * MM))


@pytest.mark.parametrize(("text", "inches"), [
    ("Letter", (8.5, 11)), ("legal", (8.5, 14)), ("Tabloid", (11, 17)), ("ANSI C", (17, 22)),
    ("ansi-d", (22, 34)), ("ANSI_E", (34, 44)), ("Arch C", (18, 24)), ("archd", (24, 36)),
    ("Arch E", (36, 48)), ("11x17in", (11, 17)), ("8.5x11 in", (8.5, 11)),
])
def test_page_sizes_in_inches(text: str, inches: tuple[float, float]) -> None:
    assert close(parse_page_size(text), (inches[0] * 72, inches[1] * 72))


@pytest.mark.parametrize("text", ["B7", "", "A", "x297mm", "420x", "10x10mm", "9000x9000mm",
                                  "420x297ft"])
def test_bad_page_sizes_are_refused(text: str) -> None:
    with pytest.raises(ExportError):
        parse_page_size(text)


def test_lengths_and_scales() -> None:
    assert parse_length("10mm") == pytest.approx(28.3465, abs=1e-3)
    assert parse_length("1 cm") == pytest.approx(28.3465, abs=1e-3)
    assert parse_length("0.5in") == 36
    assert parse_length("12pt") == 12
    assert parse_length("5") == pytest.approx(5 * MM)
    assert parse_scale("100") == 1.0 and parse_scale("75 %") == 0.75
    for bad in ("ten", "-5mm", "5 furlongs"):
        with pytest.raises(ExportError):
            parse_length(bad)
    with pytest.raises(ExportError):
        parse_scale("0")


@pytest.mark.parametrize("name", ["A0", "A2", "A4", "Letter", "Tabloid", "ANSI D", "Arch E"])
@pytest.mark.parametrize("orientation", ["portrait", "landscape"])
def test_one_page_per_journey_with_the_asked_media_box(name: str, orientation: str) -> None:
    setup = PageSetup(page_size=parse_page_size(name),
                      orientation=orientation)  # type: ignore[arg-type]
    reader = pdf(render_pdf(template("retail"), setup=setup))
    short, long = sorted(PAGE_SIZES[name])
    assert len(reader.pages) == 1
    expected = (short, long) if orientation == "portrait" else (long, short)
    assert close(box(reader.pages[0]), expected)


def test_auto_orientation_shows_a_wide_map_on_landscape_paper() -> None:
    workspace = big_workspace(cards=300, connections=0, stages=30, lanes=6)
    reader = pdf(render_pdf(workspace, setup=PageSetup(page_size=PAGE_SIZES["A3"])))
    width, height = box(reader.pages[0])
    assert width > height


def test_custom_page_size_and_all_journeys() -> None:
    workspace = template("retail")
    second = Journey(id="j2", name="Returning a sofa", stages=[Stage(id="s", name="Return")],
                     lanes=[Lane(id="l", name="Channel", kind="channel")])
    workspace.journeys.append(second)
    setup = PageSetup(page_size=parse_page_size("11x17in"), orientation="portrait")
    reader = pdf(render_pdf(workspace, setup=setup))
    assert [box(p) for p in reader.pages] == [(792, 1224), (792, 1224)]
    assert "Returning a sofa" in reader.pages[1].extract_text()


def test_scale_100_without_a_page_size_makes_a_page_to_measure() -> None:
    workspace = template("retail")
    layout = lay_out(workspace.journeys[0])
    margin = 10 * MM
    reader = pdf(render_pdf(workspace, setup=PageSetup(scale=1.0, margin=margin)))
    width, height = box(reader.pages[0])
    assert width == pytest.approx(layout.width + 2 * margin, abs=0.01)
    assert height > layout.height + 2 * margin  # title block and legend above and below


def test_scale_that_does_not_fit_is_an_error_naming_the_sizes() -> None:
    with pytest.raises(ExportError, match="does not fit on 148 × 210 mm"):
        render_pdf(template("retail"), setup=PageSetup(page_size=PAGE_SIZES["A5"], scale=1.0))


def test_fit_scales_the_map_to_the_page() -> None:
    workspace = template("retail")
    small = compose(workspace, workspace.journeys[0], PageSetup(page_size=PAGE_SIZES["A4"]))
    large = compose(workspace, workspace.journeys[0], PageSetup(page_size=PAGE_SIZES["A0"]))
    assert large.scale > 3 * small.scale
    for poster in (small, large):
        x, top = poster.map_origin
        assert x >= poster.margin - 0.01
        assert x + poster.layout.width * poster.scale <= poster.page[0] - poster.margin + 0.01
        assert top + poster.layout.height * poster.scale <= poster.page[1] - poster.margin


# --- tiling ---------------------------------------------------------------------------

def test_tiles_are_labelled_and_the_assembly_sheet_comes_first() -> None:
    tiles = TileSetup(sheet=PAGE_SIZES["A4"])
    reader = pdf(render_pdf(template("retail"), setup=PageSetup(page_size=PAGE_SIZES["A2"]),
                            tiles=tiles))
    total = len(reader.pages)
    assert "How to assemble: Buying a sofa" in reader.pages[0].extract_text()
    label = words(reader.pages[2].extract_text())
    assert f"page 3 of {total}" in label and "row 1, column 2" in label
    assert "Buying a sofa" in label


def test_an_overlap_larger_than_half_a_sheet_is_refused() -> None:
    with pytest.raises(ExportError, match="overlap"):
        render_pdf(template("blank"), tiles=TileSetup(overlap=200 * MM))


# --- content ----------------------------------------------------------------------------

def test_every_card_title_of_the_retail_template_is_text_in_the_pdf() -> None:
    workspace = template("retail")
    text = words(pdf(render_pdf(workspace)).pages[0].extract_text())
    titles = [card.title for card in workspace.journeys[0].cards]
    assert len(titles) == 50
    missing = [t for t in titles if words(t) not in text]
    assert missing == []
    for name in ("Buying a sofa", "Emma Lind", "Current state", "Discover", "Social and media",
                 "Line of interaction", "Key touchpoint"):
        assert name in text


MANY_LANGUAGES = {
    "Danish": "Æbleskiver på øen, blåbærgrød",
    "Swedish": "Återköp för ölförsäljning",
    "Finnish": "Hyvää päivää, äänestys",
    "Dutch": "Geïnteresseerd in één ruïne",
    "Polish": "Zażółć gęślą jaźń, łódź",
    "Greek": "Καλημέρα, αγορά καναπέ",
    "Russian": "Съешь же ещё этих мягких булок",
    "Ukrainian": "Їжак ґедзь є під щем",
}


def multilingual_workspace(extra_titles: list[str] = ()) -> Workspace:  # type: ignore[assignment]
    stages = [Stage(id="s1", name="Поиск"), Stage(id="s2", name="Αγορά")]
    lanes = [Lane(id="l1", name="Kanały łączności", kind="channel"),
             Lane(id="l2", name="Følelser", kind="emotion")]
    titles = list(MANY_LANGUAGES.values()) + list(extra_titles)
    cards = [Card(id=f"c{i}", stage=stages[i % 2].id, lane="l1", title=title, emotion=i % 7 - 3)
             for i, title in enumerate(titles)]
    journey = Journey(id="j", name="Køb af sofa – Ταξίδι", persona="p", goal="Mniej porzuceń",
                      stages=stages, lanes=lanes, cards=cards)
    return new_workspace("Мапа", personas=[Persona(id="p", name="Ωμέγα Øster")],
                         journeys=[journey])


def test_non_latin_text_is_extracted_as_written() -> None:
    text = words(pdf(render_pdf(multilingual_workspace())).pages[0].extract_text())
    for title in MANY_LANGUAGES.values():
        assert title in text
    for other in ("Поиск", "Αγορά", "Kanały łączności", "Følelser", "Køb af sofa – Ταξίδι",
                  "Ωμέγα Øster", "Mniej porzuceń"):
        assert other in text


def test_more_characters_than_one_font_subset_holds() -> None:
    # Past ~220 distinct characters reportlab starts a second subset of the font: text
    # there must still be encoded and extracted right.
    alphabet = [chr(c) for c in (*range(0x100, 0x180), *range(0x400, 0x460),
                                 *range(0x391, 0x3A2), *range(0x3A3, 0x3AA),
                                 *range(0x3B1, 0x3CA))]
    titles = ["".join(alphabet[i:i + 12]) for i in range(0, len(alphabet), 12)]
    reader = pdf(render_pdf(multilingual_workspace(titles)))
    text = words(reader.pages[0].extract_text())
    assert len(set("".join(titles))) > 256
    assert [t for t in titles if t not in text] == []


def all_fonts(reader: PdfReader) -> list[Any]:
    fonts, seen = [], set()

    def visit(resources: Any) -> None:
        resources = resources.get_object() if resources is not None else {}
        for font in resources.get("/Font", {}).values():
            font = font.get_object()
            if id(font) not in seen:
                seen.add(id(font))
                fonts.append(font)
        for xobject in resources.get("/XObject", {}).values():
            xobject = xobject.get_object()
            if xobject.get("/Subtype") == "/Form" and id(xobject) not in seen:
                seen.add(id(xobject))
                visit(xobject.get("/Resources"))

    for page in reader.pages:
        visit(page.get("/Resources"))
    return fonts


@pytest.mark.parametrize("tiled", [False, True])
def test_only_the_bundled_font_embedded_never_helvetica(tiled: bool) -> None:
    data = render_pdf(multilingual_workspace(), tiles=TileSetup() if tiled else None)
    fonts = all_fonts(pdf(data))
    assert fonts
    assert b"Helvetica" not in data
    for font in fonts:
        assert "DejaVuSans" in font["/BaseFont"]
        assert font["/Subtype"] == "/TrueType"
        assert "/FontFile2" in font["/FontDescriptor"].get_object()


def test_metadata() -> None:
    data = render_pdf(template("retail"), author="Facilitator Fiona")
    meta = pdf(data).metadata
    assert meta is not None
    assert meta.title == "Buying a sofa"
    assert meta.author == "Facilitator Fiona"
    assert meta.subject == "Customer journey map: Buying a sofa"
    assert meta.creator is not None and meta.creator.startswith("Journey Editor ")
    created = meta.creation_date
    assert created is not None
    assert abs((dt.datetime.now(dt.UTC) - created.astimezone(dt.UTC)).total_seconds()) < 300


def test_title_block_names_the_file_the_revision_and_the_state(workspace: Workspace) -> None:
    workspace.journeys[0].state = "future"
    data = render_pdf(workspace, file_name="gift.journey", today=dt.date(2026, 12, 1))
    text = words(pdf(data).pages[0].extract_text())
    for part in ("Buying a gift", "Persona: Ann", "Goal: Fewer abandoned carts", "Future state",
                 "Date: 2026-12-01", "File: gift.journey", "Revision: 1, 2026-11-01 by me"):
        assert part in text


def test_empty_and_one_stage_journeys_export_cleanly() -> None:
    empty = Journey(id="e", name="Nothing yet")
    one = Journey(id="o", name="Single stage", stages=[Stage(id="s", name="Only stage")],
                  lanes=[Lane(id="l", name="Touchpoints", kind="channel"),
                         Lane(id="f", name="Feelings", kind="emotion")],
                  cards=[Card(id="c", stage="s", lane="l", title="The one card", emotion=2)])
    workspace = new_workspace("Edge cases", journeys=[empty, one])
    # An A3 poster: tiled, a few A4 sheets per journey instead of the default size's 16.
    poster = PageSetup(page_size=PAGE_SIZES["A3"])
    for tiles in (None, TileSetup()):
        reader = pdf(render_pdf(workspace, setup=poster, tiles=tiles))
        text = words(" ".join(page.extract_text() for page in reader.pages))
        assert "Nothing yet" in text and "no stages or lanes" in text
        assert "Only stage" in text and "The one card" in text
    blank = pdf(render_pdf(template("blank")))
    assert len(blank.pages) == 1 and "New journey" in blank.pages[0].extract_text()


def test_long_titles_end_with_an_ellipsis_and_narrow_cards_are_clipped() -> None:
    long_title = " ".join(["Extraordinarily long touchpoint description"] * 12)
    journey = Journey(
        id="j", name="Long", stages=[Stage(id="s", name="Wide"), Stage(id="n", name="N", width=40)],
        lanes=[Lane(id="l", name="Channel", kind="channel")],
        cards=[Card(id="a", stage="s", lane="l", title=long_title, key_touchpoint=True,
                    votes={"Ann": 9}),
               Card(id="b", stage="n", lane="l", title="Narrow card", emotion=-3,
                    inconsistent=True, status="retired")])
    data = render_pdf(new_workspace("", journeys=[journey]))
    lines = lay_out(journey).cards["a"].title.lines
    assert lines[-1].endswith("\u2026")
    text = pdf(data).pages[0].extract_text()
    assert all(line in text for line in lines)


def test_progress_is_reported_per_page() -> None:
    calls: list[tuple[int, int]] = []
    render_pdf(template("retail"), setup=PageSetup(page_size=PAGE_SIZES["A2"]),
               tiles=TileSetup(), progress=lambda done, total: calls.append((done, total)))
    total = calls[-1][1]
    assert calls == [(i, total) for i in range(1, total + 1)]


def test_find_journeys(workspace: Workspace) -> None:
    assert [j.name for j in find_journeys(workspace)] == ["Buying a gift"]
    assert [j.id for j in find_journeys(workspace, "j1")] == ["j1"]
    with pytest.raises(ExportError, match="no journey named 'x'"):
        find_journeys(workspace, "x")
    with pytest.raises(ExportError, match="no journey"):
        find_journeys(new_workspace(""))


# --- command line -----------------------------------------------------------------------

def test_export_from_the_command_line(saved: Path, tmp_path: Path,
                                      capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "poster.pdf"
    assert main(["export", str(saved), "--pdf", str(out), "--page-size", "A1",
                 "--orientation", "landscape"]) == 0
    assert "poster.pdf" in capsys.readouterr().out
    reader = PdfReader(out)
    assert len(reader.pages) == 1 and close(box(reader.pages[0]), sorted(PAGE_SIZES["A1"])[::-1])
    assert "File: map.journey" in reader.pages[0].extract_text()
    tiled = tmp_path / "tiled.pdf"
    assert main(["export", str(saved), "--pdf", str(tiled), "--page-size", "A2", "--tile", "A4",
                 "--overlap", "15mm", "--all", "--scale", "100", "--margin", "0.5in"]) == 0
    same = render_pdf(read_workspace(saved), setup=PageSetup(
        page_size=PAGE_SIZES["A2"], scale=1.0, margin=0.5 * 72), tiles=TileSetup(
        sheet=PAGE_SIZES["A4"], overlap=15 * MM))
    assert len(PdfReader(tiled).pages) == len(pdf(same).pages) > 1


@pytest.mark.parametrize(("args", "message"), [
    (["--page-size", "B7"], "unknown page size 'B7'"),
    (["--journey", "Nope"], "no journey named 'Nope'"),
    (["--margin", "wide"], "'wide' is not a length"),
    (["--scale", "abc"], "'abc' is not a scale"),
    (["--tile", "A4", "--overlap", "300mm"], "overlap"),
    (["--page-size", "A5", "--scale", "400"], "does not fit"),
])
def test_export_errors_are_one_line_and_write_nothing(
        saved: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], args: list[str],
        message: str) -> None:
    out = tmp_path / "x.pdf"
    out.write_bytes(b"the previous export")
    assert main(["export", str(saved), "--pdf", str(out), *args]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("journey-editor: ") and message in err
    assert out.read_bytes() == b"the previous export"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["map.journey", "x.pdf"]  # no temp file


def test_export_to_an_unwritable_place(saved: Path, tmp_path: Path,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["export", str(saved), "--pdf", str(tmp_path / "missing" / "x.pdf")]) == 1
    assert main(["export", str(saved), "--pdf", str(tmp_path)]) == 1
    assert main(["export", str(saved)]) == 1
    assert main(["export", str(tmp_path / "none.journey"), "--pdf", str(tmp_path / "y.pdf")]) == 1
    err = capsys.readouterr().err.splitlines()
    assert len(err) == 4
    assert "does not exist" in err[0] and "folder" in err[1] and "--pdf" in err[2]
    assert "no such file" in err[3]


def _python(code: str) -> str:
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            timeout=120, cwd=ROOT, env={"PATH": "/usr/bin:/bin"})
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


def test_pdf_export_imports_no_qt() -> None:
    loaded = _python(
        "import sys, journey_editor.export.pdf, journey_editor.export.tiling; "
        "print(sorted({m.split('.')[0] for m in sys.modules} & {'PySide6', 'shiboken6', "
        "'reportlab'}))")
    assert loaded == "[]"  # and reportlab only once a PDF is drawn


def test_command_line_export_runs_without_a_display_or_qt(saved: Path, tmp_path: Path) -> None:
    out = tmp_path / "x.pdf"
    loaded = _python(
        "import sys; from journey_editor.cli import main; "
        f"code = main(['export', {str(saved)!r}, '--pdf', {str(out)!r}, '--tile', 'A4']); "
        "print(code, sorted({m.split('.')[0] for m in sys.modules} & {'PySide6', 'shiboken6'}))")
    assert loaded.splitlines()[-1] == "0 []"
    assert out.read_bytes().startswith(b"%PDF-")


def test_a_layout_the_canvas_already_has_is_not_made_again(
        monkeypatch: pytest.MonkeyPatch) -> None:
    workspace = template("retail")
    journey = workspace.journeys[0]
    layout = lay_out(journey)

    def no_second_layout(*args: object, **kwargs: object) -> None:
        raise AssertionError("laid out twice")

    monkeypatch.setattr("journey_editor.export.pdf.lay_out", no_second_layout)
    data = render_pdf(workspace, layouts={journey.id: layout})
    assert "Buying a sofa" in pdf(data).pages[0].extract_text()
