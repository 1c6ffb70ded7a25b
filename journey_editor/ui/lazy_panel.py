"""Panels whose work is costly on big maps (review, compare) do it only while they show."""

from __future__ import annotations

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QWidget


class LazyPanel(QWidget):
    """Subclasses call `should_work()` at the top of `refresh()` and return when False:
    the refresh then happens when the panel shows or its dock tab is brought forward."""

    _stale = True
    _active = True  # the window turns this off while the panel's dock tab is not shown

    def refresh(self) -> None:
        raise NotImplementedError

    def should_work(self) -> bool:
        if not (self._active and self.isVisible()):
            self._stale = True
            return False
        self._stale = False
        return True

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def set_active(self, active: bool) -> None:
        """Follows the dock's visibilityChanged: a tab in the background does no work."""
        self._active = active
        if active and self._stale:
            self.refresh()
