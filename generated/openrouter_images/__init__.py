"""OpenRouter API client: An API compatible with OpenAI's, extended with features specific to OpenRouter."""

from typing import TYPE_CHECKING

from ._runtime.exchange import RawResponse
from ._runtime.http import RequestOptions, Transport
from ._runtime.passthrough import UnknownVariant, unknown_fields
from ._runtime.responses import gc_paused
from ._runtime.retries import RetryConfig
from ._runtime.sse import EventStream
from ._runtime.unset import UNSET, Unset
from .client import (
    DEFAULT_RETRIES,
    ENVIRONMENT,
    SERVERS,
    USER_AGENT,
    Client,
    __version__,
    record_to,
)
from .errors import (
    APIConnectionError,
    APIError,
    APITimeoutError,
    BadGatewayResponseError,
    BadRequestResponseError,
    ClientStatusError,
    EdgeNetworkTimeoutResponseError,
    ForbiddenResponseError,
    InternalServerResponseError,
    MissingCredentialError,
    NotFoundResponseError,
    PayloadTooLargeResponseError,
    PaymentRequiredResponseError,
    ProviderOverloadedResponseError,
    ResponseError,
    ResponseValidationError,
    SDKError,
    ServerStatusError,
    StreamInterruptedError,
    TooManyRequestsResponseError,
    UnauthorizedResponseError,
    status_error,
)

if TYPE_CHECKING:
    from .async_client import AsyncClient as AsyncClient
    from .async_client import AsyncTransport as AsyncTransport
    from .async_client import record_to_async as record_to_async


def __getattr__(name: str) -> object:
    # The AsyncClient is imported on first use: the Client never loads asyncio or aiohttp.
    if name in ("AsyncClient", "AsyncTransport", "record_to_async"):
        from . import async_client

        return getattr(async_client, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "DEFAULT_RETRIES",
    "ENVIRONMENT",
    "SERVERS",
    "UNSET",
    "USER_AGENT",
    "APIConnectionError",
    "APIError",
    "APITimeoutError",
    "BadGatewayResponseError",
    "BadRequestResponseError",
    "Client",
    "ClientStatusError",
    "EdgeNetworkTimeoutResponseError",
    "EventStream",
    "ForbiddenResponseError",
    "InternalServerResponseError",
    "MissingCredentialError",
    "NotFoundResponseError",
    "PayloadTooLargeResponseError",
    "PaymentRequiredResponseError",
    "ProviderOverloadedResponseError",
    "RawResponse",
    "RequestOptions",
    "ResponseError",
    "ResponseValidationError",
    "RetryConfig",
    "SDKError",
    "ServerStatusError",
    "StreamInterruptedError",
    "TooManyRequestsResponseError",
    "Transport",
    "UnauthorizedResponseError",
    "UnknownVariant",
    "Unset",
    "__version__",
    "gc_paused",
    "record_to",
    "status_error",
    "unknown_fields",
]
