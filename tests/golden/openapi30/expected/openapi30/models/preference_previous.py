"""PreferencePrevious"""

from __future__ import annotations

import attrs

from .._runtime.unset import UNSET, Unset


@attrs.define(kw_only=True)
class PreferencePrevious:
    """PreferencePrevious

    Attributes:
        enabled: ``enabled``
    """

    enabled: bool | Unset = UNSET
