"""The render worker: a child process that is replaced when it dies or is stopped, shared
safely by threads, never outlives Rapport, and is never started for Rapport's own
templates."""

from __future__ import annotations

import gc
import os
import signal
import subprocess
import sys
import threading
from pathlib import Path
from typing import Any

import pytest

from app.composing.draft import Draft, preview
from app.contacts import Contact
from app.library.render import render
from app.library.templates import load_library
from app.rendering import worker as render_worker
from app.rendering.protocol import WORKER_FLAG, read_message, write_message
from app.rendering.renderer import RenderError, render_source
from app.settings import Settings
from tests.core.test_builtin_templates import (
    EXTRAS,
    EXTRAS_BY_TEMPLATE,
    FULL_CONTACT,
    MY_LOCATION,
    MY_NAME,
)
from tests.grammar.helpers import process_alive, wait_until_gone

linux_only = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")

REPO = Path(__file__).resolve().parents[2]
# Out of the sandbox's reach: one C call comparing 10^8 pairs of 20,000-character texts.
ENDLESS = (
    "{% set a = [['a' * 20000] * 10000] * 10000 %}"
    "{% set b = [['a' * 19999 ~ 'a'] * 10000] * 10000 %}{{ a == b }}"
)


def worker_pid() -> int:
    render_source("ready", {})
    pid = render_worker.shared().pid
    assert pid is not None
    return pid


@linux_only
# The pipe to the killed child is closed when it is replaced, not left to the garbage
# collector (which warned of it as an unclosed file).
@pytest.mark.filterwarnings("error::pytest.PytestUnraisableExceptionWarning")
def test_a_killed_worker_is_replaced_quietly() -> None:
    pid = worker_pid()
    os.kill(pid, signal.SIGKILL)
    assert wait_until_gone(pid)
    assert render_source("Hi {{ x }}", {"x": "Ana"}) == "Hi Ana"
    assert render_worker.shared().pid not in (None, pid)
    gc.collect()


class AnswerSpy:
    """Records how long each request is allowed to wait for the child, and whether the
    child was still running when no answer came (stopped) or had died (noticed)."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.waits: list[float] = []
        self.alive_when_unanswered: list[bool] = []
        receive = render_worker._Child.receive

        def spied(child: Any, timeout: float) -> dict[str, Any]:
            self.waits.append(timeout)
            try:
                return receive(child, timeout)
            except Exception:
                self.alive_when_unanswered.append(child.alive)
                raise

        monkeypatch.setattr(render_worker._Child, "receive", spied)


@linux_only
def test_a_template_over_time_is_stopped_and_the_worker_replaced(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    pid = worker_pid()
    spy = AnswerSpy(monkeypatch)
    with pytest.raises(RenderError, match="took too long or used too much memory"):
        render_source(ENDLESS, {})
    # The request waited the worker's limit, which leaves the second the app promises for
    # a refusal, and on a busy machine only as much longer as the child was kept from
    # running; then the child, still running, was killed.
    assert spy.waits[0] == render_worker.TIME_LIMIT < 1.0
    assert sum(spy.waits) <= render_worker.WALL_LIMIT
    assert spy.alive_when_unanswered and all(spy.alive_when_unanswered)
    assert wait_until_gone(pid)


@linux_only
def test_a_worker_kept_from_running_is_not_stopped_for_it() -> None:
    """Time the child spends waiting for a processor (here: stopped by a signal) is not
    counted against the template: on a busy machine a plain template still renders."""
    pid = worker_pid()
    os.kill(pid, signal.SIGSTOP)
    threading.Timer(render_worker.TIME_LIMIT * 2, os.kill, (pid, signal.SIGCONT)).start()
    assert render_source("Hi {{ x }}", {"x": "Ana"}) == "Hi Ana"
    assert render_worker.shared().pid == pid
    assert render_source("Hi {{ x }}", {"x": "Ana"}) == "Hi Ana"


@linux_only
def test_a_worker_dying_mid_render_is_reported_and_replaced(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    pid = worker_pid()
    # A limit no render reaches here: the answer that never comes is the death's doing.
    monkeypatch.setattr(render_worker, "TIME_LIMIT", 60.0)
    spy = AnswerSpy(monkeypatch)
    threading.Timer(0.1, os.kill, (pid, signal.SIGKILL)).start()
    with pytest.raises(RenderError, match="was stopped"):
        render_source(ENDLESS, {})
    assert spy.alive_when_unanswered == [False]  # noticed as a death, not a time-out
    assert render_source("Hi {{ x }}", {"x": "Ana"}) == "Hi Ana"


def test_two_threads_render_at_once() -> None:
    results: dict[str, list[str]] = {"a": [], "b": []}

    def render_many(who: str) -> None:
        for number in range(100):
            # A new text every time, as typing makes, so every request compiles.
            source = f"{{{{ who }}}} {number}.{' ' * (number % 7)}"
            results[who].append(render_source(source, {"who": who}))

    threads = [threading.Thread(target=render_many, args=(who,)) for who in results]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    for who, texts in results.items():
        assert texts == [f"{who} {number}." for number in range(100)]


def run_python(code: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", code], cwd=REPO, stdout=subprocess.PIPE, text=True, encoding="utf-8"
    )


STARTS_A_WORKER = """
from app.rendering import worker as render_worker
from app.rendering.renderer import render_source
render_source("ready", {{}})
print(render_worker.shared().pid, flush=True)
{then}
"""


@linux_only
def test_no_worker_outlives_a_killed_rapport() -> None:
    rapport = run_python(STARTS_A_WORKER.format(then="import time; time.sleep(60)"))
    assert rapport.stdout is not None
    pid = int(rapport.stdout.readline())
    assert process_alive(pid)
    rapport.send_signal(signal.SIGKILL)
    rapport.wait()
    assert wait_until_gone(pid, timeout=3)


@linux_only
def test_no_worker_outlives_rapport_exiting() -> None:
    rapport = run_python(STARTS_A_WORKER.format(then=""))
    out, _ = rapport.communicate(timeout=30)
    assert rapport.returncode == 0
    assert wait_until_gone(int(out), timeout=3)


def test_the_worker_stops_at_the_end_of_its_input() -> None:
    # What ends it where the kernel cannot (any system but Linux): the parent is gone.
    worker = subprocess.Popen(
        [sys.executable, "-m", "app", WORKER_FLAG],
        cwd=REPO,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
    )
    assert worker.stdin is not None and worker.stdout is not None
    assert read_message(worker.stdout) == {"ready": True}
    write_message(worker.stdin, {"source": "Hi {{ x }}", "variables": {"x": "Bo"}})
    assert read_message(worker.stdout) == {"text": "Hi Bo"}
    worker.stdin.close()
    assert worker.wait(timeout=5) == 0
    worker.stdout.close()


@linux_only
def test_the_worker_caps_its_memory() -> None:
    limits = Path(f"/proc/{worker_pid()}/limits").read_text(encoding="utf-8")
    address_space = next(line for line in limits.splitlines() if "address space" in line)
    assert str(512 * 1024 * 1024) in address_space.split()


def test_a_frozen_app_starts_itself_as_the_worker(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    assert render_worker.worker_argv() == [sys.executable, WORKER_FLAG]


def refuse_to_start() -> Any:
    raise AssertionError("the render worker was asked for")


def test_builtin_templates_never_start_the_worker(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(render_worker, "shared", refuse_to_start)
    monkeypatch.setattr(render_worker, "_Child", refuse_to_start)
    settings = Settings(my_name=MY_NAME, my_location=MY_LOCATION)
    for template in load_library().templates:
        extras = {**EXTRAS, **EXTRAS_BY_TEMPLATE.get(template.name, {})}
        assert render(template, FULL_CONTACT, extras=extras, my_name=MY_NAME)
        assert preview(Draft(template, template.body, FULL_CONTACT, extras), settings).text


def test_an_edited_builtin_renders_in_the_worker(monkeypatch: pytest.MonkeyPatch) -> None:
    requests: list[Any] = []

    class Recorder:
        def request(self, message: Any) -> dict[str, Any]:
            requests.append(message)
            return {"text": "from the worker"}

    monkeypatch.setattr(render_worker, "shared", Recorder)
    template = load_library().get("invite-met-at-event")
    draft = Draft(template, template.body + " Edited.", Contact(name="Ana Souza", how_met="x"))
    assert preview(draft, Settings()).text == "from the worker"
    assert requests[0]["source"] == draft.source
