"""Cat"""

from __future__ import annotations

from typing import Literal

import attrs

from .._runtime.model import Model as _Model
from .._runtime.unset import UNSET, Unset


@attrs.define(kw_only=True)
class Cat(_Model):
    """Cat

    Attributes:
        pet_type: ``petType``
        name: ``name``
        lives_left: ``livesLeft``
    """

    pet_type: Literal["cat"] = attrs.field(default="cat", metadata={"wire": "petType"})
    name: str
    lives_left: int | Unset = attrs.field(default=UNSET, metadata={"wire": "livesLeft"})
