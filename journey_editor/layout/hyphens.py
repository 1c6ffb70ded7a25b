"""Where a word too wide for its line may be split with a hyphen, in the map's language.

pyphen's dictionaries (LibreOffice's) serve English, Swedish, Danish and Dutch. pyphen
has none for Finnish, and no well-kept package does; Finnish breaks by a plain rule,
before each consonant that a vowel follows (asi-a-kas-pal-ve-lu), which is how its
syllables go. The points are used only for a word that would otherwise be cut between
letters: a line is never hyphenated to fill it better.
"""

from __future__ import annotations

from functools import cache
from typing import Protocol

_PYPHEN = {"en": "en_US", "sv": "sv", "da": "da_DK", "nl": "nl_NL"}
_FINNISH_VOWELS = frozenset("aeiouyäöå")
MIN_PIECE = 2  # letters kept together at either end of a word ('a-' alone reads badly)


class Hyphens(Protocol):
    def positions(self, word: str) -> list[int]: ...


class _Finnish:
    def positions(self, word: str) -> list[int]:
        """Before every consonant followed by a vowel, but the first."""
        lower = word.lower()
        return [i for i in range(1, len(lower) - 1)
                if lower[i].isalpha() and lower[i] not in _FINNISH_VOWELS
                and lower[i + 1] in _FINNISH_VOWELS
                and any(c in _FINNISH_VOWELS for c in lower[:i])]


@cache
def hyphens_for(language: str) -> Hyphens | None:
    """The break points of `language` ("" or unknown: none, words are cut as before)."""
    if language == "fi":
        return _Finnish()
    code = _PYPHEN.get(language)
    if code is None:
        return None
    import pyphen  # only once a map in a language breaks a word

    return pyphen.Pyphen(lang=code)  # type: ignore[no-any-return]


def break_points(word: str, hyphens: Hyphens) -> list[int]:
    """Where `word` may break, keeping MIN_PIECE letters at each end."""
    return [p for p in hyphens.positions(word) if MIN_PIECE <= p <= len(word) - MIN_PIECE]
