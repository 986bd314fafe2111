"""GET /search#by-owner"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._runtime import urls
from .._runtime.http import BaseClient, HttpRequest, RequestOptions
from .._runtime.responses import ResponseCase, handle
from .._serialization import converter

if TYPE_CHECKING:
    from .._runtime.aio import AsyncBaseClient

OPERATION = "get/search#by-owner"

RESPONSES = (ResponseCase("200", "binary"),)


def build_request(
    *,
    owner: str,
    accept: str = "application/x-json-listing",
) -> HttpRequest:
    """The HTTP request for get/search#by-owner, before the client adds server, auth and options."""
    _query: list[tuple[str, str]] = []
    _headers: dict[str, str] = {}
    _cookies: list[tuple[str, str]] = []
    _query += urls.serialize_query_param(
        "owner",
        converter.unstructure(owner),
        style="form",
        explode=True,
        allow_reserved=False,
    )
    return HttpRequest(
        method="GET",
        operation=OPERATION,
        path="/search",
        query=_query,
        headers=_headers,
        cookies=_cookies,
        accept=accept,
        security=(),
    )


def call(
    client: BaseClient,
    *,
    owner: str,
    options: RequestOptions | None = None,
) -> bytes:
    """Send the request and return the documented response body; raise for error statuses."""
    response = client.send(
        build_request(
            owner=owner,
        ),
        options,
    )
    result: bytes = handle(response, RESPONSES, converter, operation=OPERATION)
    return result


async def acall(
    client: AsyncBaseClient,
    *,
    owner: str,
    options: RequestOptions | None = None,
) -> bytes:
    """Send the request and return the documented response body; raise for error statuses."""
    response = await client.send(
        build_request(
            owner=owner,
        ),
        options,
    )
    result: bytes = await client.handle(
        response, RESPONSES, converter, operation=OPERATION
    )
    return result
