"""Before Qt starts: a missing X11 library is named with the command that installs it."""

from journey_editor import platform_check


def _loads_all_but(*missing: str):  # type: ignore[no-untyped-def]
    return lambda name: name not in missing


def test_missing_xcb_libraries_give_one_install_command() -> None:
    message = platform_check.problem(
        {"DISPLAY": ":0"}, "linux",
        _loads_all_but("libxcb-icccm.so.4", "libxcb-keysyms.so.1", "libxcb-cursor.so.0"))
    assert message is not None
    assert message.splitlines()[-1].strip() == (
        "sudo apt-get install libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1")


def test_all_libraries_present_and_a_display_is_fine() -> None:
    assert platform_check.problem({"DISPLAY": ":0"}, "linux", _loads_all_but()) is None


def test_no_display_is_explained() -> None:
    message = platform_check.problem({}, "linux", _loads_all_but())
    assert message is not None and "DISPLAY" in message


def test_other_platforms_and_offscreen_are_not_checked() -> None:
    nothing = _loads_all_but(*platform_check.XCB_LIBRARIES)
    assert platform_check.problem({}, "win32", nothing) is None
    assert platform_check.problem({}, "darwin", nothing) is None
    assert platform_check.problem({"QT_QPA_PLATFORM": "offscreen"}, "linux", nothing) is None
    assert platform_check.problem({"WAYLAND_DISPLAY": "wayland-0"}, "linux", nothing) is None
    assert platform_check.problem({"QT_QPA_PLATFORM": "xcb"}, "linux", nothing) is not None


def test_this_machines_real_libraries_are_probed() -> None:
    # libc-level probe: the check really loads libraries (here: one that always exists).
    assert platform_check._loads("libc.so.6")
    assert not platform_check._loads("libdoes-not-exist.so.9")
