"""POST /calls"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._runtime import urls
from .._runtime.http import BaseClient, HttpRequest, RequestOptions
from .._runtime.responses import ResponseCase, handle
from .._serialization import converter
from ..models.create_call_request import CreateCallRequest
from ..models.create_call_response import CreateCallResponse

if TYPE_CHECKING:
    from .._runtime.aio import AsyncBaseClient

OPERATION = "createCall"

RESPONSES = (ResponseCase("201", "json", CreateCallResponse),)


def build_request(
    request: CreateCallRequest,
    *,
    accept: str = "application/json",
) -> HttpRequest:
    """The HTTP request for createCall, before the client adds server, auth and options."""
    _query: list[tuple[str, str]] = []
    _headers: dict[str, str] = {}
    _cookies: list[tuple[str, str]] = []
    return HttpRequest(
        method="POST",
        operation=OPERATION,
        path="/calls",
        query=_query,
        headers=_headers,
        cookies=_cookies,
        body=urls.form_urlencode(
            converter.unstructure(request),
            {
                "Codecs": ("form", False),
                "Metadata": ("deepObject", True),
            },
        ),
        content_type="application/x-www-form-urlencoded",
        accept=accept,
        security=(),
    )


def call(
    client: BaseClient,
    request: CreateCallRequest,
    *,
    options: RequestOptions | None = None,
) -> CreateCallResponse:
    """Send the request and return the documented response body; raise for error statuses."""
    response = client.send(
        build_request(
            request,
        ),
        options,
    )
    result: CreateCallResponse = handle(
        response, RESPONSES, converter, operation=OPERATION
    )
    return result


async def acall(
    client: AsyncBaseClient,
    request: CreateCallRequest,
    *,
    options: RequestOptions | None = None,
) -> CreateCallResponse:
    """Send the request and return the documented response body; raise for error statuses."""
    response = await client.send(
        build_request(
            request,
        ),
        options,
    )
    result: CreateCallResponse = await client.handle(
        response, RESPONSES, converter, operation=OPERATION
    )
    return result
