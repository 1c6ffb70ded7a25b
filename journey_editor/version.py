"""The application's version, as installed: the command line, Help > About and the PDF's
Creator all show this one."""

from __future__ import annotations


def app_version() -> str:
    # Imported here: importlib.metadata costs the desktop start-up ~25 ms.
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("journey-editor")
    except PackageNotFoundError:
        return "0+unknown"
