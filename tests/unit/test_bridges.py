"""Mermaid and CSV bridges: round trips, hand-written and hostile input, the CLI helpers."""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
import subprocess
import sys
from pathlib import Path

import msgspec
import pytest

from journey_editor.bridges import BridgeError
from journey_editor.bridges.csv_cards import export_csv, import_csv
from journey_editor.bridges.csv_cells import COLUMNS
from journey_editor.bridges.file_jobs import run_export, run_import
from journey_editor.bridges.mermaid import (
    clean,
    emotion_to_score,
    export_mermaid,
    import_mermaid,
    mermaid_to_journey,
    score_to_emotion,
)
from journey_editor.cli import main
from journey_editor.fileformat import JourneyFileError, read_workspace, save_workspace
from journey_editor.fileformat.integrity import first_problem
from journey_editor.model.types import (
    MAX_CARDS,
    Card,
    Comment,
    Evidence,
    Journey,
    Lane,
    Metric,
    Stage,
    clone,
)
from journey_editor.resources import resource_path

RETAIL = resource_path("templates") / "retail.en.journey"


def retail() -> Journey:
    return read_workspace(RETAIL).journeys[0]


# --- Mermaid -------------------------------------------------------------------------

def test_emotion_maps_to_the_five_mermaid_scores_and_back() -> None:
    assert [emotion_to_score(e) for e in range(-3, 4)] == [1, 2, 2, 3, 4, 4, 5]
    assert emotion_to_score(None) == 3
    assert [score_to_emotion(s) for s in (1, 2, 3, 4, 5)] == [-3, -2, 0, 2, 3]
    assert [score_to_emotion(s) for s in (1.5, 2.5, 4.5)] == [-2, -1, 2]


def _statements(text: str) -> list[str]:
    """The lines after `journey` (the `%%` comments before it are Mermaid's to skip)."""
    lines = text.splitlines()
    return lines[lines.index("journey") + 1:]


def test_retail_export_reads_as_a_mermaid_journey() -> None:
    lines = _statements(export_mermaid(retail()))
    assert lines[0] == "    title Buying a sofa"
    assert lines[1].startswith("    accDescr: Current-state map")
    assert lines[2:4] == ["    section Discover",
                          "      Find a sofa that fits the new living room: 3: Customer goals"]
    assert "      Advertising: 3: Social and media, Marketing" in lines
    assert sum(line.startswith("    section ") for line in lines) == 6
    assert all(_mermaid_accepts(line) for line in lines), lines


def _mermaid_accepts(line: str) -> bool:
    """Mermaid's lexer rules (journey.jison) for a statement line.
    (Checked once by hand against the real grammar compiled with jison.)"""
    body = line.strip()
    if "%%" in body or ";" in body and not body.startswith("accDescr"):
        return False
    if re.match(r"(?i)(title\s[^#\n;]+|section\s[^#:\n;]+|accDescr\s*:.*)$", body):
        return True
    if re.match(r"(?i)(journey|title\s|section\s|acc(title|descr)\s*[:{])", body):
        return False  # a task Mermaid would read as a keyword
    return re.fullmatch(r"[^#:\n;]+:[^#\n;]+", body) is not None


def test_retail_round_trip_keeps_stages_lanes_titles_scores_and_owners() -> None:
    original = retail()
    back = mermaid_to_journey(export_mermaid(original), "retail.mmd")
    assert back.name == original.name
    assert [s.name for s in back.stages] == [s.name for s in original.stages]
    assert [(ln.name, ln.kind, ln.preset, ln.zone) for ln in back.lanes] == [
        (ln.name, ln.kind, ln.preset, ln.zone) for ln in original.lanes]

    def cells(journey: Journey) -> list[tuple[str, str, str, int, str]]:
        stage = {s.id: (i, s.name) for i, s in enumerate(journey.stages)}
        lane = {ln.id: (i, ln.name) for i, ln in enumerate(journey.lanes)}
        ordered = sorted(journey.cards, key=lambda c: (stage[c.stage][0], lane[c.lane][0]))
        return [(stage[c.stage][1], lane[c.lane][1], c.title, emotion_to_score(c.emotion),
                 c.owner) for c in ordered]  # card order kept within each cell

    assert cells(back) == cells(original)
    assert len(back.cards) == 50


def test_titles_mermaid_would_misread_are_rewritten_so_the_output_parses() -> None:
    titles = ["Title search", "Section 5 of form", "Journey planner", "100%% sure",
              "Q&A: chat #1; now", "two\nlines", "", "x:y", "accDescr: hi"]
    stages = [Stage(id="s1", name="Buy: now #1; ok"), Stage(id="s2", name="")]
    cards = [Card(id=f"c{i}", stage="s1", lane="l", title=t, owner="Sales; Web, Ops#1")
             for i, t in enumerate(titles)]
    journey = Journey(id="j", name="Map: A; #B", stages=stages, cards=cards,
                      lanes=[Lane(id="l", name="Touch", kind="channel")])
    text = export_mermaid(journey)
    assert all(_mermaid_accepts(line) for line in _statements(text)), text
    back = mermaid_to_journey(text, "x.mmd")
    assert back.name == "Map: A, B"
    assert [s.name for s in back.stages] == ["Buy - now 1, ok", "Stage 2"]
    assert [c.title for c in back.cards] == [
        "Title search", "Section 5 of form", "Journey planner", "100% sure",
        "Q&A - chat 1, now", "two lines", "Untitled", "x.y", "accDescr - hi"]
    assert {c.owner for c in back.cards} == {"Sales, Web, Ops1"}


HAND_WRITTEN = """\
---
title: Front matter title
---
%% A journey a colleague wrote by hand
journey
  %%{init: {"theme": "forest"}}%%
\ttitle My working day   # a comment
  accTitle: Working day
  accDescr {
    Several lines
    of description
  }

  section Go to work
        Make tea: 5: Me
    Go upstairs: 3: Me, Cat
  Do work: 1
  section	Go home
    Go downstairs: 4.5 :Me
    Sit down: 5
"""


def test_a_hand_written_diagram_with_comments_and_indentation_imports() -> None:
    workspace = import_mermaid(HAND_WRITTEN.encode(), "day.mmd")
    journey = workspace.journeys[0]
    assert workspace.title == journey.name == "My working day"
    assert [s.name for s in journey.stages] == ["Go to work", "Go home"]
    stage_of = {s.id: s.name for s in journey.stages}
    assert [(stage_of[c.stage], c.title, c.emotion, c.owner) for c in journey.cards] == [
        ("Go to work", "Make tea", 3, "Me"),
        ("Go to work", "Go upstairs", 0, "Me, Cat"),
        ("Go to work", "Do work", -3, ""),
        ("Go home", "Go downstairs", 2, "Me"),
        ("Go home", "Sit down", 3, ""),
    ]
    assert {c.lane for c in journey.cards} == {journey.lanes[0].id}
    assert journey.description == "Several lines of description"
    assert first_problem(workspace) is None
    msgspec.convert(msgspec.to_builtins(workspace), type(workspace))  # within the schema's limits


@pytest.mark.parametrize(("text", "line", "problem"), [
    ("graph TD\n  A-->B\n", 1, "it must start with 'journey'"),
    ("journey\n  section A\n    Tea: five: Me\n", 3,
     "the score 'five' is not a number from 1 to 5"),
    ("journey\n  section A\n\n    Tea: 7\n", 4, "the score '7' is not a number from 1 to 5"),
    ("journey\n  section A\n    Tea\n", 3, "expected 'section NAME' or 'Task name: score: actors'"),
    ("journey\nsection A: B\n", 2, "a section name cannot contain ':'"),
    ("journey\n  section A\n    Tea: 3; Coffee: 4\n", 3, "Mermaid does not allow ';' here"),
    ("journey\n  section A\n    Tea: 3: Me: You\n", 3, "too many ':'"),
    ("journey\n  section A\n    : 3\n", 3, "the task has no name before ':'"),
    ("journey\njourney\n", 2, "a second 'journey' line"),
    ("journey\n  section A\n    " + "x" * 501 + ": 3\n", 3, "longer than 500 characters"),
    ("journey\n  title T\n  accDescr {\n  about\n  section A\n    Tea: 3\n", 3,
     "the 'accDescr {' block is never closed with '}'"),
    ("\n---\ntitle: T\njourney\n  section A\n    Tea: 3\n", 2,
     "the front matter '---' is never closed by a second '---'"),
])
def test_malformed_mermaid_names_the_line(text: str, line: int, problem: str) -> None:
    with pytest.raises(BridgeError) as caught:
        import_mermaid(text.encode(), "bad.mmd")
    assert caught.value.line == line
    assert str(caught.value).startswith(f"bad.mmd: line {line}: ")
    assert problem in str(caught.value)
    assert "\n" not in str(caught.value)


@pytest.mark.parametrize("text", [
    "journey\n", "journey\n  title Only a title\n", "journey\n  accDescr { all } %% nothing\n"])
def test_a_diagram_that_yields_nothing_is_an_error(text: str) -> None:
    with pytest.raises(BridgeError, match=r"^empty\.mmd: the diagram has no section and no task: "
                                          r"nothing to import$"):
        import_mermaid(text.encode(), "empty.mmd")


@pytest.mark.parametrize(("data", "problem"), [
    (b"", "the file is empty"),
    ("journey\n".encode("utf-16"), "text in UTF-16; save it as plain UTF-8 text"),
    ("journey\n".encode("utf-16-le"), "text in UTF-16; save it as plain UTF-8 text"),
    ("journey\n".encode("utf-32"), "text in UTF-32; save it as plain UTF-8 text"),
    ("journey\n".encode("utf-32-be"), "text in UTF-32; save it as plain UTF-8 text"),
    (b"%% only a comment\n", "it must start with 'journey'"),
    (b"journey\n  section Caf\xe9\n", "line 2: the text is not UTF-8"),
])
def test_mermaid_files_that_are_not_text_or_not_a_journey(data: bytes, problem: str) -> None:
    with pytest.raises(BridgeError, match=re.escape(problem)):
        import_mermaid(data, "bad.mmd")


# --- CSV -----------------------------------------------------------------------------

def test_csv_has_a_bom_a_header_naming_every_field_and_one_row_per_card() -> None:
    data = export_csv(retail())
    assert data.startswith(b"\xef\xbb\xbf")
    lines = data.decode("utf-8-sig").split("\r\n")
    assert lines[0].split(",") == list(COLUMNS)
    assert set(Card.__struct_fields__) <= set(COLUMNS)
    assert {"stage_id", "lane_id", "lane_kind"} <= set(COLUMNS)
    assert lines[1].startswith("card-advertising,Discover,Social and media,stage-discover,"
                               "lane-social,channel,Advertising,")
    assert '"[{""kind"":""analytics"",""note"":' in lines[1]


def _cards(journey: Journey) -> list[dict[str, object]]:
    return [msgspec.to_builtins(c) for c in journey.cards]


def test_csv_round_trip_of_the_retail_template_is_byte_identical() -> None:
    original = retail()
    data = export_csv(original)
    updated, summary = import_csv(data, "retail.csv", original)
    assert export_csv(updated) == data
    assert (summary.created, summary.updated, summary.unchanged) == (0, 0, 50)
    assert _cards(updated) == _cards(original)
    fresh, summary = import_csv(data, "retail.csv", Journey(id="j", name="New"))
    assert export_csv(fresh) == data
    assert _cards(fresh) == _cards(original)
    assert summary.created == 50 and len(summary.stages) == 6 and len(summary.lanes) == 11


def hard_text_journey() -> Journey:
    stages = [Stage(id="s1", name="Köp, \"snabbt\""), Stage(id="s2", name="購入;段階")]
    lanes = [Lane(id="l1", name="Kanal\nett", kind="channel"), Lane(id="l2", name="قناة")]
    cards = [
        Card(id="c1", stage="s1", lane="l1", title="Kassa, \"ett klick\"",
             notes="Rad ett\nRad två\r\nRad tre", owner="Åsa; Øyvind", emotion=-3,
             evidence=[Evidence(kind="survey", note="Ja, \"absolut\"", date=dt.date(2026, 3, 1))],
             metrics=[Metric(name="NPS", value=-12.5, source="Q1, 2026")],
             comments=[Comment(text="كلام\n新しい", source="customer", author="Ω")],
             votes={"Anna=1;": 2, "Björn": 0}, color="#a1B2c3", direct=False,
             key_touchpoint=True, status="planned", control="earned"),
        Card(id="c2", stage="s2", lane="l2", title="😀 ,;\t tab", ideas="=SUM(A1:A2)"),
        Card(id="c3", stage="s2", lane="l1", title=" leading and trailing spaces "),
    ]
    return Journey(id="j", name="Svår text", stages=stages, lanes=lanes, cards=cards)


def test_csv_round_trip_with_non_latin_text_commas_quotes_and_newlines() -> None:
    original = hard_text_journey()
    data = export_csv(original)
    for base in (original, Journey(id="j2", name="Empty")):
        back, _ = import_csv(data, "hard.csv", base)
        assert export_csv(back) == data
        assert _cards(back) == _cards(original)
        assert [(s.id, s.name) for s in back.stages] == [(s.id, s.name) for s in original.stages]


def test_text_a_spreadsheet_would_run_as_a_formula_is_exported_inert_and_read_back() -> None:
    hostile = ['=HYPERLINK("http://evil.example","Click")', "+1+1", "-20% off", "@SUM(A1)",
               "\tTabbed", "'Quoted already"]
    journey = Journey(id="j", name="Hostile", stages=[Stage(id="s", name="=Stage")],
                      lanes=[Lane(id="l", name="Web", kind="channel")],
                      cards=[Card(id=f"c{i}", stage="s", lane="l", title=title, notes=title)
                             for i, title in enumerate(hostile)])
    data = export_csv(journey)
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"))))
    for row, title in zip(rows, hostile, strict=True):
        assert row["title"] == "'" + title and row["notes"] == "'" + title
        assert row["stage"] == "'=Stage"
    back, _ = import_csv(data, "hostile.csv", Journey(id="j2", name="Empty"))
    assert [c.title for c in back.cards] == hostile
    assert [s.name for s in back.stages] == ["=Stage"]
    assert export_csv(back) == data


def test_an_apostrophe_typed_in_a_spreadsheet_is_kept() -> None:
    data = b"title,stage,lane\r\n'90s shoppers,Buy,Web\r\n'Tis the season,Buy,Web\r\n"
    back, _ = import_csv(data, "sheet.csv", Journey(id="j", name="Empty"))
    assert [c.title for c in back.cards] == ["'90s shoppers", "'Tis the season"]


def test_semicolons_no_bom_and_spreadsheet_spellings_are_read() -> None:
    original = hard_text_journey()
    text = export_csv(original, delimiter=";").decode("utf-8-sig")
    back, _ = import_csv(text.encode("utf-8"), "semi.csv", original)
    assert _cards(back) == _cards(original)
    sheet = ("Title ; STAGE;lane;Key_Touchpoint;emotion;\r\n"
             "Chat;Buy;Web;TRUE;-1;\r\n;;;;;\r\n\r\nCall;Buy;Phone;no;;\r\n")
    back, summary = import_csv(sheet.encode(), "sheet.csv", Journey(id="j", name="J"))
    assert [(c.title, c.key_touchpoint, c.emotion) for c in back.cards] == [
        ("Chat", True, -1), ("Call", False, None)]
    assert summary.stages == ["Buy"] and summary.lanes == ["Web", "Phone"]


def test_rows_update_by_id_move_by_name_and_create_the_rest() -> None:
    journey = retail()
    sheet = ("id,title,stage,lane,emotion\n"
             "card-advertising,Ads,Buy,Social and media,-3\n"
             ",Chat bot,Returns,Chat,2\n"
             "card-keep-id,Kiosk,Buy,Store and staff,\n")
    back, summary = import_csv(sheet.encode(), "edit.csv", journey)
    ad = next(c for c in back.cards if c.id == "card-advertising")
    assert (ad.title, ad.stage, ad.emotion, ad.owner) == ("Ads", "stage-buy", -3, "Marketing")
    assert back.cards.index(ad) == 0  # keeps its place in the card order
    chat, kiosk = back.cards[-2:]
    assert chat.id.startswith("card-") and chat.title == "Chat bot"
    assert (kiosk.id, kiosk.stage, kiosk.lane) == ("card-keep-id", "stage-buy", "lane-store")
    assert [s.name for s in back.stages][-1] == "Returns" and back.lanes[-1].name == "Chat"
    assert (summary.created, summary.updated) == (2, 1)
    assert (summary.stages, summary.lanes) == (["Returns"], ["Chat"])
    assert journey.cards[0].title == "Advertising"  # the input journey is untouched


def test_a_partly_bad_file_imports_nothing_and_names_every_bad_row() -> None:
    rows = list(csv.reader(io.StringIO(export_csv(retail()).decode("utf-8-sig"), newline="")))
    rows[2][COLUMNS.index("status")] = "done"  # spreadsheet row 3
    rows[4][COLUMNS.index("emotion")] = "9"  # spreadsheet row 5
    out = io.StringIO()
    csv.writer(out).writerows(rows)
    bad = out.getvalue().encode()
    journey = retail()
    before = _cards(journey)
    with pytest.raises(BridgeError) as caught:
        import_csv(bad, "cards.csv", journey)
    message = str(caught.value)
    assert message.startswith("cards.csv: 2 rows have problems, nothing was imported: ")
    assert ("row 3, column 'status': 'done' is not one of: draft, planned, retired, validated"
            in message)
    assert "row 5, column 'emotion': '9' is not a whole number from -3 to 3" in message
    assert [p.line for p in caught.value.problems] == [3, 5]
    assert _cards(journey) == before


def test_many_bad_rows_stay_on_one_line() -> None:
    sheet = "title,stage,lane,emotion\n" + "".join(f"T{i},S,L,x\n" for i in range(20))
    with pytest.raises(BridgeError) as caught:
        import_csv(sheet.encode(), "many.csv", Journey(id="j", name="J"))
    assert "\n" not in str(caught.value) and str(caught.value).endswith("; and 15 more")
    assert len(caught.value.problems) == 20


@pytest.mark.parametrize(("data", "problem"), [
    (b"\x89PNG\r\n\x1a\n\x00\x00", "this is a PNG image, not CSV UTF-8"),
    (b"PK\x03\x04rest-of-an-xlsx",
     "an Excel workbook or another ZIP archive; save it as CSV UTF-8"),
    (b"title,stage\x00\x01\x02,lane\n", "this is a binary file, not CSV UTF-8"),
    ("title,stage,lane\nA,B,C\n".encode("utf-16"), "text in UTF-16; save it as CSV UTF-8"),
    ("title,stage,lane\nA,B,C\n".encode("utf-16-le"), "text in UTF-16; save it as CSV UTF-8"),
    ("title,stage,lane\nA,Köp,C\n".encode("cp1252"), "line 2: the text is not UTF-8"),
    (b"\xef\xbb\xbf  \r\n", "the file is empty"),
    (b"title,lane\nA,B\n", "row 1, column 'stage': the column is missing"),
    (b"name,stage,lane\nA,B,C\n", "column 'name': not a card field"),
    (b"title,stage,lane,title\nA,B,C,D\n", "column 'title': this column appears twice"),
    (b"title,stage,lane\nA,B\n", "row 2: 2 cells, but the header has 3 columns"),
    (b'title,stage,lane\n"A,B,C\n', "this is not valid CSV"),
    (b"id,title,stage,lane\nx,A,B,C\nx,D,B,C\n", "row 3, column 'id': the id 'x' is also on row 2"),
    (b"title,stage,lane,\nA,B,C,oops\n", "row 2: a value under a column without a name"),
    (b"title,stage,lane,color,evidence\nA,B,C,red,\n", "'red' is not a colour like #1f6fb2"),
    (b'title,stage,lane,evidence\nA,B,C,"[{""kind"":""rumour""}]"\n',
     "column 'evidence': the list does not fit"),
    (b"title,stage,lane\nA,,C\n", "row 2, column 'stage': the card needs a stage name"),
    (b"title,stage_id,lane\nA,nope,C\n", "no name, and no stage has the id 'nope'"),
])
def test_hostile_csv_gives_clear_errors(data: bytes, problem: str) -> None:
    with pytest.raises(BridgeError) as caught:
        import_csv(data, "bad.csv", Journey(id="j", name="J"))
    assert problem in str(caught.value)
    assert str(caught.value).startswith("bad.csv: ") and "\n" not in str(caught.value)


def test_more_cards_than_a_journey_may_hold_is_refused() -> None:
    data = b"title,stage,lane\n" + b"a,S,L\n" * (MAX_CARDS + 1)
    with pytest.raises(BridgeError,
                       match=rf"more than {MAX_CARDS:,} cards; the limit is {MAX_CARDS:,}"):
        import_csv(data, "huge.csv", Journey(id="j", name="J"))


# --- Commands for the CLI ------------------------------------------------------------

@pytest.fixture
def retail_file(tmp_path: Path) -> Path:
    path = tmp_path / "retail.journey"
    path.write_bytes(RETAIL.read_bytes())
    return path


def test_export_and_import_mermaid_through_files(retail_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "retail.mmd"
    assert run_export(retail_file, out, "mermaid") == \
        f"Exported 50 cards of 'Buying a sofa' to {out}"
    new_file = tmp_path / "new.journey"
    assert "Imported 'Buying a sofa' (6 stages, 50 cards)" in run_import(out, new_file)
    assert [j.name for j in read_workspace(new_file).journeys] == ["Buying a sofa"]
    run_import(out, retail_file, "From Mermaid")
    assert [j.name for j in read_workspace(retail_file).journeys] == ["Buying a sofa",
                                                                      "From Mermaid"]
    assert (tmp_path / "retail.journey.bak").read_bytes() == RETAIL.read_bytes()


def test_export_and_import_csv_through_files(retail_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "cards.csv"
    assert run_export(retail_file, out, "csv") == f"Exported 50 cards of 'Buying a sofa' to {out}"
    message = run_import(out, retail_file)
    assert message.endswith("0 new cards, 0 changed, 50 unchanged")
    assert retail_file.read_bytes() == RETAIL.read_bytes()  # nothing changed, nothing added
    run_import(out, tmp_path / "fresh.journey", "Imported")
    fresh = read_workspace(tmp_path / "fresh.journey").journeys[0]
    assert fresh.name == "Imported" and len(fresh.cards) == 50


def test_a_bad_import_leaves_the_journey_file_as_it_was(retail_file: Path, tmp_path: Path) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_text("title,stage,lane,emotion\nA,B,C,1\nD,E,F,-4\n", encoding="utf-8")
    before = retail_file.read_bytes()
    with pytest.raises(BridgeError, match=r"^bad\.csv: row 3, column 'emotion'"):
        run_import(bad, retail_file)
    assert retail_file.read_bytes() == before
    with pytest.raises(BridgeError, match=r"^notes\.docx: import a Mermaid file"):
        run_import(tmp_path / "notes.docx", retail_file)
    with pytest.raises(BridgeError, match=r"^missing\.csv: no such file$"):
        run_import(tmp_path / "missing.csv", retail_file)


@pytest.mark.parametrize("text", ["journey\n  title Kept\n  accDescr {\n  section A\n    Tea: 3\n",
                                  "journey\n"])
def test_a_mermaid_import_that_fails_exits_1_and_adds_no_journey(
        retail_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], text: str) -> None:
    source, fresh = tmp_path / "broken.mmd", tmp_path / "fresh.journey"
    source.write_text(text, encoding="utf-8")
    before = retail_file.read_bytes()
    assert main(["import", str(source), str(retail_file)]) == 1
    assert main(["import", str(source), str(fresh)]) == 1
    out, err = capsys.readouterr()
    assert out == ""
    assert err.count("\n") == 2 and all(line.startswith("journey-editor: broken.mmd: ")
                                          for line in err.splitlines())
    assert retail_file.read_bytes() == before and not fresh.exists()


def test_commands_choose_the_journey_and_refuse_to_overwrite_the_map(retail_file: Path,
                                                                      tmp_path: Path) -> None:
    workspace = read_workspace(retail_file)
    second = clone(workspace.journeys[0])
    second.id, second.name = "journey-future", "Future"
    workspace.journeys.append(second)
    save_workspace(workspace, retail_file)
    with pytest.raises(JourneyFileError, match=r"has 2 journeys; choose one with --journey: "
                                               r"'Buying a sofa', 'Future'"):
        run_export(retail_file, tmp_path / "x.csv", "csv")
    assert "'Future'" in run_export(retail_file, tmp_path / "x.csv", "csv", "Future")
    with pytest.raises(JourneyFileError, match="no journey named 'Past'"):
        run_import(tmp_path / "x.csv", retail_file, "Past")
    with pytest.raises(BridgeError, match="would replace the journey file itself"):
        run_export(retail_file, retail_file, "csv", "Future")


def test_bridges_and_compare_import_no_qt() -> None:
    code = ("import sys\n"
            "import journey_editor.bridges.file_jobs, journey_editor.bridges.mermaid\n"
            "import journey_editor.bridges.csv_cards, journey_editor.model.compare\n"
            "from journey_editor.bridges.file_jobs import run_diff, run_export\n"
            f"run_diff({str(RETAIL)!r}, {str(RETAIL)!r})\n"
            "print(sorted({m.split('.')[0] for m in sys.modules} & "
            "{'PySide6', 'shiboken6', 'networkx', 'reportlab'}))\n")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            timeout=60)
    assert result.stdout.strip() == "[]", result.stderr


def test_a_diagram_without_a_title_is_named_after_its_file() -> None:
    workspace = import_mermaid(b"journey\n    T: 3\n  section A\n", "tiny.mmd")
    journey = workspace.journeys[0]
    assert workspace.title == journey.name == "tiny"
    assert [s.name for s in journey.stages] == ["Stage 1", "A"]  # tasks before any section
    assert journey.cards[0].stage == journey.stages[0].id


@pytest.mark.parametrize("template", sorted(resource_path("templates").glob("*.journey")),
                         ids=lambda path: path.name)
def test_every_template_in_every_language_crosses_both_bridges(template: Path) -> None:
    for journey in read_workspace(template).journeys:
        data = export_csv(journey)
        back, _ = import_csv(data, "template.csv", journey)
        assert export_csv(back) == data
        text = export_mermaid(journey)
        assert all(_mermaid_accepts(line) for line in _statements(text)), text
        parsed = mermaid_to_journey(text, "template.mmd")
        assert [s.name for s in parsed.stages] == [clean(s.name) or f"Stage {i}"
                                                   for i, s in enumerate(journey.stages, 1)]
