"""GET /ticks"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._runtime import urls
from .._runtime.http import BaseClient, HttpRequest, RequestOptions
from .._runtime.responses import ResponseCase, open_stream
from .._runtime.sse import EventStream
from .._serialization import converter
from ..models.tick_event import TickEvent

if TYPE_CHECKING:
    from .._runtime.aio import AsyncBaseClient
    from .._runtime.stream_aio import AsyncEventStream

OPERATION = "streamTicks"

RESPONSES = (ResponseCase("200", "sse", TickEvent, sentinel="[END]"),)


def build_request(
    *,
    symbols: list[str] | None = None,
    accept: str = "text/event-stream",
) -> HttpRequest:
    """The HTTP request for streamTicks, before the client adds server, auth and options."""
    _query: list[tuple[str, str]] = []
    _headers: dict[str, str] = {}
    _cookies: list[tuple[str, str]] = []
    _query += urls.serialize_query_param(
        "symbols",
        converter.unstructure(symbols),
        style="form",
        explode=False,
        allow_reserved=False,
    )
    return HttpRequest(
        method="GET",
        operation=OPERATION,
        path="/ticks",
        query=_query,
        headers=_headers,
        cookies=_cookies,
        accept=accept,
        security=(),
    )


def call_stream(
    client: BaseClient,
    *,
    symbols: list[str] | None = None,
    options: RequestOptions | None = None,
) -> EventStream[TickEvent]:
    """Send the request asking for a stream; return the events as they arrive."""
    response = client.send(
        build_request(
            symbols=symbols,
            accept="text/event-stream",
        ),
        options,
        stream=True,
    )
    events: EventStream[TickEvent] = open_stream(
        response, RESPONSES, converter, operation=OPERATION
    )
    return events


async def acall_stream(
    client: AsyncBaseClient,
    *,
    symbols: list[str] | None = None,
    options: RequestOptions | None = None,
) -> AsyncEventStream[TickEvent]:
    """Send the request asking for a stream; return the events as they arrive."""
    response = await client.send(
        build_request(
            symbols=symbols,
            accept="text/event-stream",
        ),
        options,
        stream=True,
    )
    events: AsyncEventStream[TickEvent] = await client.open_stream(
        response, RESPONSES, converter, operation=OPERATION
    )
    return events
