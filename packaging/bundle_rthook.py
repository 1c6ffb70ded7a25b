"""Runtime hook of the bundle (packaging/journey-editor.spec), run before the editor's code:
the programs the editor starts get the user's library search path, not the bundle's.

PyInstaller's bootloader puts the bundle's folder in LD_LIBRARY_PATH (the user's own value,
if any, kept in LD_LIBRARY_PATH_ORIG). Inherited, it would make the system's programs that
the editor runs (fc-list and fc-match for fallback fonts, update-mime-database for `desktop
install`, the browser a link opens) load the bundle's copies of libraries such as
libfontconfig or libstdc++, which may be older than the ones they were built for. This
process keeps its own search path: the dynamic loader read the variable when it started.
"""

import os

_original = os.environ.pop("LD_LIBRARY_PATH_ORIG", None)
if _original is None:
    os.environ.pop("LD_LIBRARY_PATH", None)
else:
    os.environ["LD_LIBRARY_PATH"] = _original
