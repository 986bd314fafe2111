"""Modules imported on first use, so that a client's import cost does not grow with its API."""

from __future__ import annotations

import importlib
from types import ModuleType
from typing import Any


class LazyModule:
    """Stands for the module ``name`` (relative to ``package``) and imports it when one of its
    attributes is first read."""

    __slots__ = ("_module", "_name", "_package")

    def __init__(self, name: str, package: str) -> None:
        self._name = name
        self._package = package
        self._module: ModuleType | None = None

    def __getattr__(self, attr: str) -> Any:
        module = self._module
        if module is None:
            module = self._module = importlib.import_module(self._name, self._package)
        return getattr(module, attr)

    def __repr__(self) -> str:
        return f"<lazy module {self._name!r} of {self._package!r}>"
