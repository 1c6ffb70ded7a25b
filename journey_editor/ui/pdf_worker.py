"""The Export dialog's PDF job, run off the GUI thread: a big map's poster takes seconds."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from journey_editor.export import ExportError
from journey_editor.export.pages import PageSetup
from journey_editor.export.pdf import PRINT_STYLE
from journey_editor.export.split import split_by_stages
from journey_editor.export.tiling import TileSetup
from journey_editor.fileformat import SaveError
from journey_editor.layout.geometry import JourneyLayout
from journey_editor.layout.style import Style
from journey_editor.model.types import Workspace


@dataclass(frozen=True)
class PdfJob:
    workspace: Workspace
    journey_ids: list[str]
    setup: PageSetup
    tiles: TileSetup | None
    path: Path
    file_name: str
    handout: bool = False
    bleed: bool = False  # 3 mm bleed and crop marks around each (untiled) poster
    author: str = ""  # the Preferences' author name
    # Layouts already made in `style`, by journey id: the worker lays out only the others.
    layouts: dict[str, JourneyLayout] = field(default_factory=dict)
    style: Style = PRINT_STYLE
    split: int = 1  # posters of consecutive stages per journey (export.split)


class PdfWorker(QObject):
    """Runs one export off the GUI thread; reports progress, then done or failed."""

    progress = Signal(int, int)
    done = Signal(int)
    failed = Signal(str)

    def __init__(self, job: PdfJob) -> None:
        super().__init__()
        self.job = job

    def run(self) -> None:
        from journey_editor.export.pdf import export_pdf

        job = self.job
        journeys = [part for j in job.workspace.journeys if j.id in job.journey_ids
                    for part in split_by_stages(j, job.split)]
        try:
            pages = export_pdf(job.workspace, job.path, journeys, setup=job.setup,
                               tiles=job.tiles, file_name=job.file_name, style=job.style,
                               layouts=job.layouts, handout=job.handout,
                               bleed=job.bleed, author=job.author,
                               progress=self.progress.emit)
        except (ExportError, SaveError) as error:
            self.failed.emit(str(error))
        else:
            self.done.emit(pages)
