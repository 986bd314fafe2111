"""Job"""

from __future__ import annotations

import attrs

from .._runtime.model import Model as _Model
from .._runtime.unset import UNSET, Unset


@attrs.define(kw_only=True)
class Job(_Model):
    """Job

    Attributes:
        id: ``id``
        state: ``state``
    """

    id: str
    state: str | Unset = UNSET
