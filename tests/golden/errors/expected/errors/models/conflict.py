"""Conflict"""

from __future__ import annotations

import attrs

from .._runtime.model import Model as _Model
from .._runtime.unset import UNSET, Unset


@attrs.define(kw_only=True)
class Conflict(_Model):
    """Conflict

    Attributes:
        message: ``message``
        holder: ``holder``
    """

    message: str | Unset = UNSET
    holder: str | Unset = UNSET
