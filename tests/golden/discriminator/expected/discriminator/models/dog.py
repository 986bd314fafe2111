"""Dog"""

from __future__ import annotations

from typing import Literal

import attrs

from .._runtime.model import Model as _Model
from .._runtime.unset import UNSET, Unset


@attrs.define(kw_only=True)
class Dog(_Model):
    """Dog

    Attributes:
        pet_type: ``petType``
        name: ``name``
        good_boy: ``goodBoy``
    """

    pet_type: Literal["dog"] = attrs.field(default="dog", metadata={"wire": "petType"})
    name: str
    good_boy: bool | Unset = attrs.field(default=UNSET, metadata={"wire": "goodBoy"})
