"""RoleTags"""

from __future__ import annotations

import attrs

from .._runtime.model import Model as _Model
from .._runtime.unset import UNSET, Unset


@attrs.define(kw_only=True)
class RoleTags(_Model):
    """RoleTags

    Attributes:
        premium_subscriber: present (as null) or absent
        bot_id: ``bot_id``
    """

    premium_subscriber: None | Unset = UNSET
    bot_id: str | Unset = UNSET
