"""Template files as someone would share them."""

from __future__ import annotations

import zipfile
from pathlib import Path


def template_text(
    name: str, body: str = "Thanks, {{ first_name }}!", kind: str = "thanks", extra: str = ""
) -> str:
    return (
        f"---\nname: {name}\nkind: {kind}\nchannel: linkedin_message\n"
        f"description: A note called {name}.\nrequires: [first_name]\n{extra}---\n{body}\n"
    )


def write_template(folder: Path, name: str, body: str = "Thanks, {{ first_name }}!") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}.j2"
    path.write_text(template_text(name, body), encoding="utf-8")
    return path


def write_zip(path: Path, entries: dict[str, str | bytes]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in entries.items():
            archive.writestr(name, data)
    return path


def folder_state(folder: Path) -> dict[str, bytes]:
    """Every file under a folder and its bytes: to show that nothing was written."""
    return {
        str(path.relative_to(folder)): path.read_bytes()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }
