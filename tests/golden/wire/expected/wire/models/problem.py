"""Problem"""

from __future__ import annotations

import attrs

from .._runtime.model import Model as _Model
from .._runtime.unset import UNSET, Unset


@attrs.define(kw_only=True)
class Problem(_Model):
    """Problem

    Attributes:
        title: ``title``
        status: ``status``
    """

    title: str | Unset = UNSET
    status: int | Unset = UNSET
