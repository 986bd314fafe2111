"""GET /batches?beta=true"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._runtime import urls
from .._runtime.http import BaseClient, HttpRequest, RequestOptions
from .._runtime.responses import ResponseCase, handle
from .._serialization import converter
from ..models.batch import Batch

if TYPE_CHECKING:
    from .._runtime.aio import AsyncBaseClient

OPERATION = "listBatches"

RESPONSES = (ResponseCase("200", "json", list[Batch]),)


def build_request(
    *,
    limit: int | None = None,
    before_id: str | None = None,
    accept: str = "application/json; charset=utf-8",
) -> HttpRequest:
    """The HTTP request for listBatches, before the client adds server, auth and options."""
    _query: list[tuple[str, str]] = []
    _headers: dict[str, str] = {}
    _cookies: list[tuple[str, str]] = []
    _query += urls.serialize_query_param(
        "limit",
        converter.unstructure(limit),
        style="form",
        explode=True,
        allow_reserved=False,
    )
    _query += urls.serialize_query_param(
        "before_id",
        converter.unstructure(before_id),
        style="form",
        explode=True,
        allow_reserved=False,
    )
    return HttpRequest(
        method="GET",
        operation=OPERATION,
        path="/batches?beta=true",
        query=_query,
        headers=_headers,
        cookies=_cookies,
        accept=accept,
        security=(),
    )


def call(
    client: BaseClient,
    *,
    limit: int | None = None,
    before_id: str | None = None,
    options: RequestOptions | None = None,
) -> list[Batch]:
    """Send the request and return the documented response body; raise for error statuses."""
    response = client.send(
        build_request(
            limit=limit,
            before_id=before_id,
        ),
        options,
    )
    result: list[Batch] = handle(response, RESPONSES, converter, operation=OPERATION)
    return result


async def acall(
    client: AsyncBaseClient,
    *,
    limit: int | None = None,
    before_id: str | None = None,
    options: RequestOptions | None = None,
) -> list[Batch]:
    """Send the request and return the documented response body; raise for error statuses."""
    response = await client.send(
        build_request(
            limit=limit,
            before_id=before_id,
        ),
        options,
    )
    result: list[Batch] = await client.handle(
        response, RESPONSES, converter, operation=OPERATION
    )
    return result
