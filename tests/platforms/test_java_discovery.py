"""Finding Java where each platform's installers put it (their answers swapped in here)."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import pytest

from app.grammar.java import JavaSearch, find_java, java_version
from app.grammar.matches import GrammarUnavailable


def search(
    platform: str,
    existing: Iterable[str | Path],
    *,
    environ: dict[str, str] | None = None,
    on_path: str | None = None,
    java_home_tool: str | None = None,
    registry: list[str] | None = None,
    versions: dict[str, tuple[int, ...]] | None = None,
) -> JavaSearch:
    files = {str(path) for path in existing}
    known = versions or {}

    def glob(pattern: str) -> list[str]:
        head, _, tail = pattern.partition("*")
        return [f for f in files if f.startswith(head) and f.endswith(tail.split("*")[-1])]

    return JavaSearch(
        platform=platform,
        environ=environ or {},
        which=lambda _name: on_path,
        java_home_tool=lambda: java_home_tool,
        registry_homes=lambda: registry or [],
        glob=glob,
        is_file=lambda path: str(path) in files,
        version_of=lambda java: known.get(str(java)),
    )


def test_java_home_comes_first() -> None:
    home = "/opt/jdk-21"
    found = find_java(
        search(
            "linux",
            [f"{home}/bin/java", "/usr/bin/java"],
            environ={"JAVA_HOME": home},
            on_path="/usr/bin/java",
        )
    )
    assert found == Path(home) / "bin" / "java"


def test_the_macos_stub_is_not_java() -> None:
    with pytest.raises(GrammarUnavailable, match="Java was not found"):
        find_java(search("darwin", ["/usr/bin/java"], on_path="/usr/bin/java"))


def test_macos_asks_java_home() -> None:
    home = "/Library/Java/JavaVirtualMachines/temurin-21.jdk/Contents/Home"
    found = find_java(
        search(
            "darwin",
            ["/usr/bin/java", f"{home}/bin/java"],
            on_path="/usr/bin/java",
            java_home_tool=home,
        )
    )
    assert found == Path(home) / "bin" / "java"


def test_macos_finds_homebrew_java_off_the_path() -> None:
    older, newer = "/opt/homebrew/opt/openjdk@17/bin/java", "/opt/homebrew/opt/openjdk@21/bin/java"
    found = find_java(search("darwin", [older, newer, "/usr/bin/java"], on_path="/usr/bin/java"))
    assert found == Path(newer)


def test_windows_reads_the_javasoft_registry_keys() -> None:
    home = r"C:\Program Files\Java\jdk-17"
    found = find_java(search("win32", [Path(home) / "bin" / "java.exe"], registry=[home]))
    assert found == Path(home) / "bin" / "java.exe"


def test_windows_looks_in_the_installers_folders_newest_first() -> None:
    root = r"C:\Program Files"
    older = rf"{root}\Eclipse Adoptium\jdk-17.0.12.7-hotspot\bin\java.exe"
    newer = rf"{root}\Eclipse Adoptium\jdk-21.0.4.7-hotspot\bin\java.exe"
    found = find_java(search("win32", [older, newer], environ={"ProgramFiles": root}))
    assert found == Path(newer)


def test_linux_looks_in_usr_lib_jvm_when_the_path_has_no_java() -> None:
    jvm = "/usr/lib/jvm/java-17-openjdk-amd64/bin/java"
    assert find_java(search("linux", [jvm])) == Path(jvm)


def test_no_java_anywhere_says_what_to_do() -> None:
    with pytest.raises(GrammarUnavailable, match="remote LanguageTool server"):
        find_java(search("win32", [], environ={"ProgramFiles": r"C:\Program Files"}))


def test_the_newest_java_installed_wins_over_the_one_on_the_path() -> None:
    on_path, newer = "/usr/bin/java", "/usr/lib/jvm/temurin-25-jdk-amd64/bin/java"
    older = "/usr/lib/jvm/java-17-openjdk-amd64/bin/java"
    found = find_java(
        search(
            "linux",
            [on_path, older, newer],
            on_path=on_path,
            versions={on_path: (17, 0, 15), older: (17, 0, 15), newer: (25, 0, 3)},
        )
    )
    assert found == Path(newer)


def test_java_home_wins_even_over_a_newer_java() -> None:
    home, newer = "/opt/jdk-17", "/usr/lib/jvm/temurin-25-jdk-amd64/bin/java"
    chosen = f"{home}/bin/java"
    found = find_java(
        search(
            "linux",
            [chosen, newer],
            environ={"JAVA_HOME": home},
            versions={chosen: (17,), newer: (25,)},
        )
    )
    assert found == Path(chosen)


def test_a_java_too_old_for_languagetool_is_passed_over() -> None:
    old, unknown = "/usr/bin/java", "/usr/lib/jvm/custom-build/bin/java"
    found = find_java(search("linux", [old, unknown], on_path=old, versions={old: (11, 0, 2)}))
    assert found == Path(unknown)


def test_of_two_equally_new_javas_the_one_on_the_path_is_kept() -> None:
    on_path, beside = "/usr/bin/java", "/usr/lib/jvm/java-21-openjdk-amd64/bin/java"
    found = find_java(
        search(
            "linux", [beside, on_path], on_path=on_path, versions={on_path: (21,), beside: (21,)}
        )
    )
    assert found == Path(on_path)


def test_the_version_is_read_from_the_release_file_of_javas_home(tmp_path: Path) -> None:
    home = tmp_path / "jdk"
    (home / "bin").mkdir(parents=True)
    (home / "bin" / "java").write_bytes(b"")
    (home / "release").write_text(
        'IMPLEMENTOR="Eclipse Adoptium"\nJAVA_VERSION="25.0.3"\n', encoding="utf-8"
    )
    assert java_version(home / "bin" / "java") == (25, 0, 3)
    (home / "release").unlink()
    assert java_version(home / "bin" / "java") is None
