"""The bundled templates in five languages: complete, parallel, really translated.

English is the reference. Every other language must load and validate like a user's
file, keep English's ids (so help texts, tests and future migrations can name a card
in any language), and name the method's touchpoint catalog as a native speaker would.
"""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest

from journey_editor.cli import main
from journey_editor.fileformat import encode_workspace, read_workspace
from journey_editor.layout import textmetrics
from journey_editor.layout.engine import lay_out
from journey_editor.model.types import Card, Journey, Workspace
from journey_editor.templates import find_template, list_templates

LANGUAGES = ("en", "sv", "da", "fi", "nl")
TRANSLATIONS = LANGUAGES[1:]
NAMES = ("blank", "retail", "b2b-software")
ROOT = Path(__file__).resolve().parents[2]

# METHOD.md's catalog, by phase, as each language's retail template names it.
CATALOG: dict[str, dict[str, tuple[str, ...]]] = {
    "before": {
        "en": ("Social media", "Ratings and reviews", "Testimonials", "Word of mouth",
               "Community involvement", "Advertising", "PR"),
        "sv": ("Sociala medier", "Betyg och recensioner", "Kundomdömen", "Mun till mun",
               "Lokalt engagemang", "Annonsering", "PR"),
        "da": ("Sociale medier", "Vurderinger og anmeldelser", "Kundeudtalelser", "Mund til mund",
               "Lokalt engagement", "Annoncering", "PR"),
        "fi": ("Sosiaalinen media", "Arviot ja arvostelut", "Asiakkaiden suosittelut",
               "Puskaradio", "Paikallinen yhteisötoiminta", "Mainonta", "PR"),
        "nl": ("Sociale media", "Beoordelingen en reviews", "Klantverhalen",
               "Mond-tot-mondreclame", "Lokale betrokkenheid", "Reclame", "PR"),
    },
    "during": {
        "en": ("Store", "Website", "Catalog", "Promotions", "Sales staff", "Phone line",
               "Point of sale"),
        "sv": ("Butik", "Webbplats", "Katalog", "Kampanjer", "Säljpersonal",
               "Telefonkundtjänst", "Kassan"),
        "da": ("Butik", "Hjemmeside", "Katalog", "Kampagner", "Salgspersonale", "Kundetelefon",
               "Salgssted"),
        "fi": ("Myymälä", "Verkkosivusto", "Kuvasto", "Kampanjat", "Myyjät", "Puhelinpalvelu",
               "Kassa"),
        "nl": ("Winkel", "Website", "Catalogus", "Acties", "Verkoopmedewerkers",
               "Telefonische klantenservice", "Kassa"),
    },
    "after": {
        "en": ("Billing", "Transactional e-mails", "Marketing e-mails", "Service and support",
               "Online help center", "Follow-up", "Thank-you card"),
        "sv": ("Fakturering", "Transaktionsmejl", "Marknadsföringsmejl", "Service och support",
               "Hjälpcenter på webben", "Uppföljning", "Tackkort"),
        "da": ("Fakturering", "Transaktionsmails", "Markedsføringsmails", "Service og support",
               "Online hjælpecenter", "Opfølgning", "Takkekort"),
        "fi": ("Laskutus", "Tilaus- ja toimitusviestit", "Markkinointisähköpostit",
               "Asiakaspalvelu ja tuki", "Ohjekeskus verkossa", "Jälkihoito", "Kiitoskortti"),
        "nl": ("Facturering", "Transactionele e-mails", "Marketingmails", "Service en support",
               "Online helpcentrum", "Nazorg", "Bedankkaartje"),
    },
}

# The articles' own word for a touchpoint (METHOD.md), which each language's templates use.
TOUCHPOINT_WORD = {
    "en": "touchpoint",
    "sv": "kontaktyt",
    "da": "berøringspunkt",
    "fi": "kosketuspiste",
    "nl": "klantcontactpunt",
}


def _load(name: str, language: str) -> Workspace:
    return read_workspace(find_template(name, language).path)


def _journey(name: str, language: str) -> Journey:
    return _load(name, language).journeys[0]


def _card_texts(card: Card) -> Iterator[str]:
    for field in ("title", "channel", "owner", "notes", "customer_goal", "expectations",
                  "pain_points", "ideas", "desired_think", "desired_do", "desired_feel"):
        yield getattr(card, field)
    yield from (evidence.note for evidence in card.evidence)


def test_every_template_exists_in_every_language() -> None:
    found = {(info.name, info.language) for info in list_templates()}
    assert found == {(name, lang) for name in NAMES for lang in LANGUAGES}


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("name", NAMES)
def test_loads_and_validates(name: str, language: str, capsys: pytest.CaptureFixture[str]) -> None:
    path = find_template(name, language).path
    workspace = read_workspace(path)  # runs every check a user's open runs
    assert workspace.title and len(workspace.journeys) == 1
    assert main(["validate", str(path)]) == 0
    assert "valid" in capsys.readouterr().out


@pytest.mark.parametrize("language", TRANSLATIONS)
@pytest.mark.parametrize("name", NAMES)
def test_same_structure_as_english(name: str, language: str) -> None:
    english, other = _load(name, "en"), _load(name, language)
    ej, oj = english.journeys[0], other.journeys[0]
    assert [p.id for p in other.personas] == [p.id for p in english.personas]
    assert (oj.id, oj.persona, oj.scope) == (ej.id, ej.persona, ej.scope)
    assert [(s.id, s.phase) for s in oj.stages] == [(s.id, s.phase) for s in ej.stages]
    assert ([(ln.id, ln.kind, ln.preset, ln.zone) for ln in oj.lanes]
            == [(ln.id, ln.kind, ln.preset, ln.zone) for ln in ej.lanes])
    assert ([(c.id, c.stage, c.lane, c.emotion, c.status) for c in oj.cards]
            == [(c.id, c.stage, c.lane, c.emotion, c.status) for c in ej.cards])
    assert ([(c.source, c.target) for c in oj.connections]
            == [(c.source, c.target) for c in ej.connections])
    assert len(oj.departments) == len(ej.departments)
    # The same fields are filled in: a translation neither drops nor invents a note.
    for ec, oc in zip(ej.cards, oj.cards, strict=True):
        assert [bool(t) for t in _card_texts(oc)] == [bool(t) for t in _card_texts(ec)], ec.id
        assert [m.value for m in oc.metrics] == [m.value for m in ec.metrics]


@pytest.mark.parametrize("language", TRANSLATIONS)
@pytest.mark.parametrize("name", NAMES)
def test_no_english_leftovers(name: str, language: str) -> None:
    english, other = _load(name, "en"), _load(name, language)
    ej, oj = english.journeys[0], other.journeys[0]
    assert other.title != english.title and oj.name != ej.name
    assert all(o.name != e.name for o, e in zip(oj.stages, ej.stages, strict=True))
    # A few words are the same in both languages ("PR", "Marketing", Dutch "Website").
    same = [o.title for o, e in zip(oj.cards, ej.cards, strict=True) if o.title == e.title]
    assert len(same) <= max(1, len(oj.cards) // 10), same
    # A copied sentence is never a shared word: no long text may match English.
    long_english = {t for card in ej.cards for t in _card_texts(card) if len(t) >= 20}
    copied = [t for card in oj.cards for t in _card_texts(card) if t in long_english]
    assert not copied


@pytest.mark.parametrize("language", LANGUAGES)
def test_retail_has_the_whole_catalog_in_its_phase(language: str) -> None:
    journey = _journey("retail", language)
    phases = {stage.id: stage.phase for stage in journey.stages}
    placed = {card.title: phases[card.stage] for card in journey.cards}
    for phase, names in CATALOG.items():
        for title in names[language]:
            assert placed.get(title) == phase, f"{title!r} missing or not {phase}"
    assert sum(len(names[language]) for names in CATALOG.values()) == 21


@pytest.mark.parametrize("language", LANGUAGES)
def test_templates_use_the_native_word_for_touchpoint(language: str) -> None:
    text = b"".join(find_template(name, language).path.read_bytes() for name in NAMES)
    assert TOUCHPOINT_WORD[language].encode() in text.lower()


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("name", NAMES)
def test_the_layout_shows_every_heading_and_title_whole(name: str, language: str) -> None:
    """Long compounds (Finnish, Dutch, Swedish) must not be cut off or split mid-word."""
    journey = _journey(name, language)
    layout = lay_out(journey)
    blocks = ([(h.text, s.name) for h, s in zip(layout.stage_headers, journey.stages,
                                                  strict=True)]
              + [(h.text, ln.name) for h, ln in zip(layout.lane_headers, journey.lanes,
                                                      strict=True)]
              + [(layout.cards[c.id].title, c.title) for c in journey.cards])
    for block, text in blocks:
        # Compare without spaces: a line may also end after a hyphen ("Tilaus-").
        assert "".join(block.lines).replace(" ", "") == "".join(text.split()), f"cut: {text!r}"
        for word in text.split():  # a word wider than its box is broken between letters
            assert textmetrics.text_width(word, block.size, block.bold) <= block.width, word


def test_new_from_the_command_line_in_danish(tmp_path: Path,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "x.journey"
    assert main(["new", "--template", "retail", "--lang", "da", str(target)]) == 0
    assert "x.journey" in capsys.readouterr().out
    workspace = read_workspace(target)
    journey = workspace.journeys[0]
    assert workspace.title == "Kunderejse i detailhandlen"
    assert journey.name == "Køb af en sofa"
    assert [s.name for s in journey.stages][:3] == ["Inspiration", "Undersøgelse", "Valg"]
    titles = {card.title for card in journey.cards}
    assert {"Mund til mund", "Vurderinger og anmeldelser", "Takkekort"} <= titles
    assert "berøringspunkter" in journey.description
    assert len(workspace.revisions) == 1  # a fresh file, its history started


def test_unknown_language_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["new", "--template", "retail", "--lang", "de", str(tmp_path / "x.journey")]) == 1
    assert "'de'" in capsys.readouterr().err


def _build_script() -> ModuleType:
    path = ROOT / "packaging" / "build_templates.py"
    spec = importlib.util.spec_from_file_location("build_templates_under_test", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while building
    spec.loader.exec_module(module)
    return module


needs_checkout = pytest.mark.skipif(not (ROOT / "packaging").is_dir(),
                                    reason="needs a source checkout")


@needs_checkout
def test_bundled_files_match_the_text_tables() -> None:
    """Whoever edits a text table must rerun packaging/build_templates.py."""
    build = _build_script()
    for code, language in build.TEXT.items():
        build.check_parallel(build.TEXT["en"], language, code)
        for spec in build.TEMPLATES:
            expected = encode_workspace(build.build_workspace(spec, language))
            path = find_template(spec.name, code).path
            assert path.read_bytes() == expected, f"{path.name} is stale: rebuild the templates"


@needs_checkout
def test_translation_tables_must_be_parallel() -> None:
    build = _build_script()
    broken = {**build.TEXT["da"], "lanes": {**build.TEXT["da"]["lanes"]}}
    del broken["lanes"]["lane-ideas"]
    with pytest.raises(KeyError, match="lane-ideas"):
        build.check_parallel(build.TEXT["en"], broken, "da")


def test_the_first_log_line_speaks_the_maps_language_whatever_the_interface() -> None:
    from journey_editor.templates import new_from_template

    danish = new_from_template("retail", "da").revisions[0].summary
    english = new_from_template("retail", "en").revisions[0].summary
    assert english == "Created from the 'retail' template"
    assert danish != english and "retail" in danish
