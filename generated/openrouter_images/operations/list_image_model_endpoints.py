"""GET /images/models/{author}/{slug}/endpoints: Get the endpoints of an image model"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._runtime import urls
from .._runtime.http import BaseClient, HttpRequest, RequestOptions
from .._runtime.responses import ResponseCase, handle
from .._serialization import converter
from ..errors import InternalServerResponseError, NotFoundResponseError
from ..models.image_model_endpoints_response import ImageModelEndpointsResponse
from ..models.internal_server_response import InternalServerResponse
from ..models.not_found_response import NotFoundResponse

if TYPE_CHECKING:
    from .._runtime.aio import AsyncBaseClient

OPERATION = "listImageModelEndpoints"

RESPONSES = (
    ResponseCase("200", "json", ImageModelEndpointsResponse),
    ResponseCase("404", "json", NotFoundResponse, NotFoundResponseError),
    ResponseCase("500", "json", InternalServerResponse, InternalServerResponseError),
)


def build_request(
    *,
    author: str,
    slug: str,
    accept: str = "application/json",
) -> HttpRequest:
    """The HTTP request for listImageModelEndpoints, before the client adds server, auth and options."""
    _query: list[tuple[str, str]] = []
    _headers: dict[str, str] = {}
    _cookies: list[tuple[str, str]] = []
    return HttpRequest(
        method="GET",
        operation=OPERATION,
        path="".join(
            (
                "/images/models/",
                urls.serialize_path_param(
                    "author",
                    converter.unstructure(author),
                    style="simple",
                    explode=False,
                ),
                "/",
                urls.serialize_path_param(
                    "slug",
                    converter.unstructure(slug),
                    style="simple",
                    explode=False,
                ),
                "/endpoints",
            )
        ),
        query=_query,
        headers=_headers,
        cookies=_cookies,
        accept=accept,
        security=(("apiKey",),),
    )


def call(
    client: BaseClient,
    *,
    author: str,
    slug: str,
    options: RequestOptions | None = None,
) -> ImageModelEndpointsResponse:
    """Send the request and return the documented response body; raise for error statuses."""
    response = client.send(
        build_request(
            author=author,
            slug=slug,
        ),
        options,
    )
    result: ImageModelEndpointsResponse = handle(
        response, RESPONSES, converter, operation=OPERATION
    )
    return result


async def acall(
    client: AsyncBaseClient,
    *,
    author: str,
    slug: str,
    options: RequestOptions | None = None,
) -> ImageModelEndpointsResponse:
    """Send the request and return the documented response body; raise for error statuses."""
    response = await client.send(
        build_request(
            author=author,
            slug=slug,
        ),
        options,
    )
    result: ImageModelEndpointsResponse = await client.handle(
        response, RESPONSES, converter, operation=OPERATION
    )
    return result
