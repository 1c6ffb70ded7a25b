"""Crash-safe saving, proven: kill a process at random moments while it saves.

Run: python tests/benchmarks/kill_trials.py [--trials 1000]
Each trial forks a child that saves a 5,000-card document over and over (two
versions, alternately) and kills it with SIGKILL at a random moment. Afterwards the
target must be exactly one of the two complete versions and load cleanly; no temporary
file may be mistaken for the document. Prints the count of good trials and the temporary
files each kill left, and how many of them a start of the editor right after that kill
left behind: none may remain, since a temporary file's name says which process on which
host made it, and a start removes at once, however young, those of this host's processes
that are gone. A start sweeps as the editor's does (`leftovers.sweep_at_start`, called
by every new Autosaver): the recovery folder and next to the map it opens.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import NamedTuple

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

# The trials' processes are forked from one that has read the two versions (a fork
# server): a trial then costs a fork, not a Python start and the imports (~0.2 s each).
# Each "go" line forks a child that says "ready <pid>" and saves until it is killed; the
# server says "reaped" once the killed child is gone (a zombie's pid would still count
# as a live process for the sweep).
SERVER = """
import os, sys
a, b, target = sys.argv[1:4]
{setup}
for _ in sys.stdin:
    pid = os.fork()
    if pid == 0:
        try:
{child}
        finally:
            os._exit(1)
    os.waitpid(pid, 0)
    print("reaped", flush=True)
"""

SAVES = dict(setup="""
from journey_editor.fileformat import read_workspace, save_workspace
versions = [read_workspace(a), read_workspace(b)]
""", child="""
            print("ready", os.getpid(), flush=True)
            i = 0
            while True:
                save_workspace(versions[i % 2], target)
                i += 1
""")

# The same, through the autosave path: the recovery copy and its sidecar. Qt is imported
# by the server but its application is made in each child, after the fork.
AUTOSAVES = dict(setup="""
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from pathlib import Path
from PySide6.QtCore import QCoreApplication
from journey_editor.editor.autosave import Autosaver
from journey_editor.editor.document import Document
from journey_editor.fileformat import read_workspace
versions = [read_workspace(a), read_workspace(b)]
""", child="""
            app = QCoreApplication([])
            document = Document(versions[0])
            saver = Autosaver(document, Path(target).parent, interval_s=3600,
                              uid=Path(target).stem)
            print("ready", os.getpid(), flush=True)
            i = 0
            while True:
                document.workspace = versions[i % 2]
                document.undo_stack.resetClean()  # modified: the autosave writes
                saver.autosave_now()
                i += 1
""")


def prepare(folder: Path, cards: int = 5_000) -> tuple[Path, Path]:
    from journey_editor.fileformat import save_workspace
    from tests.benchmarks.bigmap import big_workspace

    a, b = folder / "a.journey", folder / "b.journey"
    workspace = big_workspace(cards=cards, connections=cards)
    save_workspace(workspace, a, backup=False)
    workspace.title = "Version B"
    save_workspace(workspace, b, backup=False)
    return a, b


def start_server(a: Path, b: Path, target: Path, autosave: bool) -> subprocess.Popen[str]:
    script = SERVER.format(**(AUTOSAVES if autosave else SAVES))
    return subprocess.Popen([sys.executable, "-c", script, str(a), str(b), str(target)],
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, cwd=ROOT, text=True)


def trial(server: subprocess.Popen[str], a: Path, b: Path, target: Path, rng: random.Random,
          autosave: bool = False) -> str | None:
    """One kill; None when the target is intact, else what is wrong."""
    from journey_editor.fileformat import JourneyFileError, read_workspace

    assert server.stdin is not None and server.stdout is not None
    server.stdin.write("go\n")
    server.stdin.flush()
    ready, pid = server.stdout.readline().split()  # the versions are in memory, saving starts
    assert ready == "ready", ready
    time.sleep(rng.uniform(0, 0.08))  # several saves' worth: any moment of one save
    os.kill(int(pid), signal.SIGKILL)
    assert server.stdout.readline().strip() == "reaped"
    if not target.exists():
        return None  # killed before the very first save finished: there was no file yet
    data = target.read_bytes()
    if data not in (a.read_bytes(), b.read_bytes()):
        return f"target is neither version ({len(data)} bytes)"
    try:
        read_workspace(target)
    except JourneyFileError as error:
        return str(error)
    sidecar = target.with_suffix(".json")
    if autosave and sidecar.exists():
        try:
            json.loads(sidecar.read_bytes())
        except ValueError:
            return "the autosave sidecar is broken"
    return None


class Outcome(NamedTuple):
    good: int  # trials that left a complete old or new file
    problems: list[str]
    left: int  # temporary files the kills left
    after_start: int  # ...of which a start of the editor right after the kill left any


def _temporaries(folder: Path) -> set[str]:
    """Every temporary file, by suffix alone: one the sweep does not know is counted too."""
    return {p.name for p in folder.iterdir() if p.suffix == ".tmp"}


def _start(folder: Path, target: Path, autosave: bool) -> None:
    """What the editor's start sweeps: the killed autosaves' folder is its recovery folder;
    the killed saves' map is the one it opens."""
    from journey_editor.fileformat.leftovers import sweep_at_start

    if autosave:
        sweep_at_start(folder, None)
    else:
        with tempfile.TemporaryDirectory() as recovery:
            sweep_at_start(Path(recovery), target)


def run(trials: int, cards: int = 5_000, seed: int = 7, autosave: bool = False) -> Outcome:
    rng = random.Random(seed)
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        a, b = prepare(folder, cards)
        target = folder / "target.journey"
        problems: list[str] = []
        left: set[str] = set()
        kept: set[str] = set()
        server = start_server(a, b, target, autosave)
        try:
            for _ in range(trials):
                problem = trial(server, a, b, target, rng, autosave)
                problems += [problem] if problem else []
                left |= _temporaries(folder)
                _start(folder, target, autosave)
                kept |= _temporaries(folder)
        finally:
            server.communicate()  # end of its input: it exits
        if not target.exists():  # a child that fails at once would otherwise "pass"
            problems.append("no trial ever wrote the file")
        return Outcome(trials - len(problems), problems, len(left), len(kept))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--trials", type=int, default=1000)
    parser.add_argument("--cards", type=int, default=5_000)
    parser.add_argument("--autosave", action="store_true",
                        help="kill during autosaves instead of saves")
    args = parser.parse_args()
    start = time.perf_counter()
    outcome = run(args.trials, args.cards, autosave=args.autosave)
    what = "autosave" if args.autosave else "save"
    print(f"{what}: {outcome.good} of {args.trials} kills left a complete old or new file that "
          f"loads ({args.cards} cards, {time.perf_counter() - start:.0f} s)")
    print(f"  temporary files: {outcome.left} left by the kills, {outcome.after_start} of them "
          f"still there after a start right after the kill")
    for problem in outcome.problems[:10]:
        print("  problem:", problem)
    if outcome.problems or outcome.after_start:
        sys.exit(1)


if __name__ == "__main__":
    main()
