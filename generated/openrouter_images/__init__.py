"""OpenRouter API client: An API compatible with OpenAI's, extended with features specific to OpenRouter."""

from ._runtime.http import RequestOptions, Transport
from ._runtime.retries import RetryConfig
from ._runtime.sse import EventStream
from ._runtime.unset import UNSET, Unset
from .client import DEFAULT_RETRIES, SERVERS, Client, record_to
from .errors import (
    APIConnectionError,
    APIError,
    APITimeoutError,
    BadGatewayResponseError,
    BadRequestResponseError,
    EdgeNetworkTimeoutResponseError,
    ForbiddenResponseError,
    InternalServerResponseError,
    NotFoundResponseError,
    PayloadTooLargeResponseError,
    PaymentRequiredResponseError,
    ProviderOverloadedResponseError,
    ResponseError,
    ResponseValidationError,
    SDKError,
    StreamInterruptedError,
    TooManyRequestsResponseError,
    UnauthorizedResponseError,
)

__all__ = [
    "DEFAULT_RETRIES",
    "SERVERS",
    "UNSET",
    "APIConnectionError",
    "APIError",
    "APITimeoutError",
    "BadGatewayResponseError",
    "BadRequestResponseError",
    "Client",
    "EdgeNetworkTimeoutResponseError",
    "EventStream",
    "ForbiddenResponseError",
    "InternalServerResponseError",
    "NotFoundResponseError",
    "PayloadTooLargeResponseError",
    "PaymentRequiredResponseError",
    "ProviderOverloadedResponseError",
    "RequestOptions",
    "ResponseError",
    "ResponseValidationError",
    "RetryConfig",
    "SDKError",
    "StreamInterruptedError",
    "TooManyRequestsResponseError",
    "Transport",
    "UnauthorizedResponseError",
    "Unset",
    "record_to",
]
