"""POST /notes"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._runtime.http import BaseClient, HttpRequest, RequestOptions, json_body
from .._runtime.responses import ResponseCase, handle
from .._serialization import converter
from ..models.note import Note

if TYPE_CHECKING:
    from .._runtime.aio import AsyncBaseClient

OPERATION = "createNote"

RESPONSES = (ResponseCase("201", "json", Note),)


def build_request(
    request: Note,
    *,
    accept: str = "application/json",
) -> HttpRequest:
    """The HTTP request for createNote, before the client adds server, auth and options."""
    _query: list[tuple[str, str]] = []
    _headers: dict[str, str] = {}
    _cookies: list[tuple[str, str]] = []
    return HttpRequest(
        method="POST",
        operation=OPERATION,
        path="/notes",
        query=_query,
        headers=_headers,
        cookies=_cookies,
        body=json_body(converter.unstructure(request)),
        content_type="application/json",
        accept=accept,
        security=(),
    )


def call(
    client: BaseClient,
    request: Note,
    *,
    options: RequestOptions | None = None,
) -> Note:
    """Send the request and return the documented response body; raise for error statuses."""
    response = client.send(
        build_request(
            request,
        ),
        options,
    )
    result: Note = handle(response, RESPONSES, converter, operation=OPERATION)
    return result


async def acall(
    client: AsyncBaseClient,
    request: Note,
    *,
    options: RequestOptions | None = None,
) -> Note:
    """Send the request and return the documented response body; raise for error statuses."""
    response = await client.send(
        build_request(
            request,
        ),
        options,
    )
    result: Note = await client.handle(
        response, RESPONSES, converter, operation=OPERATION
    )
    return result
