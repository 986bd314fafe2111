"""POST /jobs: Start a paid job; the key lets the server tell a retry from a new job"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._runtime import urls
from .._runtime.http import BaseClient, HttpRequest, RequestOptions, json_body
from .._runtime.responses import ResponseCase, handle
from .._serialization import converter
from ..models.job import Job
from ..models.job_request import JobRequest

if TYPE_CHECKING:
    from .._runtime.aio import AsyncBaseClient

OPERATION = "createJob"

RESPONSES = (ResponseCase("201", "json", Job),)


def build_request(
    request: JobRequest,
    *,
    idempotency_key: str | None = None,
    accept: str = "application/json",
) -> HttpRequest:
    """The HTTP request for createJob, before the client adds server, auth and options."""
    _query: list[tuple[str, str]] = []
    _headers: dict[str, str] = {}
    _cookies: list[tuple[str, str]] = []
    if idempotency_key is not None:
        _headers["Idempotency-Key"] = urls.serialize_header_param(
            converter.unstructure(idempotency_key), explode=False
        )
    return HttpRequest(
        method="POST",
        operation=OPERATION,
        path="/jobs",
        query=_query,
        headers=_headers,
        cookies=_cookies,
        body=json_body(converter.unstructure(request)),
        content_type="application/json",
        accept=accept,
        security=(("apiKey",),),
        idempotency_header="Idempotency-Key",
    )


def call(
    client: BaseClient,
    request: JobRequest,
    *,
    idempotency_key: str | None = None,
    options: RequestOptions | None = None,
) -> Job:
    """Send the request and return the documented response body; raise for error statuses."""
    response = client.send(
        build_request(
            request,
            idempotency_key=idempotency_key,
        ),
        options,
    )
    result: Job = handle(response, RESPONSES, converter, operation=OPERATION)
    return result


async def acall(
    client: AsyncBaseClient,
    request: JobRequest,
    *,
    idempotency_key: str | None = None,
    options: RequestOptions | None = None,
) -> Job:
    """Send the request and return the documented response body; raise for error statuses."""
    response = await client.send(
        build_request(
            request,
            idempotency_key=idempotency_key,
        ),
        options,
    )
    result: Job = await client.handle(
        response, RESPONSES, converter, operation=OPERATION
    )
    return result
