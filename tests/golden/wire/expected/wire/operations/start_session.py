"""POST /sessions: A multipart body whose encoding gives its parts' types"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._runtime import urls
from .._runtime.http import BaseClient, HttpRequest, RequestOptions
from .._runtime.responses import ResponseCase, handle
from .._serialization import converter
from ..models.start_session_request import StartSessionRequest

if TYPE_CHECKING:
    from .._runtime.aio import AsyncBaseClient

OPERATION = "startSession"
PART_TYPES = {
    "sdp": "application/sdp",
    "session": "application/json; charset=utf-8",
    "audio": "audio/wav",
}
"""The Content-Type of each part the spec's encoding sets one for."""

RESPONSES = (ResponseCase("201", "binary"),)


def build_request(
    request: StartSessionRequest,
    *,
    accept: str = "application/sdp",
) -> HttpRequest:
    """The HTTP request for startSession, before the client adds server, auth and options."""
    _query: list[tuple[str, str]] = []
    _headers: dict[str, str] = {}
    _cookies: list[tuple[str, str]] = []
    _boundary = urls.new_boundary()
    return HttpRequest(
        method="POST",
        operation=OPERATION,
        path="/sessions",
        query=_query,
        headers=_headers,
        cookies=_cookies,
        body=urls.multipart_body(converter.unstructure(request), _boundary, PART_TYPES),
        content_type=f"multipart/form-data; boundary={_boundary}",
        accept=accept,
        security=(),
    )


def call(
    client: BaseClient,
    request: StartSessionRequest,
    *,
    options: RequestOptions | None = None,
) -> bytes:
    """Send the request and return the documented response body; raise for error statuses."""
    response = client.send(
        build_request(
            request,
        ),
        options,
    )
    result: bytes = handle(response, RESPONSES, converter, operation=OPERATION)
    return result


async def acall(
    client: AsyncBaseClient,
    request: StartSessionRequest,
    *,
    options: RequestOptions | None = None,
) -> bytes:
    """Send the request and return the documented response body; raise for error statuses."""
    response = await client.send(
        build_request(
            request,
        ),
        options,
    )
    result: bytes = await client.handle(
        response, RESPONSES, converter, operation=OPERATION
    )
    return result
