"""Exceptions raised by the Speakeasy extensions client.

Every exception derives from :class:`SDKError`. A response with an error status raises the
class documented for that status (each carries ``status_code``, ``headers``, the raw ``body``
and the parsed ``data``); :class:`APIError` covers statuses the API does not document and bodies
that do not fit their schema.
"""

from __future__ import annotations

from ._runtime.errors import (
    APIConnectionError,
    APIError,
    APITimeoutError,
    ResponseError,
    ResponseValidationError,
    SDKError,
    StreamInterruptedError,
)

__all__ = [
    "APIConnectionError",
    "APIError",
    "APITimeoutError",
    "ResponseError",
    "ResponseValidationError",
    "SDKError",
    "StreamInterruptedError",
]
