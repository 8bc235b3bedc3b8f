"""Child processes that cannot outlive Rapport, nor take more than their share.

The LanguageTool JVM and the render worker are started the same way on every platform:

    supervision = supervise("languagetool", background=True)
    popen = subprocess.Popen(argv, ..., **supervision.popen_options())
    supervision.started(popen)
    ...  # once the child has exited:
    supervision.ended()

What that buys depends on the platform (one module each):

- Linux (`linux`): the kernel kills the child when the thread that started it ends, even
  when Rapport is killed (PR_SET_PDEATHSIG); a background child runs at a lower priority.
  The render worker caps its own memory (app/rendering/child.py).
- Windows (`windows`): the child goes into a Job Object that the system closes, and so
  kills the child, when Rapport ends however it ends; the job caps the render worker's
  memory; no console window opens; a background child gets a lower priority class.
- macOS (`macos`): no parent-death signal exists, so each child is recorded in a pidfile,
  and the children of a Rapport that died are stopped at the next start; a background
  child runs at a lower priority. macOS refuses address-space limits, so the render
  worker is bounded there only by the sandbox and its time limit.

`supervise` never raises, and `started` neither: a child that could not be put under
supervision still runs, and the reason is logged.
"""

from __future__ import annotations

import subprocess
import sys
from typing import Any

# Added to a background child's niceness: 10 of 19, a tenth of the processor share of the
# window when both are runnable, and still all of an idle one.
BACKGROUND_NICENESS = 10


class Supervision:
    """How one child is started and watched. This base does nothing more than start it:
    it serves platforms with no branch of their own."""

    def popen_options(self) -> dict[str, Any]:
        """Keyword arguments for `subprocess.Popen`."""
        return {}

    def started(self, popen: subprocess.Popen[Any]) -> None:
        """The child runs: put it under supervision."""

    def ended(self) -> None:
        """The child has exited and been reaped: let go of what watched it."""

    def processor_seconds(self, pid: int) -> float | None:
        """The processor time the running child `pid` has used, where the platform tells
        it cheaply; None where it does not (time limits then count the clock)."""
        return None


def supervise(
    kind: str,
    *,
    memory_limit: int | None = None,
    background: bool = False,
    platform: str = sys.platform,
) -> Supervision:
    """The supervision for a child of `kind` ("languagetool", "render-worker").

    `memory_limit` caps the child's memory in bytes where the platform lets the parent do
    it (Windows); `background` lowers its priority. `platform` is `sys.platform`'s value;
    tests pass another to run a branch in process.
    """
    if platform.startswith("linux"):
        from app.supervision.linux import LinuxSupervision

        return LinuxSupervision(background=background)
    if platform == "win32":
        from app.supervision.windows import WindowsSupervision

        return WindowsSupervision(memory_limit=memory_limit, background=background)
    if platform == "darwin":
        from app.supervision.macos import MacSupervision

        return MacSupervision(kind, background=background)
    return Supervision()
