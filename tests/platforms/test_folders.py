"""Where the pointer to the data folder and the cache go when the platform's folders
overlap, as platformdirs' do on Windows and macOS (their values swapped in here)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import platformdirs
import pytest

from app import data_folder, paths

Folders = Callable[[str, str, str], None]


@pytest.fixture
def platform_folders(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Folders:
    """Give platformdirs a platform's answers, and no overrides in the environment."""
    for name in ("RAPPORT_HOME", "RAPPORT_CONFIG", "RAPPORT_CACHE"):
        monkeypatch.delenv(name, raising=False)

    def use(data: str, config: str, cache: str) -> None:
        for function, value in (
            ("user_data_dir", data),
            ("user_config_dir", config),
            ("user_cache_dir", cache),
        ):
            monkeypatch.setattr(
                platformdirs, function, lambda *_a, _v=value, **_k: str(tmp_path / _v)
            )

    return use


def outside(folder: Path, data: Path) -> bool:
    return folder != data and data not in folder.parents


@pytest.mark.parametrize(
    ("data", "config", "cache"),
    [
        ("AppData/Local/Rapport", "AppData/Local/Rapport", "AppData/Local/Rapport/Cache"),
        (
            "Library/Application Support/Rapport",
            "Library/Application Support/Rapport",
            "Library/Caches/Rapport",
        ),
        (".local/share/Rapport", ".config/Rapport", ".cache/Rapport"),
    ],
    ids=["windows", "macos", "linux"],
)
def test_the_pointer_and_the_cache_live_outside_the_data_folder(
    platform_folders,
    data: str,
    config: str,
    cache: str,
) -> None:
    platform_folders(data, config, cache)
    data_dir = paths.data_dir()
    assert outside(paths.config_dir(), data_dir)
    assert outside(paths.cache_dir(), data_dir)
    assert outside(paths.data_dir_pointer(), data_dir)


def test_linux_folders_are_as_before(platform_folders: Folders, tmp_path: Path) -> None:
    platform_folders(".local/share/Rapport", ".config/Rapport", ".cache/Rapport")
    assert paths.config_dir() == tmp_path / ".config/Rapport"
    assert paths.cache_dir() == tmp_path / ".cache/Rapport"


def test_moving_the_data_leaves_a_cache_kept_inside_it_behind(
    tmp_path: Path, rapport_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # As an earlier Rapport on Windows left it: the cache inside the data folder.
    cache = rapport_home / "Cache"
    (cache / "languagetool-6.8").mkdir(parents=True)
    (cache / "languagetool-6.8" / "big.jar").write_bytes(b"jar" * 1000)
    monkeypatch.setenv("RAPPORT_CACHE", str(cache))
    (rapport_home / "settings.json").write_text("{}", encoding="utf-8")

    target = tmp_path / "moved"
    data_folder.change_folder(target, copy_from=rapport_home)
    assert sorted(path.name for path in target.iterdir()) == ["settings.json"]
    assert (cache / "languagetool-6.8" / "big.jar").exists()
