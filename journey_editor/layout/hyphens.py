"""Where a word too wide for its line may be split with a hyphen, in the map's language.

pyphen's dictionaries (LibreOffice's) serve English, Swedish, Danish and Dutch. pyphen
has none for Finnish, and no well-kept package does; Finnish breaks at its syllables:
a consonant that a vowel follows starts one (asi-a-kas-pal-ve-lu). A compound whose
second part starts with a vowel breaks between its parts instead (käyttöön-otto, not
käyttöö-notto; asennus-ohjeet): the common such parts are listed (ALKUVOKAALI).
The points are used only for a word that would otherwise be cut between letters: a
line is never hyphenated to fill it better, and at least MIN_PIECE letters stay on
either side ('Undersøgel-se' left two).
"""

from __future__ import annotations

from functools import cache
from typing import Protocol

_PYPHEN = {"en": "en_US", "sv": "sv", "da": "da_DK", "nl": "nl_NL"}
_FINNISH_VOWELS = frozenset("aeiouyäöå")
MIN_PIECE = 3  # letters kept together at either end of a word ('-se' alone reads badly)
# Finnish words that begin with a vowel and often end a compound (toimitus|aika,
# yhteyden|otot, myynti|insinöörit): stems, so that their inflected forms match too.
ALKUVOKAALI = (
    "aika", "ajan", "ajat", "alue", "arvio", "asiakas", "asiakk", "ehdo", "ehto", "esite",
    "esitt", "ilmoit", "insinöör", "ohje", "ohjelm", "opas", "oppa", "osasto",
    "osoit", "ostos", "otot", "oton", "otto", "yhteyd", "yhteys",
)


class Hyphens(Protocol):
    def positions(self, word: str) -> list[int]: ...


class _Finnish:
    def positions(self, word: str) -> list[int]:
        """At the syllables (`syllables`), and between a compound's parts where the
        second one starts with a vowel (`vowel_parts`), instead of one letter early."""
        lower = word.lower()
        parts = vowel_parts(lower)
        # Not one letter before the part ('käyttöö-notto') nor after ('yhteydeno-tot').
        near = {p + d for p in parts for d in (-1, 1)}
        return sorted((set(syllables(lower)) - near) | set(parts))


def syllables(lower: str) -> list[int]:
    """Before every consonant followed by a vowel, but the first."""
    return [i for i in range(1, len(lower) - 1)
            if lower[i].isalpha() and lower[i] not in _FINNISH_VOWELS
            and lower[i + 1] in _FINNISH_VOWELS
            and any(c in _FINNISH_VOWELS for c in lower[:i])]


def vowel_parts(lower: str) -> list[int]:
    """Where a listed part that starts with a vowel begins, after MIN_PIECE letters
    (so that a word the part starts is not broken: 'ottaa', 'aikataulu') that end in a
    vowel, or in the n or s most first parts end in (genitive, -us, -os): 'kuljett|ajat'
    is kul-jet-ta-jat, a driver, not a compound."""
    return [i for i in range(MIN_PIECE, len(lower) - MIN_PIECE + 1)
            if (lower[i - 1] in _FINNISH_VOWELS or lower[i - 1] in "ns")
            and lower.startswith(ALKUVOKAALI, i)]


@cache
def hyphens_for(language: str) -> Hyphens | None:
    """The break points of `language` ("" or unknown: none, words are cut as before)."""
    if language == "fi":
        return _Finnish()
    code = _PYPHEN.get(language)
    if code is None:
        return None
    import pyphen  # only once a map in a language breaks a word

    return pyphen.Pyphen(lang=code, left=MIN_PIECE,  # type: ignore[no-any-return]
                         right=MIN_PIECE)


def break_points(word: str, hyphens: Hyphens) -> list[int]:
    """Where `word` may break, keeping MIN_PIECE letters at each end."""
    return [p for p in hyphens.positions(word) if MIN_PIECE <= p <= len(word) - MIN_PIECE]
