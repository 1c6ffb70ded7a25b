"""Updates the interface's translation catalogs from the sources, then compiles them.

Run from the repository after adding or changing a user-visible string:

    .venv/bin/python packaging/update_translations.py

It extracts every marked string (pyside6-lupdate), merges them into
resources/translations/journey_editor_<lang>.ts (translations kept; a new string comes
in as an unfinished entry for Qt Linguist; a removed one stays as "vanished", for
reuse) and compiles each catalog to the .qm the application loads (pyside6-lrelease),
and its argparse context to the gettext file the command line's argparse reads (GNU
msgfmt, from the gettext package: journey_editor/cli/argparse_words.py).
Translate the unfinished entries (`pyside6-linguist
resources/translations/journey_editor_da.ts`), run it again to compile, and commit the
.ts and .qm files together. tests/unit/test_translations.py
fails while a string is missing, unfinished or not compiled.

pyside6-lupdate finds self.tr, QCoreApplication.translate, journey_editor.i18n.translate
and QT_TRANSLATE_NOOP, but not everything: the one-argument wrappers some modules define
(`def _t(text): return translate("Export", text)`) it files under no context, and a tr()
inside an f-string it does not see. So the marked literals are also read from the syntax
tree here and handed to lupdate as QT_TRANSLATE_NOOP lines under the context Qt will
look them up in at run time; lupdate merges both (a string found twice is one entry).
"""

from __future__ import annotations

import ast
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "journey_editor"
CATALOGS = ROOT / "resources" / "translations"
LANGUAGES = ("sv", "da", "fi", "nl")  # English is the source language: no catalog
# i18n's translate(context, text) is Qt's; no source locations (every edit elsewhere
# would rewrite the catalogs). A string gone from the sources stays as "vanished", with
# its translation, which lupdate brings back if the string returns; lrelease skips it.
LUPDATE_OPTIONS = ("-tr-function-alias", "translate+=translate", "-locations", "none",
                   "-silent")


def catalog(language: str, suffix: str = ".ts") -> Path:
    return CATALOGS / f"journey_editor_{language}{suffix}"


def tool(name: str) -> str:
    """The PySide6 tool beside this interpreter (the venv's), else the one on PATH."""
    beside = Path(sys.executable).parent / name
    return str(beside) if beside.exists() else name


def sources() -> list[Path]:
    return sorted(PACKAGE.rglob("*.py"))


def _literal(node: ast.expr) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def _called_name(call: ast.Call) -> str | None:
    function = call.func
    if isinstance(function, ast.Attribute):
        return function.attr
    return function.id if isinstance(function, ast.Name) else None


def _wrapper_context(function: ast.FunctionDef) -> str | None:
    """"Export" for `def _t(text): return translate("Export", text)`, for a map's labels
    `def _in(language, text): return translate_in(language, "Export", text)`, and for a
    marker `def _n(text): return QT_TRANSLATE_NOOP("Catalog", text)`; else None. The
    text is the wrapper's last argument."""
    arguments = function.args.args
    body = function.body[1:] if ast.get_docstring(function) is not None else function.body
    if not 1 <= len(arguments) <= 2 or len(body) != 1:
        return None
    statement = body[0]
    if not isinstance(statement, ast.Return) or not isinstance(statement.value, ast.Call):
        return None
    call = statement.value
    expected = {"translate": 2, "translate_map": 2, "translate_in": 3,
                "QT_TRANSLATE_NOOP": 2}.get(
        _called_name(call) or "")
    if expected is None or len(call.args) != expected or len(arguments) != expected - 1:
        return None
    context, text = call.args[-2:]
    if isinstance(text, ast.Name) and text.id == arguments[-1].arg:
        return _literal(context)
    return None


class _Scanner(ast.NodeVisitor):
    """(context, text) of each plain marked literal in a module, as Qt looks them up: a
    self.tr under its class's name, translate / QT_TRANSLATE_NOOP under their context, a
    wrapper's call under the wrapper's context. Plural and disambiguated calls are left
    to lupdate, which reads them from the source with their forms and comments."""

    def __init__(self, wrappers: dict[str, str]) -> None:
        self.wrappers = wrappers
        self.classes: list[str] = []
        self.found: list[tuple[str, str]] = []

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self.classes.append(node.name)
        self.generic_visit(node)
        self.classes.pop()

    def visit_Call(self, node: ast.Call) -> None:
        self.generic_visit(node)
        name, texts = _called_name(node), [_literal(argument) for argument in node.args]
        if name in self.wrappers and texts and texts[-1] is not None:
            self.found.append((self.wrappers[name], texts[-1]))
        elif (name == "tr" and len(texts) == 1 and texts[0] is not None and self.classes
              and isinstance(node.func, ast.Attribute)
              and isinstance(node.func.value, ast.Name) and node.func.value.id == "self"):
            self.found.append((self.classes[-1], texts[0]))
        elif (name in ("translate", "translate_map", "QT_TRANSLATE_NOOP") and len(texts) == 2
              and texts[0] is not None and texts[1] is not None):
            self.found.append((texts[0], texts[1]))
        elif (name == "translate_in" and len(texts) == 3
              and texts[1] is not None and texts[2] is not None):
            self.found.append((texts[1], texts[2]))


def marked_messages(path: Path) -> list[tuple[str, str]]:
    """(context, text) of the module's plain marked literals, wherever they sit (lupdate
    misses a wrapper's calls and a tr() inside an f-string)."""
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    wrappers = {node.name: context for node in tree.body
                if isinstance(node, ast.FunctionDef)
                and (context := _wrapper_context(node)) is not None}
    scanner = _Scanner(wrappers)
    scanner.visit(tree)
    return scanner.found


def _stub(paths: Sequence[Path]) -> str:
    """A Python file lupdate reads: one QT_TRANSLATE_NOOP line per marked string."""
    lines = {f"QT_TRANSLATE_NOOP({context!r}, {text!r})"
             for path in paths for context, text in marked_messages(path)}
    return "\n".join(sorted(lines)) + "\n"


def extract(ts_files: Sequence[Path]) -> None:
    """Merges the sources' strings into `ts_files` (created when missing)."""
    with tempfile.TemporaryDirectory() as folder:
        stub = Path(folder) / "marked_strings.py"
        stub.write_text(_stub(sources()), encoding="utf-8")
        command = [tool("pyside6-lupdate"), *LUPDATE_OPTIONS,
                   *map(str, sources()), str(stub), "-ts", *map(str, ts_files)]
        subprocess.run(command, check=True)


def compile_catalog(ts_file: Path, qm_file: Path) -> None:
    subprocess.run([tool("pyside6-lrelease"), "-silent", str(ts_file), "-qm", str(qm_file)],
                   check=True)


def compile_argparse_words(ts_file: Path, language: str) -> Path:
    """The catalog's argparse context as the gettext file argparse reads (see
    journey_editor/cli/argparse_words.py), through GNU msgfmt."""
    from xml.etree import ElementTree

    sys.path.insert(0, str(ROOT))
    from journey_editor.cli.argparse_words import CONTEXT, DOMAIN

    entries = ['msgid ""\nmsgstr "Content-Type: text/plain; charset=UTF-8\\n"\n']
    for context in ElementTree.parse(ts_file).getroot().iter("context"):
        if context.findtext("name") != CONTEXT:
            continue
        for message in context.iter("message"):
            target = message.find("translation")
            if target is not None and not target.get("type") and target.text:
                entries.append(f"msgid {_po(message.findtext('source', ''))}\n"
                               f"msgstr {_po(target.text)}\n")
    mo_file = CATALOGS / language / "LC_MESSAGES" / f"{DOMAIN}.mo"
    mo_file.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run(["msgfmt", "-o", str(mo_file), "-"], input="\n".join(entries),
                   text=True, check=True)
    return mo_file


def _po(text: str) -> str:
    """A .po string literal."""
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def main() -> int:
    extract([catalog(language) for language in LANGUAGES])
    for language in LANGUAGES:
        compile_catalog(catalog(language), catalog(language, ".qm"))
        mo_file = compile_argparse_words(catalog(language), language)
        print(f"{catalog(language).relative_to(ROOT)} -> {catalog(language, '.qm').name}, "
              f"{mo_file.relative_to(CATALOGS)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
