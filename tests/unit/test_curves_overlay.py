"""Emotion curves together (issue 18 item 6): which journeys share a chart, where each
curve's points fall, and the overlay poster (read back with pdftotext)."""

from __future__ import annotations

import argparse
import shutil
import subprocess
from pathlib import Path

import pytest

from journey_editor.export import ExportError
from journey_editor.export.curves_overlay import render_curves, run_curves
from journey_editor.layout.curves_overlay import (
    MARKERS,
    MAX_CURVES,
    PALETTE,
    CurvesRefused,
    companions,
    lay_out_overlay,
    marker_outline,
    shared_stages,
)
from journey_editor.layout.geometry import Rect
from journey_editor.model.types import Card, Journey, Lane, Persona, Stage, new_workspace

needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None,
                                   reason="poppler-utils (pdftotext) not installed")
BOX = Rect(20.0, 10.0, 900.0, 500.0)


def journey(jid: str, stages: list[str], values: list[float | None],
            persona: str | None = None) -> Journey:
    """A journey whose emotion lane holds `values`, one per stage (None: not set)."""
    lane = Lane(id="feel", name="Feelings", kind="emotion", emotion_values={
        f"s{i}": v for i, v in enumerate(values) if v is not None})
    return Journey(id=jid, name=f"Journey {jid}", persona=persona, lanes=[lane],
                   stages=[Stage(id=f"s{i}", name=name) for i, name in enumerate(stages)])


STAGES = ["Discover", "Choose", "Buy", "Use"]


def test_curves_of_journeys_with_the_same_stages_share_columns_and_levels() -> None:
    a = journey("a", STAGES, [2, 0, -3, 1])
    b = journey("b", ["discover", " Choose ", "BUY", "use"], [-1, 3, None, 0])  # case, spaces
    chart = lay_out_overlay([a, b], ["A", "B"], BOX, 14.0)
    plot = chart.plot
    assert len(chart.columns) == 4
    assert chart.columns == tuple(sorted(chart.columns))
    assert all(plot.x < x < plot.right for x in chart.columns)

    def y(value: float) -> float:  # +3 at the plot's top, -3 at its bottom
        return plot.y + plot.h / 2 - value * plot.h / 6

    first, second = chart.series
    assert first.points == tuple((x, pytest.approx(y(v)))
                                 for x, v in zip(chart.columns, [2, 0, -3, 1], strict=True))
    assert second.points[2] is None  # no emotion at Buy: a gap, not a zero
    assert second.points[1] == (chart.columns[1], pytest.approx(y(3)))
    assert len(second.segments) == 2  # the curve joins the three known points
    assert first.colour != second.colour and first.marker != second.marker
    assert [label.lines[0] for label in chart.stage_labels] == STAGES  # the longest's names
    assert [e.label.lines[0] for e in chart.legend] == ["A", "B"]


def test_stage_labels_and_legend_stay_inside_the_box() -> None:
    long = ["Research and compare every option online", "Choose", "Buy", "Use"]
    chart = lay_out_overlay([journey(str(i), long, [1, 2, 3, 0]) for i in range(5)],
                            [f"A long journey name number {i}" for i in range(5)],
                            BOX, 16.0)
    for block in (*chart.stage_labels, *(e.label for e in chart.legend)):
        assert block.y >= BOX.y and block.y + len(block.lines) * block.line_height <= BOX.bottom
    assert len({round(e.label.y) for e in chart.legend}) > 1  # five long names: two rows
    assert chart.plot.y > max(e.label.y for e in chart.legend)


def test_a_journey_may_stop_earlier_than_the_others() -> None:
    full = journey("full", [*STAGES, "Recommend"], [1, 1, 1, 1, 2])
    short = journey("short", STAGES[:2], [-2, -1])
    assert shared_stages([short, full]) == [*STAGES, "Recommend"]
    chart = lay_out_overlay([short, full], ["short", "full"], BOX, 14.0)
    assert len(chart.columns) == 5
    assert [p[0] for p in chart.series[0].points if p] == list(chart.columns[:2])


def test_journeys_with_different_stages_are_refused_naming_the_difference() -> None:
    a = journey("a", STAGES, [1, 1, 1, 1])
    b = journey("b", ["Discover", "Compare", "Buy", "Use"], [0, 0, 0, 0])
    with pytest.raises(CurvesRefused) as refused:
        lay_out_overlay([a, b], ["A", "B"], BOX, 14.0)
    message = str(refused.value)
    assert "'Journey a' and 'Journey b'" in message
    assert "stage 2 is 'Choose' in one and 'Compare' in the other" in message
    reordered = journey("c", ["Choose", "Discover", "Buy", "Use"], [0, 0, 0, 0])
    assert pytest.raises(CurvesRefused, shared_stages, [a, reordered])


def test_no_journey_a_journey_without_stages_and_too_many_are_refused() -> None:
    with pytest.raises(CurvesRefused, match="at least one journey"):
        shared_stages([])
    with pytest.raises(CurvesRefused, match="has no stages"):
        shared_stages([journey("a", STAGES, [1] * 4), journey("e", [], [])])
    many = [journey(str(i), STAGES, [0] * 4) for i in range(MAX_CURVES + 1)]
    with pytest.raises(CurvesRefused, match=f"At most {MAX_CURVES}"):
        shared_stages(many)
    assert shared_stages(many[:MAX_CURVES]) == STAGES


def test_a_journey_without_an_emotion_lane_draws_its_cards_emotions() -> None:
    plain = Journey(id="p", name="Plain", stages=[Stage(id="s0", name="Discover")],
                    lanes=[Lane(id="l", name="Web", kind="channel")],
                    cards=[Card(id="c1", stage="s0", lane="l", emotion=2),
                           Card(id="c2", stage="s0", lane="l", emotion=-1)])
    chart = lay_out_overlay([plain], ["Plain"], BOX, 14.0)
    point = chart.series[0].points[0]
    assert point is not None
    assert point[1] == pytest.approx(chart.plot.y + chart.plot.h / 2 - 0.5 * chart.plot.h / 6)


def test_every_curve_has_its_own_colour_and_marker_shape() -> None:
    assert len(set(PALETTE)) == len(set(MARKERS)) == MAX_CURVES
    outlines = {kind: marker_outline(kind, (0.0, 0.0), 5.0) for kind in MARKERS}
    assert len({(len(o), tuple((round(x, 1), round(y, 1)) for x, y in o))
                for o in outlines.values()}) == len(MARKERS)


def test_a_chart_starts_with_the_journey_and_those_sharing_its_stages() -> None:
    journeys = [journey(str(i), STAGES, [0] * 4) for i in range(7)]
    journeys.insert(2, journey("odd", ["Other", "Stages"], [0, 0]))
    workspace = new_workspace("Map", journeys=journeys)
    assert companions(workspace, "3") == ["3", "0", "1", "2", "4"]
    assert companions(workspace, "odd") == ["odd"]


def _text(data: bytes, tmp_path: Path) -> str:
    pdf = tmp_path / "curves.pdf"
    pdf.write_bytes(data)
    return subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True,
                          text=True, check=True).stdout


@needs_poppler
def test_the_overlay_poster_names_each_journey_and_persona_and_the_stages(
        tmp_path: Path) -> None:
    workspace = new_workspace(
        "Sofa shop", personas=[Persona(id="p1", name="Emma Lind"), Persona(id="p2", name="Bo")],
        journeys=[journey("a", STAGES, [1, 2, -1, 0], "p1"), journey("b", STAGES, [0, -2, 1, 3],
                                                                     "p2")])
    text = _text(render_curves(workspace, workspace.journeys), tmp_path)
    for expected in ("Emotion curves", "Journey a · Emma Lind", "Journey b · Bo", *STAGES,
                     "+3", "-3", "Sofa shop"):
        assert expected in text


@needs_poppler
def test_the_poster_speaks_the_maps_language(tmp_path: Path) -> None:
    danish = journey("a", STAGES, [1, 2, -1, 0])
    danish.language = "da"
    text = _text(render_curves(new_workspace("Kort", journeys=[danish, journey(
        "b", STAGES, [None] * 4)]), [danish, journey("b", STAGES, [None] * 4)]), tmp_path)
    assert "Emotion curves" not in text and "no emotions yet" not in text


def test_the_poster_refuses_journeys_with_different_stages() -> None:
    workspace = new_workspace("Map", journeys=[journey("a", STAGES, [1] * 4),
                                               journey("b", ["Other"], [1])])
    with pytest.raises(ExportError, match="do not share their stages"):
        render_curves(workspace, workspace.journeys)


def test_the_command_line_overlays_the_first_journey_and_its_companions(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from journey_editor.fileformat import save_workspace

    workspace = new_workspace("Map", journeys=[journey("a", STAGES, [1] * 4),
                                               journey("odd", ["Other"], [1]),
                                               journey("b", STAGES, [2] * 4)])
    source, out = tmp_path / "map.journey", tmp_path / "curves.pdf"
    save_workspace(workspace, source)
    run_curves(argparse.Namespace(file=str(source), curves=str(out), journey=None, all=False,
                                  page_size=None, author=""))
    assert out.read_bytes().startswith(b"%PDF")
    said = capsys.readouterr().out
    assert "Journey a, Journey b" in said and "odd" not in said
    with pytest.raises(ExportError, match="do not share"):
        run_curves(argparse.Namespace(file=str(source), curves=str(out), journey=None,
                                      all=True, page_size=None, author=""))
