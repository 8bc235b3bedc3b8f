"""Rapport's log file: `logs/rapport.log` in the data folder, rotated, for bug reports.

Only Rapport's own loggers (`app.*`) write there, at INFO and above. What a person
typed or was sent must never reach the file, nor a secret: Rapport's own log lines name
files, versions and states, never message text; and the tracebacks of errors are
written without the exceptions' messages, because a message can quote anything (a
draft, a template line, a server's answer, a key in a URL). The type of the error and
the file, line and function of every frame are enough to find the bug.
"""

from __future__ import annotations

import contextlib
import logging
import platform
import sys
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType
from typing import NamedTuple

from app import __version__, paths

# A few days of heavy use fit in one file; the backups keep the lines before a crash
# when the user only notices it later. At most 4 MB in all.
MAX_BYTES = 1024 * 1024
BACKUP_COUNT = 3

_APP_LOGGER = "app"
_LINE_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
WITHHELD = "message not logged: it may quote what you typed"

log = logging.getLogger(__name__)
_crash_log = logging.getLogger("app.crash")

ExcInfo = tuple[type[BaseException], BaseException, TracebackType | None]


def log_path() -> Path:
    return paths.data_dir() / "logs" / "rapport.log"


def describe_exception(exc: BaseException) -> str:
    """A traceback without the exceptions' messages (see the module's docstring), with
    the exceptions it was raised from or while handling, oldest first."""
    chain: list[tuple[BaseException, str]] = []
    seen: set[int] = set()
    current: BaseException | None = exc
    link = ""
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        chain.append((current, link))
        if current.__cause__ is not None:
            current, link = current.__cause__, "The error above caused the one below."
        elif current.__context__ is not None and not current.__suppress_context__:
            current, link = current.__context__, "While handling the error above, another one:"
        else:
            current = None
    lines: list[str] = []
    for error, link in reversed(chain):
        lines.append("Traceback (most recent call last):")
        for frame in _frames(error.__traceback__):
            lines.append(f'  File "{frame.filename}", line {frame.lineno}, in {frame.name}')
        lines.append(f"{_type_name(type(error))} ({WITHHELD})")
        if link:
            lines.append(f"\n{link}\n")
    return "\n".join(lines)


def _type_name(kind: type[BaseException]) -> str:
    module = kind.__module__
    return kind.__qualname__ if module == "builtins" else f"{module}.{kind.__qualname__}"


class _Frame(NamedTuple):
    filename: str
    lineno: int
    name: str


def _frames(tb: TracebackType | None) -> list[_Frame]:
    """The frames without their source lines: in a template's frame (Jinja adds them to
    tracebacks) the source line is the template's text."""
    frames = []
    while tb is not None:
        code = tb.tb_frame.f_code
        frames.append(_Frame(code.co_filename, tb.tb_lineno, code.co_name))
        tb = tb.tb_next
    return frames


class _WithheldFormatter(logging.Formatter):
    """Writes `exc_info` tracebacks without the exceptions' messages."""

    def formatException(self, ei: ExcInfo | tuple[None, None, None]) -> str:
        error = ei[1]
        return describe_exception(error) if error is not None else ""


class _LogFileHandler(RotatingFileHandler):
    """Rapport's handler, told apart from any other on the logger so that setting up
    again (another data folder, in tests) replaces it instead of adding a second one."""


def setup_logging(role: str) -> Path | None:
    """Send Rapport's log records to the log file and write the start line.

    `role` says what started (the window, or which command); it goes in the start line
    with the version and the platform. Returns the log file, or None when it cannot be
    opened (a read-only data folder): Rapport then works without a log, and whatever
    needs the data folder reports the problem itself."""
    target = _ready_log_path()
    logger = logging.getLogger(_APP_LOGGER)
    for old in [h for h in logger.handlers if isinstance(h, _LogFileHandler)]:
        logger.removeHandler(old)
        old.close()
    if target is None:
        return None
    try:
        handler = _LogFileHandler(
            target, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8"
        )
    except OSError:
        return None
    handler.setFormatter(_WithheldFormatter(_LINE_FORMAT))
    handler.setLevel(logging.INFO)
    logger.addHandler(handler)
    if logger.getEffectiveLevel() > logging.INFO:
        logger.setLevel(logging.INFO)
    log.info("Rapport %s (%s) starting; %s", __version__, role, platform_summary())
    return target


def current_log_file() -> Path | None:
    """The file Rapport is logging to; None when no log could be opened."""
    for handler in logging.getLogger(_APP_LOGGER).handlers:
        if isinstance(handler, _LogFileHandler):
            return Path(handler.baseFilename)
    return None


def _ready_log_path() -> Path | None:
    try:
        target = log_path()
        target.parent.mkdir(parents=True, exist_ok=True)
    except OSError:
        return None
    return target


def platform_summary() -> str:
    """The system, its release and the machine, and the distribution on Linux.

    Not `platform.platform()`: on Linux it reads the Python executable through to find
    the C library's version, which takes tens of milliseconds of the window's start."""
    system = f"{platform.system()} {platform.release()} {platform.machine()}"
    if sys.platform.startswith("linux"):
        # Without /etc/os-release the kernel's release says enough.
        with contextlib.suppress(OSError, KeyError):
            system += f" ({platform.freedesktop_os_release()['PRETTY_NAME']})"
    frozen = ", bundled" if getattr(sys, "frozen", False) else ""
    return f"{system}, Python {platform.python_version()}{frozen}"


def log_crash(exc: BaseException, where: str) -> str:
    """Log an error nothing handled, as an ERROR with its withheld traceback; returns
    the same report, for the user to copy into a bug report."""
    report = (
        f"Rapport {__version__} on {platform_summary()}\n"
        f"Unhandled error {where}:\n{describe_exception(exc)}"
    )
    _crash_log.error("%s", report)
    return report
