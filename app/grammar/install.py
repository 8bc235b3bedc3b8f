"""Where the local LanguageTool server and the Java that runs it are found.

The server is not shipped inside the app. It comes into the cache folder one of two ways:

- `packaging/languagetool/build.sh` assembles it from Maven Central into `server_dir()`. That
  folder counts as installed only once the build's last step, `classpath.txt`, is there, so
  a half-finished build is never run.
- On a computer with Java but no Maven, `fetch.py` has language-tool-python download the
  release zip, which unpacks into `release_dir()`.

When both are there the Maven build wins: it is the one the packaging pins and tests.
"""

from __future__ import annotations

import logging
import os
import re
from pathlib import Path

# Re-exported: the server and the download find Java through this module.
from app.grammar.java import MINIMUM_JAVA as MINIMUM_JAVA
from app.grammar.java import find_java as find_java
from app.grammar.matches import GrammarUnavailable
from app.grammar.reasons import GrammarReason, Why, english, unavailable
from app.paths import cache_dir

log = logging.getLogger(__name__)

# Keep equal to <languagetool.version> in packaging/languagetool/pom.xml (a test checks).
LANGUAGETOOL_VERSION = "6.8"
# The server jar in the release zip; its libraries are in libs/ beside it.
RELEASE_SERVER_JAR = "languagetool-server.jar"

# LanguageTool-6.8.zip, which language-tool-python downloads when Maven cannot build it.
DOWNLOAD_MEGABYTES = 250
DOWNLOAD_SIZE = f"about {DOWNLOAD_MEGABYTES} MB"
_MODULE_JAR = re.compile(
    rf"language-(?!all-)([a-z]{{2,3}})(?:-[\w-]+)?-{re.escape(LANGUAGETOOL_VERSION)}\.jar"
)


def server_dir() -> Path:
    """The folder build.sh fills for the pinned LanguageTool version."""
    return cache_dir() / f"languagetool-{LANGUAGETOOL_VERSION}"


def download_dir() -> Path:
    """language-tool-python's download folder (its `LTP_PATH`), kept in Rapport's cache."""
    return cache_dir() / "language-tool-python"


def release_dir() -> Path:
    """Where the downloaded release zip of the pinned version is unpacked."""
    return download_dir() / f"LanguageTool-{LANGUAGETOOL_VERSION}"


class NotInstalled(GrammarUnavailable):
    """No LanguageTool on this computer, and the user has not asked for its download."""


def not_installed() -> NotInstalled:
    reason = GrammarReason(Why.NOT_INSTALLED, number=DOWNLOAD_MEGABYTES)
    return NotInstalled(english(reason), reason)


def installed_folder() -> Path | None:
    """The Maven build's folder if it is complete, else a downloaded release's, else None."""
    for folder in (server_dir(), release_dir()):
        try:
            classpath_in(folder)
        except GrammarUnavailable as exc:
            if folder.exists():
                log.info("Not using %s: %s", folder, exc)
        else:
            return folder
    return None


def installed_classpath() -> list[Path] | None:
    """The Maven build's classpath if it is complete, else a downloaded release's, else None."""
    folder = installed_folder()
    return None if folder is None else classpath_in(folder)


def for_languages(classpath: list[Path], languages: tuple[str, ...]) -> list[Path]:
    """`classpath` without the language modules (`language-xx-<version>.jar`) of languages
    other than `languages`; all of it when `languages` is empty or lets LanguageTool guess.

    LanguageTool registers every module it finds on the class path, and the server loads
    each one's classes and data at start: English alone starts in less time than all
    thirty-odd together (bench/bench_grammar.py).
    """
    wanted = {code.split("-")[0].lower() for code in languages}
    if not wanted or "auto" in wanted:
        return classpath
    return [jar for jar in classpath if _module_language(jar.name) in wanted | {None}]


def _module_language(jar_name: str) -> str | None:
    """ "de" for language-de-6.8.jar (and language-de-DE-x-simple-language-6.8.jar); None
    for every jar that is not a language module, and for language-all."""
    match = _MODULE_JAR.fullmatch(jar_name)
    return match.group(1).lower() if match else None


def classpath_in(folder: Path) -> list[Path]:
    """The classpath of the server in `folder`, a Maven build or an unpacked release."""
    if (folder / RELEASE_SERVER_JAR).is_file():
        return release_classpath(folder)
    return server_classpath(folder)


def server_classpath(folder: Path | None = None) -> list[Path]:
    """The server's jars in Maven's order, or `GrammarUnavailable` if the build is missing."""
    folder = folder or server_dir()
    try:
        names = (folder / "classpath.txt").read_text(encoding="utf-8").split()
    except FileNotFoundError:
        not_built = GrammarReason(Why.NOT_BUILT, version=LANGUAGETOOL_VERSION, path=str(folder))
        raise unavailable(not_built) from None
    except OSError as exc:
        said = str(exc.strerror or exc)[:300]
        raise unavailable(GrammarReason(Why.UNREADABLE, path=str(folder), detail=said)) from exc
    jars = [folder / name for name in names]
    missing = next((jar for jar in jars if not jar.is_file()), None)
    if missing is not None or not jars:
        # No name: the list of jars is empty.
        name = missing.name if missing else ""
        raise unavailable(GrammarReason(Why.BUILD_INCOMPLETE, path=str(folder), detail=name))
    return jars


def release_classpath(folder: Path | None = None) -> list[Path]:
    """The classpath of an unpacked release zip, or `GrammarUnavailable` if it is not there.

    The zip unpacks the language modules (their classes and rule files) into the folder
    itself, so the folder is on the classpath too, as the server jar's manifest
    ("Class-Path: ./ libs/…") would put it with `java -jar`.
    """
    folder = folder or release_dir()
    server_jar = folder / RELEASE_SERVER_JAR
    libraries = sorted((folder / "libs").glob("*.jar"))
    if not server_jar.is_file() or not libraries:
        missing = RELEASE_SERVER_JAR if libraries else "libs/*.jar"
        incomplete = GrammarReason(Why.DOWNLOAD_INCOMPLETE, path=str(folder), detail=missing)
        raise unavailable(incomplete)
    return [server_jar, folder, *libraries]


def launch_folder(classpath: list[Path]) -> tuple[Path, str]:
    """The folder to start the JVM in, and the class path relative to it.

    About 170 jars by absolute path make a command line of 15,000 characters or more
    under a deep cache folder, half of Windows' limit of 32,767; relative to the server's
    own folder it is a third of that, whatever the path of the cache.
    """
    folder = Path(os.path.commonpath(classpath))
    if folder.is_file():  # a class path of one jar
        folder = folder.parent
    return folder, os.pathsep.join(os.path.relpath(entry, folder) for entry in classpath)
