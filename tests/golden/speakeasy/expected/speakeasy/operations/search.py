"""GET /search"""

from __future__ import annotations

from typing import TYPE_CHECKING

import attrs

from .._runtime import urls
from .._runtime.http import BaseClient, HttpRequest, RequestOptions
from .._runtime.responses import ResponseCase, handle
from .._serialization import converter

if TYPE_CHECKING:
    from .._runtime.aio import AsyncBaseClient

OPERATION = "search"

RESPONSES = (ResponseCase("200", "json", list[str]),)


@attrs.define(kw_only=True)
class SearchRequest:
    """The arguments of search, in one object (it takes more than the spec's
    ``x-speakeasy-max-method-params``)."""

    q: str
    limit: int | None = None
    offset: int | None = None
    page_cursor: str | None = None


def build_request(
    *,
    q: str,
    limit: int | None = None,
    offset: int | None = None,
    page_cursor: str | None = None,
    accept: str = "application/json",
) -> HttpRequest:
    """The HTTP request for search, before the client adds server, auth and options."""
    _query: list[tuple[str, str]] = []
    _headers: dict[str, str] = {}
    _cookies: list[tuple[str, str]] = []
    _query += urls.serialize_query_param(
        "q",
        converter.unstructure(q),
        style="form",
        explode=True,
        allow_reserved=False,
    )
    _query += urls.serialize_query_param(
        "limit",
        converter.unstructure(limit),
        style="form",
        explode=True,
        allow_reserved=False,
    )
    _query += urls.serialize_query_param(
        "offset",
        converter.unstructure(offset),
        style="form",
        explode=True,
        allow_reserved=False,
    )
    _query += urls.serialize_query_param(
        "cursor",
        converter.unstructure(page_cursor),
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
        security=(("bearer",),),
    )


def call(
    client: BaseClient,
    *,
    q: str,
    limit: int | None = None,
    offset: int | None = None,
    page_cursor: str | None = None,
    options: RequestOptions | None = None,
) -> list[str]:
    """Send the request and return the documented response body; raise for error statuses."""
    response = client.send(
        build_request(
            q=q,
            limit=limit,
            offset=offset,
            page_cursor=page_cursor,
        ),
        options,
    )
    result: list[str] = handle(response, RESPONSES, converter, operation=OPERATION)
    return result


async def acall(
    client: AsyncBaseClient,
    *,
    q: str,
    limit: int | None = None,
    offset: int | None = None,
    page_cursor: str | None = None,
    options: RequestOptions | None = None,
) -> list[str]:
    """Send the request and return the documented response body; raise for error statuses."""
    response = await client.send(
        build_request(
            q=q,
            limit=limit,
            offset=offset,
            page_cursor=page_cursor,
        ),
        options,
    )
    result: list[str] = await client.handle(
        response, RESPONSES, converter, operation=OPERATION
    )
    return result
