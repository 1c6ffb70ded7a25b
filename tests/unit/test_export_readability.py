"""Posters say when their text is too small to read on a wall, and what would fix it
(issue 15 item 1)."""

from __future__ import annotations

import pytest

from journey_editor.export.pages import PAGE_SIZES, PageSetup
from journey_editor.export.pdf import PRINT_STYLE, compose
from journey_editor.export.readability import (
    ISO_PAGES,
    US_PAGES,
    WALL_POSTER_PT,
    printed_sizes,
    readability,
)
from journey_editor.templates import new_from_template
from tests.benchmarks.bigmap import big_workspace


def _readability(workspace, page: str, minimum: float = WALL_POSTER_PT):  # type: ignore[no-untyped-def]
    journey = workspace.journeys[0]
    setup = PageSetup(page_size=PAGE_SIZES[page])
    poster = compose(workspace, journey, setup)
    return poster, readability(workspace, journey, setup, scale=poster.scale, minimum=minimum)


@pytest.mark.parametrize("page", ["A3", "A4", "Letter"])
def test_the_retail_poster_on_small_paper_warns_and_names_a_page_that_reads(page: str) -> None:
    workspace = new_from_template("retail")
    poster, result = _readability(workspace, page)
    assert result.sizes.cards == pytest.approx(PRINT_STYLE.card_font * poster.scale)
    assert result.sizes.cards < WALL_POSTER_PT and not result.readable
    assert result.page is not None
    name, size = result.page
    larger = compose(workspace, workspace.journeys[0], PageSetup(page_size=PAGE_SIZES[name]))
    assert printed_sizes(larger.scale).cards == pytest.approx(size) and size >= WALL_POSTER_PT
    warning = result.warning()
    assert warning is not None
    assert f"{result.sizes.cards:.1f}\u00a0pt" in warning and name in warning


def test_the_page_named_is_the_smallest_that_reads() -> None:
    workspace = new_from_template("retail")
    _, result = _readability(workspace, "A4")
    assert result.page is not None
    order = list(ISO_PAGES)
    smaller = order[:order.index(result.page[0])]
    for name in smaller:  # each smaller page prints the cards under the minimum
        _, on_it = _readability(workspace, name)
        assert not on_it.readable


def test_us_paper_is_advised_a_us_page() -> None:
    _, result = _readability(new_from_template("retail"), "Letter")
    assert result.page is not None and result.page[0] in US_PAGES


def test_a_poster_large_enough_says_nothing() -> None:
    _, result = _readability(new_from_template("retail"), "A1")
    assert result.readable and result.warning() is None and result.page is None


def test_a_stricter_minimum_is_honoured() -> None:
    _, result = _readability(new_from_template("retail"), "A1", minimum=40.0)
    assert not result.readable
    assert "40.0\u00a0pt" in (result.warning() or "")


def test_a_map_too_big_for_any_page_is_told_to_tile() -> None:
    workspace = big_workspace(cards=2_000, connections=0, stages=30, lanes=30)
    _, result = _readability(workspace, "A0")
    assert result.page is None and not result.readable
    assert "tiled" in (result.warning() or "")


def _saved_retail(tmp_path):  # type: ignore[no-untyped-def]
    from journey_editor.fileformat import save_workspace

    path = tmp_path / "retail.journey"
    save_workspace(new_from_template("retail"), path)
    return path


def test_the_command_line_warns_and_still_exports(tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    from journey_editor.cli import main

    out = tmp_path / "a3.pdf"
    assert main(["export", str(_saved_retail(tmp_path)), "--pdf", str(out),
                 "--page-size", "A3"]) == 0
    err = capsys.readouterr().err
    assert out.exists()
    assert err.count("\n") == 1 and err.startswith("warning: journey 'Buying a sofa'")
    assert "5.8\u00a0pt" in err and "A2" in err


def test_min_text_refuses_an_unreadable_poster_and_writes_nothing(tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    from journey_editor.cli import main

    source, out = _saved_retail(tmp_path), tmp_path / "a3.pdf"
    assert main(["export", str(source), "--pdf", str(out), "--page-size", "A3",
                 "--min-text", "8"]) == 1
    assert not out.exists()
    assert "5.8\u00a0pt" in capsys.readouterr().err
    assert main(["export", str(source), "--pdf", str(out), "--page-size", "A1",
                 "--min-text", "8"]) == 0
    assert out.exists() and capsys.readouterr().err == ""


@pytest.mark.parametrize("page", ["A4", "A3", "A2", "A1", "A0", "Letter"])
def test_title_block_and_legend_leave_the_page_to_the_map(page: str) -> None:
    from journey_editor.export.pdf import BAND_SHARE, GAP, MIN_PAPER, paper_factor

    workspace = new_from_template("retail")
    poster = compose(workspace, workspace.journeys[0], PageSetup(page_size=PAGE_SIZES[page]))
    inner_height = poster.page[1] - 2 * poster.margin
    share = (poster.title.height + poster.legend.height + 2 * GAP) * poster.paper / inner_height
    assert share <= BAND_SHARE + 0.01 or poster.paper == MIN_PAPER
    assert share <= 0.2  # a quarter of an A4 page, before
    assert MIN_PAPER <= poster.paper <= paper_factor(poster.page)


def _wide_workspace():  # type: ignore[no-untyped-def]
    """Twenty-four stages and four lanes: far wider than high, as a long journey is."""
    return big_workspace(cards=300, connections=200, stages=24, lanes=4)


def test_a_wide_map_is_told_how_many_posters_would_read() -> None:
    workspace = _wide_workspace()
    _, result = _readability(workspace, "A3")
    assert result.split is not None
    parts, size = result.split
    assert f"split it into {parts} posters" in (result.warning() or "")
    # What it promises holds: every part, fitted on A3, prints its cards at that size
    from journey_editor.export.split import split_by_stages

    for part in split_by_stages(workspace.journeys[0], parts):
        poster = compose(workspace, part, PageSetup(page_size=PAGE_SIZES["A3"]))
        assert printed_sizes(poster.scale).cards >= size - 0.05 >= WALL_POSTER_PT - 0.05
    fewer = split_by_stages(workspace.journeys[0], parts - 1)
    widest = max(fewer, key=lambda j: len(j.stages))
    poster = compose(workspace, widest, PageSetup(page_size=PAGE_SIZES["A3"]))
    assert parts == 2 or printed_sizes(poster.scale).cards < WALL_POSTER_PT


def test_split_posters_keep_every_card_once_and_the_arrows_within_a_part() -> None:
    from journey_editor.export.split import split_by_stages

    journey = _wide_workspace().journeys[0]
    parts = split_by_stages(journey, 5)
    assert [len(p.stages) for p in parts] == [5, 5, 5, 5, 4]
    assert sorted(c.id for p in parts for c in p.cards) == sorted(c.id for c in journey.cards)
    assert all(p.lanes == journey.lanes for p in parts)
    for part in parts:
        ids = {c.id for c in part.cards}
        assert all(link.source in ids and link.target in ids for link in part.connections)
    assert parts[0].name == "Big journey (1/5: Stage 1 – Stage 5)"
    assert split_by_stages(journey, 1) == [journey]
    assert len(split_by_stages(journey, 99)) == len(journey.stages)


def test_the_command_line_prints_split_posters(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from pypdf import PdfReader

    from journey_editor.cli import main
    from journey_editor.fileformat import save_workspace

    source, out = tmp_path / "wide.journey", tmp_path / "wide.pdf"
    save_workspace(_wide_workspace(), source)
    assert main(["export", str(source), "--pdf", str(out), "--page-size", "A3",
                 "--split", "4", "--min-text", "8"]) == 0
    pages = PdfReader(out).pages
    assert len(pages) == 4
    assert "(2/4: Stage 7 – Stage 12)" in pages[1].extract_text()


def test_the_command_line_names_a_text_no_font_can_print(tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    import msgspec

    from journey_editor.cli import main
    from journey_editor.fileformat import save_workspace
    from journey_editor.layout import shaping

    if shaping.shape("\U0001FAE8").missing == "":
        pytest.skip("an installed font has the shaking face emoji")
    workspace = new_from_template("retail")
    journey = workspace.journeys[0]
    card = msgspec.structs.replace(journey.cards[0], title="Pays \U0001FAE8 at the till")
    journey.cards[0] = card
    source, out = tmp_path / "emoji.journey", tmp_path / "emoji.pdf"
    save_workspace(workspace, source)
    assert main(["export", str(source), "--pdf", str(out), "--page-size", "A1"]) == 0
    err = capsys.readouterr().err.splitlines()
    assert len(err) == 1 and err[0].startswith("warning: ") and "U+1FAE8" in err[0]
    assert out.exists()
