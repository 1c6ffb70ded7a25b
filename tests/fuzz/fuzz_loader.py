"""Coverage-guided fuzzing of the .journey loader with atheris (not part of the test run).

Install and run (Linux, CPython 3.12):

    .venv/bin/pip install atheris
    .venv/bin/python tests/fuzz/fuzz_loader.py -max_total_time=600 tests/fuzz/corpus

The corpus folder is seeded with the bundled templates on first run. The harness fails
(and atheris saves the input as crash-*) when the loader raises anything but
JourneyFileError or returns something that is not a Workspace.
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))


def seed_corpus(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    if not any(folder.iterdir()):
        for template in (ROOT / "resources" / "templates").glob("*.en.journey"):
            shutil.copy(template, folder / template.name)


def main() -> None:
    import atheris

    with atheris.instrument_imports():
        from journey_editor.fileformat import JourneyFileError, parse_workspace
        from journey_editor.model.types import Workspace

    def one_input(data: bytes) -> None:
        try:
            result = parse_workspace(data, "fuzz.journey")
        except JourneyFileError:
            return
        assert isinstance(result, Workspace)

    corpus = [arg for arg in sys.argv[1:] if not arg.startswith("-")]
    for folder in corpus:
        seed_corpus(Path(folder))
    atheris.Setup(sys.argv, one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
