"""The promises of README.md that CI depends on."""

from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_ci_runs_exactly_the_readme_test_command() -> None:
    ci_lines = (ROOT / ".ci" / "run").read_text().strip().splitlines()
    test_command = ci_lines[-1]
    assert test_command.startswith(".venv/bin/python -m pytest")
    readme = (ROOT / "README.md").read_text()
    assert f"`{test_command}`" in readme
    assert f"&& {test_command}\n" in readme
