"""The converter that reads and writes this package's models (cattrs, configured once)."""

from __future__ import annotations

import datetime
import uuid
from typing import Any, Literal

from . import models
from ._runtime.passthrough import UnknownVariant
from ._runtime.serialization import configure_unions, make_converter
from ._runtime.unset import Unset

converter = make_converter()

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
