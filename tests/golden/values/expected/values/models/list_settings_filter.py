"""ListSettingsFilter"""

from __future__ import annotations

import attrs

from .._runtime.model import Model as _Model
from .._runtime.unset import UNSET, Unset


@attrs.define(kw_only=True)
class ListSettingsFilter(_Model):
    """ListSettingsFilter

    Attributes:
        team: ``team``
        limit: ``limit``
    """

    team: str | Unset = UNSET
    limit: int | Unset = UNSET
