"""Checks that the wheel is the whole app, the way `pip install` or `pipx install` gets it.

    python packaging/check_wheel.py

Builds the wheel from this checkout, installs it (with its dependencies, from the package
index or pip's cache) into a new virtual environment in a temporary folder, and from another
folder, with a fresh data folder, runs `rapport --version`, `rapport templates --json`
(every built-in template must be listed), `rapport check --no-grammar` and `rapport render`
with a built-in template and with a template file (which renders in the worker process).
The wheel must hold the window's translations, compiled by setup.py. `make test` runs it;
so does .github/workflows/platforms.yml on Windows and macOS.
Prints what it checked, and exits with status 1 and the reason at the first failure.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
import venv
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CONTACT = {"name": "Łukasz Nowak", "how_met": "at PyData Lisbon"}
TEMPLATE_FILE = """---
name: wheel-check
kind: invite
channel: linkedin_note
description: A template from a file, rendered by the render worker.
requires: [first_name]
---
Hello {{ first_name }}, from a template file.
"""


class CheckFailed(Exception):
    pass


def main() -> int:
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="rapport-wheel-") as temporary:
        work = Path(temporary)
        try:
            wheel = build_wheel(work / "wheel")
            rapport = install(wheel, work / "venv")
            check_installed(rapport, work)
        except CheckFailed as exc:
            print(f"check_wheel: {exc}", file=sys.stderr)
            return 1
    print(f"ok: the wheel is the whole app ({time.monotonic() - started:.0f} s)")
    return 0


def build_wheel(folder: Path) -> Path:
    run([sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "-w", str(folder), "."])
    wheels = list(folder.glob("rapport-*.whl"))
    if len(wheels) != 1:
        raise CheckFailed(f"pip wheel left {len(wheels)} wheels in {folder}")
    print(f"ok: built {wheels[0].name}")
    check_translations(wheels[0])
    return wheels[0]


def check_translations(wheel: Path) -> None:
    """Every .ts of resources/translations/ compiled into the wheel (setup.py's build step)."""
    with zipfile.ZipFile(wheel) as archive:
        inside = set(archive.namelist())
    sources = sorted((ROOT / "resources" / "translations").glob("*.ts"))
    missing = [
        path.stem for path in sources if f"app/resources/translations/{path.stem}.qm" not in inside
    ]
    if not sources or missing:
        raise CheckFailed(f"the wheel has no compiled translation for {missing or 'any language'}")
    print(f"ok: the wheel holds the {len(sources)} compiled translations")


def install(wheel: Path, folder: Path) -> Path:
    """A new virtual environment with only the wheel and its dependencies; its `rapport`."""
    venv.create(folder, with_pip=True)
    scripts = folder / ("Scripts" if os.name == "nt" else "bin")
    python = scripts / ("python.exe" if os.name == "nt" else "python")
    run(
        [
            str(python),
            "-m",
            "pip",
            "install",
            "--quiet",
            "--no-compile",
            "--disable-pip-version-check",
            str(wheel),
        ]
    )
    print("ok: installed into a new virtual environment")
    return scripts / ("rapport.exe" if os.name == "nt" else "rapport")


def check_installed(rapport: Path, work: Path) -> None:
    elsewhere = work / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "mine.j2").write_text(TEMPLATE_FILE, encoding="utf-8")
    inherited = {"PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV"}
    environment = {
        name: value
        for name, value in os.environ.items()
        if name not in inherited and not name.startswith("RAPPORT")
    }
    environment |= {
        "RAPPORT_HOME": str(work / "data"),
        "RAPPORT_CONFIG": str(work / "config"),
        "RAPPORT_CACHE": str(work / "cache"),
        "PYTHONIOENCODING": "utf-8",
    }

    def rapport_says(*arguments: str, stdin: str = "") -> str:
        return run([str(rapport), *arguments], cwd=elsewhere, env=environment, stdin=stdin)

    version = rapport_says("--version").strip()
    expected = _version()
    if version != f"rapport {expected}":
        raise CheckFailed(f"--version said {version!r}, not 'rapport {expected}'")
    print(f"ok: {version}")

    listed = {row["name"] for row in json.loads(rapport_says("templates", "--json"))}
    shipped = {path.stem for path in (ROOT / "templates").glob("*.j2")}
    if listed != shipped:
        raise CheckFailed(f"templates --json is missing {sorted(shipped - listed)}")
    print(f"ok: templates --json lists all {len(shipped)} built-in templates")

    line = json.dumps({"text": "I hope this message finds you well.", "kind": "invite"})
    verdict = json.loads(rapport_says("check", "--no-grammar", "--json", stdin=line + "\n"))
    if not any("boilerplate" in json.dumps(finding) for finding in verdict.get("findings", [])):
        raise CheckFailed(f"check found no stock phrase, so read no phrase list: {verdict}")
    print("ok: check --no-grammar reads the phrase lists")

    contact = json.dumps(CONTACT, ensure_ascii=False)
    message = rapport_says("render", "--template", "invite-met-at-event", "--contact", contact)
    if "Łukasz" not in message:
        raise CheckFailed(f"the built-in template rendered as {message!r}")
    message = rapport_says("render", "--template", "mine.j2", "--contact", contact).strip()
    if message != "Hello Łukasz, from a template file.":
        raise CheckFailed(f"the template file rendered as {message!r}")
    print("ok: render, in this process and in the render worker")


def run(
    argv: list[str], *, cwd: Path = ROOT, env: dict[str, str] | None = None, stdin: str = ""
) -> str:
    done = subprocess.run(
        argv, cwd=cwd, env=env, input=stdin.encode("utf-8"), capture_output=True, timeout=600
    )
    if done.returncode != 0:
        said = (done.stderr or done.stdout).decode("utf-8", "replace").strip()
        raise CheckFailed(f"{' '.join(argv[:4])} … ended with status {done.returncode}: {said}")
    return done.stdout.decode("utf-8")


def _version() -> str:
    for line in (ROOT / "app" / "__init__.py").read_text(encoding="utf-8").splitlines():
        if line.startswith("__version__ = "):
            return line.split('"')[1]
    raise CheckFailed("app/__init__.py sets no __version__")


if __name__ == "__main__":
    sys.exit(main())
