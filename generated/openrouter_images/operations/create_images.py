"""POST /images: Create an image from a prompt"""

from __future__ import annotations

from typing import TYPE_CHECKING

import attrs

from .._runtime.http import BaseClient, HttpRequest, RequestOptions, json_body
from .._runtime.responses import ResponseCase, handle, open_stream_or_value
from .._runtime.sse import EventStream
from .._serialization import converter
from ..errors import (
    BadGatewayResponseError,
    BadRequestResponseError,
    EdgeNetworkTimeoutResponseError,
    ForbiddenResponseError,
    InternalServerResponseError,
    NotFoundResponseError,
    PayloadTooLargeResponseError,
    PaymentRequiredResponseError,
    ProviderOverloadedResponseError,
    TooManyRequestsResponseError,
    UnauthorizedResponseError,
)
from ..models.bad_gateway_response import BadGatewayResponse
from ..models.bad_request_response import BadRequestResponse
from ..models.edge_network_timeout_response import EdgeNetworkTimeoutResponse
from ..models.forbidden_response import ForbiddenResponse
from ..models.image_generation_request import ImageGenerationRequest
from ..models.image_generation_response import ImageGenerationResponse
from ..models.image_streaming_response import ImageStreamingResponse
from ..models.internal_server_response import InternalServerResponse
from ..models.not_found_response import NotFoundResponse
from ..models.payload_too_large_response import PayloadTooLargeResponse
from ..models.payment_required_response import PaymentRequiredResponse
from ..models.provider_overloaded_response import ProviderOverloadedResponse
from ..models.too_many_requests_response import TooManyRequestsResponse
from ..models.unauthorized_response import UnauthorizedResponse

if TYPE_CHECKING:
    from .._runtime.aio import AsyncBaseClient
    from .._runtime.stream_aio import AsyncEventStream

OPERATION = "createImages"

RESPONSES = (
    ResponseCase("200", "json", ImageGenerationResponse),
    ResponseCase("200", "sse", ImageStreamingResponse, sentinel="[DONE]"),
    ResponseCase("400", "json", BadRequestResponse, BadRequestResponseError),
    ResponseCase("401", "json", UnauthorizedResponse, UnauthorizedResponseError),
    ResponseCase("402", "json", PaymentRequiredResponse, PaymentRequiredResponseError),
    ResponseCase("403", "json", ForbiddenResponse, ForbiddenResponseError),
    ResponseCase("404", "json", NotFoundResponse, NotFoundResponseError),
    ResponseCase("413", "json", PayloadTooLargeResponse, PayloadTooLargeResponseError),
    ResponseCase("429", "json", TooManyRequestsResponse, TooManyRequestsResponseError),
    ResponseCase("500", "json", InternalServerResponse, InternalServerResponseError),
    ResponseCase("502", "json", BadGatewayResponse, BadGatewayResponseError),
    ResponseCase(
        "524", "json", EdgeNetworkTimeoutResponse, EdgeNetworkTimeoutResponseError
    ),
    ResponseCase(
        "529", "json", ProviderOverloadedResponse, ProviderOverloadedResponseError
    ),
)


def build_request(
    request: ImageGenerationRequest,
    *,
    accept: str = "application/json",
) -> HttpRequest:
    """The HTTP request for createImages, before the client adds server, auth and options."""
    _query: list[tuple[str, str]] = []
    _headers: dict[str, str] = {}
    _cookies: list[tuple[str, str]] = []
    return HttpRequest(
        method="POST",
        operation=OPERATION,
        path="/images",
        query=_query,
        headers=_headers,
        cookies=_cookies,
        body=json_body(converter.unstructure(request)),
        content_type="application/json",
        accept=accept,
        security=(("apiKey",),),
    )


def call(
    client: BaseClient,
    request: ImageGenerationRequest,
    *,
    options: RequestOptions | None = None,
) -> ImageGenerationResponse:
    """Send the request and return the documented response body; raise for error statuses."""
    response = client.send(
        build_request(
            request,
        ),
        options,
    )
    result: ImageGenerationResponse = handle(
        response, RESPONSES, converter, operation=OPERATION
    )
    return result


def call_stream(
    client: BaseClient,
    request: ImageGenerationRequest,
    *,
    options: RequestOptions | None = None,
) -> EventStream[ImageStreamingResponse] | ImageGenerationResponse:
    """Send the request asking for a stream; return the events as they arrive (or, when
    the server answers with a documented non-stream body instead, that body's value)."""
    request = attrs.evolve(request, stream=True)
    response = client.send(
        build_request(
            request,
            accept="text/event-stream",
        ),
        options,
        stream=True,
    )
    result: EventStream[ImageStreamingResponse] | ImageGenerationResponse = (
        open_stream_or_value(response, RESPONSES, converter, operation=OPERATION)
    )
    return result


async def acall(
    client: AsyncBaseClient,
    request: ImageGenerationRequest,
    *,
    options: RequestOptions | None = None,
) -> ImageGenerationResponse:
    """Send the request and return the documented response body; raise for error statuses."""
    response = await client.send(
        build_request(
            request,
        ),
        options,
    )
    result: ImageGenerationResponse = await client.handle(
        response, RESPONSES, converter, operation=OPERATION
    )
    return result


async def acall_stream(
    client: AsyncBaseClient,
    request: ImageGenerationRequest,
    *,
    options: RequestOptions | None = None,
) -> AsyncEventStream[ImageStreamingResponse] | ImageGenerationResponse:
    """Send the request asking for a stream; return the events as they arrive (or, when
    the server answers with a documented non-stream body instead, that body's value)."""
    request = attrs.evolve(request, stream=True)
    response = await client.send(
        build_request(
            request,
            accept="text/event-stream",
        ),
        options,
        stream=True,
    )
    events: (
        AsyncEventStream[ImageStreamingResponse] | ImageGenerationResponse
    ) = await client.open_stream(
        response, RESPONSES, converter, operation=OPERATION, or_value=True
    )
    return events
