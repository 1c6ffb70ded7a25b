"""The command line's version-control sub-commands: merge (three-way, by stable ids),
text (a map as lines, for git diff) and git-setup (both registered with git).

`merge BASE OURS THEIRS` exits 0 when the maps merged cleanly, 1 when the merged map
holds conflicts (written all the same, with the conflicts in it for the editor's
Conflicts panel), 2 when it could not merge (a file that does not open or cannot be
written): the statuses git's merge drivers and scripts expect.
"""

from __future__ import annotations

import argparse
import shlex
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

from journey_editor.cli.baseline_text import renamed_lines
from journey_editor.fileformat import JourneyFileError, SaveError, read_workspace, save_workspace
from journey_editor.fileformat.errors import printable
from journey_editor.i18n import translate
from journey_editor.model.conflicts import conflicts_of
from journey_editor.model.flat_text import text_lines
from journey_editor.model.merge import merge
from journey_editor.model.merge_baselines import TooManyBaselines
from journey_editor.model.types import Workspace, new_workspace

DRIVER = "journey"  # the merge driver's and the diff driver's name in git's config
ATTRIBUTES = f"*.journey merge={DRIVER} diff={DRIVER}"


def _t(text: str) -> str:
    return translate("CommandLine", text)


class _Out:
    """How to say a failure: main.py's one-line complaint (handed in, no import cycle)."""

    complain: Callable[[object], None] = print


def _read_base(path: Path) -> Workspace:
    """BASE, or an empty map for an empty file: what git passes when both branches
    added the file and there is no common version."""
    if path.is_file() and path.stat().st_size == 0:
        return new_workspace()
    return read_workspace(path)


def _merge(args: argparse.Namespace) -> int:
    try:
        base = _read_base(Path(args.base))
        ours, theirs = read_workspace(args.ours), read_workspace(args.theirs)
        result = merge(base, ours, theirs, args.ours_label, args.theirs_label)
        target = Path(args.output or args.ours)
        save_workspace(result.workspace, target, backup=False)
    except (JourneyFileError, SaveError) as error:
        _Out.complain(error)
        return 2
    except TooManyBaselines as error:  # the file as git or the user names it
        _Out.complain(f"{printable(Path(args.name or args.output or args.ours))}: {error}")
        return 2
    conflicts = conflicts_of(result.workspace)
    target = Path(args.name) if args.name else target
    for line in renamed_lines(result.renamed):
        print(line)
    if not conflicts:
        print(_t("Merged into {0}").format(printable(target)))
        return 0
    print((_t("Merged into {0} with 1 conflict, listed in the file:") if len(conflicts) == 1
           else _t("Merged into {0} with {1} conflicts, listed in the file:")).format(
        printable(target), len(conflicts)))
    for conflict in conflicts:
        where = "/".join(part for part in (conflict.journey, conflict.kind, conflict.item,
                                            conflict.field) if part)
        print(f"  {where}")
    return 1


def _text(args: argparse.Namespace) -> int:
    for line in text_lines(read_workspace(args.file)):
        print(line)
    return 0


def _self_command() -> str:
    """How git runs this program: the packaged executable, or this Python with the module."""
    if getattr(sys, "frozen", False):
        return shlex.quote(sys.executable)
    return shlex.join([sys.executable, "-m", "journey_editor"])


def _git(*arguments: str) -> str:
    """git's output, stripped; CalledProcessError when it fails."""
    return subprocess.run(["git", *arguments], check=True, capture_output=True,
                          text=True).stdout.strip()


def _git_setup(_: argparse.Namespace) -> int:
    try:
        top = Path(_git("rev-parse", "--show-toplevel"))
    except FileNotFoundError:
        _Out.complain(_t("git is not installed (or not on the PATH)"))
        return 2
    except subprocess.CalledProcessError:
        _Out.complain(_t("{0}: not in a git repository").format(printable(Path.cwd())))
        return 2
    _add_attributes(top / ".gitattributes")
    command, config = _self_command(), printable(top / ".git" / "config")
    driver, textconv = f"{command} merge %O %A %B --name %P", f"{command} text"
    merging = _configure({f"merge.{DRIVER}.name": "Journey Editor: three-way merge by ids",
                          f"merge.{DRIVER}.driver": driver})
    print((_t("Set the merge driver '{0}' in {1}: {2}") if merging else
           _t("The merge driver '{0}' was already set in {1}: {2}")).format(
        DRIVER, config, driver))
    diffing = _configure({f"diff.{DRIVER}.textconv": textconv})
    print((_t("Set the diff text of maps in {0}: {1}") if diffing else
           _t("The diff text of maps was already set in {0}: {1}")).format(config, textconv))
    return 0


def _configure(settings: dict[str, str]) -> bool:
    """Sets these keys in the repository's own config; whether any was not set so."""
    changed = False
    for key, value in settings.items():
        try:
            current: str | None = _git("config", "--local", "--get", key)
        except subprocess.CalledProcessError:
            current = None  # not set
        if current != value:
            _git("config", "--local", key, value)
            changed = True
    return changed


def _add_attributes(path: Path) -> None:
    text = path.read_text(encoding="utf-8") if path.exists() else ""
    if ATTRIBUTES in text.splitlines():
        print(_t("{0} already has '{1}'").format(printable(path), ATTRIBUTES))
        return
    ending = "" if not text or text.endswith("\n") else "\n"
    path.write_text(f"{text}{ending}{ATTRIBUTES}\n", encoding="utf-8")
    print(_t("Added '{0}' to {1}").format(ATTRIBUTES, printable(path)))


def add_commands(commands: argparse._SubParsersAction,  # type: ignore[type-arg]
                 complain: Callable[[object], None]) -> None:
    _Out.complain = complain
    run = commands.add_parser(
        "merge", help=_t("merge two edited copies of a map with their common ancestor"),
        description=_t("Exit status: 0 merged, 1 merged with conflicts (listed in the file), "
                       "2 not merged (a file could not be read or written, or the two have more "
                       "named baselines together than a map keeps)."))
    run.add_argument("base", metavar="BASE", help=_t("the version both copies started from"))
    run.add_argument("ours", metavar="OURS",
                     help=_t("our copy; replaced by the result unless -o is given"))
    run.add_argument("theirs", metavar="THEIRS", help=_t("their copy"))
    run.add_argument("-o", "--output", metavar="OUT", help=_t("write the result here"))
    run.add_argument("--name", metavar="PATH",
                     help=_t("the map's name in messages (git passes a temporary file as OURS)"))
    run.add_argument("--ours-label", default="ours", metavar="NAME",
                     help=_t("what conflicts call our side (default: ours)"))
    run.add_argument("--theirs-label", default="theirs", metavar="NAME",
                     help=_t("what conflicts call their side (default: theirs)"))
    run.set_defaults(run=_merge)

    text = commands.add_parser(
        "text", help=_t("print a map as one line per field (for git diff)"))
    text.add_argument("file", metavar="FILE")
    text.set_defaults(run=_text)

    setup = commands.add_parser(
        "git-setup", help=_t("let git merge and diff maps in this repository with this program"))
    setup.set_defaults(run=_git_setup)
