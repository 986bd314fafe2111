"""GetSettingKey"""

from __future__ import annotations

import attrs

from .._runtime.model import Model as _Model
from .._runtime.unset import UNSET, Unset


@attrs.define(kw_only=True)
class GetSettingKey(_Model):
    """GetSettingKey

    Attributes:
        id: ``id``
    """

    id: str | Unset = UNSET
