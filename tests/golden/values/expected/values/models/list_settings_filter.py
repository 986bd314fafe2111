"""ListSettingsFilter"""

from __future__ import annotations

import attrs

from .._runtime.unset import UNSET, Unset


@attrs.define(kw_only=True)
class ListSettingsFilter:
    """ListSettingsFilter

    Attributes:
        team: ``team``
        limit: ``limit``
    """

    team: str | Unset = UNSET
    limit: int | Unset = UNSET
