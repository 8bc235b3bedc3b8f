"""The parts of the build that pyproject.toml cannot say: the wheel carries `templates/`
and `resources/`, which stay at the top of the repository, inside the `app` package
(`app/templates/`, `app/resources/`), where app/paths.py finds them with importlib.resources;
and the window's translations, compiled from resources/translations/*.ts into .qm files in
the wheel by PySide6's own lrelease (packaging/build_backend.py asks for it).
"""

import shutil
import subprocess
import sys
from pathlib import Path

from setuptools import find_namespace_packages, find_packages, setup
from setuptools.command.build_py import build_py

DATA = {"app.templates": "templates", "app.resources": "resources"}
# Setuptools takes every folder of data for a package and wants each one named.
DATA_FOLDERS = [f"app.resources.{name}" for name in find_namespace_packages(where="resources")]
TRANSLATIONS = Path("resources") / "translations"


def lrelease() -> str:
    """PySide6's lrelease, beside the Python that runs the build."""
    found = shutil.which("pyside6-lrelease", path=str(Path(sys.executable).parent))
    found = found or shutil.which("pyside6-lrelease")
    if found is None:
        raise SystemExit("pyside6-lrelease is missing: the wheel build needs PySide6-Essentials")
    return found


class BuildWithTranslations(build_py):
    """Builds the package, then compiles every .ts into a .qm inside it."""

    def run(self) -> None:
        super().run()
        if self.editable_mode:  # an editable install reads the checkout, where make compiles
            return
        target = Path(self.build_lib) / "app" / "resources" / "translations"
        target.mkdir(parents=True, exist_ok=True)
        for source in sorted(TRANSLATIONS.glob("*.ts")):
            compiled = target / f"{source.stem}.qm"
            subprocess.run([lrelease(), "-silent", str(source), "-qm", str(compiled)], check=True)


setup(
    packages=[*find_packages(include=["app", "app.*"]), *DATA, *DATA_FOLDERS],
    package_dir=DATA,
    package_data={"app.templates": ["*.j2"], "app.resources": ["**/*"]},
    cmdclass={"build_py": BuildWithTranslations},
)
