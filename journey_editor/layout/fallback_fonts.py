"""Which font draws a character: the bundled DejaVu Sans, else a system font for its script.

DejaVu Sans covers Latin, Greek and Cyrillic; Chinese, Japanese, Korean, Arabic, Hebrew,
Devanagari, Thai and the rest come from fonts found through fontconfig (`fc-list`,
`fc-match`): the Noto families first (Debian: fonts-noto-core, fonts-noto-cjk), then
whatever fontconfig offers for a character none of them covers. Both painters and the
layout ask here, so a character is measured and drawn with the same font file.

Nothing is looked up until a text needs a font other than DejaVu Sans (shaping.py asks):
start-up and Latin-only maps never run fontconfig.
"""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import dataclass
from functools import cache

from journey_editor.layout.simple_text import FONT_FAMILY, font_file

# Families tried in this order for a character DejaVu Sans should not draw. Which CJK
# face comes first depends on the text (see cjk_order): the same ideograph is drawn
# the Chinese, Japanese or Korean way.
SCRIPT_FAMILIES = (
    "Noto Sans Arabic", "Noto Sans Hebrew", "Noto Sans Devanagari", "Noto Sans Thai",
    "Noto Sans Bengali", "Noto Sans Tamil", "Noto Sans Lao", "Noto Sans Armenian",
    "Noto Sans Georgian", "Noto Sans Ethiopic", "Noto Sans Khmer", "Noto Sans Myanmar",
    "Noto Sans Sinhala", "Noto Sans Gujarati", "Noto Sans Gurmukhi", "Noto Sans Kannada",
    "Noto Sans Malayalam", "Noto Sans Telugu", "Noto Sans Symbols", "Noto Sans Symbols2",
    "Noto Sans Math",
)
CJK_FAMILIES = {"zh": "Noto Sans CJK SC", "ja": "Noto Sans CJK JP", "ko": "Noto Sans CJK KR"}
# The TrueType/OpenType extensions a font file may have; bitmap-only fonts (colour
# emoji) cannot be drawn as outlines on paper and are left out.
_OUTLINE_FORMATS = ("TrueType", "CFF")


@dataclass(frozen=True, slots=True)
class FontSource:
    """One face: its file and, in a collection (.ttc), its index."""

    path: str
    index: int = 0
    family: str = ""  # as fontconfig names it (Qt finds the face by it)
    bold: bool = False

    @property
    def bundled(self) -> bool:
        return self == bundled(self.bold)


@cache
def bundled(bold: bool) -> FontSource:
    return FontSource(str(font_file(bold)), 0, FONT_FAMILY, bold)


def cjk_order(text: str) -> tuple[str, ...]:
    """The CJK faces in the order to try for `text`: Japanese first when it has kana,
    Korean when it has Hangul, else Chinese (simplified)."""
    if any("\u3040" <= c <= "\u30ff" or "\u31f0" <= c <= "\u31ff" for c in text):
        first = "ja"
    elif any("\uac00" <= c <= "\ud7af" or "\u1100" <= c <= "\u11ff" or "\u3130" <= c <= "\u318f"
             for c in text):
        first = "ko"
    else:
        first = "zh"
    return (first, *(key for key in CJK_FAMILIES if key != first))


@cache
def _installed() -> dict[tuple[str, bool], FontSource]:
    """Outline fonts fontconfig knows, by (family, bold); empty without fontconfig."""
    fc_list = shutil.which("fc-list")
    if fc_list is None:
        return {}
    out = _run([fc_list, "--format", "%{family[0]}\t%{weight}\t%{slant}\t%{width}\t"
                "%{fontformat}\t%{file}\t%{index}\n"])
    fonts: dict[tuple[str, bool], FontSource] = {}
    for line in sorted(out.splitlines()):  # sorted: the same choice on every run
        family, weight, slant, width, fmt, path, index = (line.split("\t") + [""] * 7)[:7]
        # fontconfig: weight 80 regular, 200 bold (medium and semibold are neither);
        # slant 0 upright; width 100 normal (not condensed).
        if (fmt in _OUTLINE_FORMATS and weight in ("80", "200") and slant == "0"
                and width == "100" and index.isdigit()):
            bold = weight == "200"
            fonts.setdefault((family, bold), FontSource(path, int(index), family, bold))
    return fonts


def _run(command: list[str]) -> str:
    try:
        return subprocess.run(command, capture_output=True, text=True, timeout=10,
                              check=False).stdout
    except (OSError, subprocess.SubprocessError):
        return ""


def family_source(family: str, bold: bool) -> FontSource | None:
    """The installed face of `family`, bold or regular (the regular one when the family
    has no bold: HarfBuzz cannot embolden for paper)."""
    fonts = _installed()
    return fonts.get((family, bold)) or fonts.get((family, False))


@cache
def candidates(bold: bool, cjk: tuple[str, ...]) -> list[FontSource]:
    """The installed faces to try, in order, for a character DejaVu Sans should not draw
    (`cjk`: the CJK faces' order, see cjk_order); the bundled font last."""
    names = [*SCRIPT_FAMILIES[:4], *(CJK_FAMILIES[key] for key in cjk), *SCRIPT_FAMILIES[4:]]
    found = [family_source(name, bold) for name in names]
    return [source for source in found if source is not None] + [bundled(bold)]


@cache
def last_resort(char: str, bold: bool) -> list[FontSource]:
    """Faces fontconfig proposes for `char` when no preferred family covers it (the
    caller checks coverage: fontconfig always answers, covering or not)."""
    fc_match = shutil.which("fc-match")
    if fc_match is None:
        return []
    pattern = f"sans-serif:charset={ord(char):x}" + (":bold" if bold else "")
    out = _run([fc_match, "-s", "--format", "%{family[0]}\t%{fontformat}\t%{file}\t%{index}\n",
                pattern])
    sources = []
    for line in out.splitlines()[:8]:  # the best few: the list goes on with every font
        family, fmt, path, index = (line.split("\t") + [""] * 4)[:4]
        if fmt in _OUTLINE_FORMATS and index.isdigit():
            sources.append(FontSource(path, int(index), family, bold))
    return sources

