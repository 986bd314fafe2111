"""PUT /files/{id}/content"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._runtime import urls
from .._runtime.http import BaseClient, HttpRequest, RequestOptions
from .._runtime.responses import ResponseCase, handle
from .._serialization import converter

if TYPE_CHECKING:
    from .._runtime.aio import AsyncBaseClient

OPERATION = "replaceFile"

RESPONSES = (ResponseCase("204", "empty"),)


def build_request(
    request: bytes,
    *,
    id: str,
    accept: str = "application/json",
) -> HttpRequest:
    """The HTTP request for replaceFile, before the client adds server, auth and options."""
    _query: list[tuple[str, str]] = []
    _headers: dict[str, str] = {}
    _cookies: list[tuple[str, str]] = []
    return HttpRequest(
        method="PUT",
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
        body=request,
        content_type="application/octet-stream",
        accept=accept,
        security=(("key",),),
    )


def call(
    client: BaseClient,
    request: bytes,
    *,
    id: str,
    options: RequestOptions | None = None,
) -> None:
    """Send the request and return the documented response body; raise for error statuses."""
    response = client.send(
        build_request(
            request,
            id=id,
        ),
        options,
    )
    result: None = handle(response, RESPONSES, converter, operation=OPERATION)
    return result


async def acall(
    client: AsyncBaseClient,
    request: bytes,
    *,
    id: str,
    options: RequestOptions | None = None,
) -> None:
    """Send the request and return the documented response body; raise for error statuses."""
    response = await client.send(
        build_request(
            request,
            id=id,
        ),
        options,
    )
    result: None = await client.handle(
        response, RESPONSES, converter, operation=OPERATION
    )
    return result
