"""A short run of the crash-safe saving proof (the full 1,000 trials: the script).

Slow (a child process per kill), so not a unit test; CI runs it with everything else.
A 300-card map: its saves are short, so a kill at a random moment of the first 80 ms
lands in one save or another instead of before the first one ends, which with the
script's 5,000 cards is often the case for an autosave (a trial then proves nothing).
"""

import pytest

from tests.benchmarks.kill_trials import run

pytestmark = pytest.mark.slow

CARDS = 300


def test_thirty_kills_during_saves_never_leave_a_broken_file_or_litter() -> None:
    outcome = run(trials=30, cards=CARDS)
    assert outcome.problems == [] and outcome.good == 30
    assert outcome.left > 0  # else this run proved nothing about the sweep
    assert outcome.after_start == 0  # a start right after a kill removes what it left


def test_thirty_kills_during_autosaves_never_leave_a_broken_recovery_file_or_litter() -> None:
    outcome = run(trials=30, cards=CARDS, autosave=True)
    assert outcome.problems == [] and outcome.good == 30
    assert outcome.left > 0  # else this run proved nothing about the sweep
    assert outcome.after_start == 0
