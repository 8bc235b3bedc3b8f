"""Finding the `java` that runs the local LanguageTool server, the way each platform installs it.

`JAVA_HOME` when it is set, as Java tools do. Otherwise the newest Java found in these
places, the first found of equals: on macOS, `/usr/libexec/java_home`, which knows every
installed JDK; the `PATH`, except macOS's `/usr/bin/java`, a stub present on every Mac
that only offers to install Java; on Windows, the JavaSoft registry keys installers
write; then the folders Java installers and package managers use, newest name first.

The newest, because a newer Java starts LanguageTool sooner (Java 25 with its
ahead-of-time cache, archive.py), and one on the `PATH` may be older than LanguageTool
needs while a newer one is installed beside it. A version is read from the `release`
file every JDK and JRE since Java 9 carries in its home, without starting Java; one
that cannot be read ranks after every Java new enough and before every one too old,
which fails to start the server, saying so.

The tests swap the platform, the environment and the look-ups in, so every branch runs on
Linux; that the folders and keys are where real installers put them only real Windows and
macOS machines show.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from app.grammar.reasons import GrammarReason, Why, unavailable

MINIMUM_JAVA = 17  # LanguageTool 6.8's class files are Java 17 bytecode
MACOS_STUB = Path("/usr/bin/java")
JAVA_HOME_TOOL = Path("/usr/libexec/java_home")
_JAVASOFT_KEYS = (
    r"SOFTWARE\JavaSoft\JDK",
    r"SOFTWARE\JavaSoft\JRE",
    r"SOFTWARE\JavaSoft\Java Development Kit",
    r"SOFTWARE\JavaSoft\Java Runtime Environment",
)
_WINDOWS_VENDORS = (
    "Eclipse Adoptium",
    "Java",
    "Microsoft",
    "Zulu",
    "Amazon Corretto",
    "BellSoft",
    "Semeru",
)
_MACOS_PATTERNS = (
    "/Library/Java/JavaVirtualMachines/*/Contents/Home/bin/java",
    "/opt/homebrew/opt/openjdk*/bin/java",
    "/usr/local/opt/openjdk*/bin/java",
)
_LINUX_PATTERNS = ("/usr/lib/jvm/*/bin/java",)
_JAVA_VERSION = re.compile(r'^JAVA_VERSION="(\d+(?:\.\d+)*)', re.MULTILINE)
_RELEASE_CAP = 16_384  # a release file is under 2 KB


def _java_home_tool() -> str | None:
    """What `/usr/libexec/java_home` says is the home of a Java new enough, if any."""
    try:
        done = subprocess.run(
            [str(JAVA_HOME_TOOL), "-v", f"{MINIMUM_JAVA}+"],
            capture_output=True,
            encoding="utf-8",
            errors="replace",
            timeout=10,
        )
    except (OSError, subprocess.SubprocessError):
        return None
    return done.stdout.strip() or None if done.returncode == 0 else None


def _registry_homes() -> list[str]:
    """The JavaHome values under the JavaSoft keys, newest version first (Windows only)."""
    if sys.platform != "win32":
        return []
    import winreg

    homes: list[str] = []
    for key_path in _JAVASOFT_KEYS:
        try:
            key = winreg.OpenKey(winreg.HKEY_LOCAL_MACHINE, key_path)
        except OSError:
            continue
        with key:
            index = 0
            while True:
                try:
                    version = winreg.EnumKey(key, index)
                except OSError:
                    break
                index += 1
                try:
                    with winreg.OpenKey(key, version) as release:
                        homes.append(str(winreg.QueryValueEx(release, "JavaHome")[0]))
                except OSError:
                    continue
    return sorted(homes, reverse=True)


def _glob(pattern: str) -> list[str]:
    anchor = Path(pattern).anchor
    return [str(path) for path in Path(anchor).glob(pattern[len(anchor) :])]


@dataclass
class JavaSearch:
    """Where to look; each field is swapped in tests."""

    platform: str = sys.platform
    environ: Mapping[str, str] = field(default_factory=lambda: os.environ)
    which: Callable[[str], str | None] = shutil.which
    java_home_tool: Callable[[], str | None] = _java_home_tool
    registry_homes: Callable[[], list[str]] = _registry_homes
    glob: Callable[[str], list[str]] = _glob
    is_file: Callable[[Path], bool] = Path.is_file
    version_of: Callable[[Path], tuple[int, ...] | None] = lambda java: java_version(java)

    def chosen(self) -> Path | None:
        """`JAVA_HOME`'s java when it exists, else the newest of the others found."""
        home = self.environ.get("JAVA_HOME")
        if home and self.is_file(given := Path(home) / "bin" / self._name()):
            return given
        found = [candidate for candidate in self.candidates() if self.is_file(candidate)]
        return max(found, key=self._rank, default=None)

    def _rank(self, java: Path) -> tuple[int, tuple[int, ...]]:
        version = self.version_of(java)
        if version is None:
            return 1, ()
        return (2 if version[0] >= MINIMUM_JAVA else 0), version

    def _name(self) -> str:
        return "java.exe" if self.platform == "win32" else "java"

    def candidates(self) -> Iterator[Path]:
        """Every place a java may be, in order, `JAVA_HOME` aside."""
        windows = self.platform == "win32"
        name = self._name()
        if self.platform == "darwin" and (home := self.java_home_tool()):
            yield Path(home) / "bin" / name
        on_path = self.which("java")
        if on_path and not (self.platform == "darwin" and Path(on_path) == MACOS_STUB):
            yield Path(on_path)
        if windows:
            yield from (Path(home) / "bin" / name for home in self.registry_homes())
        yield from (Path(found) for found in self._newest_first(self._patterns()))

    def _patterns(self) -> Iterable[str]:
        if self.platform == "win32":
            roots = {self.environ.get(v) for v in ("ProgramFiles", "ProgramW6432")} - {None}
            return [
                f"{root}\\{vendor}\\*\\bin\\java.exe"
                for root in sorted(r for r in roots if r)
                for vendor in _WINDOWS_VENDORS
            ]
        if self.platform == "darwin":
            return _MACOS_PATTERNS
        return _LINUX_PATTERNS

    def _newest_first(self, patterns: Iterable[str]) -> list[str]:
        # jdk-21 before jdk-17, openjdk@21 before openjdk@17: names carry the version.
        return [found for pattern in patterns for found in sorted(self.glob(pattern), reverse=True)]


def find_java(search: JavaSearch | None = None) -> Path:
    """The `java` launcher to run LanguageTool with; `GrammarUnavailable` if there is none."""
    found = (search or JavaSearch()).chosen()
    if found is None:
        raise unavailable(GrammarReason(Why.NO_JAVA, number=MINIMUM_JAVA))
    return found


def java_version(java: Path) -> tuple[int, ...] | None:
    """The version of the Java whose launcher is `java`, from its home's `release` file
    (`JAVA_VERSION="25.0.3"`), or None when there is no such file or line."""
    try:
        release = java.resolve().parent.parent / "release"
        with release.open(encoding="utf-8", errors="replace") as lines:
            text = lines.read(_RELEASE_CAP)
    except OSError:
        return None
    found = _JAVA_VERSION.search(text)
    return tuple(int(part) for part in found[1].split(".")) if found else None
