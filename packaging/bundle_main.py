"""The bundle's entry point (packaging/journey-editor.spec): the `journey-editor` command.

A script of its own rather than journey_editor/__main__.py: PyInstaller puts the entry
script's folder on the module path, and the package's own folder there would let its
modules (`app`, `model`, `ui`...) shadow top-level modules of the same names.
"""

import sys

from journey_editor.cli import main

sys.exit(main())
