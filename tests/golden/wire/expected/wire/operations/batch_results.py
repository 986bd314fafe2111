"""GET /batches/{batch_id}/results?beta=true"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._runtime import urls
from .._runtime.http import BaseClient, HttpRequest, RequestOptions
from .._runtime.lines import JsonLines, open_lines
from .._runtime.responses import ResponseCase
from .._serialization import converter
from ..errors import ProblemError
from ..models.problem import Problem
from ..models.result import Result

if TYPE_CHECKING:
    from .._runtime.aio import AsyncBaseClient
    from .._runtime.stream_aio import AsyncJsonLines

OPERATION = "batchResults"

RESPONSES = (
    ResponseCase("200", "jsonl", Result),
    ResponseCase("4XX", "json", Problem, ProblemError),
)


def build_request(
    *,
    batch_id: str,
    accept: str = "application/x-jsonl",
) -> HttpRequest:
    """The HTTP request for batchResults, before the client adds server, auth and options."""
    _query: list[tuple[str, str]] = []
    _headers: dict[str, str] = {}
    _cookies: list[tuple[str, str]] = []
    return HttpRequest(
        method="GET",
        operation=OPERATION,
        path="".join(
            (
                "/batches/",
                urls.serialize_path_param(
                    "batch_id",
                    converter.unstructure(batch_id),
                    style="simple",
                    explode=False,
                ),
                "/results?beta=true",
            )
        ),
        query=_query,
        headers=_headers,
        cookies=_cookies,
        accept=accept,
        security=(),
    )


def call(
    client: BaseClient,
    *,
    batch_id: str,
    options: RequestOptions | None = None,
) -> JsonLines[Result]:
    """Send the request and return the documented response body; raise for error statuses."""
    response = client.send(
        build_request(
            batch_id=batch_id,
        ),
        options,
        stream=True,
    )
    result: JsonLines[Result] = open_lines(
        response, RESPONSES, converter, operation=OPERATION
    )
    return result


async def acall(
    client: AsyncBaseClient,
    *,
    batch_id: str,
    options: RequestOptions | None = None,
) -> AsyncJsonLines[Result]:
    """Send the request and return the documented response body; raise for error statuses."""
    response = await client.send(
        build_request(
            batch_id=batch_id,
        ),
        options,
        stream=True,
    )
    result: AsyncJsonLines[Result] = await client.open_lines(
        response, RESPONSES, converter, operation=OPERATION
    )
    return result
