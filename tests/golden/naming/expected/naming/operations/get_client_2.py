"""GET /client"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._runtime import urls
from .._runtime.http import BaseClient, HttpRequest, RequestOptions
from .._runtime.responses import ResponseCase, handle
from .._serialization import converter
from ..models.client_model import ClientModel

if TYPE_CHECKING:
    from .._runtime.aio import AsyncBaseClient

OPERATION = "get-client"

RESPONSES = (ResponseCase("200", "json", ClientModel),)


def build_request(
    *,
    from_: str | None = None,
    from_header: str | None = None,
    page_size: int | None = None,
    accept: str = "application/json",
) -> HttpRequest:
    """The HTTP request for get-client, before the client adds server, auth and options."""
    _query: list[tuple[str, str]] = []
    _headers: dict[str, str] = {}
    _cookies: list[tuple[str, str]] = []
    _query += urls.serialize_query_param(
        "from",
        converter.unstructure(from_),
        style="form",
        explode=True,
        allow_reserved=False,
    )
    _query += urls.serialize_query_param(
        "page-size",
        converter.unstructure(page_size),
        style="form",
        explode=True,
        allow_reserved=False,
    )
    if from_header is not None:
        _headers["From"] = urls.serialize_header_param(
            converter.unstructure(from_header), explode=False
        )
    return HttpRequest(
        method="GET",
        operation=OPERATION,
        path="/client",
        query=_query,
        headers=_headers,
        cookies=_cookies,
        accept=accept,
        security=(),
    )


def call(
    client: BaseClient,
    *,
    from_: str | None = None,
    from_header: str | None = None,
    page_size: int | None = None,
    options: RequestOptions | None = None,
) -> ClientModel:
    """Send the request and return the documented response body; raise for error statuses."""
    response = client.send(
        build_request(
            from_=from_,
            from_header=from_header,
            page_size=page_size,
        ),
        options,
    )
    result: ClientModel = handle(response, RESPONSES, converter, operation=OPERATION)
    return result


async def acall(
    client: AsyncBaseClient,
    *,
    from_: str | None = None,
    from_header: str | None = None,
    page_size: int | None = None,
    options: RequestOptions | None = None,
) -> ClientModel:
    """Send the request and return the documented response body; raise for error statuses."""
    response = await client.send(
        build_request(
            from_=from_,
            from_header=from_header,
            page_size=page_size,
        ),
        options,
    )
    result: ClientModel = await client.handle(
        response, RESPONSES, converter, operation=OPERATION
    )
    return result
