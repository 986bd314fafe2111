"""The converter that reads and writes this package's models (cattrs). A model's hooks are made,
and a tagged union configured, when it is first read or written, so importing this module does
not import the models."""

from __future__ import annotations

from . import models
from ._runtime.deprecation import quietly
from ._runtime.serialization import (
    _attrs_structure,
    configure_lazily,
    make_converter,
)

converter = make_converter()

# Models with deprecated fields warn when the caller sets one, not when a response does.
# Matched by name, so that no model module is imported before it is used.
_QUIET: frozenset[str] = frozenset(
    {
        "ChatRequest",
    }
)
converter.register_structure_hook_factory(
    lambda tp: (
        isinstance(tp, type)
        and tp.__module__.startswith(models.__name__ + ".")
        and tp.__name__ in _QUIET
    ),
    lambda tp: quietly(_attrs_structure(converter, tp)),
)

configure_lazily(
    converter,
    models,
    [],
)
