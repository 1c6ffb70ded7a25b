"""The compare dock's grouping (no Qt): the hand-made pair of test_compare, read as
the dock lists it, with the ids each difference shows and where ghosts go."""

from __future__ import annotations

from journey_editor.model.compare_entries import Ghost, Target, read
from journey_editor.model.types import clone
from tests.unit.test_compare import current, future


def test_differences_are_grouped_by_what_happened_to_what() -> None:
    result = read(current(), future(current()))
    groups = {(change, kind): [(e.text, e.target) for e in entries]
              for change, kind, entries in result.groups()}
    assert groups == {
        ("added", "card"): [("'Chat bot' in Buy / Website", Target("card", "c5"))],
        ("changed", "card"): [
            ("'Checkout': emotion -2 → 1", Target("card", "c2")),
            ("'Invoice': moved from Pay / E-mail to Pay / Post", Target("card", "c3"))],
        ("removed", "card"): [("'Newsletter' in Browse / E-mail", Target("ghost", "c4"))],
        ("changed", "stage"): [("'Browse' renamed to 'Discover'", Target("stage", "s1"))],
        ("changed", "emotion"): [("Discover: +0.5 → +1.0", None), ("Buy: -2.0 → +1.5", None)],
    }
    assert result.card_changes() == {"c5": "added", "c2": "changed", "c3": "changed"}
    assert result.ghosts == [Ghost("c4", "Newsletter", "s1", "mail")]


def test_a_card_changed_in_several_ways_is_one_entry_with_a_line_per_change() -> None:
    before = current()
    after = clone(before)
    after.cards[0].emotion, after.cards[0].lane = -1, "post"
    (entry,) = read(before, after).entries[:1]
    assert entry.text == "'Search': 2 changes"
    assert entry.details == ("moved from Browse / Website to Browse / Post", "emotion 1 → -1")


def test_a_removed_card_whose_stage_went_too_has_no_cell() -> None:
    before = current()
    after = clone(before)
    after.stages = [s for s in after.stages if s.id != "s3"]
    after.cards = [c for c in after.cards if c.stage != "s3"]
    result = read(before, after)
    assert result.ghosts == [Ghost("c3", "Invoice", None, "mail")]
    removed_stages = [e for e in result.entries if (e.change, e.kind) == ("removed", "stage")]
    # The stage has no place on the second map: it is shown where it still is.
    assert [(e.text, e.target) for e in removed_stages] == [("'Pay'", Target("removed", "s3"))]


def test_arrows_show_their_source_card_or_its_ghost() -> None:
    from journey_editor.model.types import Connection

    before = current()
    before.connections = [Connection(id="k1", source="c4", target="c1")]
    after = clone(before)
    after.cards = [c for c in after.cards if c.id != "c4"]
    after.connections = [Connection(id="k2", source="c1", target="c2", label="then")]
    arrows = [(e.change, e.text, e.target) for e in read(before, after).entries
              if e.kind == "connection"]
    assert arrows == [("added", "'Search' → 'Checkout' ('then')", Target("card", "c1")),
                      ("removed", "'Newsletter' → 'Search'", Target("ghost", "c4"))]
