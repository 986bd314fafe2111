"""Failure: An envelope whose result and reason are null (3.0 spells null with nullable)."""

from __future__ import annotations

import attrs

from .._runtime.model import Model as _Model
from .._runtime.unset import UNSET, Unset


@attrs.define(kw_only=True)
class Failure(_Model):
    """An envelope whose result and reason are null (3.0 spells null with nullable).

    Attributes:
        ok: ``ok``
        result: ``result``
        reason: ``reason``
    """

    ok: bool | Unset = UNSET
    result: None | Unset = UNSET
    reason: None | Unset = UNSET
