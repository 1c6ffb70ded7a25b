"""Qt drawing of a laid-out journey, with a plain QPainter and no scene.

The canvas's graphics items, the PNG/SVG export and the export preview all paint
through here, so the window and the pictures look the same. It sits below `canvas`
and `export` and above `layout`: it draws what the layout decided and knows nothing
of documents, undo or items.
"""
