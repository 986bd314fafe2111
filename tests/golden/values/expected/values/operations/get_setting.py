"""GET /settings/{key}"""

from __future__ import annotations

from .._runtime import urls
from .._runtime.http import BaseClient, HttpRequest, RequestOptions
from .._runtime.responses import ResponseCase, handle
from .._serialization import converter
from ..errors import FailureError
from ..models.failure import Failure
from ..models.get_setting_key import GetSettingKey
from ..models.setting import Setting

OPERATION = "getSetting"

RESPONSES = (
    ResponseCase("200", "json", Setting),
    ResponseCase("4XX", "json", Failure, FailureError),
)


def build_request(
    *,
    key: GetSettingKey,
    accept: str = "application/json",
) -> HttpRequest:
    """The HTTP request for getSetting, before the client adds server, auth and options."""
    _query: list[tuple[str, str]] = []
    _headers: dict[str, str] = {}
    _cookies: list[tuple[str, str]] = []
    return HttpRequest(
        method="GET",
        operation=OPERATION,
        path="".join(
            (
                "/settings/",
                urls.serialize_path_param(
                    "key",
                    converter.unstructure(key),
                    style="simple",
                    explode=False,
                    as_json=True,
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
    key: GetSettingKey,
    options: RequestOptions | None = None,
) -> Setting:
    """Send the request and return the documented response body; raise for error statuses."""
    response = client.send(
        build_request(
            key=key,
        ),
        options,
    )
    result: Setting = handle(response, RESPONSES, converter, operation=OPERATION)
    return result
