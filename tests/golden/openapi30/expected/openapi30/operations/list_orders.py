"""GET /orders"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._runtime import urls
from .._runtime.http import BaseClient, HttpRequest, RequestOptions
from .._runtime.responses import ResponseCase, handle
from .._serialization import converter
from ..models.order import Order
from ..models.status import Status

if TYPE_CHECKING:
    from .._runtime.aio import AsyncBaseClient

OPERATION = "listOrders"

RESPONSES = (ResponseCase("200", "json", list[Order]),)


def build_request(
    *,
    status: Status | str | None = None,
    limit: int | None = None,
    accept: str = "application/json",
) -> HttpRequest:
    """The HTTP request for listOrders, before the client adds server, auth and options."""
    _query: list[tuple[str, str]] = []
    _headers: dict[str, str] = {}
    _cookies: list[tuple[str, str]] = []
    _query += urls.serialize_query_param(
        "status",
        converter.unstructure(status),
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
        path="/orders",
        query=_query,
        headers=_headers,
        cookies=_cookies,
        accept=accept,
        security=(),
    )


def call(
    client: BaseClient,
    *,
    status: Status | str | None = None,
    limit: int | None = None,
    options: RequestOptions | None = None,
) -> list[Order]:
    """Send the request and return the documented response body; raise for error statuses."""
    response = client.send(
        build_request(
            status=status,
            limit=limit,
        ),
        options,
    )
    result: list[Order] = handle(response, RESPONSES, converter, operation=OPERATION)
    return result


async def acall(
    client: AsyncBaseClient,
    *,
    status: Status | str | None = None,
    limit: int | None = None,
    options: RequestOptions | None = None,
) -> list[Order]:
    """Send the request and return the documented response body; raise for error statuses."""
    response = await client.send(
        build_request(
            status=status,
            limit=limit,
        ),
        options,
    )
    result: list[Order] = await client.handle(
        response, RESPONSES, converter, operation=OPERATION
    )
    return result
