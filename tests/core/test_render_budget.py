"""A render's time budget counts the processor time it uses, not the time it waits.

On a busy machine a render can wait far longer than its budget for its turn; refusing
it then would tell the user their template is an attack. A loop that runs is still
stopped, and one starved for ever is stopped by the wall-clock backstop.
"""

from __future__ import annotations

import time

import pytest

from app.rendering import limits
from app.rendering.limits import TemplateRefused, arm_budget, check_budget, restore_budget


def _spin_until_refused(limit_seconds: float) -> bool:
    """Burn processor time until the budget says stop; False if it never did."""
    start = time.thread_time()
    while time.thread_time() - start < limit_seconds:
        try:
            check_budget()
        except TemplateRefused:
            return True
    return False


def test_waiting_does_not_use_up_the_budget() -> None:
    previous = arm_budget()
    try:
        time.sleep(limits.TIME_LIMIT * 1.5)  # the thread waits, as if descheduled
        check_budget()  # not refused: it has used almost no processor time
        assert _spin_until_refused(limits.TIME_LIMIT * 3)
    finally:
        restore_budget(previous)


def test_a_starved_render_is_still_stopped(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(limits, "WALL_LIMIT", limits.TIME_LIMIT * 1.2)
    previous = arm_budget()
    try:
        time.sleep(limits.TIME_LIMIT * 1.5)
        with pytest.raises(TemplateRefused, match="took longer than"):
            check_budget()
    finally:
        restore_budget(previous)
