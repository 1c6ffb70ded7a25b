"""View > Heat Overlay: cards coloured by one survey metric, on every journey shown."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMenu, QStatusBar

from journey_editor.canvas.scene import JourneyScene
from journey_editor.canvas.view import JourneyView
from journey_editor.ui.locale_format import decimal


class HeatOverlay(QObject):
    def __init__(self, view: JourneyView, menu: QMenu, status: QStatusBar) -> None:
        super().__init__(menu)
        self.view = view
        self.menu = menu
        self.status = status  # where the legend shows
        self.metric: str | None = None
        menu.aboutToShow.connect(self.fill_menu)

    def set(self, metric: str | None) -> None:
        """The overlay on the shown map (None: off); the legend goes to the status bar."""
        self.metric = metric
        scene = self.view.scene()
        if not isinstance(scene, JourneyScene):
            return
        scene.set_heat(metric)
        bar = self.status
        if metric is None:
            bar.clearMessage()
        elif scene.heat_range is None:
            bar.showMessage(self.tr("No card has the metric '{0}'").format(metric))
        else:
            bar.showMessage(self.legend(metric, *scene.heat_range))

    def legend(self, metric: str, low: float, high: float) -> str:
        return self.tr("Heat: {0} — red {1} · amber · green {2}; grey: no value").format(
            metric, decimal(low), decimal(high))

    def fill_menu(self) -> None:
        menu = self.menu
        menu.clear()
        scene = self.view.scene()
        from journey_editor.model.survey import metric_names  # not at start-up (CSV machinery)

        names = metric_names(scene.document.journey(scene.journey_id)) \
            if isinstance(scene, JourneyScene) else []
        for name in [None, *names]:
            action = menu.addAction(self.tr("Off") if name is None else name)
            action.setCheckable(True)
            action.setChecked(name == self.metric)
            action.triggered.connect(lambda _=False, n=name: self.set(n))
        if isinstance(scene, JourneyScene) and scene.heat_range is not None \
                and self.metric is not None:
            menu.addSeparator()
            legend = menu.addAction(self.legend(self.metric, *scene.heat_range))
            legend.setEnabled(False)
        elif not names:
            empty = menu.addAction(self.tr("No metrics on this journey"))
            empty.setEnabled(False)
