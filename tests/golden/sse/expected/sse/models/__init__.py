"""Every model of the Ticker client."""

from .heartbeat import Heartbeat
from .tick import Tick
from .tick_event import TickEvent

__all__ = [
    "Heartbeat",
    "Tick",
    "TickEvent",
]
