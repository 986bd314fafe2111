"""TickEvent"""

from __future__ import annotations

from typing import TypeAlias

from .._runtime.passthrough import UnknownVariant
from .heartbeat import Heartbeat
from .tick import Tick

TickEvent: TypeAlias = Tick | Heartbeat | UnknownVariant
"""TickEvent

Told apart by the ``kind`` property:
``tick`` -> :class:`Tick`,
``heartbeat`` -> :class:`Heartbeat`,
any other tag -> :class:`UnknownVariant` (the raw object, kept).
"""
