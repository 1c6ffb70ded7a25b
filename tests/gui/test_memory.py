"""Memory a user gets back: the map a window stops showing goes away with its scene."""

from __future__ import annotations

import gc
import weakref

from PySide6.QtCore import QCoreApplication, QEvent

from journey_editor.ui.main_window import MainWindow


def test_a_new_map_frees_the_one_it_replaces(sample_window: MainWindow) -> None:
    """File > New in the window: the sample's document (its undo history and every
    card) and its scene (thousands of items on a big map) are collected, not kept
    alive by a signal connection, a panel or a dock."""
    window = sample_window
    assert window.document is not None
    old = {"document": weakref.ref(window.document),
           "scene": weakref.ref(window.view.journey_scene())}
    window.actions["new"].trigger()
    assert window.document is not None and window.document is not old["document"]()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # deleteLater()s
    gc.collect()
    assert [name for name, ref in old.items() if ref() is not None] == []
