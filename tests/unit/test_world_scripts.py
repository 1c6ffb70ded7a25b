"""World scripts on paper (issue 15 item 2): a map with card titles in nine scripts prints
every title as real, extractable text in logical order, in glyphs of fonts that have
them (no missing-glyph boxes), broken where the layout broke it; text no installed font
covers is named in a warning instead of printing as boxes."""

from __future__ import annotations

import shutil
import subprocess
import unicodedata
from functools import cache

import msgspec
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from journey_editor.export.glyph_coverage import missing_glyph_warnings
from journey_editor.export.pdf import render_pdf
from journey_editor.layout import fallback_fonts, shaping, textmetrics
from journey_editor.layout.engine import lay_out
from journey_editor.model.types import Card, Journey, Lane, Stage, Workspace, new_workspace
from tests.factories import small_journey

# Long enough that each wraps on its card. Font: the family expected to draw its letters.
TITLES = {
    "Chinese": ("顾客在网上商店比较不同商品的价格并选择送货方式，然后在线付款", "Noto Sans CJK"),
    "Japanese": ("お客様がオンラインストアで価格を比較して配送方法を選びます", "Noto Sans CJK"),
    "Korean": ("고객이 온라인 상점에서 가격을 비교하고 배송 방법을 선택합니다", "Noto Sans CJK"),
    "Arabic": ("يقارن العميل الأسعار في المتجر الإلكتروني ويختار طريقة التوصيل",
               "Noto Sans Arabic"),
    "Hebrew": ("הלקוח משווה מחירים בחנות המקוונת ובוחר את שיטת המשלוח", "Noto Sans Hebrew"),
    "Devanagari": ("ग्राहक ऑनलाइन स्टोर में कीमतों की तुलना करता है और डिलीवरी चुनता है",
                   "Noto Sans Devanagari"),
    "Thai": ("ลูกค้าเปรียบเทียบราคา ในร้านค้าออนไลน์ และเลือกวิธีการจัดส่ง", "Noto Sans Thai"),
    "Greek": ("Ο πελάτης συγκρίνει τιμές στο ηλεκτρονικό κατάστημα και επιλέγει αποστολή",
              "DejaVu Sans"),
    "Cyrillic": ("Клиент сравнивает цены в интернет-магазине и выбирает способ доставки",
                 "DejaVu Sans"),
}
_BIDI_MARKS = dict.fromkeys(map(ord, "\u200e\u200f\u202a\u202b\u202c\u202d\u202e"))


@cache
def _fonts_missing() -> str:
    """What the machine lacks for these tests ('' when nothing)."""
    if shutil.which("pdftotext") is None:
        return "pdftotext (poppler-utils) is not installed"
    for family in ("Noto Sans CJK SC", "Noto Sans Arabic", "Noto Sans Hebrew",
                   "Noto Sans Devanagari", "Noto Sans Thai"):
        if fallback_fonts.family_source(family, False) is None:
            return f"{family} is not installed (fonts-noto-core, fonts-noto-cjk)"
    return ""


@pytest.fixture(autouse=True)
def _world_fonts() -> None:
    if _fonts_missing():
        pytest.skip(_fonts_missing())


def _world_workspace() -> Workspace:
    """One stage, a lane per script, one card each: each card's text is its own block."""
    lanes = [Lane(id=f"l{i}", name=script, kind="channel") for i, script in enumerate(TITLES)]
    cards = [Card(id=f"c{i}", stage="s", lane=f"l{i}", title=title)
             for i, (title, _) in enumerate(TITLES.values())]
    journey = Journey(id="j", name="World", stages=[Stage(id="s", name="Compare")],
                      lanes=lanes, cards=cards)
    return new_workspace("World", journeys=[journey])


@cache
def _pdf_text() -> str:
    pdf = render_pdf(_world_workspace())
    out = subprocess.run(["pdftotext", "-", "-"], input=pdf, capture_output=True, check=True)
    return out.stdout.decode("utf-8").translate(_BIDI_MARKS)


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


@pytest.mark.parametrize("script", TITLES)
def test_every_title_is_extractable_in_logical_order(script: str) -> None:
    title, _ = TITLES[script]
    printed = "".join(_pdf_text().split())
    assert "".join(title.split()) in printed


@pytest.mark.parametrize("script", TITLES)
def test_titles_print_where_the_layout_broke_them(script: str) -> None:
    # The layout wraps each title (narrow cards); the PDF shows exactly those lines.
    index = list(TITLES).index(script)
    block = lay_out(_world_workspace().journeys[0]).cards[f"c{index}"].title
    assert len(block.lines) >= 2
    printed = _lines(_pdf_text())
    first = printed.index(block.lines[0])
    assert printed[first:first + len(block.lines)] == list(block.lines)
    for line in block.lines:
        assert textmetrics.text_width(line, block.size, block.bold) <= block.width


@pytest.mark.parametrize("script", TITLES)
def test_every_letter_has_a_glyph_of_a_font_for_its_script(script: str) -> None:
    title, family = TITLES[script]
    for bold in (False, True):
        line = shaping.shape(title, bold)
        assert line.missing == ""
        glyphs = [glyph for run in line.runs for glyph in run.glyphs]
        assert 0 not in glyphs  # .notdef: the empty box
        letters = [run.source.family for run in line.runs]
        assert all(name.startswith(family) or name == "DejaVu Sans" for name in letters)
        assert any(name.startswith(family) for name in letters)


def test_the_pdf_embeds_a_subset_of_each_font_with_a_unicode_map() -> None:
    pdf = render_pdf(_world_workspace())
    out = subprocess.run(["pdffonts", "-"], input=pdf, capture_output=True, check=True)
    rows = out.stdout.decode().splitlines()[2:]
    names = " ".join(row.split()[0] for row in rows)
    for face in ("NotoSansCJK", "NotoSansArabic", "NotoSansHebrew", "NotoSansDevanagari",
                 "NotoSansThai"):
        assert face in names
    for row in rows:  # emb, sub, uni: yes for every font
        assert row.split()[-5:-2] == ["yes", "yes", "yes"], row


def test_right_to_left_lines_read_right_to_left() -> None:
    line = shaping.shape("שלום abc", False)
    assert line.rtl
    hebrew, latin = line.runs[-1], line.runs[0]  # visual order: the Latin word is left
    assert latin.source.family == "DejaVu Sans" and hebrew.rtl
    assert max(latin.x) < min(hebrew.x)


def test_chinese_breaks_between_characters_but_not_before_closing_punctuation() -> None:
    text = "顾客比较价格，然后付款。" * 3
    size = 10.0
    for width in (35.0, 52.0, 71.0):
        lines = textmetrics.wrap(text, width, size)
        assert "".join(lines) == text
        assert all(textmetrics.text_width(line, size) <= width for line in lines)
        assert not any(line[0] in "，。" for line in lines)
        # Greedy: the next character would not have fitted (kinsoku aside).
        for line, following in zip(lines, lines[1:], strict=False):
            if following[:2] and following[1:2] not in ("，", "。"):
                assert textmetrics.text_width(line + following[0], size) > width


def test_a_word_too_wide_is_cut_between_clusters() -> None:
    word = "कीमतोंकीमतोंकीमतों"  # marks stay on their letters
    lines = textmetrics.wrap(word, 30, 10)
    assert "".join(lines) == word and len(lines) > 1
    for line in lines[1:]:
        assert not unicodedata.category(line[0]).startswith("M")


def test_text_no_font_covers_is_named_in_a_warning() -> None:
    journey = small_journey()
    card = msgspec.structs.replace(journey.cards[0], title="Pays \U0001FAE8 at the till")
    journey = msgspec.structs.replace(journey, cards=[card, *journey.cards[1:]])
    if shaping.shape("\U0001FAE8").missing == "":
        pytest.skip("an installed font has the shaking face emoji")
    warnings = missing_glyph_warnings(journey)
    assert len(warnings) == 1
    assert 'Card "Pays \U0001FAE8 at the till"' in warnings[0] and "U+1FAE8" in warnings[0]
    assert missing_glyph_warnings(small_journey()) == []


@pytest.mark.parametrize("script", ["Arabic", "Hebrew", "Chinese"])
def test_right_to_left_titles_are_set_against_the_right_edge(script: str) -> None:
    from journey_editor.export.painter import block_lines

    index = list(TITLES).index(script)
    block = lay_out(_world_workspace().journeys[0]).cards[f"c{index}"].title
    for text, x, _, size, bold in block_lines(block, 1000.0):
        right = x + textmetrics.text_width(text, size, bold)
        if script == "Chinese":
            assert x == block.x
        else:
            assert right == pytest.approx(block.x + block.width)


# Letters of several scripts, marks, CJK punctuation, a character no font has (U+0378),
# spaces, hyphens and line breaks.
_WORLD_TEXT = st.text(alphabet=st.sampled_from(list(
    "ab Ωж中文、。「」かナ한글مرحباשלוםनमस्तेสวัสดี\u0301\u0378-\n")), max_size=80)


@settings(max_examples=200, deadline=None)
@given(text=_WORLD_TEXT, width=st.floats(1, 200), size=st.floats(4, 30),
       max_lines=st.none() | st.integers(1, 4))
def test_every_wrapped_line_fits_and_no_character_is_lost(
    text: str, width: float, size: float, max_lines: int | None
) -> None:
    lines = textmetrics.wrap(text, width, size, False, max_lines)
    for line in lines:
        single_cluster = len(shaping.cluster_starts(line.removesuffix(textmetrics.ELLIPSIS))) == 1
        assert textmetrics.text_width(line, size) <= width or single_cluster
        assert "\n" not in line and line == line.strip(" ")
    full = textmetrics.wrap(text, width, size)
    assert "".join("".join(full).split()) == "".join(text.split())
    if max_lines is not None and len(full) > max_lines:
        assert len(lines) == max_lines and lines[-1].endswith(textmetrics.ELLIPSIS)


def test_an_emoji_extracts_as_itself() -> None:
    journey = small_journey()
    card = msgspec.structs.replace(journey.cards[0], title="Happy 😀 customer")
    journey = msgspec.structs.replace(journey, cards=[card, *journey.cards[1:]])
    pdf = render_pdf(new_workspace("Emoji", journeys=[journey]))
    out = subprocess.run(["pdftotext", "-", "-"], input=pdf, capture_output=True, check=True)
    assert "Happy 😀 customer" in out.stdout.decode("utf-8")
