"""The guide as Markdown: for a wiki, a shared document or an e-mail (no Qt).

Tick boxes are "☐" characters and note space is a run of underscores, so the file
prints usefully as plain text too; the user's own words are escaped so that a title
with an asterisk or a pipe stays text.
"""

from __future__ import annotations

import re

from journey_editor.export.guide_blocks import (
    Block,
    Facts,
    Guide,
    Heading,
    Lines,
    Para,
    Questions,
    Scale,
    Table,
)

BOX = "\u2610"
RULE = "_" * 60
_SPECIAL = re.compile(r"([\\`*_\[\]<>|#])")


def escape(text: str) -> str:
    """Text as Markdown shows it literally (one line: a line break would end a block)."""
    return _SPECIAL.sub(r"\\\1", " ".join(text.split()))


def guide_markdown(guide: Guide) -> str:
    """The whole guide as one Markdown document, ending with a newline."""
    parts = [f"# {escape(guide.title)}", f"*{escape(guide.subtitle)}*"]
    parts += [_block(block) for block in guide.blocks]
    return "\n\n".join(parts) + "\n"


def _block(block: Block) -> str:
    if isinstance(block, Heading):
        above = f"*{escape(block.above)}*\n\n" if block.above else ""
        return f"{above}{'#' * (block.level + 1)} {escape(block.text)}"
    if isinstance(block, Para):
        return f"*{escape(block.text)}*" if block.muted else escape(block.text)
    if isinstance(block, Facts):
        return "  \n".join(f"**{escape(label)}:** {escape(value)}" for label, value in block.pairs)
    if isinstance(block, Questions):
        return _questions(block)
    if isinstance(block, Scale):
        boxes = "   ".join(f"{BOX} {escape(point)}" for point in block.points)
        return boxes + (f"  \n*{escape(block.hint)}*" if block.hint else "")
    if isinstance(block, Lines):
        label = f"**{escape(block.label)}:** " if block.label else ""
        return label + "  \n".join([RULE] * block.count)
    return _table(block)


def _questions(block: Questions) -> str:
    if block.numbered:
        return "\n".join(f"{number}. {escape(item)}"
                         for number, item in enumerate(block.items, block.start))
    return "\n".join(f"- {escape(item)}" for item in block.items)


def _table(table: Table) -> str:
    """A pipe table; its header cells are the import's column names, never escaped away."""
    lines = ["| " + " | ".join(table.header) + " |",
             "|" + "|".join("---" for _ in table.header) + "|"]
    lines += ["| " + " | ".join(escape(cell) for cell in row) + " |" for row in table.rows]
    return "\n".join(lines)


__all__ = ["guide_markdown"]
