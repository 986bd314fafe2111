"""SettingValue: properties without a type constrain objects only"""

from __future__ import annotations

import attrs

from .._runtime.model import Model as _Model
from .._runtime.unset import UNSET, Unset


@attrs.define(kw_only=True)
class SettingValue(_Model):
    """properties without a type constrain objects only

    Attributes:
        enabled: ``enabled``
        limit: ``limit``
    """

    enabled: bool | Unset = UNSET
    limit: int | Unset = UNSET
