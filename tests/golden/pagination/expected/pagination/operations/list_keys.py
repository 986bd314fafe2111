"""GET /keys: Keys, by offset and limit"""

from __future__ import annotations

from typing import TYPE_CHECKING

import urllib3

from .._runtime import urls
from .._runtime.http import BaseClient, HttpRequest, RequestOptions
from .._runtime.pagination import Input, Page, PageCall, Paging, first_page, send_page
from .._runtime.responses import ResponseCase, handle
from .._serialization import converter
from ..models.key import Key
from ..models.list_keys_response import ListKeysResponse

if TYPE_CHECKING:
    from .._runtime.aio import AsyncBaseClient
    from .._runtime.stream_aio import AsyncPage

OPERATION = "listKeys"

PAGING = Paging(
    "offsetLimit",
    offset=Input("param", "offset"),
    limit=Input("param", "limit"),
    results=("data",),
    typed_results=True,
)

RESPONSES = (ResponseCase("200", "json", ListKeysResponse),)


def build_request(
    *,
    offset: int | None = None,
    limit: int | None = None,
    accept: str = "application/json",
) -> HttpRequest:
    """The HTTP request for listKeys, before the client adds server, auth and options."""
    _query: list[tuple[str, str]] = []
    _headers: dict[str, str] = {}
    _cookies: list[tuple[str, str]] = []
    _query += urls.serialize_query_param(
        "offset",
        converter.unstructure(offset),
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
    return HttpRequest(
        method="GET",
        operation=OPERATION,
        path="/keys",
        query=_query,
        headers=_headers,
        cookies=_cookies,
        accept=accept,
        security=(("bearer",),),
    )


def call(
    client: BaseClient,
    *,
    offset: int | None = None,
    limit: int | None = None,
    options: RequestOptions | None = None,
) -> ListKeysResponse:
    """Send the request and return the documented response body; raise for error statuses."""
    response = client.send(
        build_request(
            offset=offset,
            limit=limit,
        ),
        options,
    )
    result: ListKeysResponse = handle(
        response, RESPONSES, converter, operation=OPERATION
    )
    return result


def call_paged(
    client: BaseClient,
    *,
    offset: int | None = None,
    limit: int | None = None,
    options: RequestOptions | None = None,
) -> Page[ListKeysResponse, Key]:
    """Send the request and return the first page; the page fetches the next ones."""
    return first_page(
        PAGING,
        lambda _call: _fetch_page(client, _call),
        PageCall(
            None,
            {
                "offset": offset,
                "limit": limit,
            },
            options,
        ),
    )


def _fetch_page(
    client: BaseClient, call: PageCall
) -> tuple[ListKeysResponse, urllib3.BaseHTTPResponse, str]:
    response, url = send_page(client, build_request(**call.params), call)
    result: ListKeysResponse = handle(
        response, RESPONSES, converter, operation=OPERATION
    )
    return result, response, url


async def acall(
    client: AsyncBaseClient,
    *,
    offset: int | None = None,
    limit: int | None = None,
    options: RequestOptions | None = None,
) -> ListKeysResponse:
    """Send the request and return the documented response body; raise for error statuses."""
    response = await client.send(
        build_request(
            offset=offset,
            limit=limit,
        ),
        options,
    )
    result: ListKeysResponse = await client.handle(
        response, RESPONSES, converter, operation=OPERATION
    )
    return result


async def acall_paged(
    client: AsyncBaseClient,
    *,
    offset: int | None = None,
    limit: int | None = None,
    options: RequestOptions | None = None,
) -> AsyncPage[ListKeysResponse, Key]:
    """Send the request and return the first page; the page fetches the next ones."""
    return await client.first_page(
        PAGING,
        lambda _call: _afetch_page(client, _call),
        PageCall(
            None,
            {
                "offset": offset,
                "limit": limit,
            },
            options,
        ),
    )


async def _afetch_page(
    client: AsyncBaseClient, call: PageCall
) -> tuple[ListKeysResponse, urllib3.BaseHTTPResponse, str]:
    response, url = await client.send_page(build_request(**call.params), call)
    result: ListKeysResponse = await client.handle(
        response, RESPONSES, converter, operation=OPERATION
    )
    return result, response, url
