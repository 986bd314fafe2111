"""GET /status"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._runtime.http import BaseClient, HttpRequest, RequestOptions
from .._runtime.responses import ResponseCase, handle
from .._serialization import converter
from ..models.get_status_response import GetStatusResponse

if TYPE_CHECKING:
    from .._runtime.aio import AsyncBaseClient

OPERATION = "getStatus"

RESPONSES = (ResponseCase("200", "json", GetStatusResponse),)


def build_request(
    *,
    accept: str = "application/json",
) -> HttpRequest:
    """The HTTP request for getStatus, before the client adds server, auth and options."""
    _query: list[tuple[str, str]] = []
    _headers: dict[str, str] = {}
    _cookies: list[tuple[str, str]] = []
    return HttpRequest(
        method="GET",
        operation=OPERATION,
        path="/status",
        query=_query,
        headers=_headers,
        cookies=_cookies,
        accept=accept,
        security=(),
    )


def call(
    client: BaseClient,
    *,
    options: RequestOptions | None = None,
) -> GetStatusResponse:
    """Send the request and return the documented response body; raise for error statuses."""
    response = client.send(
        build_request(),
        options,
    )
    result: GetStatusResponse = handle(
        response, RESPONSES, converter, operation=OPERATION
    )
    return result


async def acall(
    client: AsyncBaseClient,
    *,
    options: RequestOptions | None = None,
) -> GetStatusResponse:
    """Send the request and return the documented response body; raise for error statuses."""
    response = await client.send(
        build_request(),
        options,
    )
    result: GetStatusResponse = await client.handle(
        response, RESPONSES, converter, operation=OPERATION
    )
    return result
