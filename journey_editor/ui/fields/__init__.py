"""The Inspector's field editors (also the personas panel's), one module per kind of widget.

An editor shows one model value and reports what the user typed or picked through
`on_edit(value, merge)`; it never touches the model (the Inspector pushes the edit
through the edit facade). `show_value` leaves a widget alone when it already shows the
value, so that the refresh that follows the user's own keystroke keeps the cursor in place.
"""
