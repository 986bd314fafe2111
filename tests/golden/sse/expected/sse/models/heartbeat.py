"""Heartbeat"""

from __future__ import annotations

from typing import Literal

import attrs


@attrs.define(kw_only=True)
class Heartbeat:
    """Heartbeat

    Attributes:
        kind: ``kind``
    """

    kind: Literal["heartbeat"] = "heartbeat"
