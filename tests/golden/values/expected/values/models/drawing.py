"""Drawing"""

from __future__ import annotations

from typing import TYPE_CHECKING

import attrs

from .._runtime.model import Model as _Model
from .._runtime.unset import UNSET, Unset

if TYPE_CHECKING:
    from .shape import Shape


@attrs.define(kw_only=True)
class Drawing(_Model):
    """Drawing

    Attributes:
        main: ``main``
        layers: ``layers``
    """

    main: Shape | Unset = UNSET
    layers: list[Shape] | Unset = UNSET
