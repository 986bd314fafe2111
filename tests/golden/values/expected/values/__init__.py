"""Values client: Values the schemas let through and how they go back on the wire: parameters described by a JSON media type, a tagged union with an unlisted tag held in a field, properties without a type, a propert..."""

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
    ClientStatusError,
    FailureError,
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
    "EventStream",
    "FailureError",
    "MissingCredentialError",
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
