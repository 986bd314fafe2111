"""Refund1"""

from __future__ import annotations

import datetime

import attrs

from .._runtime.model import Model as _Model
from .._runtime.unset import UNSET, Unset


@attrs.define(kw_only=True)
class Refund1(_Model):
    """Refund1

    Attributes:
        actor: ``actor``
        at: ``at``
        amount: ``amount``
    """

    actor: str
    at: datetime.datetime | Unset = UNSET
    amount: float
