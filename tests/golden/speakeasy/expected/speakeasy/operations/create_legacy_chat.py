"""POST /chat/legacy"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._runtime.http import BaseClient, HttpRequest, RequestOptions, json_body
from .._runtime.responses import ResponseCase, handle
from .._serialization import converter
from ..models.chat_request import ChatRequest
from ..models.chat_response import ChatResponse

if TYPE_CHECKING:
    from .._runtime.aio import AsyncBaseClient

OPERATION = "createLegacyChat"

RESPONSES = (ResponseCase("200", "json", ChatResponse),)


def build_request(
    request: ChatRequest,
    *,
    accept: str = "application/json",
) -> HttpRequest:
    """The HTTP request for createLegacyChat, before the client adds server, auth and options."""
    _query: list[tuple[str, str]] = []
    _headers: dict[str, str] = {}
    _cookies: list[tuple[str, str]] = []
    return HttpRequest(
        method="POST",
        operation=OPERATION,
        path="/chat/legacy",
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
    response = client.send(
        build_request(
            request,
        ),
        options,
    )
    result: ChatResponse = handle(response, RESPONSES, converter, operation=OPERATION)
    return result


async def acall(
    client: AsyncBaseClient,
    request: ChatRequest,
    *,
    options: RequestOptions | None = None,
) -> ChatResponse:
    """Send the request and return the documented response body; raise for error statuses."""
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
