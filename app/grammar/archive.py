"""The class path the shared server runs with, and its class-data-sharing archive.

Two things shorten the JVM's start (measured in bench/bench_grammar.py):

- Only the language modules the user writes in, plus the three LanguageTool 6.8 cannot
  start without, are on the class path (`install.for_languages`).
- Java 17 can map the classes a run loaded from an archive instead of reading and
  verifying them again. The first server for a class path runs with
  `-XX:ArchiveClassesAtExit`, which writes the archive when that JVM exits cleanly; every
  later start maps it with `-XX:SharedArchiveFile`. Java 25 and newer keep more in their
  ahead-of-time cache (`-XX:AOTCacheOutput`, then `-XX:AOTCache`): the classes loaded
  and linked, and the profiles of the methods the first run used, which made
  LanguageTool ready 0.3-1.2 s sooner than Java 17 with its archive (bench/README.md).
  Either is refused, and the JVM runs without it, when the class path or Java changed.
  Java refuses to archive a class path with a non-empty folder on it, and the server
  jar's manifest puts its own folder there ("Class-Path: ./ libs/…", for the release
  zip's layout): the archive is made with a copy of that jar whose manifest has no
  Class-Path, which the Maven build does not need.

The archive and the copy live in a folder of their own beside the server in the cache,
named after the class path and the Java that made them: a new Java or another set of
languages makes a new archive, and an archive Java cannot use it ignores (`-Xshare:auto`;
Java 25 says so on its standard error and starts without it).
A release zip's layout (a folder on the class path) is run without an archive.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import os
import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from app.grammar.install import LANGUAGETOOL_VERSION, classpath_in, find_java, for_languages
from app.grammar.java import java_version
from app.paths import cache_dir

# LanguageTool 6.8's language identifier, which the server always builds, looks up these
# three languages when its class loads, and the server does not start without them.
_ALWAYS_NEEDED = ("es", "ca", "pt")
# The first Java whose ahead-of-time cache keeps the methods' profiles too (JEP 515).
AHEAD_OF_TIME_JAVA = 25
# What such a Java runs with, its cache made and used alike: compact object headers
# (Java 25's, JEP 519) hold an English user's server about 6 MB smaller, 245 MB idle
# (bench/README.md).
_AHEAD_OF_TIME_SETTINGS = ("-XX:+UseCompactObjectHeaders",)
_CLASS_PATH_ATTRIBUTE = re.compile(rb"^Class-Path:.*\r?\n(?: .*\r?\n)*", re.MULTILINE)


@dataclass(frozen=True)
class Plan:
    """How to run the server: its class path and the JVM options for its archive."""

    classpath: list[Path]
    options: tuple[str, ...] = ()
    pending: Path | None = field(default=None)
    final: Path | None = field(default=None)

    def finish(self, stopped_cleanly: bool) -> None:
        """Keep the archive a JVM wrote at a clean exit; drop a half-written one."""
        if self.pending is None or self.final is None or not self.pending.exists():
            return
        if stopped_cleanly:
            os.replace(self.pending, self.final)
        else:
            with contextlib.suppress(OSError):
                self.pending.unlink()


def plan(folder: Path, languages: tuple[str, ...]) -> Plan:
    """The class path for `languages` from the server in `folder`, and its archive options."""
    wanted = (*languages, *_ALWAYS_NEEDED) if languages else ()
    classpath = for_languages(classpath_in(folder), wanted)
    if any(not entry.is_file() for entry in classpath):
        return Plan(classpath)  # the release zip's layout: a folder is on the class path
    java = find_java().resolve()
    ahead_of_time = (java_version(java) or (0,)) >= (AHEAD_OF_TIME_JAVA,)
    settings = _AHEAD_OF_TIME_SETTINGS if ahead_of_time else ()
    made_by = [str(java), str(java.stat().st_mtime_ns), *settings, *map(str, classpath)]
    key = hashlib.sha256("\n".join(made_by).encode()).hexdigest()[:16]
    shared = cache_dir() / f"languagetool-{LANGUAGETOOL_VERSION}-shared-classes"
    shared.mkdir(exist_ok=True)
    suffix = ".aot" if ahead_of_time else ".jsa"
    final = shared / f"{key}{suffix}"
    if final.is_file():
        # The copies this archive was made with are beside it: reading the manifests of
        # the 150 jars again took 0.3-0.7 s of every cold start (bench/README.md, "Cold
        # start (fourth pass)"). Without its copy, Java finds the class path changed and
        # runs without the archive (-Xshare:auto), as before it was made.
        classpath = [_copy_if_made(jar, shared) for jar in classpath]
        if ahead_of_time:
            return Plan(classpath, (*settings, f"-XX:AOTCache={final}"))
        return Plan(classpath, (f"-XX:SharedArchiveFile={final}", "-Xshare:auto"))
    classpath = [_without_class_path(jar, shared) for jar in classpath]
    pending = shared / f"{key}.{os.getpid()}{suffix}"
    writes = "-XX:AOTCacheOutput" if ahead_of_time else "-XX:ArchiveClassesAtExit"
    return Plan(classpath, (*settings, f"{writes}={pending}"), pending, final)


def _copy_if_made(jar: Path, folder: Path) -> Path:
    """The copy of `jar` without its Class-Path if one was made, else `jar` itself."""
    copy = folder / jar.name
    return copy if copy.is_file() else jar


def _without_class_path(jar: Path, folder: Path) -> Path:
    """`jar` itself, or for a jar whose manifest has a Class-Path, a copy without it."""
    with zipfile.ZipFile(jar) as original:
        manifest = original.read("META-INF/MANIFEST.MF")
        if not _CLASS_PATH_ATTRIBUTE.search(manifest):
            return jar
        copy = folder / jar.name
        if copy.is_file():
            return copy
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as stripped:
            for item in original.infolist():
                data = original.read(item.filename)
                if item.filename == "META-INF/MANIFEST.MF":
                    data = _CLASS_PATH_ATTRIBUTE.sub(b"", data)
                stripped.writestr(item, data)
    temporary = copy.with_name(f"{copy.name}.{os.getpid()}")
    temporary.write_bytes(buffer.getvalue())
    os.replace(temporary, copy)
    return copy
