"""`journey-editor`: the command line. Sub-commands work without Qt or a display."""

from __future__ import annotations

import argparse
import io
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TextIO

import msgspec

from journey_editor.cli.baseline_text import baseline_lines, baseline_summary
from journey_editor.cli.terminal_language import speaking_terminal_language
from journey_editor.fileformat import JourneyFileError, SaveError, read_workspace
from journey_editor.fileformat.errors import printable
from journey_editor.fileformat.migrations import left_out_notes
from journey_editor.fileformat.protection import WriteProtected
from journey_editor.i18n import translate
from journey_editor.model.types import Workspace
from journey_editor.version import app_version

PROG = "journey-editor"


def _t(text: str) -> str:
    return translate("CommandLine", text)


class _Version(argparse.Action):
    """--version, looked up only when asked for: every command would pay for it."""

    def __init__(self, option_strings: Sequence[str], dest: str = argparse.SUPPRESS,
                 default: str = argparse.SUPPRESS, help: str | None = None) -> None:  # noqa: A002
        super().__init__(option_strings, dest, nargs=0, default=default, help=help)

    def __call__(self, parser: argparse.ArgumentParser, namespace: argparse.Namespace,
                 values: object, option_string: str | None = None) -> None:
        print(f"{parser.prog} {app_version()}")
        parser.exit()


class _Failure(Exception):
    """An error already worded for the user: printed as one line, exit status 1."""


def _complain(message: object) -> None:
    """One line on stderr. Error types escape the file names they quote; escaping the
    whole line again also covers the names an argument or a message carries."""
    print(f"{PROG}: {printable(str(message))}", file=sys.stderr)


def _new(args: argparse.Namespace) -> int:
    from journey_editor.fileformat import save_workspace
    from journey_editor.templates import UnknownTemplate, new_from_template

    target = Path(args.file)
    if target.exists() and not args.force:
        raise _Failure(_t("{0}: already exists (use --force to replace it)").format(
            printable(target)))
    try:
        workspace = new_from_template(args.template, args.lang)
    except UnknownTemplate as error:
        raise _Failure(str(error)) from None
    save_workspace(workspace, target, backup=False)
    print(_t("Created {0} from the '{1}' template").format(printable(target), args.template))
    return 0


def _templates(args: argparse.Namespace) -> int:
    from journey_editor.templates import list_templates

    for info in list_templates(args.lang):
        workspace = read_workspace(info.path)
        print(f"{info.name:<16} {info.language:<3} {workspace.title}")
    return 0


def _validate(args: argparse.Namespace) -> int:
    failed = 0
    for name in args.files:
        try:
            read_workspace(name)
        except JourneyFileError as error:
            _complain(error)
            failed += 1
        else:
            if not args.quiet:
                print(_t("{0}: valid").format(printable(name)))
    return 1 if failed else 0


def _summary(workspace: Workspace) -> dict[str, object]:
    personas = {p.id: p.name for p in workspace.personas}
    return {
        "title": workspace.title,
        "format_version": workspace.version,
        "personas": [p.name for p in workspace.personas],
        "revisions": len(workspace.revisions),
        "baselines": baseline_summary(workspace),
        "journeys": [
            {
                "name": j.name,
                "state": j.state,
                "persona": personas.get(j.persona or ""),
                "stages": len(j.stages),
                "lanes": len(j.lanes),
                "cards": len(j.cards),
                "connections": len(j.connections),
            }
            for j in workspace.journeys
        ],
    }


def _info(args: argparse.Namespace) -> int:
    summary = _summary(read_workspace(args.file))
    if args.json:
        sys.stdout.write(
            msgspec.json.format(msgspec.json.encode(summary), indent=2).decode() + "\n")
        return 0
    # The names are the file's: shown escaped, so that none can drive the terminal.
    print(_t("{0}: \"{1}\", format version {2}").format(
        printable(args.file), printable(str(summary["title"])), summary["format_version"]))
    personas = ", ".join(map(printable, summary["personas"]))  # type: ignore[call-overload]
    print(_t("Personas: {0}").format(personas or "-"))
    for j in summary["journeys"]:  # type: ignore[attr-defined]
        named = {**j, "name": printable(j["name"]), "persona": printable(str(j["persona"])),
                 "state": _state_name(j["state"])}
        print(_t("Journey \"{name}\" ({state}, persona: {persona}): {stages} stages, {lanes} lanes,"
                 " {cards} cards, {connections} connections").format(**named))
    for line in baseline_lines(summary["baselines"]):  # type: ignore[arg-type]
        print(line)
    return 0


def _state_name(state: str) -> str:
    """As the Inspector names it; the --json output keeps the file's own word."""
    if state == "future":
        return translate("Inspector", "Future state")
    return translate("Inspector", "Current state")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=PROG,
        description=_t("Map customer journeys: stages, channels, touchpoints and emotions."),
    )
    parser.add_argument("--version", action=_Version, help=_t("show the version and exit"))
    parser.add_argument("--autosave", type=_seconds, metavar="SECONDS",
                        help=_t("desktop editor: autosave at most this long after a change"))
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    new = commands.add_parser("new", help=_t("create a journey file from a template"))
    new.add_argument("--template", default="blank", help=_t("template name (see 'templates')"))
    new.add_argument("--lang", default="en", help=_t("template language, e.g. en, da, sv, fi, nl"))
    new.add_argument("--force", action="store_true", help=_t("replace an existing file"))
    new.add_argument("file", help=_t("the .journey file to create"))
    new.set_defaults(run=_new)

    templates = commands.add_parser("templates", help=_t("list the bundled templates"))
    templates.add_argument("--lang", default=None, help=_t("only this language"))
    templates.set_defaults(run=_templates)

    validate = commands.add_parser("validate", help=_t("check that journey files are valid"))
    validate.add_argument("files", nargs="+", metavar="FILE")
    validate.add_argument("-q", "--quiet", action="store_true", help=_t("print only problems"))
    validate.set_defaults(run=_validate)

    info = commands.add_parser("info", help=_t("summarise a journey file"))
    info.add_argument("file", metavar="FILE")
    info.add_argument("--json", action="store_true", help=_t("machine-readable output"))
    info.set_defaults(run=_info)

    from journey_editor.cli.exchange import add_commands  # noqa: PLC0415 (keeps this file short)

    add_commands(commands, _Failure)
    from journey_editor.cli.review import add_commands as add_check  # noqa: PLC0415

    add_check(commands, _Failure)
    from journey_editor.cli.desktop import add_commands as add_desktop  # noqa: PLC0415

    add_desktop(commands, _Failure)
    from journey_editor.cli.merging import add_commands as add_merging  # noqa: PLC0415

    add_merging(commands, _complain)
    return parser


def _seconds(text: str) -> float:
    value = float(text)
    if not 0 < value <= 86400:
        raise ValueError(text)
    return value


def _gui_request(argv: Sequence[str]) -> list[str] | None:
    """The files to open when the arguments are not a sub-command (`journey-editor [FILE]`)."""
    commands = {"new", "templates", "validate", "info", "export", "import", "diff", "check",
                "desktop", "merge", "text", "git-setup"}
    if not argv:
        return []
    if len(argv) == 1 and argv[0] not in commands and not argv[0].startswith("-"):
        return [argv[0]]
    return None


def new_file_problem(path: Path) -> str | None:
    """Why the editor could never create a map at `path`, which does not exist (None: it
    can, after asking). Said on the command line, before any window opens."""
    folder = path.parent
    if path.suffix != ".journey":
        return _t("{0}: no such file (a new map's name ends in .journey)").format(printable(path))
    if not folder.is_dir():
        return _t("{0}: cannot create it, the folder {1} does not exist").format(
            printable(path), printable(folder))
    if not os.access(folder, os.W_OK):
        return _t("{0}: cannot create it, the folder {1} is not writable").format(
            printable(path), printable(folder))
    return None


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    gui = argparse.ArgumentParser(prog=PROG, add_help=False, allow_abbrev=False)
    gui.add_argument("--autosave", type=_seconds, metavar="SECONDS")
    known, rest = gui.parse_known_args(arguments)
    files = _gui_request(rest)
    if files is not None:
        path = Path(files[0]) if files else None
        with speaking_terminal_language():  # the desktop speaks the interface's, later
            problem = new_file_problem(path) if path and not path.exists() else None
        if problem is not None:
            _complain(problem)
            return 1
        from journey_editor.app import run  # Qt is imported only for the desktop

        return run(path, known.autosave)
    with speaking_terminal_language():
        return _run_command(arguments)


def _run_command(arguments: list[str]) -> int:
    parser = build_parser()
    args = parser.parse_args(arguments)
    terminal, sys.stdout = sys.stdout, _Printable(sys.stdout)
    try:
        with left_out_notes() as left_out:
            code = int(args.run(args))
        for note in left_out:  # what an older file held that could not be carried over
            _complain(note)
        return code
    except (JourneyFileError, SaveError, _Failure) as error:
        _complain(error)
        return 2 if isinstance(error, WriteProtected) else 1  # 2: refused, the file is as it was
    except KeyboardInterrupt:
        return 130
    finally:
        sys.stdout = terminal


class _Printable(io.TextIOBase):
    """Standard output that shows every line as `printable` does: what the commands print
    quotes a map's own titles and names, which a hostile file may fill with terminal
    escapes, as well as file names."""

    def __init__(self, stream: TextIO) -> None:
        super().__init__()
        self.stream = stream

    def write(self, text: str) -> int:
        self.stream.write("\n".join(printable(line) for line in text.split("\n")))
        return len(text)

    def flush(self) -> None:
        self.stream.flush()


if __name__ == "__main__":
    sys.exit(main())
