"""Ticks operations"""

from __future__ import annotations

from .._runtime.http import BaseClient, RequestOptions
from .._runtime.sse import EventStream
from ..models.tick_event import TickEvent
from ..operations import stream_ticks as _stream_ticks


class TicksApi:
    """Ticks operations"""

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    def stream_ticks(
        self,
        *,
        symbols: list[str] | None = None,
        options: RequestOptions | None = None,
    ) -> EventStream[TickEvent]:
        """streamTicks"""
        return _stream_ticks.call_stream(
            self._client,
            symbols=symbols,
            options=options,
        )
