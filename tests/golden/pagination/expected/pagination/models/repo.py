"""Repo"""

from __future__ import annotations

import attrs

from .._runtime.model import Model as _Model


@attrs.define(kw_only=True)
class Repo(_Model):
    """Repo

    Attributes:
        name: ``name``
    """

    name: str
