"""Errors Demo client"""

from ._runtime.http import RequestOptions, Transport
from ._runtime.retries import RetryConfig
from ._runtime.sse import EventStream
from ._runtime.unset import UNSET, Unset
from .client import DEFAULT_RETRIES, SERVERS, Client, record_to
from .errors import (
    APIConnectionError,
    APIError,
    APITimeoutError,
    ClientProblemError,
    ConflictError,
    NotFoundProblemError,
    ProblemError,
    ResponseError,
    ResponseValidationError,
    SDKError,
    ServerError,
    StreamInterruptedError,
)

__all__ = [
    "DEFAULT_RETRIES",
    "SERVERS",
    "UNSET",
    "APIConnectionError",
    "APIError",
    "APITimeoutError",
    "Client",
    "ClientProblemError",
    "ConflictError",
    "EventStream",
    "NotFoundProblemError",
    "ProblemError",
    "RequestOptions",
    "ResponseError",
    "ResponseValidationError",
    "RetryConfig",
    "SDKError",
    "ServerError",
    "StreamInterruptedError",
    "Transport",
    "Unset",
    "record_to",
]
