"""What openapi-spec-validator is given to do the same checks in less time, each leaving its
findings as they were.

- :func:`path` reads the document through an accessor that remembers every place it has
  resolved, so that reading a child is one step from its parent.
- :class:`IdList` is the list of visited schema ids, with a set beside it.
- :func:`speed_up_path_lookups` answers pathable's ``Subscriptable`` check once per JSON type.
- :func:`settings_without_pydantic`, for a process that only validates: the validators'
  settings, all at their defaults, without importing pydantic-settings to read them.
"""

from __future__ import annotations

import functools
import hashlib
import importlib.util
import os
import sys
import types
from collections.abc import Sequence
from pathlib import Path
from typing import Any


def path(doc: dict[str, Any], handlers: Any) -> Any:
    """``doc`` as the ``SchemaPath`` openapi-spec-validator walks.

    jsonschema-path resolves a place afresh from its longest cached prefix whenever it is not
    among the last 128 it read, through several layers of calls: on a large spec, more than
    half of the validator's time. The accessor here keeps every place it has resolved and
    reads a child of a known place directly; ``$ref``s, misses and anything that is not plain
    JSON go the library's own way."""
    from jsonschema_path import SchemaPath
    from jsonschema_path.paths import SPEC_SEPARATOR

    accessor = _accessor_class().from_schema(doc, handlers=handlers)
    return SchemaPath(accessor, separator=SPEC_SEPARATOR)


@functools.cache
def _accessor_class() -> Any:
    from jsonschema_path.accessors import SchemaAccessor
    from referencing._core import Resolved as _Resolved

    resolved: Any = _Resolved  # (contents, resolver): the library's own value

    class Accessor(SchemaAccessor):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._known: dict[tuple[Any, ...], Any] = {}

        def get_resolved(self, parts: Sequence[Any]) -> Any:
            key = tuple(parts)
            known = self._known
            registry = self._path_resolver.resolver._registry
            found = known.get(key)
            if found is not None and found.resolver._registry is registry:
                return found
            parent = known.get(key[:-1]) if key else None
            if parent is not None and parent.resolver._registry is registry:
                node, part = parent.contents, key[-1]
                if isinstance(node, dict) and part in node:
                    child = node[part]
                elif (
                    isinstance(node, list) and type(part) is int and -len(node) <= part < len(node)
                ):
                    child = node[part]
                else:
                    child = _MISSING
                if child is not _MISSING and not (
                    isinstance(child, dict) and isinstance(child.get("$ref"), str)
                ):
                    found = known[key] = resolved(child, parent.resolver)
                    return found
            found = known[key] = super().get_resolved(parts)
            return found

        def __getitem__(self, parts: Sequence[Any]) -> Any:
            return self.get_resolved(parts).contents

        def contains(self, parts: Sequence[Any], key: Any) -> bool:
            # The library's own answer, reading the node straight from get_resolved: the
            # validator asks this a dozen times for each schema it checks.
            try:
                node = self.get_resolved(parts).contents
            except (KeyError, IndexError, TypeError):
                return False
            if isinstance(node, dict):
                return key in node
            if isinstance(node, list):
                return isinstance(key, int) and 0 <= key < len(node)
            return False

    return Accessor


_MISSING = object()


class IdList(list[int]):
    """The list of schema ids openapi-spec-validator keeps to visit each schema once, with a
    set beside it: it asks ``id in list`` for every schema it reaches, which on a large spec
    made the check quadratic in the number of schemas. It only appends and asks; the answers
    are the same."""

    def __init__(self) -> None:
        super().__init__()
        self._members: set[int] = set()

    def append(self, value: int) -> None:
        self._members.add(value)
        super().append(value)

    def __contains__(self, value: object) -> bool:
        return value in self._members


def speed_up_path_lookups() -> None:
    """openapi-spec-validator reads the document through pathable, which asks
    ``isinstance(node, Subscriptable)`` at every step of every lookup. ``Subscriptable`` is a
    runtime-checkable Protocol, whose check Python 3.11 does slowly (a third of the validator's
    time on a large spec). The document is plain JSON data, and for the JSON types the answer
    depends on the type alone: it is asked once per type, and the Protocol itself answers for
    anything else. Does nothing when pathable is not laid out as expected."""
    try:
        from pathable import accessors, protocols
    except ImportError:  # pragma: no cover - a dependency of openapi-spec-validator
        return
    found = getattr(protocols, "Subscriptable", None)
    if found is None or getattr(accessors, "Subscriptable", None) is not found:
        return
    original: Any = found
    samples: tuple[object, ...] = ({}, [], "", 0, 0.0, False, None)
    answers = {type(v): isinstance(v, original) for v in samples}

    class _Check(type):
        def __instancecheck__(cls, obj: object) -> bool:
            known = answers.get(type(obj))
            return known if known is not None else isinstance(obj, original)

    class Subscriptable(metaclass=_Check):
        """Stands for pathable's ``Subscriptable`` in its ``isinstance`` checks."""

    setattr(accessors, "Subscriptable", Subscriptable)  # noqa: B010 - not exported


SETTINGS_MODULES = {
    "openapi_spec_validator.settings": (
        "4dcf2cefa5240b47eacb82aeaef02750c89514a5d716ed0e818fb8db70dd0f4a"
    ),
    "openapi_schema_validator.settings": (
        "73d226357441df93e0515524fd9d7b84a7c07ee8d096efd9ba95c73ae4f0dc78"
    ),
}
"""The two settings modules :func:`settings_without_pydantic` stands in for, by the digest of
the source it was written against."""

_ENV_PREFIXES = ("openapi_spec_validator_", "openapi_schema_validator_")


def settings_without_pydantic() -> bool:
    """Register stand-ins for openapi-spec-validator's and openapi-schema-validator's settings
    modules, before either package is imported; True when it did.

    Both read three settings from environment variables through pydantic-settings, whose import
    is about 0.14 s, more than a quarter of what the validating child does on a mid-sized
    spec. The stand-ins are used only where nothing can tell them apart from the real modules:
    when neither package is imported yet, when no ``OPENAPI_SPEC_VALIDATOR_*`` or
    ``OPENAPI_SCHEMA_VALIDATOR_*`` variable is set (so every setting has its default), and when
    both modules' sources are those they were written against. For a process that does
    nothing but validate (the validating child): the modules stay registered."""
    if any(name.split(".")[0] in sys.modules for name in SETTINGS_MODULES):
        return False
    if any(key.lower().startswith(_ENV_PREFIXES) for key in os.environ):
        return False
    if any(_digest(name) != digest for name, digest in SETTINGS_MODULES.items()):
        return False
    sys.modules.update(_stand_ins())
    return True


def _digest(module: str) -> str | None:
    """The sha256 of ``module``'s source, found without importing its package."""
    package, _, leaf = module.rpartition(".")
    try:
        spec = importlib.util.find_spec(package)
    except (ImportError, ValueError):
        return None
    if spec is None or not spec.submodule_search_locations:
        return None
    for folder in spec.submodule_search_locations:
        source = Path(folder) / f"{leaf}.py"
        try:
            return hashlib.sha256(source.read_bytes()).hexdigest()
        except OSError:
            continue
    return None


class _SpecSettings:
    """openapi-spec-validator's settings, every one at its default."""

    resolved_cache_maxsize = 128
    schema_validator_backend = "auto"


class _SchemaSettings:
    """openapi-schema-validator's settings, every one at its default."""

    compiled_validator_cache_max_size = 128


def _stand_ins() -> dict[str, types.ModuleType]:
    spec = _module(
        "openapi_spec_validator.settings",
        ENV_PREFIX="OPENAPI_SPEC_VALIDATOR_",
        RESOLVED_CACHE_MAXSIZE_DEFAULT=_SpecSettings.resolved_cache_maxsize,
        SCHEMA_VALIDATOR_BACKEND_DEFAULT=_SpecSettings.schema_validator_backend,
        SCHEMA_VALIDATOR_BACKEND_ALLOWED={"auto", "jsonschema", "jsonschema-rs"},
        OpenAPISpecValidatorSettings=_SpecSettings,
        get_resolved_cache_maxsize=lambda: _SpecSettings.resolved_cache_maxsize,
        get_schema_validator_backend=lambda: _SpecSettings.schema_validator_backend,
    )
    schema = _module(
        "openapi_schema_validator.settings",
        OpenAPISchemaValidatorSettings=_SchemaSettings,
        get_settings=_SchemaSettings,
        reset_settings_cache=lambda: None,
    )
    return {spec.__name__: spec, schema.__name__: schema}


def _module(name: str, **names: object) -> types.ModuleType:
    module = types.ModuleType(name, "Settings at their defaults (a stand-in: see validator_speed).")
    vars(module).update(names)
    return module
