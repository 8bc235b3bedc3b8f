"""Downloading LanguageTool with language-tool-python, for computers that have Java but no Maven.

language-tool-python 3.4.0 downloads the release zip of the pinned version (about 250 MB,
checked against the SHA-256 in its own manifest), unpacks it into a private folder and only
then renames `LanguageTool-<version>/` into its download folder, so a folder that is there is
whole. Rapport uses that download and nothing else of it: it starts the JVM itself, for the
reasons server.py gives.

A download cannot be cancelled; one cut short by quitting the app leaves its temporary
folder behind, and the next download removes it.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import threading
import time
from collections.abc import Iterator, Mapping
from pathlib import Path

from app.grammar.certificates import use_system_certificates
from app.grammar.install import (
    DOWNLOAD_MEGABYTES,
    DOWNLOAD_SIZE,
    LANGUAGETOOL_VERSION,
    download_dir,
    release_classpath,
)
from app.grammar.matches import GrammarUnavailable
from app.grammar.reasons import GrammarReason, Why, reason_of, unavailable

DOWNLOADING = (
    f"Downloading LanguageTool {LANGUAGETOOL_VERSION} ({DOWNLOAD_SIZE}) for grammar checks…"
)
# language-tool-python waits up to 60 s for a connection, and a DNS lookup as long as the
# system lets it; asking the download host first tells an offline computer within seconds.
PROBE_TIMEOUT = 5.0
# A failed download is not retried sooner: every check restarts the server, and a failure
# late in the download (a checksum, a full disk) would otherwise cost a download per check.
RETRY_AFTER = 60.0
# A temporary download folder untouched for this long belongs to no running download: a
# live one writes all the time, and one that stalls for 60 s is given up.
_ABANDONED_AFTER = 3600.0

# language-tool-python reads its settings from the environment, which the whole process
# shares: one download at a time.
_download_lock = threading.Lock()


class ReleaseFetcher:
    """Downloads the release when asked, and says why it failed for a while after a failure."""

    def __init__(
        self, *, retry_after: float = RETRY_AFTER, probe_timeout: float = PROBE_TIMEOUT
    ) -> None:
        self._retry_after = retry_after
        self._probe_timeout = probe_timeout
        self._lock = threading.Lock()
        self._downloading = False
        self._failure: tuple[GrammarReason, float] | None = None  # the reason, and when

    @property
    def downloading(self) -> bool:
        with self._lock:
            return self._downloading

    def fetch(self, java: Path) -> list[Path]:
        """The downloaded server's classpath; blocks for the download, minutes the first time."""
        with self._lock:
            if self._failure and time.monotonic() - self._failure[1] < self._retry_after:
                raise unavailable(self._failure[0])
            self._downloading = True
        try:
            return download_release(java, probe_timeout=self._probe_timeout)
        except GrammarUnavailable as exc:
            with self._lock:
                self._failure = (reason_of(exc), time.monotonic())
            raise
        finally:
            with self._lock:
                self._downloading = False


def download_release(java: Path, *, probe_timeout: float = PROBE_TIMEOUT) -> list[Path]:
    """Download and unpack LanguageTool into `release_dir()`; `GrammarUnavailable` if not.

    `java` is the Java that will run the server: language-tool-python checks its version
    with whichever `java` is first on the PATH, so that one is put first while it runs.
    """
    # Imported here: it reads its checksum manifest and loads requests, which only the
    # computers that download need.
    from language_tool_python.download_lt import ReleaseLocalLanguageTool

    use_system_certificates()
    with _download_lock:
        with contextlib.suppress(GrammarUnavailable):
            return release_classpath()  # another server in this process fetched it meanwhile
        _remove_abandoned_downloads(download_dir())
        release = ReleaseLocalLanguageTool(LANGUAGETOOL_VERSION)
        _probe(release.download_url, probe_timeout)
        environment = {
            "LTP_PATH": str(download_dir()),
            "LTP_JAR_DIR_PATH": None,  # when set, the library skips the download
            "PATH": os.pathsep.join(filter(None, (str(java.parent), os.environ.get("PATH")))),
        }
        try:
            with _environment(environment):
                release.download()
        # Besides its own errors and OSErrors from requests, it raises ModuleNotFoundError,
        # SystemError and even SystemExit about Java: none of them may end this thread.
        except (Exception, SystemExit) as exc:
            with contextlib.suppress(GrammarUnavailable):
                return release_classpath()  # another Rapport unpacked it first
            detail = " ".join(str(exc).split())[:300] or type(exc).__name__
            failed = GrammarReason(Why.DOWNLOAD_FAILED, version=LANGUAGETOOL_VERSION, detail=detail)
            raise unavailable(failed) from exc
        return release_classpath()


def _probe(url: str, timeout: float) -> None:
    """`GrammarUnavailable` unless the download host answers within about `timeout` seconds.

    Any HTTP answer will do: the download itself reports a wrong one exactly. The request
    runs on a thread of its own because socket timeouts do not bound the DNS lookup.
    """
    import urllib.error  # with urllib.request, http.client and ssl: not at start-up
    import urllib.parse
    import urllib.request

    head = urllib.request.Request(url, method="HEAD")
    problems: list[str] = []

    def ask() -> None:
        try:
            urllib.request.urlopen(head, timeout=timeout).close()
        except urllib.error.HTTPError:
            pass
        except urllib.error.URLError as exc:
            problems.append(str(exc.reason))
        except (OSError, ValueError) as exc:
            problems.append(str(exc) or type(exc).__name__)

    asking = threading.Thread(target=ask, name="rapport-languagetool-probe", daemon=True)
    asking.start()
    asking.join(timeout + 1.0)
    if asking.is_alive():
        problems.append("")  # no answer: the reason says so without a detail
    if problems:
        raise unavailable(
            GrammarReason(
                Why.DOWNLOAD_UNREACHABLE,
                version=LANGUAGETOOL_VERSION,
                number=DOWNLOAD_MEGABYTES,
                host=urllib.parse.urlsplit(url).hostname or "",
                detail=problems[0][:300],
            )
        )


def _remove_abandoned_downloads(folder: Path) -> None:
    """Delete the temporary folders (a partial zip of up to 250 MB) of downloads cut short."""
    cutoff = time.time() - _ABANDONED_AFTER
    for leftover in folder.glob("tmp*"):
        try:
            newest = max(path.stat().st_mtime for path in (leftover, *leftover.iterdir()))
        except OSError:  # not a folder, or gone already
            continue
        if newest < cutoff:
            shutil.rmtree(leftover, ignore_errors=True)


@contextlib.contextmanager
def _environment(changes: Mapping[str, str | None]) -> Iterator[None]:
    """Set (or, for None, remove) environment variables while the block runs."""
    saved = {name: os.environ.get(name) for name in changes}
    _apply(changes)
    try:
        yield
    finally:
        _apply(saved)


def _apply(values: Mapping[str, str | None]) -> None:
    for name, value in values.items():
        if value is None:
            os.environ.pop(name, None)
        else:
            os.environ[name] = value
