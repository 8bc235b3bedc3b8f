"""A package's names imported from their modules when first asked for.

`app.checker` and `app.stats` name their parts at the package (`from app.checker import
Report`) without importing every module when the package is imported: the window shows
findings and follow-ups before it needs the checker's patterns or the statistics report.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from importlib import import_module
from typing import Any


def lazy_exports(package: str, module_of: Mapping[str, str]) -> Callable[[str], Any]:
    """The package's `__getattr__`: each name in `module_of` is imported from its module
    the first time it is asked for, and kept in the package from then on."""

    def __getattr__(name: str) -> Any:
        if name not in module_of:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        value = getattr(import_module(module_of[name]), name)
        setattr(import_module(package), name, value)  # asked for once
        return value

    return __getattr__
