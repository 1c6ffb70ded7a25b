"""How readable one colour is on another: WCAG 2 relative luminance and contrast ratio.

Qt-free, so the palette check runs beside the layout and the high-contrast style can
lighten a user's colour until black text reads on it, on screen and on paper alike.
"""

from __future__ import annotations

from functools import cache

AA_TEXT = 4.5  # WCAG 2 level AA for normal-size text
AAA_TEXT = 7.0  # level AAA: what the high-contrast style asks of every fill


def _channel(value: int) -> float:
    """An sRGB channel (0-255) in linear light, as WCAG 2 defines it."""
    c = value / 255
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


def rgb(hex_code: str) -> tuple[int, int, int]:
    """'#rrggbb' (or 'rrggbb') as integers."""
    code = hex_code.lstrip("#")
    return int(code[0:2], 16), int(code[2:4], 16), int(code[4:6], 16)


def luminance(hex_code: str) -> float:
    """WCAG 2 relative luminance: 0 for black, 1 for white."""
    r, g, b = (_channel(c) for c in rgb(hex_code))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(ink: str, fill: str) -> float:
    """The contrast ratio of two colours, from 1 (the same) to 21 (black on white)."""
    a, b = sorted((luminance(ink), luminance(fill)), reverse=True)
    return (a + 0.05) / (b + 0.05)


def mix(colour: str, other: str, share: float) -> str:
    """`colour` moved `share` (0-1) of the way towards `other`, as '#rrggbb'."""
    return "#" + "".join(f"{round(a + (b - a) * share):02x}"
                         for a, b in zip(rgb(colour), rgb(other), strict=True))


@cache  # a map has a handful of fills and thousands of cards
def lighten_for(fill: str, ink: str, ratio: float) -> str:
    """`fill` itself when `ink` reads on it at `ratio`, else the least whitened tint of it
    that does (the hue stays, so a user's colour coding survives). Dark inks only: a
    fill never gets darker."""
    if ratio <= 1 or contrast(ink, fill) >= ratio:
        return fill
    low, high = 0.0, 1.0  # shares of white: `high` always passes (white is the limit)
    for _ in range(12):
        middle = (low + high) / 2
        if contrast(ink, mix(fill, "#ffffff", middle)) >= ratio:
            high = middle
        else:
            low = middle
    return mix(fill, "#ffffff", high)
