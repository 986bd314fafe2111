"""GET /files/{id}/label{style}"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._runtime import urls
from .._runtime.http import BaseClient, HttpRequest, RequestOptions
from .._runtime.responses import ResponseCase, handle
from .._serialization import converter

if TYPE_CHECKING:
    from .._runtime.aio import AsyncBaseClient

OPERATION = "getLabel"

RESPONSES = (ResponseCase("200", "text"),)


def build_request(
    *,
    id: str,
    style: list[str],
    accept: str = "text/plain",
) -> HttpRequest:
    """The HTTP request for getLabel, before the client adds server, auth and options."""
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
                "/label",
                urls.serialize_path_param(
                    "style",
                    converter.unstructure(style),
                    style="matrix",
                    explode=True,
                ),
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
    id: str,
    style: list[str],
    options: RequestOptions | None = None,
) -> str:
    """Send the request and return the documented response body; raise for error statuses."""
    response = client.send(
        build_request(
            id=id,
            style=style,
        ),
        options,
    )
    result: str = handle(response, RESPONSES, converter, operation=OPERATION)
    return result


async def acall(
    client: AsyncBaseClient,
    *,
    id: str,
    style: list[str],
    options: RequestOptions | None = None,
) -> str:
    """Send the request and return the documented response body; raise for error statuses."""
    response = await client.send(
        build_request(
            id=id,
            style=style,
        ),
        options,
    )
    result: str = await client.handle(
        response, RESPONSES, converter, operation=OPERATION
    )
    return result
