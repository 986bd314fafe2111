"""What the generator knows of the runtime it copies into every package, read from the runtime
itself (``templates/_runtime``): the wire-name metadata key, the JSON media-type rules and the
runtime's error classes are defined there once, and taken from there here."""

from __future__ import annotations

import importlib
import importlib.util
import sys
from collections.abc import Callable
from types import ModuleType
from typing import Final

from .sources import templates

TEMPLATES: Final = templates()
RUNTIME: Final = TEMPLATES / "_runtime"

_PACKAGE = "_openapi_attrs_generator_runtime"
"""The private name the generator imports its copy of the runtime under."""


def _runtime_module(name: str) -> ModuleType:
    """A module of the runtime (``constants``), imported as a submodule of the runtime package
    so that its relative imports work."""
    if _PACKAGE not in sys.modules:
        spec = importlib.util.spec_from_file_location(
            _PACKAGE, str(RUNTIME / "__init__.py"), submodule_search_locations=[str(RUNTIME)]
        )
        assert spec is not None and spec.loader is not None
        package = importlib.util.module_from_spec(spec)
        sys.modules[_PACKAGE] = package
        spec.loader.exec_module(package)
    return importlib.import_module(f"{_PACKAGE}.{name}")


_constants = _runtime_module("constants")
_errors = _runtime_module("errors")

WIRE: Final[str] = _constants.WIRE
essence: Final[Callable[[str | None], str]] = _constants.essence
is_json: Final[Callable[[str | None], bool]] = _constants.is_json
is_json_lines: Final[Callable[[str | None], bool]] = _constants.is_json_lines

STATUS_ERRORS: Final[dict[int, str]] = {
    code: cls.__name__ for code, cls in _errors.STATUS_ERRORS.items()
}
"""The runtime's class for each well-known error status (``404: "NotFoundStatusError"``)."""
SHARED_ERRORS: Final[tuple[str, ...]] = tuple(
    sorted(
        name
        for name, value in vars(_errors).items()
        if isinstance(value, type)
        and issubclass(value, _errors.SDKError)
        and value.__module__ == _errors.__name__
        and name not in STATUS_ERRORS.values()
    )
)
"""The runtime's error classes that every package's ``errors`` module has, whatever its spec."""
STATUS_ERROR_FUNCTION: Final[str] = _errors.status_error.__name__
"""The runtime's function from a status to its shared class (re-exported by ``errors``)."""
