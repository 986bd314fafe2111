"""TickEvent"""

from __future__ import annotations

from typing import TypeAlias

from .heartbeat import Heartbeat
from .tick import Tick

TickEvent: TypeAlias = Tick | Heartbeat
"""TickEvent

Told apart by the ``kind`` property:
``tick`` -> :class:`Tick`,
``heartbeat`` -> :class:`Heartbeat`.
"""
