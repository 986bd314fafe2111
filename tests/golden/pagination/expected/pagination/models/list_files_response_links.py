"""ListFilesResponseLinks"""

from __future__ import annotations

import attrs

from .._runtime.model import Model as _Model
from .._runtime.unset import UNSET, Unset


@attrs.define(kw_only=True)
class ListFilesResponseLinks(_Model):
    """ListFilesResponseLinks

    Attributes:
        next: ``next``
    """

    next: str | None | Unset = UNSET
