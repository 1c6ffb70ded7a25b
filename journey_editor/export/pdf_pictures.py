"""Card pictures on the PDF poster: the picture fitted into its card's band, as the canvas
draws it (`render.pictures`). A JPEG goes into the PDF as it is stored (no re-encoding);
the same picture on many cards, or on many tiled sheets, is one image in the file."""

from __future__ import annotations

import io
from functools import lru_cache
from typing import Any

from journey_editor.export.pdf_ops import PdfOut, rect, stroke
from journey_editor.layout.geometry import PictureBand, fit
from journey_editor.model import images

PLACEHOLDER_INK = "#8a93a3"  # as on the canvas, for a picture that is not at hand


@lru_cache(maxsize=64)
def _reader(key: str) -> Any:
    """One reportlab ImageReader per picture (None: not at hand): reportlab names an
    image by a digest of its decoded pixels, which the reader decodes once and keeps.
    Imported here: reportlab loads only once a PDF is drawn."""
    from reportlab.lib.utils import ImageReader

    stored = images.known(key)
    return None if stored is None else ImageReader(io.BytesIO(stored.data))


def draw_picture(out: PdfOut, band: PictureBand, height: float) -> None:
    """The picture in its band; `height`: the layout's, where the y axis flips."""
    stored, reader = images.known(band.key), _reader(band.key)
    if stored is None or reader is None:
        r = band.rect
        out.emit(f"q {stroke(PLACEHOLDER_INK)} 0.8 w [2 2] 0 d "
                 f"{rect(r.x, height - r.bottom, r.w, r.h)} S Q")
        return
    f = fit(band.rect, stored.width, stored.height)
    out.canvas.drawImage(reader, f.x, height - f.bottom, f.w, f.h, mask="auto")
