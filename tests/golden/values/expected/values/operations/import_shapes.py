"""POST /imports/shapes"""

from __future__ import annotations

from .._runtime.http import BaseClient, HttpRequest, RequestOptions
from .._runtime.lines import json_lines_body
from .._runtime.responses import ResponseCase, handle
from .._serialization import converter
from ..models.circle import Circle

OPERATION = "importShapes"

RESPONSES = (ResponseCase("204", "empty"),)


def build_request(
    request: bytes | list[Circle],
    *,
    accept: str = "application/json",
) -> HttpRequest:
    """The HTTP request for importShapes, before the client adds server, auth and options."""
    _query: list[tuple[str, str]] = []
    _headers: dict[str, str] = {}
    _cookies: list[tuple[str, str]] = []
    return HttpRequest(
        method="POST",
        operation=OPERATION,
        path="/imports/shapes",
        query=_query,
        headers=_headers,
        cookies=_cookies,
        body=json_lines_body(converter.unstructure(request)),
        content_type="application/x-ndjson",
        accept=accept,
        security=(),
    )


def call(
    client: BaseClient,
    request: bytes | list[Circle],
    *,
    options: RequestOptions | None = None,
) -> None:
    """Send the request and return the documented response body; raise for error statuses."""
    response = client.send(
        build_request(
            request,
        ),
        options,
    )
    result: None = handle(response, RESPONSES, converter, operation=OPERATION)
    return result
