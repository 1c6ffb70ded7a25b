"""Text measurement and line breaking from the bundled font's width table (no Qt)."""

from __future__ import annotations

import importlib.util
import math
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from journey_editor.layout import simple_text
from journey_editor.layout import textmetrics as tm
from journey_editor.layout.textmetrics import ELLIPSIS, elide, text_width, wrap

SIZE = 10.0
REPO = Path(__file__).resolve().parents[2]


def fits(line: str, width: float, bold: bool = False) -> bool:
    return text_width(line, SIZE, bold) <= width


# --------------------------------------------------------------------------- the table


def test_font_files_are_bundled_truetype_fonts() -> None:
    for bold in (False, True):
        path = tm.font_file(bold)
        assert path.parent.name == "fonts"
        assert path.read_bytes()[:4] == b"\x00\x01\x00\x00"  # TrueType outlines
    assert tm.font_file(False) != tm.font_file(True)
    assert (tm.font_file().parent / "LICENSE-DejaVu.txt").is_file()


def test_widths_come_from_the_font_in_font_units() -> None:
    # DejaVu Sans: 2048 units per em; 'H' advances 1540 units, bold 'H' 1714.
    assert text_width("H", 2048) == 1540
    assert text_width("H", 2048, bold=True) == 1714
    assert text_width("", SIZE) == 0
    assert text_width("HH", 5) == pytest.approx(2 * text_width("H", 5))


def test_characters_the_bundled_font_lacks_are_measured_in_the_font_that_draws_them() -> None:
    # DejaVu Sans has no CJK: a Noto Sans CJK ideograph is 1 em wide, not a box's width.
    assert text_width("中", SIZE) == pytest.approx(SIZE)
    assert text_width("a中b", SIZE) == pytest.approx(text_width("ab", SIZE) + SIZE)


def test_line_height_and_ascent_are_the_fonts_natural_spacing() -> None:
    assert tm.line_height(10) == pytest.approx(10 * (1901 + 483) / 2048)
    assert tm.ascent(10) == pytest.approx(10 * 1901 / 2048)
    assert tm.line_height(20) == pytest.approx(2 * tm.line_height(10))


def test_table_matches_the_bundled_fonts() -> None:
    # Rebuilding from the TTFs gives the committed file: it was not edited by hand
    # and no font changed without a rebuild.
    script = REPO / "packaging" / "build_font_metrics.py"
    spec = importlib.util.spec_from_file_location("build_font_metrics", script)
    assert spec is not None and spec.loader is not None
    builder = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(builder)
    committed = (tm.font_file().parent / tm.METRICS_FILE).read_bytes()
    assert builder.build_metrics() == committed


def test_importing_textmetrics_loads_neither_qt_nor_reportlab() -> None:
    code = (
        "import sys, journey_editor.layout.textmetrics as tm; tm.wrap('a b', 5, 10);"
        "print(sorted({m.split('.')[0] for m in sys.modules}"
        " & {'PySide6', 'shiboken6', 'reportlab'}))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=REPO
    )
    assert result.stdout.strip() == "[]"


# --------------------------------------------------------------------------- wrap


def test_empty_or_blank_text_gives_no_lines() -> None:
    assert wrap("", 100, SIZE) == []
    assert wrap("  \n \t\n", 100, SIZE) == []


def test_text_that_fits_stays_one_line() -> None:
    assert wrap("Social media", 1000, SIZE) == ["Social media"]


def test_greedy_breaking_at_spaces_with_width_exactly_reached() -> None:
    text = "The quick brown fox jumps"
    width = text_width("The quick brown", SIZE)
    assert wrap(text, width, SIZE) == ["The quick brown", "fox jumps"]
    assert wrap(text, width - 0.01, SIZE) == ["The quick", "brown fox", "jumps"]


def test_newlines_start_new_lines_and_blank_lines_are_kept() -> None:
    assert wrap("a\nb", 1000, SIZE) == ["a", "b"]
    assert wrap("a\r\n\r\nb\n", 1000, SIZE) == ["a", "", "b"]
    assert wrap("\nb", 1000, SIZE) == ["", "b"]


def test_spaces_collapse_and_no_line_starts_or_ends_with_one() -> None:
    assert wrap("  Word  of \t mouth  ", 1000, SIZE) == ["Word of mouth"]
    lines = wrap("  Word  of \t mouth  ", text_width("Word of", SIZE), SIZE)
    assert lines == ["Word of", "mouth"]


def test_non_breaking_space_does_not_break() -> None:
    text = "10\u00a0km"
    assert wrap(f"run {text}", text_width("run 10", SIZE), SIZE) == ["run", text]


def test_breaks_after_a_hyphen_inside_a_word() -> None:
    # Room for "follow-u": breaking by characters would give "follow-u" / "p".
    assert wrap("follow-up", text_width("follow-u", SIZE), SIZE) == ["follow-", "up"]
    assert wrap("a follow-up", text_width("a follow-u", SIZE), SIZE) == ["a follow-", "up"]


def test_no_break_after_a_leading_or_doubled_hyphen() -> None:
    # A break after the minus would give "x -" / "1".
    assert wrap("x -1", text_width("x -", SIZE), SIZE) == ["x", "-1"]
    # No break point in "well--known": it is broken by characters.
    assert wrap("well--known", text_width("well--kn", SIZE), SIZE) == ["well--kn", "own"]


def test_long_word_is_broken_greedily_by_characters() -> None:
    word = "Kundenzufriedenheitsbefragung"
    width = text_width("Kundenzu", SIZE)
    lines = wrap(word, width, SIZE)
    assert "".join(lines) == word
    assert lines[0] == "Kundenzu"
    assert all(fits(line, width) for line in lines)
    assert all(not fits(line + nxt[0], width) for line, nxt in zip(lines, lines[1:], strict=False))


def test_long_word_starts_on_its_own_line() -> None:
    assert wrap("ab Kundenzufriedenheit", text_width("Kunden", SIZE), SIZE)[0] == "ab"


def test_character_wider_than_the_width_is_kept_alone() -> None:
    assert wrap("WW", 1, SIZE) == ["W", "W"]


def test_combining_accent_stays_on_its_letter() -> None:
    word = "e\u0301" * 6  # 'é' written as e + combining acute
    lines = wrap(word, text_width("ee", SIZE), SIZE)
    assert lines == ["e\u0301e\u0301"] * 3
    assert wrap("e\u0301", 0.1, SIZE) == ["e\u0301"]


def test_bold_text_wraps_earlier() -> None:
    text = "Ratings and reviews"
    width = text_width(text, SIZE)
    assert wrap(text, width, SIZE) == [text]
    assert len(wrap(text, width, SIZE, bold=True)) == 2


def test_max_lines_cuts_with_an_ellipsis_that_fits() -> None:
    text = "The quick brown fox jumps over the lazy dog"
    width = text_width("The quick brown", SIZE)
    lines = wrap(text, width, SIZE, max_lines=2)
    assert len(lines) == 2
    assert lines[0] == "The quick brown"
    assert lines[1].endswith(ELLIPSIS) and lines[1].startswith("fox jumps")
    assert all(fits(line, width) for line in lines)


def test_max_lines_without_a_cut_adds_no_ellipsis() -> None:
    width = text_width("The quick brown", SIZE)
    assert wrap("The quick brown fox", width, SIZE, max_lines=2) == ["The quick brown", "fox"]
    assert wrap("a\n\n\n", 100, SIZE, max_lines=1) == ["a"]


def test_max_lines_counts_a_cut_paragraph() -> None:
    assert wrap("a\n\nb", 100, SIZE, max_lines=2) == ["a", ELLIPSIS]
    assert wrap("one\ntwo", 100, SIZE, max_lines=1) == [f"one{ELLIPSIS}"]


def test_ellipsis_does_not_follow_a_space() -> None:
    # The line "ab cd" is cut where only "ab " fits before '…': the space is dropped.
    assert text_width("ab c" + ELLIPSIS, SIZE) > text_width("ab cd", SIZE)
    assert wrap("ab cd ef", text_width("ab cd", SIZE), SIZE, max_lines=1) == [f"ab{ELLIPSIS}"]


def test_max_lines_below_one_gives_nothing_and_narrow_width_gives_bare_ellipsis() -> None:
    assert wrap("text", 100, SIZE, max_lines=0) == []
    assert wrap("ab cd", 0.5, SIZE, max_lines=1) == [ELLIPSIS]


def test_wrapping_stops_once_max_lines_are_filled(monkeypatch: pytest.MonkeyPatch) -> None:
    # A long description cut to a few lines is not wrapped in full: the very long word
    # after the cut is never broken into characters.
    broken: list[str] = []
    original = simple_text._break_word

    def recording(word: str, face: object, limit: int) -> list[str]:
        broken.append(word)
        return original(word, face, limit)  # type: ignore[arg-type]

    monkeypatch.setattr(simple_text, "_break_word", recording)
    lines = wrap("a b c d e f g h " + "x" * 100_000, text_width("a b", SIZE), SIZE, max_lines=2)
    assert lines == ["a b", f"c{ELLIPSIS}"]
    assert broken == []


def test_invalid_size_is_refused() -> None:
    with pytest.raises(ValueError):
        wrap("a", 100, 0)


def test_infinite_width_breaks_only_at_newlines() -> None:
    assert wrap("a b c\nd", float("inf"), SIZE) == ["a b c", "d"]


# --------------------------------------------------------------------------- elide


def test_elide_keeps_text_that_fits() -> None:
    assert elide("Point of sale", 1000, SIZE) == "Point of sale"


def test_elide_cuts_with_an_ellipsis_that_fits() -> None:
    width = text_width("Point of", SIZE)
    result = elide("Point of sale", width, SIZE)
    assert result.endswith(ELLIPSIS) and "Point of sale".startswith(result[:-1])
    assert fits(result, width)
    # '…' is wider than "of", and "Point " + '…' does not fit: the space goes too.
    assert result == f"Point{ELLIPSIS}"
    assert not fits("Point " + ELLIPSIS, width)


def test_elide_joins_lines() -> None:
    assert elide("Before\npurchase", 1000, SIZE) == "Before purchase"
    assert elide("", 10, SIZE) == ""


# --------------------------------------------------------------------------- properties

# Letters of the supported scripts, a character the font lacks (中), a combining accent,
# a no-break space, and every separator wrap handles.
_TEXT = st.text(alphabet=st.sampled_from(list("aeiWmlj æøåäöĳłΩж中\u0301\u00a0-\n\t")),
                max_size=120)


@settings(max_examples=300, deadline=None)
@given(text=_TEXT, width=st.floats(1, 300), size=st.floats(4, 40), bold=st.booleans())
def test_every_line_fits_and_no_character_is_lost(
    text: str, width: float, size: float, bold: bool
) -> None:
    lines = wrap(text, width, size, bold)
    for line in lines:
        assert text_width(line, size, bold) <= width or len(line.rstrip("\u0301")) == 1
        assert line == line.strip(" ") and "\n" not in line and "\t" not in line
    assert "".join("".join(lines).split()) == "".join(text.split())


@settings(max_examples=300, deadline=None)
@given(
    word=st.text(alphabet=st.sampled_from(list("aeiWmlj,.æøĳłΩж")), min_size=2, max_size=30),
    size=st.floats(1, 100),
    bold=st.booleans(),
)
def test_the_width_limit_is_exact(word: str, size: float, bold: bool) -> None:
    # A word exactly as wide as the width fits; the next float below, it does not.
    width = text_width(word, size, bold)
    assert wrap(word, width, size, bold) == [word]
    assert len(wrap(word, math.nextafter(width, 0), size, bold)) == 2
    assert elide(word, math.nextafter(width, 0), size, bold).endswith(ELLIPSIS)


@settings(max_examples=300, deadline=None)
@given(text=_TEXT, width=st.floats(1, 300), size=st.floats(4, 40), max_lines=st.integers(1, 4))
def test_cut_text_fits_in_max_lines(text: str, width: float, size: float, max_lines: int) -> None:
    full = wrap(text, width, size)
    lines = wrap(text, width, size, max_lines=max_lines)
    if len(full) <= max_lines:
        assert lines == full
    else:
        assert len(lines) == max_lines and lines[:-1] == full[: max_lines - 1]
        assert lines[-1].endswith(ELLIPSIS)
        assert text_width(lines[-1], size) <= width or lines[-1] == ELLIPSIS
