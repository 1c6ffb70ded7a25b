"""The user's touchpoint library file: kept across sessions, a damaged file is no entries."""

from __future__ import annotations

from pathlib import Path

from journey_editor.fileformat.library_file import USER_FILE, load_user_entries, save_user_entries
from journey_editor.model.catalog import Entry


def test_saved_entries_come_back_marked_as_the_users(tmp_path: Path) -> None:
    folder = tmp_path / "not-yet-there"
    save_user_entries(folder, [Entry("Chat bot", "during", "Website", direct=False)])
    assert load_user_entries(folder) == [Entry("Chat bot", "during", "Website", False, user=True)]


def test_missing_or_damaged_file_counts_as_no_entries(tmp_path: Path) -> None:
    assert load_user_entries(tmp_path) == []
    (tmp_path / USER_FILE).write_bytes(b'{"entries": [{"name": 3')
    assert load_user_entries(tmp_path) == []
