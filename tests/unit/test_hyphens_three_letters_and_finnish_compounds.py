"""Hyphenation as a reader expects it (a reviewer's findings on the web page and PDF):
no break leaves fewer than three letters on either side ('Undersøgel-se'), and a
Finnish compound whose second part starts with a vowel breaks between its parts
('käyttöön-otto', never 'käyttöö-notto'), at syllables elsewhere."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from journey_editor.layout import textmetrics
from journey_editor.layout.hyphens import break_points, hyphens_for

TEMPLATES = Path(__file__).parents[2] / "resources" / "templates"
# Finnish compounds of the templates, hyphenated as a Finnish dictionary does (the
# breaks closer than three letters to an end left out).
FINNISH = {
    "Käyttöönotto": "Käyt-töön-otto",
    "Asennusohjeet": "Asen-nus-oh-jeet",
    "Toimitusaika": "Toi-mi-tus-aika",
    "Yhteydenotot": "Yhtey-den-otot",
    "Vaihtoehdot": "Vaih-to-eh-dot",
    "Asiakaspalvelu": "Asia-kas-pal-velu",
    "kuljettajat": "kul-jet-ta-jat",
}


def _template_words(language: str) -> list[str]:
    """The long words of the language's templates (where hyphens are needed)."""
    text = " ".join(path.read_text(encoding="utf-8")
                    for path in TEMPLATES.glob(f"*.{language}.journey"))
    return sorted({w for w in re.findall(r"[^\W\d_]{9,}", text)})


def _hyphenated(word: str, language: str) -> str:
    hyphens = hyphens_for(language)
    assert hyphens is not None
    pieces, last = [], 0
    for point in break_points(word, hyphens):
        pieces.append(word[last:point])
        last = point
    return "-".join([*pieces, word[last:]])


@pytest.mark.parametrize("language", ["da", "fi", "sv", "nl", "en"])
def test_no_break_leaves_fewer_than_three_letters_at_an_end(language: str) -> None:
    words = _template_words(language)
    assert len(words) > 20
    for word in words:
        pieces = _hyphenated(word, language).split("-")
        assert len(pieces[0]) >= 3 and len(pieces[-1]) >= 3, (word, pieces)


def test_danish_undersogelse_keeps_its_last_syllable_with_the_one_before() -> None:
    for width in range(30, 70, 4):
        lines = textmetrics.wrap("Undersøgelse", width, 10, False, None, "da")
        # The word's ends: a short syllable inside ('sø-') is a syllable of its own.
        assert len(lines[0].removesuffix("-")) >= 3 and len(lines[-1]) >= 3, lines


@pytest.mark.parametrize("word", sorted(FINNISH))
def test_a_finnish_word_breaks_between_its_parts_and_at_syllables(word: str) -> None:
    assert _hyphenated(word, "fi") == FINNISH[word]


def test_a_finnish_card_title_never_reads_kayttoo_notto() -> None:
    for width in range(30, 80, 3):
        lines = textmetrics.wrap("Käyttöönotto", width, 10, False, None, "fi")
        assert "Käyttöö-" not in lines and not any(x.startswith("notto") for x in lines)
