"""Repo"""

from __future__ import annotations

import attrs


@attrs.define(kw_only=True)
class Repo:
    """Repo

    Attributes:
        name: ``name``
    """

    name: str
