"""The render worker's side: read requests from stdin, answer on stdout, until stdin ends.

Started by app/rendering/worker.py as `python -m app --render-worker` (or the frozen app
with that flag). It renders with the in-process sandbox, under two more bounds that only
a separate process can have: a cap on its address space, so a template that builds a
huge value fails here instead of swapping the machine, and the parent's wall-clock limit.
"""

from __future__ import annotations

import contextlib
import importlib
import os
import signal
import sys
from collections.abc import Sequence
from typing import Any

from app.rendering.protocol import WORKER_FLAG, read_message, write_message

# Python and the renderer need about 40 MB; a template needs kilobytes. Generous enough
# that no real message comes near it, small enough that no machine notices it.
MEMORY_LIMIT = 512 * 1024 * 1024
_PR_SET_PDEATHSIG = 1  # from <linux/prctl.h>


def serve_if_asked(argv: Sequence[str] | None = None) -> None:
    """Serve as the render worker, and exit, when started with the hidden flag.

    Called first thing by every entry point, so that a frozen app, which can only
    start itself, can start its worker too."""
    args = sys.argv[1:] if argv is None else list(argv)
    if args[:1] == [WORKER_FLAG]:
        sys.exit(_serve())


def _serve() -> int:
    _die_with_parent()
    _limit_memory()
    # Ctrl+C in a terminal reaches the whole process group; the parent decides.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    # The raw descriptors: a windowed app has no sys.stdin or sys.stdout objects.
    importlib.import_module("app.rendering.renderer")
    with os.fdopen(0, "rb") as requests, os.fdopen(1, "wb") as answers:
        write_message(answers, {"ready": True})
        while (request := read_message(requests)) is not None:
            write_message(answers, _answer(request))
    return 0


def _answer(request: dict[str, Any]) -> dict[str, Any]:
    # Imported here, not at the top: every start of Rapport passes through this module
    # (serve_if_asked), and only the worker needs Jinja. `_serve` loads it before it
    # says it is ready, so no request waits for it.
    from app.rendering.renderer import MissingFields, RenderError, render_here, worker_said

    try:
        return {"text": render_here(request["source"], request["variables"])}
    except MissingFields as exc:
        return {"missing": list(exc.fields), "line": exc.line}
    except RenderError as exc:
        return {**worker_said(exc.message), "line": exc.line}


def _die_with_parent() -> None:
    """On Linux, have the kernel kill this process when its parent dies, even by SIGKILL.

    Everywhere, `serve` also returns when the parent's end of stdin closes, which is what
    happens when the parent dies, whether or not that was before this call."""
    if sys.platform.startswith("linux"):
        import ctypes  # in the worker only: every `rapport` imports this module

        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)


def _limit_memory() -> None:
    """Cap the address space, so a huge allocation fails with MemoryError or kills this
    process, never the machine.

    Windows has no such limit: there the job object the parent puts this process in caps
    its memory (app/supervision/windows.py).
    """
    try:
        import resource
    except ImportError:
        return
    _, hard = resource.getrlimit(resource.RLIMIT_AS)
    limit = MEMORY_LIMIT if hard == resource.RLIM_INFINITY else min(hard, MEMORY_LIMIT)
    # macOS refuses address-space limits; the time limit still holds there.
    with contextlib.suppress(ValueError, OSError):
        resource.setrlimit(resource.RLIMIT_AS, (limit, hard))
