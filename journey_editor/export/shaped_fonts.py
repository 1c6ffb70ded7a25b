"""Shaped text in the PDF: glyphs by id in composite (Type0) fonts, subset and embedded.

reportlab's TrueType fonts map characters to glyphs through the font's cmap, which
cannot show what shaping makes (Arabic joining forms, Devanagari conjuncts) and cannot
read PostScript-flavoured OpenType (Noto Sans CJK). Text that needs shaping (see
layout/shaping.py) is written here instead: each font file in use becomes one Type0
font whose codes are given out in order of first use (two bytes each), mapped to the
glyphs of a subset made with HarfBuzz when the file is written (reportlab calls
addObjects then, as for its own fonts), with a ToUnicode map. Each line is also
wrapped in an ActualText span holding its characters in logical order, so text
extraction, search and copy give what was typed, whatever the visual order.
"""

from __future__ import annotations

import hashlib
import struct
from collections.abc import Callable
from typing import Any

from journey_editor.layout.fallback_fonts import FontSource
from journey_editor.layout.shaping import ShapedLine, font

_CMAP_CHUNK = 100  # entries per begincidchar / beginbfchar block, the PostScript limit


def actual_text(text: str) -> str:
    """The opening of a marked-content span whose text is `text` (close with EMC)."""
    return f"/Span <</ActualText <FEFF{text.encode('utf-16-be').hex().upper()}>>> BDC"


class _CidFont:
    """One font file's glyphs in one document: codes, widths and the text they show."""

    def __init__(self, source: FontSource, name: str) -> None:
        self.source = source
        self.name = name  # resource name, as in "/JE1 10 Tf"
        self.codes: dict[int, str] = {}  # glyph id -> code, 4 hex digits
        self.glyphs: list[int] = []  # glyph id by code - 1
        self.widths: dict[int, float] = {}  # glyph id -> advance in 1/1000 em, as in /W
        self.unicode: dict[int, str] = {}  # glyph id -> the characters it shows

    def code(self, glyph: int, text: str) -> str:
        code = self.codes.get(glyph)
        if code is None:
            self.glyphs.append(glyph)
            code = self.codes[glyph] = f"{len(self.glyphs):04X}"
            shaper = font(self.source)
            self.widths[glyph] = round(shaper.hb.get_glyph_h_advance(glyph) * 1000 / shaper.upem, 3)
        if text and glyph not in self.unicode:
            self.unicode[glyph] = text
        return code


class ShapedFonts:
    """The Type0 fonts of one document; writes the operators showing a shaped line."""

    def __init__(self, doc: Any) -> None:
        self.doc = doc
        self._fonts: dict[FontSource, _CidFont] = {}
        doc.delayedFonts.append(self)  # reportlab calls addObjects() when it writes the file

    def font(self, source: FontSource) -> _CidFont:
        found = self._fonts.get(source)
        if found is None:
            found = self._fonts[source] = _CidFont(source, f"JES{len(self._fonts) + 1}")
        return found

    def show(self, text: str, line: ShapedLine, size: float,
             select: Callable[[str, float], str]) -> list[str]:
        """Operators drawing `line` (the shaping of `text`) from the current line start,
        inside a text object; `select(name, size)` gives the Tf operator, or '' when
        that font and size are current."""
        # Extractors (poppler, pdf.js) read right-to-left text from glyphs drawn in
        # visual order and turn it around, which an ActualText span would defeat; so
        # the span (exact logical text, Indic reordering included) only wraps lines
        # without right-to-left runs.
        marked = not any(run.rtl for run in line.runs)
        parts = [actual_text(text) if marked else ""]
        starts = sorted({c for run in line.runs for c in run.clusters}) + [len(text)]
        cluster_end = dict(zip(starts, starts[1:], strict=False))
        pen = rise = 0.0  # where the PDF's pen is (1/1000 em from the line's start), rise
        for run in line.runs:
            cid = self.font(run.source)
            parts.append(select(f"/{cid.name}", size))
            items: list[str] = []
            previous = -1
            for glyph, x, y, cluster in zip(run.glyphs, run.x, run.y, run.clusters, strict=True):
                if y != rise:  # a mark above or below its letter: the text rise moves it
                    parts.append(f"[{' '.join(items)}] TJ" if items else "")
                    parts.append(f"{y * size:.2f} Ts")
                    items, rise = [], y
                shift = pen - x * 1000
                if abs(shift) >= 0.05:  # a TJ number moves the pen back by n/1000 em
                    items.append(f"{shift:.1f}")
                # The first glyph of a cluster stands for its characters (ToUnicode),
                # backwards in a right-to-left run as extractors turn them around
                # (lam-alef: one glyph, two letters).
                chars = text[cluster:cluster_end[cluster]] if cluster != previous else ""
                chars = chars[::-1] if run.rtl else chars
                items.append(f"<{cid.code(glyph, chars)}>")
                previous = cluster
                pen = x * 1000 + cid.widths[glyph]
            parts.append(f"[{' '.join(items)}] TJ" if items else "")
        if rise:
            parts.append("0 Ts")
        parts.append("EMC" if marked else "")
        return [part for part in parts if part]

    def addObjects(self, doc: Any) -> None:  # noqa: N802 (reportlab's name)
        """Adds each font's objects to the document and its name to the fonts every
        page and form lists (reportlab's 'BasicFonts')."""
        fonts = doc.idToObject["BasicFonts"].dict
        for cid in self._fonts.values():
            if cid.glyphs:
                fonts[cid.name] = doc.Reference(_type0(doc, cid), f"shapedFont:{cid.name}")


def _type0(doc: Any, cid: _CidFont) -> Any:
    from reportlab.pdfbase.pdfdoc import PDFArray, PDFDictionary, PDFName

    subset, old_to_new = _subset(cid)
    shaper = font(cid.source)
    ps_name = _postscript_name(shaper) or "Font"
    base = f"{_tag(ps_name, cid.glyphs)}+{ps_name}"
    is_cff = "CFF " in subset.table_tags
    descriptor = PDFDictionary({
        "Type": "/FontDescriptor", "FontName": PDFName(base), "Flags": 4,
        "FontBBox": PDFArray(_bbox(shaper)), "ItalicAngle": 0, "StemV": 80,
        "Ascent": _extent(shaper, "ascender"), "Descent": _extent(shaper, "descender"),
        "CapHeight": _extent(shaper, "ascender"),
        ("FontFile3" if is_cff else "FontFile2"): _font_file(doc, subset, is_cff),
    })
    cids = [old_to_new[glyph] for glyph in cid.glyphs]
    widths: list[Any] = []
    for glyph, new in zip(cid.glyphs, cids, strict=True):
        widths += [new, PDFArray([cid.widths[glyph]])]
    descendant = PDFDictionary({
        "Type": "/Font", "Subtype": "/CIDFontType0" if is_cff else "/CIDFontType2",
        "BaseFont": PDFName(base), "FontDescriptor": doc.Reference(descriptor),
        "CIDSystemInfo": PDFDictionary({"Registry": "(Adobe)", "Ordering": "(Identity)",
                                        "Supplement": 0}),
        "DW": 0, "W": PDFArray(widths),
    })
    if not is_cff:
        descendant["CIDToGIDMap"] = "/Identity"
    return PDFDictionary({
        "Type": "/Font", "Subtype": "/Type0", "BaseFont": PDFName(base),
        "Encoding": _stream(doc, _encoding_cmap(cid.name, cids), {
            "Type": "/CMap", "CMapName": PDFName(f"JE-{cid.name}"),
            "CIDSystemInfo": PDFDictionary({"Registry": "(Adobe)", "Ordering": "(Identity)",
                                            "Supplement": 0})}),
        "DescendantFonts": PDFArray([doc.Reference(descendant)]),
        "ToUnicode": _stream(doc, _to_unicode(cid), {}),
    })


def _subset(cid: _CidFont) -> tuple[Any, dict[int, int]]:
    """The font cut down to the glyphs used (and their components), without hinting
    or layout tables; and each glyph's id in it (its CID: the subset's CFF, if any,
    numbers glyphs by id)."""
    import uharfbuzz as hb

    face = font(cid.source).hb.face
    plan_input = hb.SubsetInput()
    for glyph in [0, *cid.glyphs]:
        plan_input.glyph_set.add(glyph)
    plan_input.flags = (hb.SubsetFlags.NO_HINTING | hb.SubsetFlags.NO_LAYOUT_CLOSURE
                        | hb.SubsetFlags.CFF_IDENTITY_CHARSET | hb.SubsetFlags.DESUBROUTINIZE)
    for tag in ("GSUB", "GPOS", "GDEF", "BASE", "JSTF", "MATH", "vhea", "vmtx", "VORG", "DSIG"):
        plan_input.drop_table_tag_set.add(_tag_int(tag))
    plan = hb.SubsetPlan(face, plan_input)
    mapping = plan.old_to_new_glyph_mapping
    old_to_new = {glyph: mapping[glyph] for glyph in cid.glyphs}
    return plan.execute(), old_to_new


def _tag_int(tag: str) -> int:
    return int.from_bytes(tag.encode("ascii"), "big")


def _font_file(doc: Any, subset: Any, is_cff: bool) -> Any:
    """The font program: a TrueType file; a CID-keyed CFF (CJK) as its bare CFF table,
    as PDF 1.3 has it; another CFF font as an OpenType file (PDF 1.6)."""
    if not is_cff:
        data = subset.blob.data
        return _stream(doc, data, {"Length1": len(data)})
    cff = subset.reference_table("CFF ").data
    if _cid_keyed(cff):
        return _stream(doc, cff, {"Subtype": "/CIDFontType0C"})
    return _stream(doc, subset.blob.data, {"Subtype": "/OpenType"})


def _cid_keyed(cff: bytes) -> bool:
    """Whether a CFF font is CID-keyed: its Top DICT opens with the ROS operator (12 30)."""
    def index_end(start: int) -> int:  # past a CFF INDEX starting at `start`
        count = struct.unpack(">H", cff[start:start + 2])[0]
        if count == 0:
            return start + 2
        size = cff[start + 2]
        last = int.from_bytes(cff[start + 3 + count * size:start + 3 + (count + 1) * size], "big")
        return start + 2 + 1 + (count + 1) * size + last - 1

    top_index = index_end(cff[2])  # header, then the Name INDEX, then the Top DICT INDEX
    size = cff[top_index + 2]
    data = top_index + 3 + 2 * size  # one Top DICT: two offsets
    i = data
    while i < len(cff):  # skip the operands of the first operator
        byte = cff[i]
        if byte <= 21:
            return byte == 12 and cff[i + 1] == 30
        if byte == 28:
            i += 3
        elif byte == 29:
            i += 5
        elif byte == 30:  # a real: nibbles up to 0xf
            i += 1
            while cff[i] & 0x0F != 0x0F and cff[i] >> 4 != 0x0F:
                i += 1
            i += 1
        elif byte >= 247:
            i += 2
        else:
            i += 1
    return False


def _stream(doc: Any, content: bytes | str, entries: dict[str, Any]) -> Any:
    from reportlab.pdfbase.pdfdoc import PDFDictionary, PDFStream, PDFZCompress

    stream = PDFStream(PDFDictionary(dict(entries)), content, [PDFZCompress])
    return doc.Reference(stream)


def _encoding_cmap(name: str, cids: list[int]) -> str:
    """A CMap from our codes (1, 2, ... in order of first use) to the subset's CIDs."""
    entries = [f"<{code:04X}> {cid}" for code, cid in enumerate(cids, start=1)]
    blocks = "\n".join(
        f"{len(chunk)} begincidchar\n" + "\n".join(chunk) + "\nendcidchar"
        for chunk in (entries[i:i + _CMAP_CHUNK] for i in range(0, len(entries), _CMAP_CHUNK)))
    return _cmap(f"JE-{name}", blocks, "/CMapType 1 def")


def _to_unicode(cid: _CidFont) -> str:
    entries = [f"<{cid.codes[glyph]}> <{text.encode('utf-16-be').hex().upper()}>"
               for glyph, text in cid.unicode.items()]
    blocks = "\n".join(
        f"{len(chunk)} beginbfchar\n" + "\n".join(chunk) + "\nendbfchar"
        for chunk in (entries[i:i + _CMAP_CHUNK] for i in range(0, len(entries), _CMAP_CHUNK)))
    return _cmap(f"JE-{cid.name}-UCS", blocks, "/CMapType 2 def")


def _cmap(name: str, blocks: str, kind: str) -> str:
    return (
        "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
        "/CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> def\n"
        f"/CMapName /{name} def\n{kind}\n"
        "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n"
        f"{blocks}\nendcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n")


def _postscript_name(shaper: Any) -> str:
    name = shaper.hb.face.get_name(6) or ""
    return "".join(c for c in name if c.isascii() and c.isalnum() or c in "-_")


def _tag(name: str, glyphs: list[int]) -> str:
    """A subset tag: six capital letters (PDF's convention for subset fonts), the same
    for the same glyphs, so the same map gives the same file."""
    digest = hashlib.sha256(f"{name}:{glyphs}".encode()).digest()
    return "".join(chr(65 + b % 26) for b in digest[:6])


def _bbox(shaper: Any) -> list[int]:
    head = shaper.hb.face.reference_table("head").data
    x0, y0, x1, y1 = struct.unpack(">hhhh", head[36:44])
    return [round(v * 1000 / shaper.upem) for v in (x0, y0, x1, y1)]


def _extent(shaper: Any, which: str) -> int:
    extents = shaper.hb.get_font_extents("ltr")
    return round(getattr(extents, which) * 1000 / shaper.upem)
