"""View > High Contrast: the map drawn with the high-contrast style (black ink on light
fills, black headers and lines), remembered from one start to the next.

The same layout engine lays the map out with it, as workshop mode does with the
projector's style; the window builds its scenes again with the style chosen here.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSettings
from PySide6.QtGui import QAction

from journey_editor.layout.engine import DEFAULT_STYLE
from journey_editor.layout.style import HIGH_CONTRAST_STYLE, Style

KEY = "view/high_contrast"


class HighContrast:
    """Keeps the action's check mark, the setting and the window's map style in step."""

    def __init__(self, action: QAction, apply: Callable[[Style], None]) -> None:
        self.action = action
        self._apply = apply
        action.setCheckable(True)
        action.setChecked(QSettings().value(KEY, False) in (True, "true", 1, "1"))
        action.toggled.connect(self._toggled)

    def style(self) -> Style:
        """The style the map is drawn with now."""
        return HIGH_CONTRAST_STYLE if self.action.isChecked() else DEFAULT_STYLE

    def _toggled(self, on: bool) -> None:
        QSettings().setValue(KEY, on)
        self._apply(self.style())
