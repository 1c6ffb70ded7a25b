"""The shipped catalogs hold every string the sources mark, translated, and their .qm
files are compiled from them: the guard that a new string gets translated."""

from __future__ import annotations

import ast
import importlib.util
import re
import sys
import xml.etree.ElementTree as ET
from functools import cache
from pathlib import Path
from types import ModuleType

import pytest

from journey_editor.ui.language import LANGUAGES

ROOT = Path(__file__).resolve().parents[2]
FIX = "run `.venv/bin/python packaging/update_translations.py`, translate the unfinished " \
      "entries (pyside6-linguist resources/translations/journey_editor_<lang>.ts) and run it again"
PLACEHOLDER = re.compile(r"\{[\w:.,%]*\}|%n")  # {0}, {name}, {0:.1f}, {0:,}, Qt's %n

pytestmark = pytest.mark.skipif(not (ROOT / "packaging").is_dir(),
                                reason="needs a source checkout")

Messages = dict[tuple[str, str], list[str]]  # (context, source) -> forms ([] = untranslated)


@cache
def script() -> ModuleType:
    path = ROOT / "packaging" / "update_translations.py"
    spec = importlib.util.spec_from_file_location("update_translations_under_test", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def read_catalog(path: Path) -> Messages:
    messages: Messages = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            if translation.get("type") in ("vanished", "obsolete"):
                continue  # gone from the sources, kept for when it comes back
            forms = ([form.text or "" for form in translation.iter("numerusform")]
                     if message.get("numerus") == "yes" else [translation.text or ""])
            finished = translation.get("type") is None and all(forms)
            messages[name, message.findtext("source") or ""] = forms if finished else []
    return messages


@cache
def extracted(folder: Path) -> Messages:
    """What the sources mark now, extracted as the update script does (into a fresh file)."""
    path = folder / "extracted_sv.ts"
    script().extract([path])
    return read_catalog(path)


@pytest.fixture(scope="module")
def sources(tmp_path_factory: pytest.TempPathFactory) -> Messages:
    return extracted(tmp_path_factory.mktemp("translations"))


def test_the_catalogs_are_the_interface_languages() -> None:
    assert set(script().LANGUAGES) == set(LANGUAGES) - {"en"}


def test_extraction_finds_every_kind_of_marked_string(sources: Messages) -> None:
    """lupdate sees self.tr, translate and QT_TRANSLATE_NOOP (imported from i18n too); the
    syntax tree adds what it cannot see, the wrappers' calls and tr() in f-strings."""
    marked = {message for path in script().sources()
              for message in script().marked_messages(path)}
    assert len(marked) > 1000
    assert not marked - set(sources), "marked in the sources but not extracted"
    plural = [key for key in sources if "%n" in key[1]]
    assert plural, "the plural messages (self.tr(text, '', n)) are extracted too"


def test_the_scanner_files_each_call_under_qts_context(tmp_path: Path) -> None:
    source = tmp_path / "module.py"
    source.write_text(
        "from journey_editor.i18n import QT_TRANSLATE_NOOP, translate\n"
        "def _t(text):\n    return translate('Export', text)\n"
        "class Panel:\n"
        "    def title(self):\n"
        "        return f\"<b>{self.tr('Lane')}</b>\" + _t('page {0}')\n"
        "NAMES = [QT_TRANSLATE_NOOP('Commands', 'card'), translate('Review', 'note')]\n",
        encoding="utf-8")
    assert sorted(script().marked_messages(source)) == [
        ("Commands", "card"), ("Export", "page {0}"), ("Panel", "Lane"), ("Review", "note")]


@pytest.mark.parametrize("language", sorted(set(LANGUAGES) - {"en"}))
def test_every_marked_string_is_translated(sources: Messages, language: str) -> None:
    catalog = read_catalog(script().catalog(language))
    missing = [f"{context}: {text!r}" for context, text in sources
               if (context, text) not in catalog]
    unfinished = [f"{context}: {text!r}" for (context, text), forms in catalog.items()
                  if not forms and (context, text) in sources]
    stale = [f"{context}: {text!r}" for context, text in catalog
             if (context, text) not in sources]
    assert not missing, f"{len(missing)} strings missing from the {language} catalog " \
                        f"({FIX}): {missing[:10]}"
    assert not unfinished, f"{len(unfinished)} strings not translated in {language} " \
                           f"({FIX}): {unfinished[:10]}"
    assert not stale, f"{len(stale)} strings of the {language} catalog are gone from the " \
                      f"sources ({FIX}): {stale[:10]}"


@pytest.mark.parametrize("language", sorted(set(LANGUAGES) - {"en"}))
def test_translations_keep_placeholders_mnemonics_and_plural_forms(language: str) -> None:
    problems = []
    for (context, text), forms in read_catalog(script().catalog(language)).items():
        has_mnemonic = "&" in text.replace("&&", "") and ";;" not in text  # ;; : file filters
        expected = sorted(PLACEHOLDER.findall(text))
        for form in forms:
            if sorted(PLACEHOLDER.findall(form)) != expected and "%n" not in text:
                problems.append(f"placeholders of {context}: {text!r} -> {form!r}")
            if has_mnemonic != ("&" in form.replace("&&", "")):
                problems.append(f"mnemonic of {context}: {text!r} -> {form!r}")
            if text.endswith("…") != form.endswith("…"):
                problems.append(f"ellipsis of {context}: {text!r} -> {form!r}")
        if forms and "%n" in text and not (len(forms) == 2 and all("%n" in f for f in forms)):
            problems.append(f"plural forms of {context}: {text!r} -> {forms!r}")
    assert not problems, problems


@pytest.mark.parametrize("language", sorted(set(LANGUAGES) - {"en"}))
def test_shipped_qm_is_compiled_from_the_catalog(tmp_path: Path, language: str) -> None:
    compiled = tmp_path / f"journey_editor_{language}.qm"
    script().compile_catalog(script().catalog(language), compiled)
    shipped = script().catalog(language, ".qm")
    assert shipped.is_file() and shipped.read_bytes() == compiled.read_bytes(), \
        f"{shipped.name} is not compiled from its .ts: {FIX}"


@pytest.mark.parametrize("language", sorted(set(LANGUAGES) - {"en"}))
def test_argparse_reads_its_words_from_the_catalog(language: str) -> None:
    import gettext

    from journey_editor.cli.argparse_words import CONTEXT, DOMAIN, WORDS

    catalog = read_catalog(script().catalog(language))
    shipped = gettext.translation(DOMAIN, str(script().CATALOGS), [language])
    wrong = [word for word in WORDS
             if shipped.gettext(word) != catalog[(CONTEXT, word)][0]]
    assert not wrong, f"{DOMAIN}.mo ({language}) is not compiled from its .ts: {FIX}"


def foreign_tr_calls(path: Path) -> list[str]:
    """`other.tr(...)` calls: PySide looks their text up under the class of `other` at run
    time, which no extractor can know (lupdate files them under the variable's name)."""
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    return [f"{path.relative_to(ROOT)}:{node.lineno}" for node in ast.walk(tree)
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
            and node.func.attr == "tr" and not (isinstance(node.func.value, ast.Name)
                                                 and node.func.value.id == "self")]


def test_every_tr_is_called_on_self() -> None:
    found = [call for path in script().sources() for call in foreign_tr_calls(path)]
    assert not found, f"tr() on another object, never translated: {found}"
