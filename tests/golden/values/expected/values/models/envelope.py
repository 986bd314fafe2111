"""Envelope"""

from __future__ import annotations

from typing import TYPE_CHECKING

import attrs

from .._runtime.model import Model as _Model
from .._runtime.unset import UNSET, Unset

if TYPE_CHECKING:
    from .envelope_result import EnvelopeResult


@attrs.define(kw_only=True)
class Envelope(_Model):
    """Envelope

    Attributes:
        ok: ``ok``
        result: ``result``
    """

    ok: bool
    result: EnvelopeResult | Unset = UNSET
