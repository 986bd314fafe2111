"""Problem"""

from __future__ import annotations

import attrs

from .._runtime.unset import UNSET, Unset


@attrs.define(kw_only=True)
class Problem:
    """Problem

    Attributes:
        title: ``title``
        status: ``status``
    """

    title: str | Unset = UNSET
    status: int | Unset = UNSET
