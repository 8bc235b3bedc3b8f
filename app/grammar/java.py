"""Finding the `java` that runs the local LanguageTool server, the way each platform installs it.

In order: `JAVA_HOME`, as Java tools do; on macOS, `/usr/libexec/java_home`, which knows
every installed JDK; the `PATH`, except macOS's `/usr/bin/java`, a stub present on every
Mac that only offers to install Java; on Windows, the JavaSoft registry keys installers
write; then the folders Java installers and package managers use, newest name first.
The version is not checked here: an old Java fails to start the server, which says so.

The tests swap the platform, the environment and the look-ups in, so every branch runs on
Linux; that the folders and keys are where real installers put them only real Windows and
macOS machines show.
"""

from __future__ import annotations

import os
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

    def candidates(self) -> Iterator[Path]:
        windows = self.platform == "win32"
        name = "java.exe" if windows else "java"
        homes: list[str | None] = [self.environ.get("JAVA_HOME")]
        if self.platform == "darwin":
            homes.append(self.java_home_tool())
        yield from (Path(home) / "bin" / name for home in homes if home)
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
    search = search or JavaSearch()
    for candidate in search.candidates():
        if search.is_file(candidate):
            return candidate
    raise unavailable(GrammarReason(Why.NO_JAVA, number=MINIMUM_JAVA))
