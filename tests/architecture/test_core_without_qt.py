"""The core runs where Qt cannot be imported: every module outside the window imports, and
the headless commands work, in a Python that refuses PySide6 and shiboken6.

import-linter (`make lint`) proves the same from the source; this proves it by running, so an
import hidden from static analysis (importlib, __import__, a plugin) fails here too.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
import tomllib
from pathlib import Path

TOP = Path(__file__).resolve().parents[2]

# Run in a child: the test process itself has Qt loaded by pytest-qt.
BLOCKED_QT = textwrap.dedent(
    """
    import importlib, importlib.abc, pkgutil, sys

    class NoQt(importlib.abc.MetaPathFinder):
        def find_spec(self, name, path=None, target=None):
            if name.split(".")[0] in {"PySide6", "shiboken6"}:
                raise ImportError(f"{name} is blocked: the core must not need Qt")
            return None

    sys.meta_path.insert(0, NoQt())
    import app
    imported = []
    for module in pkgutil.walk_packages(app.__path__, "app."):
        if module.name.startswith("app.ui") or module.name == "app.__main__":
            continue
        importlib.import_module(module.name)
        imported.append(module.name)
    print(len(imported))
    from app.cli import main
    sys.exit(main(sys.argv[1:]))
    """
)


def run_without_qt(tmp_path: Path, *args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "RAPPORT_HOME": str(tmp_path / "data")}
    env["RAPPORT_CONFIG"] = str(tmp_path / "config")
    return subprocess.run(
        [sys.executable, "-c", BLOCKED_QT, *args],
        input=stdin,
        capture_output=True,
        text=True,
        cwd=TOP,
        env=env,
        timeout=120,
        encoding="utf-8",
    )


def test_every_core_module_imports_and_check_runs_without_qt(tmp_path: Path) -> None:
    message = {"text": "Hi Ana, I'd like to add you to my professional network.", "kind": "invite"}
    done = run_without_qt(
        tmp_path, "check", "--json", "--no-grammar", "-", stdin=json.dumps(message) + "\n"
    )
    assert done.returncode == 0, done.stderr
    count, verdict = done.stdout.splitlines()
    assert int(count) > 100  # every core module, not a handful
    assert json.loads(verdict)["verdict"] == "generic"


def test_render_runs_without_qt(tmp_path: Path) -> None:
    contact = json.dumps({"name": "Ana Souza", "how_met": "at PyData Lisbon"})
    done = run_without_qt(
        tmp_path, "render", "--template", "invite-met-at-event", "--contact", contact
    )
    assert done.returncode == 0, done.stderr
    assert "Ana" in done.stdout.splitlines()[1]


def test_a_core_module_that_imports_qt_is_caught(tmp_path: Path) -> None:
    """The guard itself works: a module importing PySide6 makes the child fail."""
    probe = tmp_path / "probe"
    (probe / "app_probe").mkdir(parents=True)
    (probe / "app_probe" / "__init__.py").write_text("import PySide6\n", encoding="utf-8")
    script = BLOCKED_QT.replace("import app\n", "import app\nimport app_probe\n", 1)
    done = subprocess.run(
        [sys.executable, "-c", script, "--version"],
        capture_output=True,
        text=True,
        cwd=TOP,
        env={**os.environ, "PYTHONPATH": str(probe)},
        timeout=120,
        encoding="utf-8",
    )
    assert done.returncode != 0
    assert "PySide6 is blocked" in done.stderr


def test_the_qt_contract_names_every_core_module() -> None:
    """A module added to the core is covered by the import-linter contract too."""
    config = tomllib.loads((TOP / "pyproject.toml").read_text(encoding="utf-8"))
    contract = config["tool"]["importlinter"]["contracts"][0]
    listed = set(contract["source_modules"])
    core = {
        f"app.{path.stem}" if path.is_file() else f"app.{path.name}"
        for path in (TOP / "app").iterdir()
        if (path.suffix == ".py" or (path / "__init__.py").exists())
        and path.stem not in {"__init__", "__main__", "cli", "ui"}
    }
    assert core - listed == set()
