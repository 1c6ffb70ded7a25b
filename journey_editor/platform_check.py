"""Finds, before Qt starts, the system libraries its X11 (xcb) plugin needs.

Without them Qt aborts with "could not load the Qt platform plugin xcb", a
message that does not say what to install. pip cannot bring these libraries:
they come from the system's package manager, so we name the command.
"""

from __future__ import annotations

import ctypes
import os
import sys
from collections.abc import Callable

from journey_editor.i18n import translate

# Shared object -> Debian/Ubuntu package, as needed by Qt 6's libQt6XcbQpa.
XCB_LIBRARIES = {
    "libxcb.so.1": "libxcb1",
    "libX11.so.6": "libx11-6",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
}


def _loads(name: str) -> bool:
    try:
        ctypes.CDLL(name)
    except OSError:
        return False
    return True


def uses_xcb(environ: dict[str, str] | os._Environ[str], platform: str) -> bool:
    """Whether Qt would pick its xcb plugin: Linux, and no other platform asked for."""
    if not platform.startswith("linux"):
        return False
    wanted = environ.get("QT_QPA_PLATFORM", "")
    if wanted:
        return wanted.split(":")[0].split(";")[0] == "xcb"
    return not environ.get("WAYLAND_DISPLAY")


def missing_packages(loads: Callable[[str], bool] = _loads) -> list[str]:
    return sorted({package for library, package in XCB_LIBRARIES.items() if not loads(library)})


def problem(environ: dict[str, str] | os._Environ[str] = os.environ,
            platform: str = sys.platform,
            loads: Callable[[str], bool] = _loads) -> str | None:
    """A message for the terminal when the desktop cannot start, else None."""
    if not uses_xcb(environ, platform):
        return None
    missing = missing_packages(loads)
    if missing:
        return translate(
            "Startup",
            "Journey Editor needs system libraries that are not installed. Install them with:\n"
            "    sudo apt-get install {0}",
        ).format(" ".join(missing))
    if not environ.get("DISPLAY"):
        return translate(
            "Startup",
            "No display found (DISPLAY is not set): start Journey Editor from a desktop session."
            " The command-line tools (journey-editor --help) work without one.",
        )
    return None
