"""POST /events/search: Events, by a cursor in the request body"""

from __future__ import annotations

from typing import TYPE_CHECKING

import urllib3

from .._runtime.http import BaseClient, HttpRequest, RequestOptions, json_body
from .._runtime.pagination import Input, Page, PageCall, Paging, first_page, send_page
from .._runtime.responses import ResponseCase, handle
from .._serialization import converter
from ..models.event import Event
from ..models.search_events_request import SearchEventsRequest
from ..models.search_events_response import SearchEventsResponse

if TYPE_CHECKING:
    from .._runtime.aio import AsyncBaseClient
    from .._runtime.stream_aio import AsyncPage

OPERATION = "searchEvents"

PAGING = Paging(
    "cursor",
    cursor=Input("body", "cursor"),
    limit=Input("body", "page_size"),
    results=("hits",),
    typed_results=True,
    next_cursor=("paging", "cursors", 0),
)

RESPONSES = (ResponseCase("200", "json", SearchEventsResponse),)


def build_request(
    request: SearchEventsRequest,
    *,
    accept: str = "application/json",
) -> HttpRequest:
    """The HTTP request for searchEvents, before the client adds server, auth and options."""
    _query: list[tuple[str, str]] = []
    _headers: dict[str, str] = {}
    _cookies: list[tuple[str, str]] = []
    return HttpRequest(
        method="POST",
        operation=OPERATION,
        path="/events/search",
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
    request: SearchEventsRequest,
    *,
    options: RequestOptions | None = None,
) -> SearchEventsResponse:
    """Send the request and return the documented response body; raise for error statuses."""
    response = client.send(
        build_request(
            request,
        ),
        options,
    )
    result: SearchEventsResponse = handle(
        response, RESPONSES, converter, operation=OPERATION
    )
    return result


def call_paged(
    client: BaseClient,
    request: SearchEventsRequest,
    *,
    options: RequestOptions | None = None,
) -> Page[SearchEventsResponse, Event]:
    """Send the request and return the first page; the page fetches the next ones."""
    return first_page(
        PAGING,
        lambda _call: _fetch_page(client, _call),
        PageCall(
            request,
            {},
            options,
        ),
    )


def _fetch_page(
    client: BaseClient, call: PageCall
) -> tuple[SearchEventsResponse, urllib3.BaseHTTPResponse, str]:
    response, url = send_page(client, build_request(call.request, **call.params), call)
    result: SearchEventsResponse = handle(
        response, RESPONSES, converter, operation=OPERATION
    )
    return result, response, url


async def acall(
    client: AsyncBaseClient,
    request: SearchEventsRequest,
    *,
    options: RequestOptions | None = None,
) -> SearchEventsResponse:
    """Send the request and return the documented response body; raise for error statuses."""
    response = await client.send(
        build_request(
            request,
        ),
        options,
    )
    result: SearchEventsResponse = await client.handle(
        response, RESPONSES, converter, operation=OPERATION
    )
    return result


async def acall_paged(
    client: AsyncBaseClient,
    request: SearchEventsRequest,
    *,
    options: RequestOptions | None = None,
) -> AsyncPage[SearchEventsResponse, Event]:
    """Send the request and return the first page; the page fetches the next ones."""
    return await client.first_page(
        PAGING,
        lambda _call: _afetch_page(client, _call),
        PageCall(
            request,
            {},
            options,
        ),
    )


async def _afetch_page(
    client: AsyncBaseClient, call: PageCall
) -> tuple[SearchEventsResponse, urllib3.BaseHTTPResponse, str]:
    response, url = await client.send_page(
        build_request(call.request, **call.params), call
    )
    result: SearchEventsResponse = await client.handle(
        response, RESPONSES, converter, operation=OPERATION
    )
    return result, response, url
