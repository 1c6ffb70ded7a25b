"""What a PDF says about itself: the Info dictionary and the same facts as XMP.

Print shops and archives read XMP (an XML packet in the catalog) rather than the older
Info dictionary, and PDF/A requires both to agree, so one `DocInfo` fills both.
reportlab writes the Info dictionary through public setters but has no XMP call: the
packet goes into the catalog's /Metadata entry, which reportlab's catalog object knows
(it lists the key) though no method sets it. That is the one place we reach into
reportlab's document object, and the dates are read from it so that XMP and Info name
the same moment (reportlab honours SOURCE_DATE_EPOCH there).

No Qt here; reportlab is imported only when a PDF is written.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any
from xml.sax.saxutils import escape

from journey_editor.i18n import translate, translate_in
from journey_editor.model.types import Journey, Workspace
from journey_editor.version import app_version


def _t(text: str) -> str:
    return translate("Export", text)


@dataclass(frozen=True)
class DocInfo:
    title: str
    subject: str
    author: str  # the name the user gave in Preferences; empty means no author at all
    creator: str
    keywords: tuple[str, ...]


def document_info(workspace: Workspace, journeys: Sequence[Journey], author: str) -> DocInfo:
    """Title: the journey's name (or the file's title for several); Creator: this app and
    its version. The author is never guessed (not the OS login): only what is given."""
    names = ", ".join(j.name for j in journeys)
    language = journeys[0].language if journeys else ""  # the map's words, not the app's
    title = journeys[0].name if len(journeys) == 1 else workspace.title or names
    return DocInfo(title=title,
                   subject=translate_in(language, "Export", "Customer journey map: {0}").format(
                       names),
                   author=author.strip(), creator=_t("Journey Editor {0}").format(app_version()),
                   keywords=(translate_in(language, "Export", "customer journey map"),
                             *(j.name for j in journeys)))


def write_info(canvas: Any, info: DocInfo) -> None:
    """The Info dictionary and the XMP packet of the PDF `canvas` is drawing."""
    import reportlab

    producer = f"ReportLab PDF Library {reportlab.Version}"
    canvas.setTitle(info.title)
    canvas.setAuthor(info.author)  # reportlab writes /Author always: empty, not "anonymous"
    canvas.setSubject(info.subject)
    canvas.setCreator(info.creator)
    canvas.setProducer(producer)
    canvas.setKeywords(list(info.keywords))
    _attach_xmp(canvas, xmp_packet(info, producer, canvas._doc._timeStamp.datetime))


def _attach_xmp(canvas: Any, packet: str) -> None:
    from reportlab.pdfbase.pdfdoc import PDFDictionary, PDFName, PDFStream

    # Uncompressed (no filters), as XMP readers that do not parse PDF expect.
    canvas._doc.Catalog.Metadata = PDFStream(
        PDFDictionary({"Type": PDFName("Metadata"), "Subtype": PDFName("XML")}),
        packet.encode("utf-8"), filters=[])


def _alt(text: str) -> str:
    return f'<rdf:Alt><rdf:li xml:lang="x-default">{escape(text)}</rdf:li></rdf:Alt>'


def xmp_packet(info: DocInfo, producer: str, moment: dt.datetime) -> str:
    """The XMP packet (Dublin Core, XMP basic and PDF schemas) for `info`."""
    when = moment.isoformat(timespec="seconds")
    creator = (f"<dc:creator><rdf:Seq><rdf:li>{escape(info.author)}</rdf:li></rdf:Seq>"
               "</dc:creator>" if info.author else "")
    keywords = "".join(f"<rdf:li>{escape(k)}</rdf:li>" for k in info.keywords)
    return (
        '<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>\n'
        '<x:xmpmeta xmlns:x="adobe:ns:meta/">\n'
        '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">\n'
        '<rdf:Description rdf:about=""'
        ' xmlns:dc="http://purl.org/dc/elements/1.1/"'
        ' xmlns:xmp="http://ns.adobe.com/xap/1.0/"'
        ' xmlns:pdf="http://ns.adobe.com/pdf/1.3/">\n'
        "<dc:format>application/pdf</dc:format>\n"
        f"<dc:title>{_alt(info.title)}</dc:title>\n"
        f"<dc:description>{_alt(info.subject)}</dc:description>\n"
        f"{creator}\n"
        f"<dc:subject><rdf:Bag>{keywords}</rdf:Bag></dc:subject>\n"
        f"<pdf:Keywords>{escape(', '.join(info.keywords))}</pdf:Keywords>\n"
        f"<pdf:Producer>{escape(producer)}</pdf:Producer>\n"
        f"<xmp:CreatorTool>{escape(info.creator)}</xmp:CreatorTool>\n"
        f"<xmp:CreateDate>{when}</xmp:CreateDate>\n"
        f"<xmp:ModifyDate>{when}</xmp:ModifyDate>\n"
        f"<xmp:MetadataDate>{when}</xmp:MetadataDate>\n"
        "</rdf:Description>\n</rdf:RDF>\n</x:xmpmeta>\n"
        # Room to edit the packet in place, as the XMP specification recommends.
        + (" " * 99 + "\n") * 20
        + '<?xpacket end="w"?>'
    )
