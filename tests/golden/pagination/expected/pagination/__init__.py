"""Pagination client"""

from ._runtime.exchange import RawResponse
from ._runtime.http import RequestOptions, Transport
from ._runtime.pagination import CrossOriginPageError, Page
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
    ClientStatusError,
    MissingCredentialError,
    ResponseError,
    ResponseValidationError,
    SDKError,
    ServerStatusError,
    StreamInterruptedError,
    status_error,
)

__all__ = [
    "DEFAULT_RETRIES",
    "ENVIRONMENT",
    "SERVERS",
    "UNSET",
    "USER_AGENT",
    "APIConnectionError",
    "APIError",
    "APITimeoutError",
    "Client",
    "ClientStatusError",
    "CrossOriginPageError",
    "EventStream",
    "MissingCredentialError",
    "Page",
    "RawResponse",
    "RequestOptions",
    "ResponseError",
    "ResponseValidationError",
    "RetryConfig",
    "SDKError",
    "ServerStatusError",
    "StreamInterruptedError",
    "Transport",
    "UnknownVariant",
    "Unset",
    "__version__",
    "gc_paused",
    "record_to",
    "status_error",
    "unknown_fields",
]
