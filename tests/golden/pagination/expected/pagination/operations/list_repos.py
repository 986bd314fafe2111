"""GET /repos: Repositories, by the Link header"""

from __future__ import annotations

from typing import TYPE_CHECKING

import urllib3

from .._runtime import urls
from .._runtime.http import BaseClient, HttpRequest, RequestOptions
from .._runtime.pagination import Page, PageCall, Paging, first_page, send_page
from .._runtime.responses import ResponseCase, handle
from .._serialization import converter
from ..models.repo import Repo

if TYPE_CHECKING:
    from .._runtime.aio import AsyncBaseClient
    from .._runtime.stream_aio import AsyncPage

OPERATION = "listRepos"

PAGING = Paging(
    "link",
    results=(),
    typed_results=True,
)

RESPONSES = (ResponseCase("200", "json", list[Repo]),)


def build_request(
    *,
    per_page: int | None = None,
    accept: str = "application/json",
) -> HttpRequest:
    """The HTTP request for listRepos, before the client adds server, auth and options."""
    _query: list[tuple[str, str]] = []
    _headers: dict[str, str] = {}
    _cookies: list[tuple[str, str]] = []
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
        path="/repos",
        query=_query,
        headers=_headers,
        cookies=_cookies,
        accept=accept,
        security=(("bearer",),),
    )


def call(
    client: BaseClient,
    *,
    per_page: int | None = None,
    options: RequestOptions | None = None,
) -> list[Repo]:
    """Send the request and return the documented response body; raise for error statuses."""
    response = client.send(
        build_request(
            per_page=per_page,
        ),
        options,
    )
    result: list[Repo] = handle(response, RESPONSES, converter, operation=OPERATION)
    return result


def call_paged(
    client: BaseClient,
    *,
    per_page: int | None = None,
    options: RequestOptions | None = None,
) -> Page[list[Repo], Repo]:
    """Send the request and return the first page; the page fetches the next ones."""
    return first_page(
        PAGING,
        lambda _call: _fetch_page(client, _call),
        PageCall(
            None,
            {
                "per_page": per_page,
            },
            options,
        ),
    )


def _fetch_page(
    client: BaseClient, call: PageCall
) -> tuple[list[Repo], urllib3.BaseHTTPResponse, str]:
    response, url = send_page(client, build_request(**call.params), call)
    result: list[Repo] = handle(response, RESPONSES, converter, operation=OPERATION)
    return result, response, url


async def acall(
    client: AsyncBaseClient,
    *,
    per_page: int | None = None,
    options: RequestOptions | None = None,
) -> list[Repo]:
    """Send the request and return the documented response body; raise for error statuses."""
    response = await client.send(
        build_request(
            per_page=per_page,
        ),
        options,
    )
    result: list[Repo] = await client.handle(
        response, RESPONSES, converter, operation=OPERATION
    )
    return result


async def acall_paged(
    client: AsyncBaseClient,
    *,
    per_page: int | None = None,
    options: RequestOptions | None = None,
) -> AsyncPage[list[Repo], Repo]:
    """Send the request and return the first page; the page fetches the next ones."""
    return await client.first_page(
        PAGING,
        lambda _call: _afetch_page(client, _call),
        PageCall(
            None,
            {
                "per_page": per_page,
            },
            options,
        ),
    )


async def _afetch_page(
    client: AsyncBaseClient, call: PageCall
) -> tuple[list[Repo], urllib3.BaseHTTPResponse, str]:
    response, url = await client.send_page(build_request(**call.params), call)
    result: list[Repo] = await client.handle(
        response, RESPONSES, converter, operation=OPERATION
    )
    return result, response, url
