"""PreferenceValue: properties without a type constrain objects only"""

from __future__ import annotations

import attrs

from .._runtime.model import Model as _Model
from .._runtime.unset import UNSET, Unset


@attrs.define(kw_only=True)
class PreferenceValue(_Model):
    """properties without a type constrain objects only

    Attributes:
        enabled: ``enabled``
    """

    enabled: bool | Unset = UNSET
