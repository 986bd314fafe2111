"""POST /settings"""

from __future__ import annotations

from .._runtime.http import BaseClient, HttpRequest, RequestOptions, json_body
from .._runtime.responses import ResponseCase, handle
from .._serialization import converter
from ..models.create_setting_request import CreateSettingRequest

OPERATION = "createSetting"

RESPONSES = (ResponseCase("204", "empty"),)


def build_request(
    request: CreateSettingRequest,
    *,
    accept: str = "application/json",
) -> HttpRequest:
    """The HTTP request for createSetting, before the client adds server, auth and options."""
    _query: list[tuple[str, str]] = []
    _headers: dict[str, str] = {}
    _cookies: list[tuple[str, str]] = []
    return HttpRequest(
        method="POST",
        operation=OPERATION,
        path="/settings",
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
    request: CreateSettingRequest,
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
