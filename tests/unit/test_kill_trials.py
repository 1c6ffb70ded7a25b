"""A short run of the crash-safe saving proof (the full 1,000 trials: the script)."""

from tests.benchmarks.kill_trials import run


def test_thirty_kills_during_saves_never_leave_a_broken_file_or_litter() -> None:
    outcome = run(trials=30)
    assert outcome.problems == [] and outcome.good == 30
    assert outcome.left > 0  # else this run proved nothing about the sweep
    assert outcome.after_start == 0  # a start right after a kill removes what it left


def test_thirty_kills_during_autosaves_never_leave_a_broken_recovery_file_or_litter() -> None:
    outcome = run(trials=30, autosave=True)
    assert outcome.problems == [] and outcome.good == 30
    assert outcome.left > 0  # else this run proved nothing about the sweep
    assert outcome.after_start == 0
