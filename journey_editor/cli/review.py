"""The command line's `check` sub-command: the review panel's findings, in a terminal.

No Qt. The exit status is 0 whatever the findings (they are advice, not errors),
unless `--strict` asks for 1 when there is any, so that a script or CI can gate on it.
"""

from __future__ import annotations

import argparse
import sys

import msgspec

from journey_editor.analysis.review import Finding, Thresholds, review, severity_name
from journey_editor.fileformat import read_workspace
from journey_editor.fileformat.errors import printable
from journey_editor.i18n import translate
from journey_editor.model.types import Journey, Workspace


def _t(text: str) -> str:
    return translate("CommandLine", text)


class _Errors:
    """The CLI's one-line failure type, handed in by cli.py (avoids an import cycle)."""

    failure: type[Exception] = Exception


def _journeys(workspace: Workspace, name: str | None) -> list[Journey]:
    """All journeys, or the one with that name or id."""
    if name is None:
        return list(workspace.journeys)
    found = [j for j in workspace.journeys if name in (j.name, j.id)]
    if not found:
        names = ", ".join(f"'{j.name}'" for j in workspace.journeys) or "-"
        raise _Errors.failure(_t("no journey named '{0}' (the file has: {1})").format(name, names))
    return found[:1]


def _thresholds(args: argparse.Namespace) -> Thresholds:
    defaults = Thresholds()
    return Thresholds(
        max_teams_per_stage=defaults.max_teams_per_stage if args.max_teams is None
        else args.max_teams,
        negative_emotion=defaults.negative_emotion if args.negative_emotion is None
        else args.negative_emotion,
    )


def _print_text(results: list[tuple[Journey, list[Finding]]]) -> None:
    lines = []
    severities = {f.severity: severity_name(f.severity) for _, found in results for f in found}
    for journey, findings in results:
        if not findings:
            lines.append(_t("Journey \"{0}\": no findings").format(journey.name))
            continue
        heading = _t("Journey \"{0}\": 1 finding") if len(findings) == 1 else _t(
            "Journey \"{0}\": {1} findings")
        lines.append(heading.format(journey.name, len(findings)))
        lines.extend(f"  {severities[finding.severity]}: {finding.message}"
                     for finding in findings)
    # One write: a map with thousands of findings prints them in a few milliseconds.
    sys.stdout.write("".join(line + "\n" for line in lines))


def _print_json(file: str, results: list[tuple[Journey, list[Finding]]]) -> None:
    document = {
        "file": printable(file),  # JSON cannot hold the bytes of a name that is not UTF-8
        "findings": sum(len(findings) for _, findings in results),
        "journeys": [
            {"id": journey.id, "name": journey.name,
             "findings": [msgspec.to_builtins(f) for f in findings]}
            for journey, findings in results
        ],
    }
    text = msgspec.json.format(msgspec.json.encode(document), indent=2).decode()
    sys.stdout.write(text + "\n")


def _check(args: argparse.Namespace) -> int:
    workspace = read_workspace(args.file)
    thresholds = _thresholds(args)
    results = [(j, review(j, thresholds)) for j in _journeys(workspace, args.journey)]
    if args.json:
        _print_json(args.file, results)
    else:
        _print_text(results)
    found = any(findings for _, findings in results)
    return 1 if args.strict and found else 0


def _int_between(low: int, high: int) -> type:
    """An argparse type: an int in [low, high], with a readable error otherwise."""
    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(_t("not a whole number: '{0}'").format(text)) from None
        if not low <= value <= high:
            raise argparse.ArgumentTypeError(
                _t("must be between {0} and {1}").format(low, high))
        return value
    return parse  # type: ignore[return-value]


def add_commands(commands: argparse._SubParsersAction, failure: type[Exception]) -> None:  # type: ignore[type-arg]
    _Errors.failure = failure
    check = commands.add_parser(
        "check", help=_t("review journeys: the findings of the review panel"))
    check.add_argument("file", metavar="FILE")
    check.add_argument("--journey", metavar="NAME", help=_t("only this journey (default: all)"))
    check.add_argument("--json", action="store_true", help=_t("machine-readable output"))
    check.add_argument("--strict", action="store_true",
                       help=_t("exit with status 1 when there are findings"))
    check.add_argument("--max-teams", type=_int_between(1, 1000), metavar="N",
                       help=_t("most teams a customer should meet in one stage (default: 3)"))
    check.add_argument("--negative-emotion", type=_int_between(-3, -1), metavar="N",
                       help=_t("emotion at or below which a card needs an improvement idea "
                               "(default: -2)"))
    check.set_defaults(run=_check)
