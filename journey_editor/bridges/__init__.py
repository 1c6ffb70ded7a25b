"""Bridges to the tools people already use: Mermaid `journey` diagrams and CSV cards (no Qt).

`mermaid` and `csv_cards` convert between text and model objects; `commands` holds the
file-level helpers the command line calls (`run_export`, `run_import`, `run_diff`).
"""

from journey_editor.bridges.errors import BridgeError, Problem

__all__ = ["BridgeError", "Problem"]
