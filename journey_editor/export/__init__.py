"""Exports of a journey map: printable PDF posters (one page or tiled), images, handouts.

The PDF modules (`pages`, `pdf`, `painter`, `titleblock`, `tiling`) import no Qt, so
the command line exports without a display; reportlab is imported only when a PDF is
drawn, so importing this package stays cheap.
"""

from __future__ import annotations


class ExportError(Exception):
    """An export that cannot be done as asked: `str(error)` is one line for the user
    (a bad page size, a map that does not fit, an unknown journey...)."""
