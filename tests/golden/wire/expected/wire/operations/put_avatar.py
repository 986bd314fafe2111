"""PUT /avatars/{user}"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._runtime import urls
from .._runtime.http import BaseClient, HttpRequest, RequestOptions
from .._runtime.responses import ResponseCase, handle
from .._serialization import converter

if TYPE_CHECKING:
    from .._runtime.aio import AsyncBaseClient

OPERATION = "putAvatar"
PART_TYPES = {"image": "image/png"}
"""The Content-Type of each part the spec's encoding sets one for."""

RESPONSES = (ResponseCase("204", "empty"),)


def build_request(
    request: bytes | None = None,
    *,
    user: str,
    accept: str = "application/json",
) -> HttpRequest:
    """The HTTP request for putAvatar, before the client adds server, auth and options."""
    _query: list[tuple[str, str]] = []
    _headers: dict[str, str] = {}
    _cookies: list[tuple[str, str]] = []
    _boundary = urls.new_boundary()
    return HttpRequest(
        method="PUT",
        operation=OPERATION,
        path="".join(
            (
                "/avatars/",
                urls.serialize_path_param(
                    "user",
                    converter.unstructure(user),
                    style="simple",
                    explode=False,
                ),
            )
        ),
        query=_query,
        headers=_headers,
        cookies=_cookies,
        body=None
        if request is None
        else urls.multipart_body(
            {"image": converter.unstructure(request)}, _boundary, PART_TYPES
        ),
        content_type=f"multipart/form-data; boundary={_boundary}",
        accept=accept,
        security=(),
    )


def call(
    client: BaseClient,
    request: bytes | None = None,
    *,
    user: str,
    options: RequestOptions | None = None,
) -> None:
    """Send the request and return the documented response body; raise for error statuses."""
    response = client.send(
        build_request(
            request,
            user=user,
        ),
        options,
    )
    result: None = handle(response, RESPONSES, converter, operation=OPERATION)
    return result


async def acall(
    client: AsyncBaseClient,
    request: bytes | None = None,
    *,
    user: str,
    options: RequestOptions | None = None,
) -> None:
    """Send the request and return the documented response body; raise for error statuses."""
    response = await client.send(
        build_request(
            request,
            user=user,
        ),
        options,
    )
    result: None = await client.handle(
        response, RESPONSES, converter, operation=OPERATION
    )
    return result
