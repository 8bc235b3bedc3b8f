"""A file written whole-or-not-at-all is renamed into place, and then its folder is
flushed too: until then, a power cut could undo the rename."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from app.library.transfer import apply_import, plan_import
from app.safe_io.writing import write_text_atomically


@pytest.mark.skipif(os.name == "nt", reason="Windows makes renames durable itself")
def test_the_folder_is_flushed_after_the_rename(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "settings.json"
    seen: list[bool] = []
    real_fsync = os.fsync

    def fsync(descriptor: int) -> None:
        if stat.S_ISDIR(os.fstat(descriptor).st_mode):
            assert os.fstat(descriptor).st_ino == tmp_path.stat().st_ino
            seen.append(target.exists())
        real_fsync(descriptor)

    monkeypatch.setattr(os, "fsync", fsync)
    write_text_atomically(target, "{}")
    assert seen == [True]


@pytest.mark.skipif(os.name == "nt", reason="Windows makes renames durable itself")
def test_an_imports_renames_are_flushed(
    tmp_path: Path, rapport_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shared = tmp_path / "mine.j2"
    shared.write_text("---\nname: mine\nkind: invite\nchannel: email\n---\nHi\n", encoding="utf-8")
    user_dir = rapport_home / "templates"
    user_dir.mkdir()
    plan = plan_import([shared], user_dir)
    folders: list[tuple[int, bool]] = []
    real_fsync = os.fsync

    def fsync(descriptor: int) -> None:
        status = os.fstat(descriptor)
        if stat.S_ISDIR(status.st_mode):
            folders.append((status.st_ino, (user_dir / "mine.j2").exists()))
        real_fsync(descriptor)

    monkeypatch.setattr(os, "fsync", fsync)
    apply_import(plan, user_dir, replace=False)
    assert folders == [(user_dir.stat().st_ino, True)]
