"""GET /batches"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._runtime.http import BaseClient, HttpRequest, RequestOptions
from .._runtime.lines import JsonLines, open_lines
from .._runtime.responses import ResponseCase
from .._serialization import converter
from ..models.batch import Batch

if TYPE_CHECKING:
    from .._runtime.aio import AsyncBaseClient
    from .._runtime.stream_aio import AsyncJsonLines

OPERATION = "exportBatches"

RESPONSES = (ResponseCase("200", "jsonl", Batch),)


def build_request(
    *,
    accept: str = "application/x-ndjson",
) -> HttpRequest:
    """The HTTP request for exportBatches, before the client adds server, auth and options."""
    _query: list[tuple[str, str]] = []
    _headers: dict[str, str] = {}
    _cookies: list[tuple[str, str]] = []
    return HttpRequest(
        method="GET",
        operation=OPERATION,
        path="/batches",
        query=_query,
        headers=_headers,
        cookies=_cookies,
        accept=accept,
        security=(),
    )


def call(
    client: BaseClient,
    *,
    options: RequestOptions | None = None,
) -> JsonLines[Batch]:
    """Send the request and return the documented response body; raise for error statuses."""
    response = client.send(
        build_request(),
        options,
        stream=True,
    )
    result: JsonLines[Batch] = open_lines(
        response, RESPONSES, converter, operation=OPERATION
    )
    return result


async def acall(
    client: AsyncBaseClient,
    *,
    options: RequestOptions | None = None,
) -> AsyncJsonLines[Batch]:
    """Send the request and return the documented response body; raise for error statuses."""
    response = await client.send(
        build_request(),
        options,
        stream=True,
    )
    result: AsyncJsonLines[Batch] = await client.open_lines(
        response, RESPONSES, converter, operation=OPERATION
    )
    return result
