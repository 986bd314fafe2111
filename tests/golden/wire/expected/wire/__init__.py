"""Requests client: Where requests go and how their bodies are written: path templates with a literal query or a fragment, form bodies with and without an encoding object, exact media types and line-delimited JSON, an..."""

from ._runtime.http import RequestOptions, Transport
from ._runtime.lines import JsonLines
from ._runtime.retries import RetryConfig
from ._runtime.sse import EventStream
from ._runtime.unset import UNSET, Unset
from .client import DEFAULT_RETRIES, SERVERS, Client, record_to
from .errors import (
    APIConnectionError,
    APIError,
    APITimeoutError,
    ProblemError,
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
    "JsonLines",
    "ProblemError",
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
