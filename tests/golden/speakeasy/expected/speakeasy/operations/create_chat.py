"""POST /chat"""

from __future__ import annotations

from typing import TYPE_CHECKING

import attrs

from .._runtime.http import BaseClient, HttpRequest, RequestOptions, json_body
from .._runtime.responses import ResponseCase, handle, open_stream_or_value
from .._runtime.sse import EventStream
from .._serialization import converter
from ..models.chat_chunk import ChatChunk
from ..models.chat_request import ChatRequest
from ..models.chat_response import ChatResponse

if TYPE_CHECKING:
    from .._runtime.aio import AsyncBaseClient
    from .._runtime.stream_aio import AsyncEventStream

OPERATION = "createChat"

RESPONSES = (
    ResponseCase("200", "json", ChatResponse),
    ResponseCase("200", "sse", ChatChunk, sentinel="[DONE]"),
)


def build_request(
    request: ChatRequest,
    *,
    accept: str = "application/json",
) -> HttpRequest:
    """The HTTP request for createChat, before the client adds server, auth and options."""
    _query: list[tuple[str, str]] = []
    _headers: dict[str, str] = {}
    _cookies: list[tuple[str, str]] = []
    return HttpRequest(
        method="POST",
        operation=OPERATION,
        path="/chat",
        query=_query,
        headers=_headers,
        cookies=_cookies,
        body=json_body(converter.unstructure(request)),
        content_type="application/json",
        accept=accept,
        security=(("bearer",),),
    )


def call(
    client: BaseClient,
    request: ChatRequest,
    *,
    options: RequestOptions | None = None,
) -> ChatResponse:
    """Send the request and return the documented response body; raise for error statuses."""
    if request.streaming is True:
        request = attrs.evolve(request, streaming=False)
    response = client.send(
        build_request(
            request,
        ),
        options,
    )
    result: ChatResponse = handle(response, RESPONSES, converter, operation=OPERATION)
    return result


def call_stream(
    client: BaseClient,
    request: ChatRequest,
    *,
    options: RequestOptions | None = None,
) -> EventStream[ChatChunk] | ChatResponse:
    """Send the request asking for a stream; return the events as they arrive (or, when
    the server answers with a documented non-stream body instead, that body's value)."""
    request = attrs.evolve(request, streaming=True)
    response = client.send(
        build_request(
            request,
            accept="text/event-stream",
        ),
        options,
        stream=True,
    )
    result: EventStream[ChatChunk] | ChatResponse = open_stream_or_value(
        response, RESPONSES, converter, operation=OPERATION
    )
    return result


async def acall(
    client: AsyncBaseClient,
    request: ChatRequest,
    *,
    options: RequestOptions | None = None,
) -> ChatResponse:
    """Send the request and return the documented response body; raise for error statuses."""
    if request.streaming is True:
        request = attrs.evolve(request, streaming=False)
    response = await client.send(
        build_request(
            request,
        ),
        options,
    )
    result: ChatResponse = await client.handle(
        response, RESPONSES, converter, operation=OPERATION
    )
    return result


async def acall_stream(
    client: AsyncBaseClient,
    request: ChatRequest,
    *,
    options: RequestOptions | None = None,
) -> AsyncEventStream[ChatChunk] | ChatResponse:
    """Send the request asking for a stream; return the events as they arrive (or, when
    the server answers with a documented non-stream body instead, that body's value)."""
    request = attrs.evolve(request, streaming=True)
    response = await client.send(
        build_request(
            request,
            accept="text/event-stream",
        ),
        options,
        stream=True,
    )
    events: AsyncEventStream[ChatChunk] | ChatResponse = await client.open_stream(
        response, RESPONSES, converter, operation=OPERATION, or_value=True
    )
    return events
