"""Preset: A named set of values (its properties constrain objects; no type is given)."""

from __future__ import annotations

import attrs

from .._runtime.model import Model as _Model
from .._runtime.unset import UNSET, Unset


@attrs.define(kw_only=True)
class Preset(_Model):
    """A named set of values (its properties constrain objects; no type is given).

    Attributes:
        name: ``name``
    """

    name: str | Unset = UNSET
