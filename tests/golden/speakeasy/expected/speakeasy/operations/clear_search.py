"""DELETE /search"""

from __future__ import annotations

from typing import TYPE_CHECKING

import attrs

from .._runtime import urls
from .._runtime.http import BaseClient, HttpRequest, RequestOptions
from .._runtime.responses import ResponseCase, handle
from .._serialization import converter

if TYPE_CHECKING:
    from .._runtime.aio import AsyncBaseClient

OPERATION = "clearSearch"

RESPONSES = (ResponseCase("204", "empty"),)


@attrs.define(kw_only=True)
class ClearSearchRequest:
    """The arguments of clear_search, in one object (it takes more than the spec's
    ``x-speakeasy-max-method-params``)."""

    scope: str | None = None


def build_request(
    *,
    scope: str | None = None,
    accept: str = "application/json",
) -> HttpRequest:
    """The HTTP request for clearSearch, before the client adds server, auth and options."""
    _query: list[tuple[str, str]] = []
    _headers: dict[str, str] = {}
    _cookies: list[tuple[str, str]] = []
    _query += urls.serialize_query_param(
        "scope",
        converter.unstructure(scope),
        style="form",
        explode=True,
        allow_reserved=False,
    )
    return HttpRequest(
        method="DELETE",
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
    scope: str | None = None,
    options: RequestOptions | None = None,
) -> None:
    """Send the request and return the documented response body; raise for error statuses."""
    response = client.send(
        build_request(
            scope=scope,
        ),
        options,
    )
    result: None = handle(response, RESPONSES, converter, operation=OPERATION)
    return result


async def acall(
    client: AsyncBaseClient,
    *,
    scope: str | None = None,
    options: RequestOptions | None = None,
) -> None:
    """Send the request and return the documented response body; raise for error statuses."""
    response = await client.send(
        build_request(
            scope=scope,
        ),
        options,
    )
    result: None = await client.handle(
        response, RESPONSES, converter, operation=OPERATION
    )
    return result
