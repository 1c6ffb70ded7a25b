"""A short run of the crash-safe saving proof (the full 1,000 trials: the script)."""

from tests.benchmarks.kill_trials import run


def test_thirty_kills_during_saves_never_leave_a_broken_file() -> None:
    good, problems, _ = run(trials=30)
    assert problems == [] and good == 30


def test_thirty_kills_during_autosaves_never_leave_a_broken_recovery_file() -> None:
    good, problems, _ = run(trials=30, autosave=True)
    assert problems == [] and good == 30
