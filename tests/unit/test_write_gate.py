"""Nothing is written that the reader would refuse: a map over a limit is refused before
the write, in one line, and the file on disk stays byte for byte what it was (issue 12)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import msgspec
import pytest

from journey_editor.cli import main
from journey_editor.fileformat import SaveError, integrity, read_workspace, save_workspace, writer
from journey_editor.model.types import (
    MAX_JOURNEYS,
    MAX_NAME,
    Card,
    Comment,
    Connection,
    Workspace,
    clone,
)
from tests.factories import small_journey, small_workspace

Breaker = Callable[[Workspace, pytest.MonkeyPatch], None]
FILE_CARDS = 1_000  # the file-wide card limit, for the tests; each journey holds half


def _over_size(workspace: Workspace, monkeypatch: pytest.MonkeyPatch) -> None:
    """Just over the file size limit (the limit made small, the rule the same)."""
    limit = len(writer.encode_workspace(workspace)) + 100
    monkeypatch.setattr(writer, "MAX_FILE_BYTES", limit)
    workspace.journeys[0].cards[0].notes = "x" * 101


def _over_file_cards(workspace: Workspace, monkeypatch: pytest.MonkeyPatch) -> None:
    """One card over the file-wide limit, over journeys that each hold no more than they
    may (the limit made small, the rule the same: 200,001 real cards take seconds)."""
    monkeypatch.setattr(integrity, "MAX_FILE_CARDS", FILE_CARDS)
    template = small_journey()
    journeys, left, n = [], FILE_CARDS + 1, 0
    while left:
        take = min(FILE_CARDS // 2, left)
        cards = [Card(id=f"c{i}", stage="before", lane="web") for i in range(take)]
        journeys.append(msgspec.structs.replace(template, id=f"j{n}", cards=cards,
                                                connections=[]))
        left, n = left - take, n + 1
    workspace.journeys = journeys


def _over_file_connections(workspace: Workspace, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(integrity, "MAX_FILE_CARDS", 10)
    journey = workspace.journeys[0]
    journey.cards = [Card(id=f"c{i}", stage="before", lane="web") for i in range(6)]
    journey.connections = [Connection(id=f"k{i}", source=f"c{i}", target=f"c{i + 1}")
                           for i in range(5)]
    workspace.journeys.append(msgspec.structs.replace(clone(journey), id="j2"))


def _over_entries(workspace: Workspace, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(integrity, "MAX_FILE_ENTRIES", 50)
    workspace.journeys[0].cards[0].comments = [Comment(text="c") for _ in range(50)]


def _over_journeys(workspace: Workspace, monkeypatch: pytest.MonkeyPatch) -> None:
    workspace.journeys = [small_journey(f"j{i}") for i in range(MAX_JOURNEYS + 1)]


def _over_schema(workspace: Workspace, monkeypatch: pytest.MonkeyPatch) -> None:
    workspace.journeys[0].cards[0].title = "x" * (MAX_NAME + 1)


def _broken_reference(workspace: Workspace, monkeypatch: pytest.MonkeyPatch) -> None:
    workspace.journeys[0].cards[0].stage = "no-such-stage"


BREAKERS = {"file size": _over_size, "cards in the file": _over_file_cards,
            "connections in the file": _over_file_connections, "entries": _over_entries,
            "journeys": _over_journeys, "a name's length": _over_schema,
            "a reference": _broken_reference}


@pytest.mark.parametrize("limit", BREAKERS)
def test_save_refuses_what_the_reader_would_and_leaves_the_file(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, limit: str) -> None:
    target = tmp_path / "map.journey"
    save_workspace(small_workspace(), target)
    before = target.read_bytes()
    workspace = small_workspace()
    BREAKERS[limit](workspace, monkeypatch)
    with pytest.raises(SaveError) as refused:
        save_workspace(workspace, target)
    message = str(refused.value)
    assert message.startswith("map.journey: not saved") and "\n" not in message
    assert target.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["map.journey"]  # no temporary file left


def test_the_size_refusal_says_how_large(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    workspace = small_workspace()
    monkeypatch.setattr(writer, "MAX_FILE_BYTES", 2**20)
    workspace.journeys[0].cards[0].notes = "x" * 20_000
    workspace.journeys[0].cards = [msgspec.structs.replace(workspace.journeys[0].cards[0],
                                                           id=f"c{i}") for i in range(60)]
    size = len(writer.encode_workspace(workspace)) / 2**20
    assert size > 1.05
    with pytest.raises(SaveError, match=rf"would take {size:.1f} MB, and a map file may hold "
                                        r"at most 1\.0 MB"):
        save_workspace(workspace, tmp_path / "map.journey")


def test_a_csv_import_that_would_make_a_file_too_large_changes_nothing(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    """The case from the issue, scaled down: rows with long notes, a file over the limit."""
    target = tmp_path / "map.journey"
    save_workspace(small_workspace(), target)
    before = target.read_bytes()
    monkeypatch.setattr(writer, "MAX_FILE_BYTES", len(before) + 50_000)
    rows = "".join(f"Card {i},Before,Website,{'n' * 20_000}\n" for i in range(5))
    source = tmp_path / "cards.csv"
    source.write_text("title,stage,lane,notes\n" + rows, encoding="utf-8")
    assert main(["import", str(source), str(target)]) != 0
    error = capsys.readouterr().err.strip()
    assert "map.journey: not saved" in error and "\n" not in error
    assert target.read_bytes() == before
    assert not writer.backup_path(target).exists()  # the original was never moved aside
    read_workspace(target)


def test_new_over_a_file_refuses_a_template_over_the_limit(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "map.journey"
    save_workspace(small_workspace(), target)
    before = target.read_bytes()
    monkeypatch.setattr(writer, "MAX_FILE_BYTES", 1_000)  # the retail template is larger
    assert main(["new", "--template", "retail", "--force", str(target)]) != 0
    assert "not saved" in capsys.readouterr().err
    assert target.read_bytes() == before


def test_a_file_over_the_file_wide_card_limit_is_refused_by_validate(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    """Each journey within its limit, the file not: the case of 30 x 100,000 cards."""
    workspace = small_workspace()
    _over_file_cards(workspace, monkeypatch)
    path = tmp_path / "many.journey"
    path.write_bytes(writer.encode_workspace(workspace))  # as another program might write it
    assert main(["validate", str(path)]) == 1
    error = capsys.readouterr().err.strip()
    assert error.endswith(f"the file holds {FILE_CARDS + 1:,} cards; a file may hold at "
                          f"most {FILE_CARDS:,}")
