"""The touchpoint library: the method's catalog by purchase phase, plus the user's own entries.

No Qt. The built-in catalog follows METHOD.md (the before / during / after table,
the extra channels and the information touchpoints); the user's own entries are
kept on disk by `fileformat/library_file.py`.
"""

from __future__ import annotations

from typing import Literal

import msgspec

from journey_editor.i18n import QT_TRANSLATE_NOOP, translate
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


def _n(text: str) -> str:
    """Marks a built-in entry's word for the catalogs; `_t` translates it when the catalog
    is built (the translator is not installed yet when this module is imported)."""
    return QT_TRANSLATE_NOOP("Catalog", text)


# (name, channel, direct) by phase: names are translated when the catalog is built.
_BUILTIN: dict[EntryPhase, list[tuple[str, str, bool]]] = {
    "before": [
        (_n("Social media"), _n("Social media"), True),
        (_n("Ratings and reviews"), _n("Review sites"), False),
        (_n("Testimonials"), _n("Word of mouth"), False),
        (_n("Word of mouth"), _n("Word of mouth"), False),
        (_n("Community involvement"), _n("Events"), True),
        (_n("Advertising"), _n("Advertising"), True),
        (_n("PR"), _n("Media"), False),
        (_n("Online search"), _n("Search"), True),
        (_n("Blog"), _n("Website"), True),
        (_n("Referral programme"), _n("Word of mouth"), False),
        (_n("Ad landing page"), _n("Website"), True),
        (_n("Conference"), _n("Events"), True),
        (_n("Product demo"), _n("Sales"), True),
    ],
    "during": [
        (_n("Store or office"), _n("Store"), True),
        (_n("Website"), _n("Website"), True),
        (_n("Catalog"), _n("Print"), True),
        (_n("Promotions"), _n("Advertising"), True),
        (_n("Sales staff"), _n("Store"), True),
        (_n("Phone line"), _n("Phone"), True),
        (_n("Point of sale"), _n("Store"), True),
        (_n("Checkout and payment"), _n("Website"), True),
        (_n("Sales call"), _n("Phone"), True),
        (_n("Campaign code"), _n("E-mail"), True),
    ],
    "after": [
        (_n("Billing"), _n("Post"), True),
        (_n("Transactional e-mails"), _n("E-mail"), True),
        (_n("Marketing e-mails"), _n("E-mail"), True),
        (_n("Service and support"), _n("Support"), True),
        (_n("Online help center"), _n("Website"), True),
        (_n("Follow-up"), _n("Phone"), True),
        (_n("Thank-you card"), _n("Post"), True),
        (_n("Packaging and unboxing"), _n("Delivery"), True),
        (_n("Feedback survey"), _n("E-mail"), True),
        (_n("Customer service survey"), _n("E-mail"), True),
        (_n("Handwritten note"), _n("Post"), True),
    ],
    "any": [
        (_n("Where delivery times are found"), _n("Information"), True),
        (_n("Who to contact about a problem"), _n("Information"), True),
        (_n("How easy contact details are to find"), _n("Information"), True),
        (_n("Online services"), _n("Website"), True),
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
