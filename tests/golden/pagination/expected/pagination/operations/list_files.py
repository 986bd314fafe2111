"""GET /files: Files, by the URL of the next page"""

from __future__ import annotations

from typing import TYPE_CHECKING

import urllib3

from .._runtime import urls
from .._runtime.http import BaseClient, HttpRequest, RequestOptions
from .._runtime.pagination import Page, PageCall, Paging, first_page, send_page
from .._runtime.responses import ResponseCase, handle
from .._serialization import converter
from ..models.list_files_response import ListFilesResponse

if TYPE_CHECKING:
    from .._runtime.aio import AsyncBaseClient
    from .._runtime.stream_aio import AsyncPage

OPERATION = "listFiles"

PAGING = Paging(
    "url",
    results=("files",),
    typed_results=True,
    next_url=("links", "next"),
)

RESPONSES = (ResponseCase("200", "json", ListFilesResponse),)


def build_request(
    *,
    folder: str | None = None,
    accept: str = "application/json",
) -> HttpRequest:
    """The HTTP request for listFiles, before the client adds server, auth and options."""
    _query: list[tuple[str, str]] = []
    _headers: dict[str, str] = {}
    _cookies: list[tuple[str, str]] = []
    _query += urls.serialize_query_param(
        "folder",
        converter.unstructure(folder),
        style="form",
        explode=True,
        allow_reserved=False,
    )
    return HttpRequest(
        method="GET",
        operation=OPERATION,
        path="/files",
        query=_query,
        headers=_headers,
        cookies=_cookies,
        accept=accept,
        security=(("bearer",),),
    )


def call(
    client: BaseClient,
    *,
    folder: str | None = None,
    options: RequestOptions | None = None,
) -> ListFilesResponse:
    """Send the request and return the documented response body; raise for error statuses."""
    response = client.send(
        build_request(
            folder=folder,
        ),
        options,
    )
    result: ListFilesResponse = handle(
        response, RESPONSES, converter, operation=OPERATION
    )
    return result


def call_paged(
    client: BaseClient,
    *,
    folder: str | None = None,
    options: RequestOptions | None = None,
) -> Page[ListFilesResponse, str]:
    """Send the request and return the first page; the page fetches the next ones."""
    return first_page(
        PAGING,
        lambda _call: _fetch_page(client, _call),
        PageCall(
            None,
            {
                "folder": folder,
            },
            options,
        ),
    )


def _fetch_page(
    client: BaseClient, call: PageCall
) -> tuple[ListFilesResponse, urllib3.BaseHTTPResponse, str]:
    response, url = send_page(client, build_request(**call.params), call)
    result: ListFilesResponse = handle(
        response, RESPONSES, converter, operation=OPERATION
    )
    return result, response, url


async def acall(
    client: AsyncBaseClient,
    *,
    folder: str | None = None,
    options: RequestOptions | None = None,
) -> ListFilesResponse:
    """Send the request and return the documented response body; raise for error statuses."""
    response = await client.send(
        build_request(
            folder=folder,
        ),
        options,
    )
    result: ListFilesResponse = await client.handle(
        response, RESPONSES, converter, operation=OPERATION
    )
    return result


async def acall_paged(
    client: AsyncBaseClient,
    *,
    folder: str | None = None,
    options: RequestOptions | None = None,
) -> AsyncPage[ListFilesResponse, str]:
    """Send the request and return the first page; the page fetches the next ones."""
    return await client.first_page(
        PAGING,
        lambda _call: _afetch_page(client, _call),
        PageCall(
            None,
            {
                "folder": folder,
            },
            options,
        ),
    )


async def _afetch_page(
    client: AsyncBaseClient, call: PageCall
) -> tuple[ListFilesResponse, urllib3.BaseHTTPResponse, str]:
    response, url = await client.send_page(build_request(**call.params), call)
    result: ListFilesResponse = await client.handle(
        response, RESPONSES, converter, operation=OPERATION
    )
    return result, response, url
