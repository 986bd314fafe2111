"""The converter that reads and writes this package's models (cattrs, configured once)."""

from __future__ import annotations

import datetime
import uuid
from typing import Any, Literal

from . import models
from ._runtime.deprecation import quietly
from ._runtime.passthrough import UnknownVariant
from ._runtime.serialization import (
    _attrs_structure,
    configure_unions,
    make_converter,
)
from ._runtime.unset import Unset

converter = make_converter()

# Models with deprecated fields warn when the caller sets one, not when a response does.
_QUIET: frozenset[type] = frozenset(
    {
        models.ChatRequest,
    }
)
converter.register_structure_hook_factory(
    lambda tp: tp in _QUIET, lambda tp: quietly(_attrs_structure(converter, tp))
)

configure_unions(
    converter,
    [],
    {
        **vars(models),
        "Any": Any,
        "Literal": Literal,
        "Unset": Unset,
        "UnknownVariant": UnknownVariant,
        "datetime": datetime,
        "uuid": uuid,
    },
)
