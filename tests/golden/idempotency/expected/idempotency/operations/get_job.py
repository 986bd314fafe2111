"""GET /jobs/{id}"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._runtime import urls
from .._runtime.http import BaseClient, HttpRequest, RequestOptions
from .._runtime.responses import ResponseCase, handle
from .._serialization import converter
from ..models.job import Job

if TYPE_CHECKING:
    from .._runtime.aio import AsyncBaseClient

OPERATION = "getJob"

RESPONSES = (ResponseCase("200", "json", Job),)


def build_request(
    *,
    id: str,
    accept: str = "application/json",
) -> HttpRequest:
    """The HTTP request for getJob, before the client adds server, auth and options."""
    _query: list[tuple[str, str]] = []
    _headers: dict[str, str] = {}
    _cookies: list[tuple[str, str]] = []
    return HttpRequest(
        method="GET",
        operation=OPERATION,
        path="".join(
            (
                "/jobs/",
                urls.serialize_path_param(
                    "id",
                    converter.unstructure(id),
                    style="simple",
                    explode=False,
                ),
            )
        ),
        query=_query,
        headers=_headers,
        cookies=_cookies,
        accept=accept,
        security=(("apiKey",),),
    )


def call(
    client: BaseClient,
    *,
    id: str,
    options: RequestOptions | None = None,
) -> Job:
    """Send the request and return the documented response body; raise for error statuses."""
    response = client.send(
        build_request(
            id=id,
        ),
        options,
    )
    result: Job = handle(response, RESPONSES, converter, operation=OPERATION)
    return result


async def acall(
    client: AsyncBaseClient,
    *,
    id: str,
    options: RequestOptions | None = None,
) -> Job:
    """Send the request and return the documented response body; raise for error statuses."""
    response = await client.send(
        build_request(
            id=id,
        ),
        options,
    )
    result: Job = await client.handle(
        response, RESPONSES, converter, operation=OPERATION
    )
    return result
