"""Heartbeat"""

from __future__ import annotations

from typing import Literal

import attrs

from .._runtime.model import Model as _Model


@attrs.define(kw_only=True)
class Heartbeat(_Model):
    """Heartbeat

    Attributes:
        kind: ``kind``
    """

    kind: Literal["heartbeat"] = "heartbeat"
