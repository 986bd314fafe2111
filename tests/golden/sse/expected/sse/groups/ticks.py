"""Ticks operations"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._runtime.exchange import araw_method, raw_method
from .._runtime.http import BaseClient, RequestOptions
from .._runtime.lazy import LazyModule
from .._runtime.sse import EventStream

if TYPE_CHECKING:
    from .._runtime.aio import AsyncBaseClient
    from .._runtime.stream_aio import AsyncEventStream
    from ..models.tick_event import TickEvent
    from ..operations import stream_ticks as _stream_ticks
else:
    # Each operation's module is imported when the operation is first called.
    _stream_ticks = LazyModule("..operations.stream_ticks", __package__)


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


class AsyncTicksApi:
    """Ticks operations"""

    def __init__(self, client: AsyncBaseClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> AsyncTicksApiWithRawResponse:
        """The same methods, each returning a :class:`RawResponse` (``status_code``,
        ``headers``, ``request_id``, ``retries`` and the parsed ``data``)."""
        return AsyncTicksApiWithRawResponse(self)

    async def stream_ticks(
        self,
        *,
        symbols: list[str] | None = None,
        options: RequestOptions | None = None,
    ) -> AsyncEventStream[TickEvent]:
        """streamTicks"""
        return await _stream_ticks.acall_stream(
            self._client,
            symbols=symbols,
            options=options,
        )


class AsyncTicksApiWithRawResponse:
    """``AsyncTicksApi``'s methods, each returning a :class:`RawResponse` around its result."""

    def __init__(self, api: AsyncTicksApi) -> None:
        self.stream_ticks = araw_method(api.stream_ticks)
