"""Where the bundled resources (fonts, icons, templates, schema) are.

In an installed wheel they sit inside the package (`journey_editor/resources`);
in a source checkout or editable install, beside it (`resources/`). In the PyInstaller
bundle (packaging/journey-editor.spec) too, the wheel's layout: the bundle puts the
folder at journey_editor/resources under sys._MEIPASS, where PyInstaller also puts the
frozen modules' `__file__`, so the first candidate finds it.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


@cache
def resources_root() -> Path:
    for candidate in (_PACKAGE / "resources", _PACKAGE.parent / "resources"):
        if (candidate / "templates").is_dir():
            return candidate
    raise FileNotFoundError("Journey Editor's resources folder is missing from this installation")


def resource_path(*parts: str) -> Path:
    return resources_root().joinpath(*parts)
