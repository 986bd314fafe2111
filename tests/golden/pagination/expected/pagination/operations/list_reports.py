"""GET /reports: Reports, by page number"""

from __future__ import annotations

from typing import TYPE_CHECKING

import urllib3

from .._runtime import urls
from .._runtime.http import BaseClient, HttpRequest, RequestOptions
from .._runtime.pagination import Input, Page, PageCall, Paging, first_page, send_page
from .._runtime.responses import ResponseCase, handle
from .._serialization import converter
from ..models.list_reports_response import ListReportsResponse

if TYPE_CHECKING:
    from .._runtime.aio import AsyncBaseClient
    from .._runtime.stream_aio import AsyncPage

OPERATION = "listReports"

PAGING = Paging(
    "offsetLimit",
    page=Input("param", "page"),
    limit=Input("param", "per_page"),
    results=("result", "items"),
    typed_results=True,
    num_pages=("meta", "total_pages"),
)

RESPONSES = (ResponseCase("200", "json", ListReportsResponse),)


def build_request(
    *,
    page: int | None = None,
    per_page: int | None = None,
    accept: str = "application/json",
) -> HttpRequest:
    """The HTTP request for listReports, before the client adds server, auth and options."""
    _query: list[tuple[str, str]] = []
    _headers: dict[str, str] = {}
    _cookies: list[tuple[str, str]] = []
    _query += urls.serialize_query_param(
        "page",
        converter.unstructure(page),
        style="form",
        explode=True,
        allow_reserved=False,
    )
    _query += urls.serialize_query_param(
        "per_page",
        converter.unstructure(per_page),
        style="form",
        explode=True,
        allow_reserved=False,
    )
    return HttpRequest(
        method="GET",
        operation=OPERATION,
        path="/reports",
        query=_query,
        headers=_headers,
        cookies=_cookies,
        accept=accept,
        security=(("bearer",),),
    )


def call(
    client: BaseClient,
    *,
    page: int | None = None,
    per_page: int | None = None,
    options: RequestOptions | None = None,
) -> ListReportsResponse:
    """Send the request and return the documented response body; raise for error statuses."""
    response = client.send(
        build_request(
            page=page,
            per_page=per_page,
        ),
        options,
    )
    result: ListReportsResponse = handle(
        response, RESPONSES, converter, operation=OPERATION
    )
    return result


def call_paged(
    client: BaseClient,
    *,
    page: int | None = None,
    per_page: int | None = None,
    options: RequestOptions | None = None,
) -> Page[ListReportsResponse, str]:
    """Send the request and return the first page; the page fetches the next ones."""
    return first_page(
        PAGING,
        lambda _call: _fetch_page(client, _call),
        PageCall(
            None,
            {
                "page": page,
                "per_page": per_page,
            },
            options,
        ),
    )


def _fetch_page(
    client: BaseClient, call: PageCall
) -> tuple[ListReportsResponse, urllib3.BaseHTTPResponse, str]:
    response, url = send_page(client, build_request(**call.params), call)
    result: ListReportsResponse = handle(
        response, RESPONSES, converter, operation=OPERATION
    )
    return result, response, url


async def acall(
    client: AsyncBaseClient,
    *,
    page: int | None = None,
    per_page: int | None = None,
    options: RequestOptions | None = None,
) -> ListReportsResponse:
    """Send the request and return the documented response body; raise for error statuses."""
    response = await client.send(
        build_request(
            page=page,
            per_page=per_page,
        ),
        options,
    )
    result: ListReportsResponse = await client.handle(
        response, RESPONSES, converter, operation=OPERATION
    )
    return result


async def acall_paged(
    client: AsyncBaseClient,
    *,
    page: int | None = None,
    per_page: int | None = None,
    options: RequestOptions | None = None,
) -> AsyncPage[ListReportsResponse, str]:
    """Send the request and return the first page; the page fetches the next ones."""
    return await client.first_page(
        PAGING,
        lambda _call: _afetch_page(client, _call),
        PageCall(
            None,
            {
                "page": page,
                "per_page": per_page,
            },
            options,
        ),
    )


async def _afetch_page(
    client: AsyncBaseClient, call: PageCall
) -> tuple[ListReportsResponse, urllib3.BaseHTTPResponse, str]:
    response, url = await client.send_page(build_request(**call.params), call)
    result: ListReportsResponse = await client.handle(
        response, RESPONSES, converter, operation=OPERATION
    )
    return result, response, url
