"""GET /events: Events, by a cursor in the query"""

from __future__ import annotations

from typing import TYPE_CHECKING

import urllib3

from .._runtime import urls
from .._runtime.http import BaseClient, HttpRequest, RequestOptions
from .._runtime.pagination import Input, Page, PageCall, Paging, first_page, send_page
from .._runtime.responses import ResponseCase, handle
from .._serialization import converter
from ..models.event import Event
from ..models.list_events_response import ListEventsResponse

if TYPE_CHECKING:
    from .._runtime.aio import AsyncBaseClient
    from .._runtime.stream_aio import AsyncPage

OPERATION = "listEvents"

PAGING = Paging(
    "cursor",
    cursor=Input("param", "after"),
    results=("data",),
    typed_results=True,
    next_cursor=("next_cursor",),
)

RESPONSES = (ResponseCase("200", "json", ListEventsResponse),)


def build_request(
    *,
    after: str | None = None,
    kind: str | None = None,
    accept: str = "application/json",
) -> HttpRequest:
    """The HTTP request for listEvents, before the client adds server, auth and options."""
    _query: list[tuple[str, str]] = []
    _headers: dict[str, str] = {}
    _cookies: list[tuple[str, str]] = []
    _query += urls.serialize_query_param(
        "after",
        converter.unstructure(after),
        style="form",
        explode=True,
        allow_reserved=False,
    )
    _query += urls.serialize_query_param(
        "kind",
        converter.unstructure(kind),
        style="form",
        explode=True,
        allow_reserved=False,
    )
    return HttpRequest(
        method="GET",
        operation=OPERATION,
        path="/events",
        query=_query,
        headers=_headers,
        cookies=_cookies,
        accept=accept,
        security=(("bearer",),),
    )


def call(
    client: BaseClient,
    *,
    after: str | None = None,
    kind: str | None = None,
    options: RequestOptions | None = None,
) -> ListEventsResponse:
    """Send the request and return the documented response body; raise for error statuses."""
    response = client.send(
        build_request(
            after=after,
            kind=kind,
        ),
        options,
    )
    result: ListEventsResponse = handle(
        response, RESPONSES, converter, operation=OPERATION
    )
    return result


def call_paged(
    client: BaseClient,
    *,
    after: str | None = None,
    kind: str | None = None,
    options: RequestOptions | None = None,
) -> Page[ListEventsResponse, Event]:
    """Send the request and return the first page; the page fetches the next ones."""
    return first_page(
        PAGING,
        lambda _call: _fetch_page(client, _call),
        PageCall(
            None,
            {
                "after": after,
                "kind": kind,
            },
            options,
        ),
    )


def _fetch_page(
    client: BaseClient, call: PageCall
) -> tuple[ListEventsResponse, urllib3.BaseHTTPResponse, str]:
    response, url = send_page(client, build_request(**call.params), call)
    result: ListEventsResponse = handle(
        response, RESPONSES, converter, operation=OPERATION
    )
    return result, response, url


async def acall(
    client: AsyncBaseClient,
    *,
    after: str | None = None,
    kind: str | None = None,
    options: RequestOptions | None = None,
) -> ListEventsResponse:
    """Send the request and return the documented response body; raise for error statuses."""
    response = await client.send(
        build_request(
            after=after,
            kind=kind,
        ),
        options,
    )
    result: ListEventsResponse = await client.handle(
        response, RESPONSES, converter, operation=OPERATION
    )
    return result


async def acall_paged(
    client: AsyncBaseClient,
    *,
    after: str | None = None,
    kind: str | None = None,
    options: RequestOptions | None = None,
) -> AsyncPage[ListEventsResponse, Event]:
    """Send the request and return the first page; the page fetches the next ones."""
    return await client.first_page(
        PAGING,
        lambda _call: _afetch_page(client, _call),
        PageCall(
            None,
            {
                "after": after,
                "kind": kind,
            },
            options,
        ),
    )


async def _afetch_page(
    client: AsyncBaseClient, call: PageCall
) -> tuple[ListEventsResponse, urllib3.BaseHTTPResponse, str]:
    response, url = await client.send_page(build_request(**call.params), call)
    result: ListEventsResponse = await client.handle(
        response, RESPONSES, converter, operation=OPERATION
    )
    return result, response, url
