"""The build backend: setuptools', asking for PySide6-Essentials only when building a wheel.

setup.py compiles the window's translations into the wheel with PySide6's lrelease, so a
wheel build needs PySide6-Essentials (about 45 s to install into pip's build environment).
An editable install (`make run`, `make test`) reads the checkout, where make compiles them,
and an sdist holds the .ts sources: neither waits for it.
"""

from __future__ import annotations

from setuptools import build_meta
from setuptools.build_meta import *  # noqa: F403 - every hook but the one below, unchanged

LRELEASE = "PySide6-Essentials>=6.8,<6.12"


def get_requires_for_build_wheel(config_settings: dict[str, str] | None = None) -> list[str]:
    return [*build_meta.get_requires_for_build_wheel(config_settings), LRELEASE]
