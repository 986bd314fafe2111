"""GET /files/{id}/content"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._runtime import urls
from .._runtime.http import BaseClient, HttpRequest, RequestOptions
from .._runtime.responses import ResponseCase, handle
from .._serialization import converter

if TYPE_CHECKING:
    from .._runtime.aio import AsyncBaseClient

OPERATION = "downloadFile"

RESPONSES = (ResponseCase("200", "binary"),)


def build_request(
    *,
    id: str,
    accept: str = "application/octet-stream",
) -> HttpRequest:
    """The HTTP request for downloadFile, before the client adds server, auth and options."""
    _query: list[tuple[str, str]] = []
    _headers: dict[str, str] = {}
    _cookies: list[tuple[str, str]] = []
    return HttpRequest(
        method="GET",
        operation=OPERATION,
        path="".join(
            (
                "/files/",
                urls.serialize_path_param(
                    "id",
                    converter.unstructure(id),
                    style="simple",
                    explode=False,
                ),
                "/content",
            )
        ),
        query=_query,
        headers=_headers,
        cookies=_cookies,
        accept=accept,
        security=(("key",),),
    )


def call(
    client: BaseClient,
    *,
    id: str,
    options: RequestOptions | None = None,
) -> bytes:
    """Send the request and return the documented response body; raise for error statuses."""
    response = client.send(
        build_request(
            id=id,
        ),
        options,
    )
    result: bytes = handle(response, RESPONSES, converter, operation=OPERATION)
    return result


async def acall(
    client: AsyncBaseClient,
    *,
    id: str,
    options: RequestOptions | None = None,
) -> bytes:
    """Send the request and return the documented response body; raise for error statuses."""
    response = await client.send(
        build_request(
            id=id,
        ),
        options,
    )
    result: bytes = await client.handle(
        response, RESPONSES, converter, operation=OPERATION
    )
    return result
