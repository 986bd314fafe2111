"""Failure: An envelope whose result is null (an allOf part overrides it)."""

from __future__ import annotations

import attrs

from .._runtime.model import Model as _Model
from .._runtime.unset import UNSET, Unset


@attrs.define(kw_only=True)
class Failure(_Model):
    """An envelope whose result is null (an allOf part overrides it).

    Attributes:
        ok: ``ok``
        result: ``result``
        detail: ``detail``
        trace: ``trace``
        message: ``message``
    """

    ok: bool
    result: None | Unset = UNSET
    detail: None | Unset = UNSET
    trace: None | Unset = UNSET
    message: str | Unset = UNSET
