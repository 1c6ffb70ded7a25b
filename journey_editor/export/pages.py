"""Paper: named page sizes, custom sizes and lengths in mm/cm/in/pt, orientation, scale.

Pure arithmetic in PDF points (1/72 inch), no reportlab: the command line checks its
arguments with these before anything heavy is imported.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from typing import Literal

from journey_editor.export import ExportError
from journey_editor.i18n import translate

MM = 72 / 25.4
INCH = 72.0
Size = tuple[float, float]
Orientation = Literal["portrait", "landscape", "auto"]
ORIENTATIONS: tuple[Orientation, ...] = ("portrait", "landscape", "auto")

_UNITS = {"mm": MM, "cm": 10 * MM, "in": INCH, "inch": INCH, '"': INCH, "pt": 1.0}


def _mm(w: float, h: float) -> Size:
    return w * MM, h * MM


def _inch(w: float, h: float) -> Size:
    return w * INCH, h * INCH


# Portrait sizes. ISO A, the US ANSI series and the architectural series: the sizes
# print shops and plotters take. Names are matched ignoring case, spaces, - and _.
PAGE_SIZES: dict[str, Size] = {
    "A0": _mm(841, 1189), "A1": _mm(594, 841), "A2": _mm(420, 594),
    "A3": _mm(297, 420), "A4": _mm(210, 297), "A5": _mm(148, 210),
    "Letter": _inch(8.5, 11), "Legal": _inch(8.5, 14), "Tabloid": _inch(11, 17),
    "ANSI A": _inch(8.5, 11), "ANSI B": _inch(11, 17), "ANSI C": _inch(17, 22),
    "ANSI D": _inch(22, 34), "ANSI E": _inch(34, 44),
    "Arch A": _inch(9, 12), "Arch B": _inch(12, 18), "Arch C": _inch(18, 24),
    "Arch D": _inch(24, 36), "Arch E": _inch(36, 48),
}
_ALIASES = {"ledger": "Tabloid"}
_BY_KEY = {re.sub(r"[\s_-]", "", name).lower(): name for name in PAGE_SIZES}
_NUMBER = r"(\d+(?:[.,]\d+)?)"
_CUSTOM = re.compile(rf"^{_NUMBER}\s*[x×*]\s*{_NUMBER}\s*(mm|cm|in|inch|pt|\")?$", re.IGNORECASE)
_LENGTH = re.compile(rf"^{_NUMBER}\s*(mm|cm|in|inch|pt|\")?$", re.IGNORECASE)
# Smallest and largest paper we accept: a business card to a 5 m banner. Outside that
# a typo is likelier than a wish ("4200x2970mm").
MIN_SIDE = 50.0
MAX_SIDE = 5000 * MM  # also under the 14,400 pt limit of PDF viewers (Acrobat)


def _t(text: str) -> str:
    return translate("Export", text)


def _number(text: str) -> float:
    return float(text.replace(",", "."))


def parse_length(text: str, default_unit: str = "mm") -> float:
    """'10mm', '1 cm', '0.5in', '12pt' or a bare number in `default_unit`, in points."""
    match = _LENGTH.match(text.strip())
    if not match:
        raise ExportError(_t("'{0}' is not a length (examples: 10mm, 0.5in, 12pt)").format(text))
    return _number(match.group(1)) * _UNITS[(match.group(2) or default_unit).lower()]


def page_size_names() -> list[str]:
    return list(PAGE_SIZES)


def parse_page_size(text: str) -> Size:
    """A named size ('A1', 'letter', 'ANSI D', 'arch-e') or a custom one ('420x297mm',
    '11x17in'; millimetres without a unit), as (width, height) in points, as written."""
    key = re.sub(r"[\s_-]", "", text).lower()
    name = _ALIASES.get(key) or _BY_KEY.get(key)
    if name is not None:
        return PAGE_SIZES[name]
    match = _CUSTOM.match(text.strip())
    if not match:
        raise ExportError(_t("unknown page size '{0}' (use A0-A5, Letter, Legal, Tabloid, "
                             "ANSI C/D/E, Arch C/D/E, or a size like 420x297mm or 11x17in)"
                             ).format(text))
    unit = _UNITS[(match.group(3) or "mm").lower()]
    size = _number(match.group(1)) * unit, _number(match.group(2)) * unit
    if not all(MIN_SIDE <= side <= MAX_SIDE for side in size):
        raise ExportError(_t("page size '{0}' is out of range: each side must be between "
                             "18 mm and 5 m").format(text))
    return size


def oriented(size: Size, orientation: Orientation) -> Size:
    """`size` turned to portrait or landscape; 'auto' leaves it as it is."""
    short, long = sorted(size)
    if orientation == "portrait":
        return short, long
    if orientation == "landscape":
        return long, short
    return size


def orientations(size: Size, orientation: Orientation) -> list[Size]:
    """The page shapes to try: one when the orientation is given, both for 'auto'
    (portrait first: it wins ties)."""
    if orientation == "auto":
        portrait = oriented(size, "portrait")
        landscape = oriented(size, "landscape")
        return [portrait] if portrait == landscape else [portrait, landscape]
    return [oriented(size, orientation)]


def fit_scale(content: Size, box: Size) -> float:
    """The largest scale at which `content` fits in `box` (0 when either is empty)."""
    if min(content) <= 0 or min(box) <= 0:
        return 0.0
    return min(box[0] / content[0], box[1] / content[1])


def fits(content: Size, box: Size, scale: float) -> bool:
    # A hair of tolerance: a map made exactly for the page must not be refused by rounding.
    return content[0] * scale <= box[0] + 0.01 and content[1] * scale <= box[1] + 0.01


def describe_size(size: Size) -> str:
    """'594 × 841 mm': for messages."""
    return f"{size[0] / MM:.0f} × {size[1] / MM:.0f} mm"


@dataclass(frozen=True)
class PageSetup:
    """How a poster goes on paper.

    page_size None: A1 when fitting, else a page made to measure for the map at `scale`.
    scale None: fit the map to the page (enlarging a small one); 1.0 = 100 %.
    """

    page_size: Size | None = None
    orientation: Orientation = "auto"
    scale: float | None = None
    margin: float = 10 * MM
    max_fit_scale: float = 4.0  # an almost empty journey stays readable, not a billboard

    def __post_init__(self) -> None:
        if self.orientation not in ORIENTATIONS:
            raise ExportError(_t("unknown orientation '{0}' (use portrait, landscape or auto)"
                                 ).format(self.orientation))
        if self.scale is not None and not 0.01 <= self.scale <= 10:
            raise ExportError(_t("the scale must be between 1 % and 1000 %"))
        if self.margin < 0 or not math.isfinite(self.margin):
            raise ExportError(_t("the margin cannot be negative"))
        if self.page_size is not None and min(self.page_size) <= 2 * self.margin:
            raise ExportError(_t("the margins leave no room on the page"))


DEFAULT_PAGE = PAGE_SIZES["A1"]


def parse_scale(text: str) -> float:
    """'100', '100%' or '75 %' -> 1.0, 0.75."""
    try:
        value = float(text.strip().rstrip("%").strip().replace(",", "."))
    except ValueError:
        raise ExportError(_t("'{0}' is not a scale in percent (example: 100)").format(
            text)) from None
    if not 1 <= value <= 1000:
        raise ExportError(_t("the scale must be between 1 % and 1000 %"))
    return value / 100
