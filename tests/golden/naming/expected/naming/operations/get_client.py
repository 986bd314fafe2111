"""POST /client"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._runtime.http import BaseClient, HttpRequest, RequestOptions
from .._runtime.responses import ResponseCase, handle
from .._serialization import converter
from ..models.vlan import VLAN

if TYPE_CHECKING:
    from .._runtime.aio import AsyncBaseClient

OPERATION = "getClient"

RESPONSES = (ResponseCase("200", "json", VLAN),)


def build_request(
    *,
    accept: str = "application/json",
) -> HttpRequest:
    """The HTTP request for getClient, before the client adds server, auth and options."""
    _query: list[tuple[str, str]] = []
    _headers: dict[str, str] = {}
    _cookies: list[tuple[str, str]] = []
    return HttpRequest(
        method="POST",
        operation=OPERATION,
        path="/client",
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
) -> VLAN:
    """Send the request and return the documented response body; raise for error statuses."""
    response = client.send(
        build_request(),
        options,
    )
    result: VLAN = handle(response, RESPONSES, converter, operation=OPERATION)
    return result


async def acall(
    client: AsyncBaseClient,
    *,
    options: RequestOptions | None = None,
) -> VLAN:
    """Send the request and return the documented response body; raise for error statuses."""
    response = await client.send(
        build_request(),
        options,
    )
    result: VLAN = await client.handle(
        response, RESPONSES, converter, operation=OPERATION
    )
    return result
