"""GET /search#by-tag"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._runtime import urls
from .._runtime.http import BaseClient, HttpRequest, RequestOptions
from .._runtime.responses import ResponseCase, handle
from .._serialization import converter

if TYPE_CHECKING:
    from .._runtime.aio import AsyncBaseClient

OPERATION = "searchByTag"

RESPONSES = (ResponseCase("200", "json", list[str]),)


def build_request(
    *,
    tag: str,
    accept: str = "application/vnd.requests.v1+json",
) -> HttpRequest:
    """The HTTP request for searchByTag, before the client adds server, auth and options."""
    _query: list[tuple[str, str]] = []
    _headers: dict[str, str] = {}
    _cookies: list[tuple[str, str]] = []
    _query += urls.serialize_query_param(
        "tag",
        converter.unstructure(tag),
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
    tag: str,
    options: RequestOptions | None = None,
) -> list[str]:
    """Send the request and return the documented response body; raise for error statuses."""
    response = client.send(
        build_request(
            tag=tag,
        ),
        options,
    )
    result: list[str] = handle(response, RESPONSES, converter, operation=OPERATION)
    return result


async def acall(
    client: AsyncBaseClient,
    *,
    tag: str,
    options: RequestOptions | None = None,
) -> list[str]:
    """Send the request and return the documented response body; raise for error statuses."""
    response = await client.send(
        build_request(
            tag=tag,
        ),
        options,
    )
    result: list[str] = await client.handle(
        response, RESPONSES, converter, operation=OPERATION
    )
    return result
