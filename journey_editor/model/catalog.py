"""The touchpoint library: the method's catalog by purchase phase, plus the user's own entries.

No Qt. The built-in catalog follows METHOD.md (the before / during / after table,
the extra channels and the information touchpoints); the user's own entries are
kept on disk by `fileformat/library_file.py`.
"""

from __future__ import annotations

from typing import Literal

import msgspec

from journey_editor.i18n import translate
from journey_editor.model.types import Card, Journey, new_id

EntryPhase = Literal["before", "during", "after", "any"]


class Entry(msgspec.Struct, frozen=True):
    name: str
    phase: EntryPhase
    channel: str = ""
    direct: bool = True
    user: bool = False


def _t(text: str) -> str:
    return translate("Catalog", text)


# (name, channel, direct) by phase: names are translated when the catalog is built.
_BUILTIN: dict[EntryPhase, list[tuple[str, str, bool]]] = {
    "before": [
        ("Social media", "Social media", True), ("Ratings and reviews", "Review sites", False),
        ("Testimonials", "Word of mouth", False), ("Word of mouth", "Word of mouth", False),
        ("Community involvement", "Events", True), ("Advertising", "Advertising", True),
        ("PR", "Media", False), ("Online search", "Search", True), ("Blog", "Website", True),
        ("Referral programme", "Word of mouth", False), ("Ad landing page", "Website", True),
        ("Conference", "Events", True), ("Product demo", "Sales", True),
    ],
    "during": [
        ("Store or office", "Store", True), ("Website", "Website", True),
        ("Catalog", "Print", True), ("Promotions", "Advertising", True),
        ("Sales staff", "Store", True), ("Phone line", "Phone", True),
        ("Point of sale", "Store", True), ("Checkout and payment", "Website", True),
        ("Sales call", "Phone", True), ("Campaign code", "E-mail", True),
    ],
    "after": [
        ("Billing", "Post", True), ("Transactional e-mails", "E-mail", True),
        ("Marketing e-mails", "E-mail", True), ("Service and support", "Support", True),
        ("Online help center", "Website", True), ("Follow-up", "Phone", True),
        ("Thank-you card", "Post", True), ("Packaging and unboxing", "Delivery", True),
        ("Feedback survey", "E-mail", True), ("Customer service survey", "E-mail", True),
        ("Handwritten note", "Post", True),
    ],
    "any": [
        ("Where delivery times are found", "Information", True),
        ("Who to contact about a problem", "Information", True),
        ("How easy contact details are to find", "Information", True),
        ("Online services", "Website", True),
    ],
}


def builtin_entries() -> list[Entry]:
    return [Entry(_t(name), phase, _t(channel), direct)
            for phase, rows in _BUILTIN.items() for name, channel, direct in rows]


def search(entries: list[Entry], text: str) -> list[Entry]:
    words = text.casefold().split()
    return [e for e in entries
            if all(w in f"{e.name} {e.channel}".casefold() for w in words)]


def card_for(entry: Entry, journey: Journey, cell: tuple[str, str] | None = None) -> Card | None:
    """A touchpoint card preset from an entry, in `cell` or else in the first stage of the
    entry's phase and the first channel lane; None when the journey has no cell."""
    if cell is None:
        stage = next((s for s in journey.stages if s.phase == entry.phase), None)
        stage = stage or (journey.stages[0] if journey.stages else None)
        lane = next((ln for ln in journey.lanes if ln.kind == "channel"), None)
        lane = lane or (journey.lanes[0] if journey.lanes else None)
        if stage is None or lane is None:
            return None
        cell = (stage.id, lane.id)
    return Card(id=new_id("card"), stage=cell[0], lane=cell[1], title=entry.name,
                channel=entry.channel, direct=entry.direct)
