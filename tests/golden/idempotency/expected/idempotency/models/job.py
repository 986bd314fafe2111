"""Job"""

from __future__ import annotations

import attrs

from .._runtime.unset import UNSET, Unset


@attrs.define(kw_only=True)
class Job:
    """Job

    Attributes:
        id: ``id``
        state: ``state``
    """

    id: str
    state: str | Unset = UNSET
