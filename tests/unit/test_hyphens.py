"""A word too long for its card breaks with a hyphen where the map's language allows
(issue 15 item 2), the same on screen and paper because the layout decides the lines."""

from __future__ import annotations

import msgspec
import pytest

from journey_editor.layout import textmetrics
from journey_editor.layout.engine import lay_out
from journey_editor.templates import new_from_template

WORDS = {
    "fi": "Asiakaspalvelukeskuksen", "sv": "Kundtjänstmedarbetaren",
    "da": "Kundeserviceafdelingen", "nl": "Klantenservicemedewerker",
    "en": "Internationalization",
}


@pytest.mark.parametrize("language", sorted(WORDS))
def test_a_long_word_breaks_at_a_hyphen_of_its_language(language: str) -> None:
    word = WORDS[language]
    lines = textmetrics.wrap(word, 70, 10, False, None, language)
    assert len(lines) >= 2
    assert all(line.endswith("-") for line in lines[:-1])
    assert "".join(line.removesuffix("-") for line in lines) == word
    assert all(textmetrics.text_width(line, 10) <= 70 for line in lines)
    assert all(len(line.removesuffix("-")) >= 2 for line in lines)  # no 'a-' alone


def test_finnish_breaks_before_a_consonant_that_a_vowel_follows() -> None:
    lines = textmetrics.wrap(WORDS["fi"], 70, 10, False, None, "fi")
    first = lines[0].removesuffix("-")
    vowels = set("aeiouyäö")
    assert first[-1] in vowels and lines[1][0] not in vowels and lines[1][1] in vowels


def test_without_a_language_a_word_is_cut_as_before() -> None:
    lines = textmetrics.wrap(WORDS["fi"], 70, 10, False, None, "")
    assert not any(line.endswith("-") for line in lines)
    assert "".join(lines) == WORDS["fi"]


def test_a_finnish_maps_card_and_its_poster_hyphenate_alike(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from pypdf import PdfReader

    from journey_editor.export.pages import PAGE_SIZES, PageSetup
    from journey_editor.export.pdf import render_pdf

    workspace = new_from_template("retail", "fi")
    journey = workspace.journeys[0]
    long_word = "Asiakaspalvelukeskuksenneuvontapalvelu"
    journey.cards[0] = msgspec.structs.replace(journey.cards[0], title=long_word)
    lines = lay_out(journey).cards[journey.cards[0].id].title.lines
    assert lines[0].endswith("-") and "".join(x.removesuffix("-") for x in lines) == long_word
    path = tmp_path / "fi.pdf"
    path.write_bytes(render_pdf(workspace, [journey], setup=PageSetup(page_size=PAGE_SIZES["A1"])))
    text = PdfReader(path).pages[0].extract_text()
    assert lines[0] in text and lines[1] in text


def test_a_map_whose_words_all_fit_loads_no_dictionary() -> None:
    """pyphen's dictionary takes ~0.1 s to load: only a word that must break pays it,
    not every map that opens (the sample opens at start-up)."""
    from journey_editor.layout import hyphens

    hyphens.hyphens_for.cache_clear()
    lay_out(new_from_template("retail", "en").journeys[0])
    assert hyphens.hyphens_for.cache_info().currsize == 0
