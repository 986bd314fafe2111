"""GET /images/models: Get all image generation models"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._runtime.http import BaseClient, HttpRequest, RequestOptions
from .._runtime.responses import ResponseCase, handle
from .._serialization import converter
from ..errors import InternalServerResponseError
from ..models.image_models_list_response import ImageModelsListResponse
from ..models.internal_server_response import InternalServerResponse

if TYPE_CHECKING:
    from .._runtime.aio import AsyncBaseClient

OPERATION = "listImageModels"

RESPONSES = (
    ResponseCase("200", "json", ImageModelsListResponse),
    ResponseCase("500", "json", InternalServerResponse, InternalServerResponseError),
)


def build_request(
    *,
    accept: str = "application/json",
) -> HttpRequest:
    """The HTTP request for listImageModels, before the client adds server, auth and options."""
    _query: list[tuple[str, str]] = []
    _headers: dict[str, str] = {}
    _cookies: list[tuple[str, str]] = []
    return HttpRequest(
        method="GET",
        operation=OPERATION,
        path="/images/models",
        query=_query,
        headers=_headers,
        cookies=_cookies,
        accept=accept,
        security=(("apiKey",),),
    )


def call(
    client: BaseClient,
    *,
    options: RequestOptions | None = None,
) -> ImageModelsListResponse:
    """Send the request and return the documented response body; raise for error statuses."""
    response = client.send(
        build_request(),
        options,
    )
    result: ImageModelsListResponse = handle(
        response, RESPONSES, converter, operation=OPERATION
    )
    return result


async def acall(
    client: AsyncBaseClient,
    *,
    options: RequestOptions | None = None,
) -> ImageModelsListResponse:
    """Send the request and return the documented response body; raise for error statuses."""
    response = await client.send(
        build_request(),
        options,
    )
    result: ImageModelsListResponse = await client.handle(
        response, RESPONSES, converter, operation=OPERATION
    )
    return result
