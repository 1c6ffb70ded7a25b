"""Card text is readable on every fill of the map's palettes: WCAG 2 AA (4.5:1), measured.

Each (style, fill, ink) pair is its own test case, so the run lists every fill and the
failure names the pair and its ratio.
"""

from __future__ import annotations

import colorsys

import pytest

from journey_editor.export.pdf_ops import darker
from journey_editor.layout.contrast import AA_TEXT, AAA_TEXT, contrast, lighten_for, luminance
from journey_editor.layout.style import (
    HIGH_CONTRAST_STYLE,
    PROJECTOR_STYLE,
    STAGE_SUBTITLE_INK,
    Style,
    emotion_ink,
)

STYLES = {"default": Style(), "projector": PROJECTOR_STYLE, "high contrast": HIGH_CONTRAST_STYLE}
EMOTION_LABEL_DARKER = 130  # the score beside a card's face is its emotion ink, 30 % darker


def card_fills(style: Style) -> dict[str, str]:
    """Every fill a card (or a lane header) of the style can get without a user's colour."""
    fills = {f"preset {name}": style.card_fill("text", name, None, None)
             for name in style.preset_fills}
    fills |= {f"lane kind {kind}": style.card_fill(kind, "", None, None)
              for kind in ("channel", "text", "emotion", "other")}
    return fills


def card_inks(style: Style) -> dict[str, str]:
    """The inks of text drawn on a card: title, status marks, the emotion score."""
    inks = {"title": style.text_color, "muted": style.muted_text}
    for value, word in ((2, "positive"), (0, "neutral"), (-2, "negative")):
        inks[f"emotion {word} score"] = darker(emotion_ink(value, style), EMOTION_LABEL_DARKER)
    return inks


CASES = [(style_name, fill_name, fill, ink_name, ink)
         for style_name, style in STYLES.items()
         for fill_name, fill in card_fills(style).items()
         for ink_name, ink in card_inks(style).items()]


@pytest.mark.parametrize(("style_name", "fill_name", "fill", "ink_name", "ink"), CASES,
                         ids=[f"{c[0]}-{c[1]}-{c[3]}" for c in CASES])
def test_card_text_reaches_wcag_aa(style_name: str, fill_name: str, fill: str,
                                   ink_name: str, ink: str) -> None:
    ratio = contrast(ink, fill)
    assert ratio >= AA_TEXT, (f"{style_name}: {ink_name} {ink} on {fill_name} {fill} is "
                              f"{ratio:.2f}:1, under {AA_TEXT}:1")


@pytest.mark.parametrize("style_name", list(STYLES))
def test_headers_and_lanes_read(style_name: str) -> None:
    style = STYLES[style_name]
    pairs = {"stage name": (style.header_text, style.header_fill),
             "stage subtitle": (STAGE_SUBTITLE_INK, style.header_fill)}
    pairs |= {f"text on {kind} lane": (style.text_color, style.lane_fill(kind))
              for kind in ("channel", "emotion", "text")}
    low = {what: round(contrast(*pair), 2) for what, pair in pairs.items()
           if contrast(*pair) < AA_TEXT}
    assert not low, f"{style_name}: under {AA_TEXT}:1: {low}"


def test_high_contrast_reaches_aaa_on_every_fill() -> None:
    style = HIGH_CONTRAST_STYLE
    ratios = {name: contrast(style.text_color, fill) for name, fill in card_fills(style).items()}
    assert min(ratios.values()) >= AAA_TEXT, ratios


def test_high_contrast_lightens_a_dark_user_colour_and_keeps_its_hue() -> None:
    navy = "#1b2a6b"  # black text on it: about 1.6:1
    assert contrast("#000000", navy) < 2
    fill = HIGH_CONTRAST_STYLE.card_fill("text", "", None, navy)
    assert contrast(HIGH_CONTRAST_STYLE.text_color, fill) >= AAA_TEXT
    # Lightened no more than it takes.
    assert contrast(HIGH_CONTRAST_STYLE.text_color, fill) < AAA_TEXT + 1

    def hue(code: str) -> float:
        return colorsys.rgb_to_hls(*(int(code[i:i + 2], 16) / 255 for i in (1, 3, 5)))[0]

    assert hue(fill) == pytest.approx(hue(navy), abs=0.02)
    # The default style shows the user's colour as chosen.
    assert Style().card_fill("text", "", None, navy) == navy


def test_contrast_matches_wcag_reference_values() -> None:
    assert contrast("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast("#ffffff", "#000000") == pytest.approx(21.0)  # order does not matter
    assert contrast("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)  # WebAIM's example
    assert luminance("#ff0000") == pytest.approx(0.2126)
    assert lighten_for("#ffffff", "#000000", AAA_TEXT) == "#ffffff"
