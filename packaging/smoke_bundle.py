"""Smoke test of the one-folder bundle: runs it as a facilitator without Python would.

    .venv/bin/python packaging/smoke_bundle.py                          # build, then test
    .venv/bin/python packaging/smoke_bundle.py --bundle dist/journey-editor

Without --bundle it builds first (packaging/build_bundle.py). Every run of the bundled
`journey-editor` gets a scratch HOME and XDG folders, PATH=/usr/bin:/bin (no venv, no
Python of the checkout), LANG=C.UTF-8; the checks: --version, `new --template retail`,
`templates`, `export --pdf` (read back with pypdf, and qpdf --check where installed),
`export --png`, a Danish map's poster (its labels come from the bundled .ts catalog), a
map in Japanese, Arabic and Hebrew (HarfBuzz shaping, bidi, fallback fonts), `check`
(the journey graph: networkx), `desktop install` / `uninstall` into the scratch
XDG_DATA_HOME, and the main window: offscreen (QT_QPA_PLATFORM=offscreen) until its first
frame and a few seconds more, then SIGTERM; and under xcb on an Xvfb display where Xvfb
and xdotool are installed, found by its title, closed with Ctrl+Q. Slow (a minute or two
with the build), so not part of the test suite; the README says when to run it.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import signal
import struct
import subprocess
import sys
import tempfile
import time
import tomllib
from collections.abc import Callable
from pathlib import Path

import pypdf

ROOT = Path(__file__).resolve().parent.parent
# Qt's debug line when a widget's pixels reach the window: the main window's first frame.
FIRST_FRAME = re.compile(r"qt\.widgets\.painting: Flushing .* of MainWindow\(")
PAINT_LOG = "qt.widgets.painting=true"
CRASH = re.compile(r"Traceback|Error|could not load|Cannot load|cannot open", re.IGNORECASE)


class Failed(Exception):
    """A check's finding: what the bundle did instead."""


class Smoke:
    """The bundle under test and its scratch folder."""

    def __init__(self, bundle: Path, scratch: Path) -> None:
        self.program = bundle / "journey-editor"
        self.scratch = scratch
        self.home = scratch / "home"
        self.data = self.home / ".local" / "share"

    def spy_on_fc_list(self) -> Path | None:
        """Puts an fc-list first on PATH that notes the LD_LIBRARY_PATH the editor gave
        it in the returned file, then runs the real one (None: there is none)."""
        real = shutil.which("fc-list", path="/usr/bin:/bin")
        if real is None:
            return None
        (self.scratch / "bin").mkdir(exist_ok=True)
        spy, notes = self.scratch / "bin" / "fc-list", self.scratch / "fc-list.env"
        spy.write_text(f"#!/bin/sh\nprintf '%s\\n' \"${{LD_LIBRARY_PATH-unset}}\" >> '{notes}'\n"
                       f"exec '{real}' \"$@\"\n")
        spy.chmod(0o755)
        return notes

    def environment(self, **extra: str) -> dict[str, str]:
        home = str(self.home)
        return {"PATH": f"{self.scratch / 'bin'}:/usr/bin:/bin", "HOME": home, "LANG": "C.UTF-8",
                "XDG_DATA_HOME": str(self.data), "XDG_CONFIG_HOME": f"{home}/.config",
                "XDG_STATE_HOME": f"{home}/.local/state", "XDG_CACHE_HOME": f"{home}/.cache",
                "XDG_RUNTIME_DIR": str(self.scratch / "runtime"), **extra}

    def run(self, *args: str, **extra: str) -> subprocess.CompletedProcess[str]:
        result = subprocess.run([str(self.program), *args], cwd=self.scratch, text=True,
                                capture_output=True, env=self.environment(**extra),
                                timeout=120, check=False)
        if result.returncode != 0:
            raise Failed(f"{' '.join(args)}: exit {result.returncode}: {result.stderr.strip()}")
        return result

    def file(self, name: str) -> Path:
        return self.scratch / name


def pdf_text(path: Path) -> tuple[str, int, set[str]]:
    """The PDF's text (pypdf leaves NULs in UTF-16 text), page count and embedded fonts."""
    reader = pypdf.PdfReader(path)
    fonts = {str(font.get_object()["/BaseFont"]).split("+")[-1]
             for page in reader.pages
             for font in page["/Resources"]["/Font"].values()}  # type: ignore[index]
    text = "".join(page.extract_text() for page in reader.pages).replace("\x00", "")
    return text, len(reader.pages), fonts


def check_version(smoke: Smoke) -> str:
    with (ROOT / "pyproject.toml").open("rb") as file:
        expected = f"journey-editor {tomllib.load(file)['project']['version']}"
    printed = smoke.run("--version").stdout.strip()
    if printed != expected:
        raise Failed(f"--version printed {printed!r}, not {expected!r}")
    return printed


def check_new(smoke: Smoke) -> str:
    printed = smoke.run("new", "x.journey", "--template", "retail").stdout.strip()
    title = json.loads(smoke.file("x.journey").read_text(encoding="utf-8"))["title"]
    return f"{printed}: {title!r}"


def check_templates(smoke: Smoke) -> str:
    lines = smoke.run("templates").stdout.splitlines()
    languages = sorted({line.split()[1] for line in lines})
    if languages != ["da", "en", "fi", "nl", "sv"]:
        raise Failed(f"templates in {languages}")
    return f"{len(lines)} templates in {', '.join(languages)}"


def check_pdf(smoke: Smoke) -> str:
    smoke.run("export", "x.journey", "--pdf", "x.pdf")
    text, pages, fonts = pdf_text(smoke.file("x.pdf"))
    name = json.loads(smoke.file("x.journey").read_text(encoding="utf-8"))["journeys"][0]["name"]
    if name not in text or "Current state" not in text:
        raise Failed(f"the poster's text lacks {name!r} or 'Current state'")
    size = smoke.file("x.pdf").stat().st_size // 1024
    detail = f"{pages} page(s), {size} KiB, fonts {sorted(fonts)}"
    if shutil.which("qpdf"):
        qpdf = subprocess.run(["qpdf", "--check", str(smoke.file("x.pdf"))],
                              capture_output=True, text=True, check=False)
        if qpdf.returncode != 0:
            raise Failed(f"qpdf --check: {qpdf.stdout.strip()}")
        detail += "; qpdf --check clean"
    return detail


def check_png(smoke: Smoke) -> str:
    smoke.run("export", "x.journey", "--png", "x.png")
    head = smoke.file("x.png").read_bytes()[:24]
    if head[:8] != b"\x89PNG\r\n\x1a\n":
        raise Failed("x.png is not a PNG")
    width, height = struct.unpack(">II", head[16:24])
    return f"{width}x{height} px"


def check_danish(smoke: Smoke) -> str:
    smoke.run("new", "da.journey", "--template", "retail", "--lang", "da")
    smoke.run("export", "da.journey", "--pdf", "da.pdf")
    text = pdf_text(smoke.file("da.pdf"))[0]
    if "Current state" in text or "Nuværende tilstand" not in text:
        raise Failed("the Danish poster's state label is not in Danish")
    return "poster labelled 'Nuværende tilstand', no 'Current state'"


WORLD_NAME = "ソファを買う"
WORLD_CARD = "مرحبا بالعالم shalom שלום"


def check_world_scripts(smoke: Smoke) -> str:
    """Japanese needs a fallback font (the bundle has DejaVu only: fontconfig's fonts of
    the system are not bundled), Arabic and Hebrew shaping and bidi."""
    workspace = json.loads(smoke.file("x.journey").read_text(encoding="utf-8"))
    workspace["title"] = "顧客の旅"
    workspace["journeys"][0]["name"] = WORLD_NAME
    workspace["journeys"][0]["cards"][0]["title"] = WORLD_CARD
    smoke.file("world.journey").write_text(json.dumps(workspace, ensure_ascii=False),
                                           encoding="utf-8")
    notes = smoke.spy_on_fc_list()
    result = smoke.run("export", "world.journey", "--pdf", "world.pdf")
    text, _pages, fonts = pdf_text(smoke.file("world.pdf"))
    missing = [word for word in (WORLD_NAME, *WORLD_CARD.split()) if word not in text]
    if missing:
        raise Failed(f"the PDF's text lacks {missing}")
    detail = "text layer whole; " + children_library_path(smoke, notes)
    if any("CJK" in font for font in fonts):
        fallback = sorted(fonts - {"DejaVuSans", "DejaVuSans-Bold"})
        detail += f"; fallback fonts from the system: {fallback}"
    else:
        detail += "; no CJK font on this system: " + (
            "boxes, with the warning" if "U+30BD" in result.stderr else "boxes, NO warning")
    return detail + "; " + without_system_fonts(smoke)


def children_library_path(smoke: Smoke, notes: Path | None) -> str:
    """Whether fc-list, which the editor runs, got the bundle's LD_LIBRARY_PATH."""
    if notes is None:
        return "fc-list not installed"
    if not notes.exists():
        raise Failed("the export never ran fc-list to find a font for Japanese")
    if str(smoke.program.parent) in notes.read_text():
        raise Failed("fc-list ran with the bundle's folder in LD_LIBRARY_PATH")
    return "fc-list ran without the bundle's LD_LIBRARY_PATH"


def without_system_fonts(smoke: Smoke) -> str:
    """With a fontconfig that knows no font, only the bundled DejaVu Sans: Japanese prints
    as boxes, and export says which characters."""
    empty = smoke.file("no-fonts.conf")
    empty.write_text('<?xml version="1.0"?>\n<fontconfig></fontconfig>\n', encoding="utf-8")
    result = smoke.run("export", "world.journey", "--pdf", "bare.pdf",
                       FONTCONFIG_FILE=str(empty))
    warning = next((line for line in result.stderr.splitlines() if "U+30BD" in line), None)
    if warning is None:
        raise Failed(f"without system fonts, no warning about Japanese: {result.stderr!r}")
    return f"without system fonts: {warning[:90]}..."


def check_review(smoke: Smoke) -> str:
    report = json.loads(smoke.run("check", "x.journey", "--json").stdout)
    kinds = {finding["kind"] for journey in report["journeys"] for finding in journey["findings"]}
    if not {"unreachable", "dead_end"} <= kinds:
        raise Failed(f"no path findings among {sorted(kinds)}")
    return f"{report['findings']} findings, kinds {sorted(kinds)}"


def check_desktop(smoke: Smoke) -> str:
    smoke.run("desktop", "install")
    entry = smoke.data / "applications" / "journey-editor.desktop"
    exec_line = next(line for line in entry.read_text(encoding="utf-8").splitlines()
                     if line.startswith("Exec="))
    if str(smoke.program) not in exec_line:
        raise Failed(f"{entry} does not start the bundle: {exec_line}")
    detail = f"installed {sum(1 for p in smoke.data.rglob('*') if p.is_file())} files"
    if shutil.which("desktop-file-validate"):
        validate = subprocess.run(["desktop-file-validate", str(entry)],
                                  capture_output=True, text=True, check=False)
        if validate.returncode != 0 or validate.stdout.strip():
            raise Failed(f"desktop-file-validate: {validate.stdout.strip()}")
        detail += ", desktop-file-validate clean"
    smoke.run("desktop", "uninstall")
    if entry.exists():
        raise Failed("uninstall left the menu entry")
    return detail + ", uninstalled"


class Window:
    """The editor started with no file, its stderr in a file, Qt's painting log on."""

    def __init__(self, smoke: Smoke, **extra: str) -> None:
        self.log = smoke.file(f"window-{len(list(smoke.scratch.glob('window-*')))}.log")
        self.started = time.monotonic()
        with self.log.open("w") as log:
            self.process = subprocess.Popen(
                [str(smoke.program)], cwd=smoke.scratch, stdout=log, stderr=log,
                env=smoke.environment(QT_LOGGING_RULES=PAINT_LOG, **extra))

    def __enter__(self) -> Window:
        return self

    def __exit__(self, *exception: object) -> None:
        if self.process.poll() is None:  # a check failed with the editor still open
            self.process.kill()
            self.process.wait()

    def first_frame(self, timeout: float = 60) -> float:
        """Seconds from the start to the main window's first frame."""
        while time.monotonic() - self.started < timeout:
            if FIRST_FRAME.search(self.log.read_text(errors="replace")):
                return time.monotonic() - self.started
            if self.process.poll() is not None:
                raise Failed(f"exited ({self.process.returncode}): {self.problems()}")
            time.sleep(0.1)
        raise Failed(f"no first frame in {timeout:.0f} s: {self.problems()}")

    def problems(self) -> str:
        """What the log says besides Qt's debug lines and the offscreen plugin's notes."""
        lines = [line for line in self.log.read_text(errors="replace").splitlines()
                 if not line.startswith("qt.") and "This plugin does not support" not in line]
        return "; ".join(line for line in lines if CRASH.search(line))[:400]

    def still_running(self, seconds: float) -> None:
        try:
            code = self.process.wait(seconds)
        except subprocess.TimeoutExpired:
            return
        raise Failed(f"exited by itself ({code}): {self.problems()}")


def check_offscreen(smoke: Smoke, seconds: float) -> str:
    with Window(smoke, QT_QPA_PLATFORM="offscreen") as window:
        frame = window.first_frame()
        window.still_running(seconds)
        window.process.send_signal(signal.SIGTERM)  # offscreen has no window to close
        code = window.process.wait(10)
    if code != -signal.SIGTERM or window.problems():
        raise Failed(f"exit {code}; {window.problems()}")
    return f"first frame after {frame:.1f} s, ran {seconds:.0f} s more, ended by SIGTERM"


def start_xvfb() -> tuple[subprocess.Popen[bytes], str]:
    """An Xvfb server on a free display number (it writes the number it took)."""
    read, write = os.pipe()
    server = subprocess.Popen(["Xvfb", "-displayfd", str(write), "-screen", "0", "1280x800x24",
                               "-nolisten", "tcp"], pass_fds=[write],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write)
    with os.fdopen(read) as pipe:
        return server, ":" + pipe.readline().strip()


def check_xcb(smoke: Smoke, seconds: float, screenshot: Path | None) -> str:
    if not (shutil.which("Xvfb") and shutil.which("xdotool")):
        return "SKIPPED: needs Xvfb and xdotool (apt-get install xvfb xdotool)"
    server, display = start_xvfb()
    try:
        with Window(smoke, QT_QPA_PLATFORM="xcb", DISPLAY=display) as window:
            frame, title = _use_xcb_window(window, display, seconds, screenshot)
    finally:
        server.terminate()
        server.wait()
    if window.process.returncode != 0 or window.problems():
        raise Failed(f"Ctrl+Q: exit {window.process.returncode}; {window.problems()}")
    return f"window {title!r} after {frame:.1f} s, closed by Ctrl+Q, exit 0"


def _use_xcb_window(window: Window, display: str, seconds: float,
                    screenshot: Path | None) -> tuple[float, str]:
    """Waits for the first frame, finds the window by its title, keeps it open `seconds`,
    then presses Ctrl+Q in it; returns the seconds to the first frame and the title."""
    frame = window.first_frame()
    x = dict(os.environ, DISPLAY=display)
    found = subprocess.run(["xdotool", "search", "--sync", "--onlyvisible", "--name",
                            "Journey Editor"], env=x, capture_output=True, text=True,
                           timeout=30, check=True).stdout.split()[0]
    title = subprocess.run(["xdotool", "getwindowname", found], env=x, capture_output=True,
                           text=True, check=True).stdout.strip()
    window.still_running(seconds)
    if screenshot is not None:
        save_screenshot(display, screenshot)
    subprocess.run(["xdotool", "windowfocus", "--sync", found], env=x, check=True)
    subprocess.run(["xdotool", "key", "ctrl+q"], env=x, check=True)
    window.process.wait(15)
    return frame, title


def save_screenshot(display: str, target: Path) -> None:
    """The screen as a PNG (xwd, and ImageMagick to convert), for a person to look at."""
    dump = subprocess.run(["xwd", "-root", "-silent", "-display", display],
                          capture_output=True, check=True).stdout
    subprocess.run(["convert", "xwd:-", str(target)], input=dump, check=True)


def build(args: argparse.Namespace) -> Path:
    start = time.monotonic()
    command = [sys.executable, str(ROOT / "packaging" / "build_bundle.py")]
    subprocess.run(command + (["--commit", args.commit] if args.commit else []), check=True)
    print(f"build: {time.monotonic() - start:.0f} s")
    return ROOT / "dist" / "journey-editor"


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--bundle", type=Path, help="a built bundle folder (default: build one)")
    parser.add_argument("--commit", help="build this commit (see build_bundle.py --commit)")
    parser.add_argument("--seconds", type=float, default=4,
                        help="how long the window stays open after its first frame")
    parser.add_argument("--screenshot", type=Path, help="save the xcb window's screen as PNG")
    parser.add_argument("--keep", action="store_true", help="keep the scratch folder")
    return parser.parse_args()


def main() -> int:
    args = parse_args()
    bundle = (args.bundle or build(args)).resolve()
    scratch = Path(tempfile.mkdtemp(prefix="journey-bundle-"))
    (scratch / "runtime").mkdir(mode=0o700)
    smoke = Smoke(bundle, scratch)
    checks: list[tuple[str, Callable[[], str]]] = [
        ("--version", lambda: check_version(smoke)),
        ("new --template retail", lambda: check_new(smoke)),
        ("templates", lambda: check_templates(smoke)),
        ("export --pdf", lambda: check_pdf(smoke)),
        ("export --png", lambda: check_png(smoke)),
        ("Danish map", lambda: check_danish(smoke)),
        ("Japanese, Arabic, Hebrew", lambda: check_world_scripts(smoke)),
        ("check", lambda: check_review(smoke)),
        ("desktop install/uninstall", lambda: check_desktop(smoke)),
        ("window offscreen", lambda: check_offscreen(smoke, args.seconds)),
        ("window xcb (Xvfb)", lambda: check_xcb(smoke, args.seconds, args.screenshot)),
    ]
    print(f"bundle {bundle}: {sum(p.lstat().st_size for p in bundle.rglob('*')) / 2**20:.0f} MiB")
    failures = sum(not run_check(name, check) for name, check in checks)
    if args.keep:
        print(f"scratch folder kept: {scratch}")
    else:
        shutil.rmtree(scratch)
    print(f"{len(checks) - failures} passed, {failures} failed")
    return 1 if failures else 0


def run_check(name: str, check: Callable[[], str]) -> bool:
    start = time.monotonic()
    try:
        detail = check()
    except (Failed, OSError, subprocess.SubprocessError, ValueError, KeyError) as problem:
        print(f"FAIL {name}: {problem}", flush=True)
        return False
    print(f"ok   {name} ({time.monotonic() - start:.1f} s): {detail}", flush=True)
    return True


if __name__ == "__main__":
    sys.exit(main())
