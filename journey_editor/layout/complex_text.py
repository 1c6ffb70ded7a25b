"""Measuring and breaking text that needs shaping (see simple_text.is_simple).

The same rules as simple_text.wrap (greedy; at spaces and after hyphens; '\\n' starts a
line; a word too wide is cut; max_lines ends with an ellipsis), with widths from
shaping.shape, and two more: Chinese and Japanese break between characters, as they are
written without spaces (except before closing punctuation and small kana, and after
opening punctuation), and a word is only ever cut between clusters, so a letter keeps
its marks and a conjunct stays whole. Korean breaks at spaces, as it is written.

Thai and Lao are written without spaces between words; without a dictionary they
break at spaces, and a phrase too wide is cut between clusters.

Every line kept is measured whole, as it will be drawn, so text_width(line) <= width
holds even where shaping across pieces differs from the sum of the pieces.
"""

from __future__ import annotations

import sys
import unicodedata

from journey_editor.layout import shaping, simple_text

ELLIPSIS = simple_text.ELLIPSIS
# Kinsoku (simplified): no line starts with these, and none ends with the openers.
_NO_BREAK_BEFORE = frozenset(
    "、。，．・：；？！ー）」』】〕〉》〗〙〛’”〟｝］｠ゝゞヽヾ々〻‐゠–〜～"
    "ぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶㇰㇱㇲㇳㇴㇵㇶㇷㇸㇹㇺㇻㇼㇽㇾㇿ"
    ")]}.,:;!?%")
_NO_BREAK_AFTER = frozenset("（「『【〔〈《〖〘〚‘“〝｛［｟([{")


def text_width(text: str, size: float, bold: bool = False) -> float:
    return shaping.shape(text, bold).width * size


def is_rtl(line: str, bold: bool = False) -> bool:
    return shaping.shape(line, bold).rtl


def _fits(text: str, width: float, size: float, bold: bool) -> bool:
    return shaping.shape(text, bold).width * size <= width


def wrap(text: str, width: float, size: float, bold: bool = False,
         max_lines: int | None = None) -> list[str]:
    """simple_text.wrap for text that needs shaping."""
    if size <= 0:
        raise ValueError(f"font size must be positive, not {size}")
    room = sys.maxsize if max_lines is None else max_lines + 1  # one line more tells "cut"
    lines: list[str] = []
    for paragraph in text.rstrip().splitlines():
        if simple_text.is_simple(paragraph, bold):
            lines += simple_text.wrap_paragraph(paragraph, width, size, bold, room - len(lines))
        else:
            lines += _wrap_paragraph(paragraph, width, size, bold, room - len(lines))
        if len(lines) >= room:
            break
    if max_lines is not None and len(lines) > max_lines:
        lines = lines[:max_lines]
        lines[-1] = with_ellipsis(lines[-1], width, size, bold)
    return lines


def elide(line: str, width: float, size: float, bold: bool = False) -> str:
    """simple_text.elide for a line (whitespace already collapsed) that needs shaping."""
    return line if _fits(line, width, size, bold) else with_ellipsis(line, width, size, bold)


def with_ellipsis(line: str, width: float, size: float, bold: bool) -> str:
    """The longest start of `line` that fits with '…' after it (cut between clusters),
    plus '…'."""
    starts = [*shaping.cluster_starts(line, bold), len(line)]
    low, high = 0, len(starts) - 1  # starts[low] always fits: it is 0 (the bare '…')
    while low < high:
        middle = (low + high + 1) // 2
        if _fits(line[:starts[middle]].rstrip(" ") + ELLIPSIS, width, size, bold):
            low = middle
        else:
            high = middle - 1
    return line[:starts[low]].rstrip(" ") + ELLIPSIS


def _wrap_paragraph(paragraph: str, width: float, size: float, bold: bool,
                    room: int) -> list[str]:
    """The greedy lines of one paragraph; stops early once it has `room` lines.

    Pieces are added while the sum of their widths fits (cheap: each piece's width is
    cached); the line is then shaped whole and gives back pieces until it fits."""
    lines: list[str] = []
    pieces: list[tuple[str, str]] = []  # (glue, piece) of the line being filled
    used = 0.0  # their width, as the sum of theirs
    for glue, piece in _pieces(paragraph):
        extra = _width(glue + piece, size, bold)
        if pieces and used + extra > width:
            pieces = _close_line(pieces, width, size, bold, lines)
            if len(lines) >= room:
                return lines
            used = _sum(pieces, size, bold) if pieces else 0.0
        used += extra if pieces else _width(piece, size, bold)
        pieces.append((glue, piece))
    while pieces and len(lines) < room:
        pieces = _close_line(pieces, width, size, bold, lines)
    if not lines:
        lines.append("")  # an empty paragraph gives an empty line
    return lines


def _sum(pieces: list[tuple[str, str]], size: float, bold: bool) -> float:
    """The width of a line of `pieces`, as the sum of theirs (see _wrap_paragraph)."""
    return _width(pieces[0][1], size, bold) + sum(
        _width(glue + piece, size, bold) for glue, piece in pieces[1:])


def _close_line(pieces: list[tuple[str, str]], width: float, size: float, bold: bool,
                lines: list[str]) -> list[tuple[str, str]]:
    """Appends the longest start of `pieces` that fits, whole, to `lines` (cutting a
    single piece too wide between clusters); returns the pieces left over."""
    for count in range(len(pieces), 0, -1):
        text = _join(pieces[:count])
        if _fits(text, width, size, bold):
            lines.append(text)
            return pieces[count:]
    chunks = _cut(pieces[0][1], width, size, bold)
    if len(chunks) == 1:  # one cluster wider than the line: it overflows, alone
        lines.append(chunks[0])
        return pieces[1:]
    lines += chunks[:-1]
    return [("", chunks[-1]), *pieces[1:]]  # the rest of the word starts the next line


def _join(pieces: list[tuple[str, str]]) -> str:
    return pieces[0][1] + "".join(glue + piece for glue, piece in pieces[1:])


def _width(text: str, size: float, bold: bool) -> float:
    return shaping.shape(text, bold).width * size


def _cut(word: str, width: float, size: float, bold: bool) -> list[str]:
    """`word` in chunks that fit, each as long as it can be, cut between clusters; a
    chunk holds at least one cluster, so a single cluster wider than `width` overflows."""
    chunks: list[str] = []
    while word:
        starts = shaping.cluster_starts(word, bold)[1:] + [len(word)]
        low, high = 0, len(starts) - 1
        while low < high:
            middle = (low + high + 1) // 2
            if _fits(word[:starts[middle]], width, size, bold):
                low = middle
            else:
                high = middle - 1
        chunks.append(word[:starts[low]])
        word = word[starts[low]:]
    return chunks


def _pieces(paragraph: str) -> list[tuple[str, str]]:
    """(glue, piece) where the paragraph may break: at spaces (glue ' '), after hyphens
    and between Chinese or Japanese characters (glue '')."""
    pieces: list[tuple[str, str]] = []
    for word in paragraph.replace("\t", " ").split(" "):
        if word:
            parts = [part for hyphenated in simple_text.split_after_hyphens(word)
                     for part in _cjk_parts(hyphenated)]
            pieces += [(" " if i == 0 else "", part) for i, part in enumerate(parts)]
    return pieces


def _is_cjk(char: str) -> bool:
    """Han, kana, CJK punctuation and full-width forms: text broken between characters."""
    code = ord(char)
    return (0x2E80 <= code <= 0x30FF or 0x3190 <= code <= 0x9FFF or 0xF900 <= code <= 0xFAFF
            or 0xFF00 <= code <= 0xFFEF or 0x20000 <= code <= 0x3FFFF)


def _cjk_parts(word: str) -> list[str]:
    parts: list[str] = []
    start = 0
    for i in range(1, len(word)):
        before, after = word[i - 1], word[i]
        if ((_is_cjk(before) or _is_cjk(after)) and after not in _NO_BREAK_BEFORE
                and before not in _NO_BREAK_AFTER
                and unicodedata.category(after)[0] != "M"):  # a mark stays on its letter
            parts.append(word[start:i])
            start = i
    parts.append(word[start:])
    return parts
