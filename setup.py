"""The parts of the build that pyproject.toml cannot say: the wheel carries `templates/`
and `resources/`, which stay at the top of the repository, inside the `app` package
(`app/templates/`, `app/resources/`), where app/paths.py finds them with importlib.resources.
"""

from setuptools import find_namespace_packages, find_packages, setup

DATA = {"app.templates": "templates", "app.resources": "resources"}
# Setuptools takes every folder of data for a package and wants each one named.
DATA_FOLDERS = [f"app.resources.{name}" for name in find_namespace_packages(where="resources")]

setup(
    packages=[*find_packages(include=["app", "app.*"]), *DATA, *DATA_FOLDERS],
    package_dir=DATA,
    package_data={"app.templates": ["*.j2"], "app.resources": ["**/*"]},
)
