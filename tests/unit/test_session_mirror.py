"""The live session's shared document, without a network: the workspace mirrored in a
pycrdt document and read back, local edits written into it, concurrent edits of
two participants merged, and what the host's gate lets through."""

from __future__ import annotations

import random
from typing import Any

import msgspec
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pycrdt import Doc, Map, create_update_message

from journey_editor.fileformat.writer import encode_workspace
from journey_editor.model.edits import Change, Edit, Insert, MoveCards, Remove, Reorder
from journey_editor.model.types import Card, Stage, Workspace, new_workspace
from journey_editor.session import positions
from journey_editor.session.gate import Gate, Refused
from journey_editor.session.layout import encode_value
from journey_editor.session.mirror import root, seed, write_changes
from journey_editor.session.peer import Peer
from journey_editor.session.projection import MirrorError, project_workspace
from tests.factories import small_workspace
from tests.session_support import random_edit

# --- position keys ------------------------------------------------------------------------


@given(st.lists(st.integers(min_value=0, max_value=10**6), min_size=1, max_size=300))
@settings(max_examples=60, deadline=None)
def test_keys_inserted_anywhere_stay_in_order(places: list[int]) -> None:
    keys: list[str] = []
    for place in places:
        index = place % (len(keys) + 1)
        low = keys[index - 1] if index else None
        high = keys[index] if index < len(keys) else None
        key = positions.between(low, high)
        assert positions.is_key(key)
        assert (low is None or low < key) and (high is None or key < high)
        keys.insert(index, key)
    assert keys == sorted(keys)


def test_appending_a_thousand_items_keeps_keys_short() -> None:
    key: str | None = None
    for _ in range(1000):
        following = positions.after(key)
        assert key is None or key < following
        key = following
    assert key is not None and len(key) <= 20


def test_a_first_order_is_evenly_spread() -> None:
    keys = positions.spread(5000)
    assert keys == sorted(keys) and len(set(keys)) == 5000
    assert all(positions.is_key(k) for k in keys) and max(map(len, keys)) == 3


# --- mirror and projection ------------------------------------------------------------------


def mirrored(workspace: Workspace) -> Doc[Any]:
    doc: Doc[Any] = Doc()
    seed(doc, workspace)
    return doc


def test_a_workspace_comes_back_from_its_document_byte_for_byte() -> None:
    workspace = small_workspace()
    copy: Doc[Any] = Doc()
    copy.apply_update(mirrored(workspace).get_update())
    assert encode_workspace(project_workspace(copy)) == encode_workspace(workspace)


def test_every_local_edit_keeps_the_document_equal_to_the_map() -> None:
    workspace = small_workspace()
    peer = Peer.host(workspace, lambda _m: None, lambda _c: None)
    rng = random.Random(7)
    for _ in range(300):
        steps = random_edit(rng, workspace, rng.choice(["Ann", "Bo"]))
        peer.local([step.apply(workspace) for step in steps])
        assert encode_workspace(project_workspace(peer.doc)) == encode_workspace(workspace)
    assert len(workspace.journeys[0].cards) > 4  # the edits did build a map


def test_workspace_and_persona_edits_are_mirrored() -> None:
    workspace = small_workspace()
    doc = mirrored(workspace)
    steps = [Edit(None, "workspace", "workspace", {"title": "Workshop 2"}),
             Edit(None, "persona", "p1", {"quote": "Faster!"}),
             Edit(None, "journey", "j1", {"goal": "More gifts"}),
             Reorder("j1", "lane", "feel", 0)]
    write_changes(doc, workspace, [step.apply(workspace) for step in steps])
    back = project_workspace(doc)
    assert (back.title, back.personas[0].quote, back.journeys[0].goal) == (
        "Workshop 2", "Faster!", "More gifts")
    assert [lane.id for lane in back.journeys[0].lanes] == ["feel", "goals", "web"]


# --- two participants at once ----------------------------------------------------------------


class Pair:
    """Two participants' documents and maps, exchanging updates only when told to."""

    def __init__(self) -> None:
        self.peers = [Peer.host(small_workspace(), lambda _m: None, lambda _c: None)]
        self.peers.append(Peer.join(lambda _m: None, lambda _c: None))
        self.exchange()

    def edit(self, who: int, *steps: Any) -> None:
        peer = self.peers[who]
        peer.local([step.apply(peer.workspace) for step in steps])

    def exchange(self) -> None:
        a, b = self.peers
        to_b = a.doc.get_update(b.doc.get_state())
        to_a = b.doc.get_update(a.doc.get_state())
        b.receive(create_update_message(to_b))
        a.receive(create_update_message(to_a))

    def maps(self) -> tuple[bytes, bytes]:
        a, b = (encode_workspace(p.workspace) for p in self.peers)
        return a, b


def test_two_votes_on_one_card_at_once_both_count() -> None:
    pair = Pair()
    pair.edit(0, Edit("j1", "card", "a", {"votes": {"Ann": 1}}))
    pair.edit(1, Edit("j1", "card", "a", {"votes": {"Bo": 2}}))
    pair.exchange()
    a, b = pair.maps()
    assert a == b
    assert pair.peers[0].workspace.journeys[0].cards[0].votes == {"Ann": 1, "Bo": 2}


def test_different_fields_of_one_card_both_survive() -> None:
    pair = Pair()
    pair.edit(0, Edit("j1", "card", "a", {"title": "Banner ad"}))
    pair.edit(1, Edit("j1", "card", "a", {"owner": "Sales"}))
    pair.exchange()
    card = pair.peers[1].workspace.journeys[0].cards[0]
    assert (card.title, card.owner) == ("Banner ad", "Sales")
    assert pair.maps()[0] == pair.maps()[1]


def test_a_card_added_to_a_stage_deleted_meanwhile_is_hidden_until_the_stage_returns() -> None:
    pair = Pair()
    pair.edit(0, Insert("j1", "stage", Stage(id="extra", name="Extra")))
    pair.exchange()
    pair.edit(1, Insert("j1", "card", Card(id="late", stage="extra", lane="web", title="Late")))
    undo = Remove("j1", "stage", "extra")
    pair.edit(0, undo)
    pair.exchange()
    a, b = pair.maps()
    assert a == b and b"late" not in a
    host = pair.peers[0]
    host.local([undo.revert(host.workspace)])  # the host undoes the delete
    pair.exchange()
    a, b = pair.maps()
    assert a == b and b'"Late"' in a


def test_one_stage_moved_by_both_at_once_ends_in_one_place() -> None:
    pair = Pair()
    pair.edit(0, Reorder("j1", "stage", "after", 0))
    pair.edit(1, Reorder("j1", "stage", "after", 1))
    pair.exchange()
    a, b = pair.maps()
    assert a == b
    assert sorted(s.id for s in pair.peers[0].workspace.journeys[0].stages) == [
        "after", "before", "during"]


def remote_changes(step: Any) -> tuple[list[Change], Peer, Peer]:
    """The Changes a guest's map announces when the host makes `step`."""
    changes: list[Change] = []
    host = Peer.host(small_workspace(), lambda _m: None, lambda _c: None)
    guest = Peer.join(lambda _m: None, changes.append)
    guest.receive(create_update_message(host.doc.get_update()))
    changes.clear()
    state = guest.doc.get_state()
    host.local([step.apply(host.workspace)])
    guest.receive(create_update_message(host.doc.get_update(state)))
    return changes, host, guest


def test_a_remote_edit_reports_only_what_it_touched() -> None:
    changes, _, _ = remote_changes(Edit("j1", "card", "b", {"title": "Pay"}))
    assert changes == [Change("j1", "card", frozenset({"b"}), frozenset({"title"}))]


# --- what the host lets through -------------------------------------------------------------


def tampered(doc: Doc[Any], change: Any) -> bytes:
    """The update a participant sends after writing `change(doc)` behind the model's back."""
    state = doc.get_state()
    change(doc)
    return create_update_message(doc.get_update(state))


def card_map(doc: Doc[Any], card_id: str = "a") -> Map[Any]:
    card: Map[Any] = root(doc, "journeys")["j1"]["cards"][card_id]
    return card


@pytest.mark.parametrize("damage", [
    lambda d: card_map(d).__setitem__("title", encode_value("x" * 501)),  # over MAX_NAME
    lambda d: card_map(d).__setitem__("emotion", encode_value(9)),  # out of range
    lambda d: card_map(d).__setitem__("mood", encode_value("happy")),  # no such field
    lambda d: card_map(d).__setitem__("title", "not json"),
    lambda d: card_map(d).__setitem__("_pos", "0"),  # a position key ending in 0
    lambda d: root(d, "journeys")["j1"]["cards"].__setitem__("b", "a card as text"),
    lambda d: root(d, "workspace").__delitem__("format"),
    lambda d: root(d, "journeys")["j1"].__setitem__("checklist", encode_value(
        [{"question": "q"}, {"question": "q"}])),  # an id used twice (integrity)
], ids=["too-long", "range", "unknown-field", "not-json", "bad-position", "wrong-type",
        "no-format", "duplicate-ids"])
def test_the_gate_refuses_updates_that_would_break_the_map(damage: Any) -> None:
    room = mirrored(small_workspace())
    before = encode_workspace(project_workspace(room))
    gate = Gate(room)
    attacker: Doc[Any] = Doc()
    attacker.apply_update(room.get_update())
    with pytest.raises(Refused):
        gate.check(tampered(attacker, damage))
    assert encode_workspace(project_workspace(gate.trial)) == before
    honest = Peer.join(lambda _m: None, lambda _c: None)
    honest.doc.apply_update(room.get_update())
    update = tampered(honest.doc, lambda d: card_map(d).__setitem__("title", encode_value("ok")))
    gate.check(update)  # the next honest update still passes


@pytest.mark.parametrize("message", [b"", b"\x07junk", b"\x00\x02\xff\xff\xff", b"\x00\x09\x00"])
def test_the_gate_refuses_damaged_messages(message: bytes) -> None:
    with pytest.raises(Refused):
        Gate(mirrored(small_workspace())).check(message)


def test_projection_refuses_an_item_map_that_holds_its_id() -> None:
    doc = mirrored(small_workspace())
    card_map(doc)["id"] = encode_value("other")
    with pytest.raises(MirrorError):
        project_workspace(doc)


def test_an_empty_workspace_mirrors_too() -> None:
    workspace = new_workspace("Empty")
    assert msgspec.to_builtins(project_workspace(mirrored(workspace))) == msgspec.to_builtins(
        workspace)


def test_a_remote_move_reports_only_the_moved_card() -> None:
    changes, host, guest = remote_changes(MoveCards("j1", "card", [("a", "after", "goals")]))
    assert {c.kind for c in changes} == {"card"} and set().union(*(c.ids for c in changes)) == {"a"}
    assert encode_workspace(guest.workspace) == encode_workspace(host.workspace)


@pytest.mark.parametrize("seed", range(4))
def test_three_participants_exchanging_at_random_moments_converge(seed: int) -> None:
    """Edits made between random exchanges: every participant's map always equals
    what its own document reads back, and all end equal."""
    rng = random.Random(seed)
    peers = [Peer.host(small_workspace(), lambda _m: None, lambda _c: None)]
    peers += [Peer.join(lambda _m: None, lambda _c: None) for _ in range(2)]

    def exchange(a: Peer, b: Peer) -> None:
        to_b = a.doc.get_update(b.doc.get_state())
        to_a = b.doc.get_update(a.doc.get_state())
        b.receive(create_update_message(to_b))
        a.receive(create_update_message(to_a))

    for a in peers:
        for b in peers:
            if a is not b:
                exchange(a, b)
    for _ in range(400):
        peer = rng.choice(peers)
        steps = random_edit(rng, peer.workspace, f"p{peers.index(peer)}")
        peer.local([step.apply(peer.workspace) for step in steps])
        if rng.random() < 0.3:
            exchange(*rng.sample(peers, 2))
        assert encode_workspace(project_workspace(peer.doc)) == encode_workspace(peer.workspace)
    for a in peers:
        for b in peers:
            if a is not b:
                exchange(a, b)
    maps = {encode_workspace(p.workspace) for p in peers}
    assert len(maps) == 1
    assert all(p.rejected == 0 for p in peers)
