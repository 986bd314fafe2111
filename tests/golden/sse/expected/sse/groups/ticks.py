"""Ticks operations"""

from __future__ import annotations

from .._runtime.exchange import raw_method
from .._runtime.http import BaseClient, RequestOptions
from .._runtime.sse import EventStream
from ..models.tick_event import TickEvent
from ..operations import stream_ticks as _stream_ticks


class TicksApi:
    """Ticks operations"""

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> TicksApiWithRawResponse:
        """The same methods, each returning a :class:`RawResponse` (``status_code``,
        ``headers``, ``request_id``, ``retries`` and the parsed ``data``)."""
        return TicksApiWithRawResponse(self)

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


class TicksApiWithRawResponse:
    """``TicksApi``'s methods, each returning a :class:`RawResponse` around its result."""

    def __init__(self, api: TicksApi) -> None:
        self.stream_ticks = raw_method(api.stream_ticks)
