"""The `journey-editor` command: the desktop editor, or a sub-command on a file."""

from journey_editor.cli.main import main

__all__ = ["main"]
