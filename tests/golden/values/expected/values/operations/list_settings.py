"""GET /settings"""

from __future__ import annotations

from .._runtime import urls
from .._runtime.http import BaseClient, HttpRequest, RequestOptions
from .._runtime.responses import ResponseCase, handle
from .._serialization import converter
from ..models.list_settings_filter import ListSettingsFilter
from ..models.setting import Setting

OPERATION = "listSettings"

RESPONSES = (ResponseCase("200", "json", list[Setting]),)


def build_request(
    *,
    filter: ListSettingsFilter | None = None,
    x_context: list[str] | None = None,
    scope: str | None = None,
    accept: str = "application/json",
) -> HttpRequest:
    """The HTTP request for listSettings, before the client adds server, auth and options."""
    _query: list[tuple[str, str]] = []
    _headers: dict[str, str] = {}
    _cookies: list[tuple[str, str]] = []
    _query += urls.serialize_query_param(
        "filter",
        converter.unstructure(filter),
        style="form",
        explode=True,
        allow_reserved=False,
        as_json=True,
    )
    _query += urls.serialize_query_param(
        "scope",
        converter.unstructure(scope),
        style="form",
        explode=True,
        allow_reserved=False,
    )
    if x_context is not None:
        _headers["X-Context"] = urls.serialize_header_param(
            converter.unstructure(x_context), explode=False, as_json=True
        )
    return HttpRequest(
        method="GET",
        operation=OPERATION,
        path="/settings",
        query=_query,
        headers=_headers,
        cookies=_cookies,
        accept=accept,
        security=(),
    )


def call(
    client: BaseClient,
    *,
    filter: ListSettingsFilter | None = None,
    x_context: list[str] | None = None,
    scope: str | None = None,
    options: RequestOptions | None = None,
) -> list[Setting]:
    """Send the request and return the documented response body; raise for error statuses."""
    response = client.send(
        build_request(
            filter=filter,
            x_context=x_context,
            scope=scope,
        ),
        options,
    )
    result: list[Setting] = handle(response, RESPONSES, converter, operation=OPERATION)
    return result
