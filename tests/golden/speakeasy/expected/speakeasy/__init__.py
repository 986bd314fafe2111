"""Speakeasy extensions client"""

from ._runtime.http import RequestOptions, Transport
from ._runtime.retries import RetryConfig
from ._runtime.sse import EventStream
from ._runtime.unset import UNSET, Unset
from .client import DEFAULT_RETRIES, SERVERS, Client, record_to
from .errors import (
    APIConnectionError,
    APIError,
    APITimeoutError,
    ResponseError,
    ResponseValidationError,
    SDKError,
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
    "EventStream",
    "RequestOptions",
    "ResponseError",
    "ResponseValidationError",
    "RetryConfig",
    "SDKError",
    "StreamInterruptedError",
    "Transport",
    "Unset",
    "record_to",
]
