"""Which printed text has characters no installed font covers, said before printing.

Such a character prints as U+FFFD (the layout measured it so, and both painters draw
it), never silently as an empty box: the export names the card, stage, lane or journey
whose text is affected, so the user can install a font or change the text.

Qt-free; a text the bundled font shows alone costs one set look-up.
"""

from __future__ import annotations

from collections.abc import Iterator

from journey_editor.i18n import translate
from journey_editor.layout import textmetrics
from journey_editor.model.types import Journey


def _t(text: str) -> str:
    return translate("Export", text)


def missing_glyph_warnings(journey: Journey) -> list[str]:
    """One message per printed text with characters no installed font has."""
    warnings = []
    for where, text in _printed_texts(journey):
        missing = _missing(text)
        if missing:
            shown = ", ".join(f"{char} (U+{ord(char):04X})" for char in missing)
            warnings.append(_t("{0}: no installed font has {1}; printed as \ufffd").format(
                where, shown))
    return warnings


def _missing(text: str) -> str:
    if textmetrics.is_simple(text):
        return ""
    from journey_editor.layout.shaping import shape

    found = "".join(shape(line).missing for line in text.splitlines())
    return "".join(dict.fromkeys(found))


def _printed_texts(journey: Journey) -> Iterator[tuple[str, str]]:
    """(where, text) of what a poster prints, where naming the object for the user."""
    yield _t('Journey "{0}"').format(journey.name), journey.name
    for stage in journey.stages:
        yield _t('Stage "{0}"').format(stage.name), stage.name
    for lane in journey.lanes:
        yield _t('Lane "{0}"').format(lane.name), lane.name
    for card in journey.cards:
        yield _t('Card "{0}"').format(card.title), card.title
