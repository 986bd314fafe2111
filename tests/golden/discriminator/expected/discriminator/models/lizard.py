"""Lizard"""

from __future__ import annotations

from typing import TYPE_CHECKING

import attrs

from .._runtime.model import Model as _Model
from .._runtime.unset import UNSET, Unset

if TYPE_CHECKING:
    from .lizard_pet_type import LizardPetType


@attrs.define(kw_only=True)
class Lizard(_Model):
    """Lizard

    Attributes:
        pet_type: ``petType``
        scales: ``scales``
    """

    pet_type: LizardPetType | str = attrs.field(metadata={"wire": "petType"})
    scales: int | Unset = UNSET
