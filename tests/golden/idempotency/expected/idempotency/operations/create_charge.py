"""POST /charges: A paid call without an idempotency key"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._runtime.http import BaseClient, HttpRequest, RequestOptions, json_body
from .._runtime.responses import ResponseCase, handle
from .._serialization import converter
from ..models.job import Job
from ..models.job_request import JobRequest

if TYPE_CHECKING:
    from .._runtime.aio import AsyncBaseClient

OPERATION = "createCharge"

RESPONSES = (ResponseCase("201", "json", Job),)


def build_request(
    request: JobRequest,
    *,
    accept: str = "application/json",
) -> HttpRequest:
    """The HTTP request for createCharge, before the client adds server, auth and options."""
    _query: list[tuple[str, str]] = []
    _headers: dict[str, str] = {}
    _cookies: list[tuple[str, str]] = []
    return HttpRequest(
        method="POST",
        operation=OPERATION,
        path="/charges",
        query=_query,
        headers=_headers,
        cookies=_cookies,
        body=json_body(converter.unstructure(request)),
        content_type="application/json",
        accept=accept,
        security=(("apiKey",),),
    )


def call(
    client: BaseClient,
    request: JobRequest,
    *,
    options: RequestOptions | None = None,
) -> Job:
    """Send the request and return the documented response body; raise for error statuses."""
    response = client.send(
        build_request(
            request,
        ),
        options,
    )
    result: Job = handle(response, RESPONSES, converter, operation=OPERATION)
    return result


async def acall(
    client: AsyncBaseClient,
    request: JobRequest,
    *,
    options: RequestOptions | None = None,
) -> Job:
    """Send the request and return the documented response body; raise for error statuses."""
    response = await client.send(
        build_request(
            request,
        ),
        options,
    )
    result: Job = await client.handle(
        response, RESPONSES, converter, operation=OPERATION
    )
    return result
