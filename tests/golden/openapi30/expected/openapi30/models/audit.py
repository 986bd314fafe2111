"""Audit"""

from __future__ import annotations

import datetime

import attrs

from .._runtime.model import Model as _Model
from .._runtime.unset import UNSET, Unset


@attrs.define(kw_only=True)
class Audit(_Model):
    """Audit

    Attributes:
        actor: ``actor``
        at: ``at``
    """

    actor: str | Unset = UNSET
    at: datetime.datetime | Unset = UNSET
