"""The main window and its docks, dialogs and actions."""
