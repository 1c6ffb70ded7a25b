"""Where the web page's kept stage and lane names may break a word: soft hyphens (U+00AD)
at the hyphenation points of the map's language (layout.hyphens, as the poster breaks
words). A browser breaks a line at one only when it must, and shows a hyphen there;
Chromium does not hyphenate these languages itself (`hyphens: auto` does nothing on
Linux). With no point in a long stretch (a language without a dictionary, a made-up
word) the stretch gets soft hyphens every PIECE_EMS, so no piece is wider than that and
the page never has to cut a word between two letters without one.
"""

from __future__ import annotations

import re

from journey_editor.layout import textmetrics
from journey_editor.layout.hyphens import break_points, hyphens_for

SOFT_HYPHEN = "\u00ad"
SHOWN_HYPHEN = "\u2010"  # what a browser draws at a soft hyphen (the font has it)
PIECE_EMS = 14.0  # no piece between two break points is wider (in ems of the bold font)
_WORD = re.compile(r"[^\W\d_]{4,}")  # a run of letters long enough to break


def ems(text: str) -> float:
    """`text`'s width in ems of the bold font the page's names are set in."""
    return textmetrics.text_width(text, 100.0, True) / 100


def soft_hyphens(name: str, language: str, whole_below: float = 0.0) -> str:
    """`name` with a soft hyphen where `language` may break a word ("": no dictionary).
    A word narrower than `whole_below` ems stays whole: its strip is wide enough for it,
    and breaking it only to fill a line reads badly."""
    split = hyphens_for(language) if language else None

    def hyphenated(found: re.Match[str]) -> str:
        word = found.group()
        if ems(word) < whole_below:
            return word
        points = break_points(word, split) if split is not None else []
        pieces = [word[i:j] for i, j in zip([0, *points], [*points, len(word)], strict=True)]
        return SOFT_HYPHEN.join(chunk for piece in pieces for chunk in _chunks(piece))

    return _WORD.sub(hyphenated, name)


def _chunks(piece: str) -> list[str]:
    """`piece` cut where it passes PIECE_EMS with the hyphen shown (rarely: a stretch
    that long has no break point)."""
    chunks, start = [], 0
    for end in range(1, len(piece) + 1):
        if end - start > 1 and ems(piece[start:end] + SHOWN_HYPHEN) > PIECE_EMS:
            chunks.append(piece[start:end - 1])
            start = end - 1
    return [*chunks, piece[start:]]
