"""`journey-editor diff` sees every field of the file: for every struct type reachable from
Workspace and every field of it (both read from the model's msgspec definitions, not
listed here), a valid change of that one field gives a non-empty comparison and exit 1.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import io
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import msgspec
import msgspec.inspect as mi
import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from msgspec import Struct

from journey_editor.cli import main
from journey_editor.fileformat import JourneyFileError, encode_workspace, parse_workspace
from journey_editor.fileformat.pictures import digest, header_size
from journey_editor.model.compare import NOT_COMPARED, compare_workspaces
from journey_editor.model.compare_fields import key_field
from journey_editor.model.compare_words import words
from journey_editor.model.types import (
    Card,
    ChecklistItem,
    Comment,
    Connection,
    Evidence,
    Id,
    Image,
    Journey,
    Lane,
    Metric,
    Persona,
    Revision,
    Snapshot,
    Stage,
    Voting,
    Workspace,
    clone,
    new_workspace,
)

ID = mi.type_info(Id)
PNG = b"\x89PNG\r\n\x1a\n"
# Two 1 x 1 PNG files (a white and a black pixel), whole as the images section wants them.
PICTURE_A = bytes.fromhex(
    "89504e470d0a1a0a0000000d49484452000000010000000108000000003a7e9b55"
    "0000000a49444154789c63f80f0001010100b138f6140000000049454e44ae426082")
PICTURE_B = bytes.fromhex(
    "89504e470d0a1a0a0000000d49484452000000010000000108000000003a7e9b55"
    "0000000a49444154789c636000000002000148afa4710000000049454e44ae426082")


def struct_types() -> Iterator[type[Struct]]:
    """Every struct type the file can hold, each once, Workspace first."""
    seen: set[type] = set()

    def walk(node: Any) -> Iterator[type[Struct]]:
        if isinstance(node, mi.StructType):
            if node.cls in seen:
                return
            seen.add(node.cls)
            yield node.cls
            for f in node.fields:
                if not (node.cls is Workspace and f.name in NOT_COMPARED):
                    yield from walk(f.type)
        for child in ("type", "item_type", "key_type", "value_type"):
            if isinstance(getattr(node, child, None), mi.Type):
                yield from walk(getattr(node, child))
        for child in getattr(node, "types", ()):
            yield from walk(child)

    yield from walk(mi.type_info(Workspace))


# A baseline's link to its copy of the map changes only together with the copy (a link
# to another copy leaves one kept by nothing): test_a_baseline_with_another_copy_is_seen.
LINKED = ((Revision, "snapshot"),)
FIELDS = [(kind, name) for kind in struct_types() for name in kind.__struct_fields__
          if not (kind is Workspace and name in NOT_COMPARED) and (kind, name) not in LINKED]


@functools.cache  # msgspec reads the annotations anew on every call: ~1 ms a draw
def _field_type(kind: type[Struct], name: str) -> mi.Type:
    info = mi.type_info(kind)
    assert isinstance(info, mi.StructType)
    return next(f.type for f in info.fields if f.name == name)


def sample() -> Workspace:
    """A valid map holding every struct type at least twice, most fields set."""
    evidence = [Evidence(kind="survey", note="n=40", date=dt.date(2026, 1, 5), link="x"),
                Evidence(kind="interview", note="Anna")]
    card = Card(id="c1", stage="s1", lane="l1", title="Search", notes="n", channel="Web",
                owner="IT", emotion=1, customer_goal="g", expectations="e", pain_points="p",
                desired_think="t", desired_do="d", desired_feel="f", ideas="i",
                evidence=evidence, key_touchpoint=True, status="validated",
                votes={"Ann": 2, "Bo": 1}, color="#112233",
                metrics=[Metric(name="NPS", value=30, date=dt.date(2026, 1, 1), source="s"),
                         Metric(name="CSAT", value=4.5)],
                comments=[Comment(text="ok", source="staff", author="A",
                                  date=dt.date(2026, 1, 2)), Comment(text="hm")])
    shopping = Journey(
        id="j1", name="Shopping", persona="p1", goal="buy", departments=["Sales", "IT"],
        description="d",
        stages=[Stage(id="s1", name="Browse", description="d", phase="before", width=200),
                Stage(id="s2", name="Buy"), Stage(id="s3", name="Pay")],
        lanes=[Lane(id="l1", name="Web", kind="channel", preset="channels", color="#aabbcc",
                    height=80, zone="frontstage"),
               Lane(id="l2", name="Notes", description="d"),
               Lane(id="l3", name="Feeling", kind="emotion", emotion_values={"s1": 1.5})],
        cards=[card, Card(id="c2", stage="s2", lane="l2", title="Pay", direct=False,
                          control="paid", inconsistent=True, emotion=-1),
               Card(id="c3", stage="s1", lane="l1", title="Compare")],
        connections=[Connection(id="k1", source="c1", target="c2", label="then"),
                     Connection(id="k2", source="c2", target="c3")],
        checklist=[ChecklistItem(question="q1", answer="yes", note="n"),
                   ChecklistItem(question="q2", answer="no")],
        voting=Voting(participants=["Ann", "Bo"], dots_per_participant=3))
    future = clone(shopping)
    future.id, future.name, future.state, future.based_on = "j2", "Future", "future", "j1"
    future.persona, future.scope, future.voting = "p2", "specific", Voting()
    workspace = new_workspace(
        "Retail",
        personas=[Persona(id="p1", name="Anna", segment="Students", goals="g", needs="n",
                          frustrations="f", quote="q"),
                  Persona(id="p2", name="Bob", picture=_picture(PICTURE_A)[0]),
                  Persona(id="p3", name="Cleo", picture=_picture(PICTURE_B)[0])],
        journeys=[shopping, future],
        revisions=[Revision(date=dt.datetime(2026, 1, 1, 9, tzinfo=dt.UTC), author="ann",
                            summary="first", name="Pilot", snapshot="snap-1"),
                   Revision(date=dt.datetime(2026, 1, 2, 9), summary="second")])
    workspace.snapshots = [Snapshot(id="snap-1", journeys=[clone(shopping)])]
    # Two pictures, on cards of both journeys and as two personas' photos: a card's
    # picture or a persona's photo can change to the other.
    workspace.images = dict([_picture(PICTURE_A), _picture(PICTURE_B)])
    shopping.cards[0].picture, future.cards[1].picture = (_picture(PICTURE_A)[0],
                                                          _picture(PICTURE_B)[0])
    return workspace


def _picture(data: bytes) -> tuple[str, Image]:
    width, height = header_size(data, "image/png") or (0, 0)
    return digest(data), Image(type="image/png", width=width, height=height, data=data)


SAMPLE = sample()


# --- where each struct type sits in the sample ------------------------------------------

Path_ = tuple[str | int, ...]


def places(value: Any, path: Path_ = ()) -> Iterator[tuple[Path_, Struct]]:
    if isinstance(value, Struct):
        yield path, value
        for name in value.__struct_fields__:
            if not (isinstance(value, Workspace) and name in NOT_COMPARED):
                yield from places(getattr(value, name), (*path, name))
    elif isinstance(value, list):
        for i, item in enumerate(value):
            yield from places(item, (*path, i))


def at(root: Any, path: Path_) -> Any:
    for step in path:
        root = root[step] if isinstance(step, int) else getattr(root, step)
    return root


def all_ids(workspace: Workspace) -> list[str]:
    return sorted({getattr(s, key) for _, s in places(workspace)
                   if (key := key_field(type(s))) is not None})


# Walked once: every draw of every field reads them (the sample is never changed in place).
SAMPLE_PLACES = list(places(SAMPLE))
SAMPLE_IDS = all_ids(SAMPLE)


# --- strategies read from the msgspec types ----------------------------------------------

def values(info: mi.Type, ids: list[str]) -> st.SearchStrategy[Any]:  # noqa: PLR0911
    """Values of this type, as the schema allows them; ids drawn from those the map has,
    or fresh (a reference to nothing is refused by the file format, and rejected). Bytes
    are photos: random ones are never valid, and with the sample's photos alone a photo
    had fewer distinct valid changes than examples (hypothesis then drew a thousand
    rejected ones looking for more), so half of them start as a PNG file does."""
    if info == ID:
        return st.sampled_from(ids) | st.just(f"x-{uuid.uuid4().hex[:8]}")
    if isinstance(info, mi.Metadata):
        return values(info.type, ids)
    simple: dict[type, Callable[[Any], st.SearchStrategy[Any]]] = {
        mi.BoolType: lambda t: st.booleans(),
        mi.NoneType: lambda t: st.none(),
        mi.LiteralType: lambda t: st.sampled_from(t.values),
        mi.IntType: lambda t: st.integers(t.ge, t.le),
        mi.FloatType: lambda t: st.floats(t.ge, t.le, allow_nan=False, allow_infinity=False),
        mi.DateType: lambda t: st.dates(),
        mi.DateTimeType: lambda t: st.datetimes(),
        mi.BytesType: lambda t: st.binary(max_size=16) | st.binary(max_size=16).map(PNG.__add__),
        mi.StrType: lambda t: (st.from_regex(t.pattern, fullmatch=True) if t.pattern
                               else st.text(min_size=t.min_length or 0, max_size=12)),
        mi.UnionType: lambda t: st.one_of([values(x, ids) for x in t.types]),
        mi.ListType: lambda t: st.lists(values(t.item_type, ids), max_size=2),
        mi.DictType: lambda t: st.dictionaries(values(t.key_type, ids),
                                               values(t.value_type, ids), max_size=2),
        mi.StructType: lambda t: st.builds(t.cls, **{f.name: values(f.type, ids)
                                                     for f in t.fields}),
    }
    return simple[type(info)](info)


# A key renamed: to one of many fresh ids (with one, a key of 6 items had 6 distinct valid
# changes for 8 examples, and hypothesis drew 100 more looking for others).
FRESH_IDS = st.integers(0, 2**32 - 1).map(lambda n: f"x-{n:08x}")


@functools.cache  # one strategy object a field: hypothesis validates each new one
def generated(kind: type[Struct], name: str) -> st.SearchStrategy[Any]:
    """Any value of the field, as `values` draws them."""
    return values(_field_type(kind, name), SAMPLE_IDS)


def listed(value: Any) -> list[Any]:
    """Finite changes of a list of structs: one item dropped, or one copied with a fresh key."""
    if not (isinstance(value, list) and value and isinstance(value[0], Struct)):
        return []
    key = key_field(type(value[0]))
    out: list[Any] = [value[:i] + value[i + 1:] for i in range(len(value))]
    for item in value:
        copy = clone(item)
        if key is not None:
            setattr(copy, key, f"x-{uuid.uuid4().hex[:8]}")
        out.append([*value, copy])
    return out


def renamed(workspace: Workspace, old: str, new: str) -> Workspace:
    """The workspace with the id `old` renamed everywhere (the item and its references);
    the sample's ids are unique across the file."""
    def swap(value: Any) -> Any:
        if isinstance(value, dict):
            return {swap(k): swap(v) for k, v in value.items()}
        if isinstance(value, list):
            return [swap(v) for v in value]
        return new if value == old else value

    return msgspec.convert(swap(msgspec.to_builtins(workspace)), Workspace)


def valid(workspace: Workspace) -> bool:
    try:
        parse_workspace(encode_workspace(workspace), "mutated.journey")
    except JourneyFileError:
        return False
    return True


def mutate(data: st.DataObject, kind: type[Struct], name: str) -> Workspace:
    """The sample with one field of one `kind` item changed to another value the file
    format accepts (hypothesis rejects the draw otherwise)."""
    path, item = data.draw(st.sampled_from([(p, s) for p, s in SAMPLE_PLACES if type(s) is kind]))
    old = getattr(item, name)
    if name == key_field(kind) and isinstance(old, str):
        new_id = data.draw(FRESH_IDS)
        assume(new_id not in SAMPLE_IDS)
        workspace = renamed(SAMPLE, old, new_id)
    else:
        # A list of structs: items dropped or copied (random whole journeys are slow
        # to draw and nearly never valid). Else: what other items hold, or any value.
        finite = listed(old) or [getattr(s, name) for _, s in SAMPLE_PLACES if type(s) is kind]
        candidates = st.sampled_from([v for v in finite if v != old] or [old])
        new = data.draw(candidates if listed(old) else candidates | generated(kind, name))
        assume(new != old)
        workspace = clone(SAMPLE)
        setattr(at(workspace, path), name, clone_value(new))
    assume(valid(workspace))
    return workspace


def clone_value(value: Any) -> Any:
    return msgspec.convert(msgspec.to_builtins(value), type(value)) if isinstance(
        value, Struct) else value


def only_one_value(info: mi.Type) -> bool:
    return isinstance(info, mi.LiteralType) and len(info.values) == 1


def diff_cli(a: Path, b: Path) -> tuple[int, str]:
    out = io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(io.StringIO()):
        status = main(["diff", str(a), str(b)])
    return status, out.getvalue()


# --- the tests ---------------------------------------------------------------------------

def test_the_sample_is_valid_and_holds_every_struct_type_twice() -> None:
    assert valid(SAMPLE)
    counts = {kind: sum(type(s) is kind for _, s in SAMPLE_PLACES) for kind in struct_types()}
    assert counts.pop(Workspace) == 1
    assert min(counts.values()) >= 2, counts  # a new struct type needs a place in sample()
    assert {Persona, Journey, Card, Comment, Revision, ChecklistItem} <= counts.keys()


@pytest.mark.parametrize(("kind", "name"), FIELDS,
                         ids=[f"{kind.__name__}.{name}" for kind, name in FIELDS])
def test_a_change_of_any_field_is_seen(kind: type[Struct], name: str, tmp_path: Path) -> None:
    if only_one_value(_field_type(kind, name)):
        return  # `format`, `version`: a file with another value is no file of this version
    a, b = tmp_path / "a.journey", tmp_path / "b.journey"
    a.write_bytes(encode_workspace(SAMPLE))
    tried: list[Workspace] = []

    @settings(max_examples=8, deadline=None, database=None,
              suppress_health_check=[HealthCheck.filter_too_much, HealthCheck.too_slow])
    @given(st.data())
    def check(data: st.DataObject) -> None:
        changed = mutate(data, kind, name)
        assert not compare_workspaces(SAMPLE, changed).is_empty()
        assert not compare_workspaces(changed, SAMPLE).is_empty()
        b.write_bytes(encode_workspace(changed))
        status, output = diff_cli(a, b)
        assert status == 1 and output.strip() and "No differences" not in output
        tried.append(changed)

    check()
    assert tried, f"no valid change of {kind.__name__}.{name} was found"


def _is_list(info: mi.Type) -> bool:
    return isinstance(info.type if isinstance(info, mi.Metadata) else info, mi.ListType)


LISTS = [(kind, name) for kind, name in FIELDS if _is_list(_field_type(kind, name))]


@pytest.mark.parametrize(("kind", "name"), LISTS,
                         ids=[f"{kind.__name__}.{name}" for kind, name in LISTS])
def test_another_order_of_any_list_is_seen(kind: type[Struct], name: str) -> None:
    """Lists hold their items in an order the file keeps (stages left to right, cards
    in their cell, revisions by time): another order is a difference. (Keys of a JSON
    object, such as votes by participant, have no order that means anything.)"""
    tried: list[Workspace] = []

    @settings(max_examples=5, deadline=None, database=None)
    @given(st.data())
    def check(data: st.DataObject) -> None:
        path, item = data.draw(st.sampled_from(
            [(p, s) for p, s in SAMPLE_PLACES if type(s) is kind and len(getattr(s, name)) > 1]))
        old = getattr(item, name)
        new = data.draw(st.permutations(old))
        assume(new != old)
        changed = clone(SAMPLE)
        setattr(at(changed, path), name, [clone_value(v) for v in new])
        assert not compare_workspaces(SAMPLE, changed).is_empty()
        tried.append(changed)

    check()
    assert tried


def test_every_field_has_words_for_the_reader() -> None:
    table = words()
    missing = sorted({name for _, name in FIELDS if name not in table})
    assert not missing  # add them to compare_words.words(), so translators get them


def test_a_baseline_with_another_copy_is_seen() -> None:
    changed = renamed(SAMPLE, "snap-1", "snap-2")
    assert valid(changed)
    assert not compare_workspaces(SAMPLE, changed).is_empty()


def test_identical_files_make_no_difference(tmp_path: Path) -> None:
    a, b = tmp_path / "a.journey", tmp_path / "b.journey"
    a.write_bytes(encode_workspace(SAMPLE))
    b.write_bytes(encode_workspace(sample()))
    assert diff_cli(a, b) == (0, "No differences\n")


def test_title_and_persona_renames_are_named(tmp_path: Path) -> None:
    a, b = tmp_path / "a.journey", tmp_path / "b.journey"
    a.write_bytes(encode_workspace(SAMPLE))
    changed = clone(SAMPLE)
    changed.title = "Retail 2026"
    changed.personas[0].name = "Anne"
    changed.personas[0].segment = "Teachers"
    b.write_bytes(encode_workspace(changed))
    status, output = diff_cli(a, b)
    assert status == 1
    assert output.splitlines() == [
        "~ map title 'Retail' -> 'Retail 2026'",
        "~ persona 'Anna' renamed to 'Anne'",
        "~ persona 'Anne': segment 'Students' -> 'Teachers'",
    ]


def test_the_compare_dock_lists_the_new_kinds_under_their_groups() -> None:
    from journey_editor.model.compare_entries import CHANGES, KINDS, Target, read
    from journey_editor.ui.compare_panel import GROUP_NAMES

    before = SAMPLE.journeys[0]
    after = clone(before)
    after.stages[1].phase = "during"
    after.lanes[0].zone = "backstage"
    after.stages.reverse()
    after.checklist[1].answer = "partly"
    groups = {(change, kind): [(e.text, e.target) for e in entries]
              for change, kind, entries in read(before, after).groups()}
    assert groups == {
        ("changed", "stage"): [("'Buy': phase none → 'during'", Target("stage", "s2")),
                               ("stages in another order: 'Pay', 'Buy', 'Browse'", None)],
        ("changed", "lane"): [("'Web': zone 'frontstage' → 'backstage'", Target("lane", "l1"))],
        ("changed", "journey"): [("checklist 'q2' answer 'no' → 'partly'", None)],
    }
    # Every group the dock can show has a name (a missing one would raise there).
    assert {(change, kind) for change in CHANGES for kind in KINDS} - GROUP_NAMES.keys() == {
        ("added", "journey"), ("removed", "journey"), ("added", "emotion"), ("removed", "emotion")}
