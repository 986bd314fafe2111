"""Exceptions raised by the Errors Demo client.

Every exception derives from :class:`SDKError`. A response with an error status raises the
class documented for that status (each carries ``status_code``, ``headers``, the raw ``body``
and the parsed ``data``); :class:`APIError` covers statuses the API does not document and bodies
that do not fit their schema.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ._runtime.errors import (
    APIConnectionError,
    APIError,
    APITimeoutError,
    ResponseError,
    ResponseValidationError,
    SDKError,
    StreamInterruptedError,
)

if TYPE_CHECKING:
    from .models.conflict import Conflict
    from .models.problem import Problem

__all__ = [
    "APIConnectionError",
    "APIError",
    "APITimeoutError",
    "ClientProblemError",
    "ConflictError",
    "NotFoundProblemError",
    "ProblemError",
    "ResponseError",
    "ResponseValidationError",
    "SDKError",
    "ServerError",
    "StreamInterruptedError",
]


class NotFoundProblemError(APIError):
    """404: no such thing"""

    STATUS = "404"
    data: Problem


class ConflictError(APIError):
    """409: in use"""

    STATUS = "409"
    data: Conflict


class ClientProblemError(APIError):
    """4XX: any other client error"""

    STATUS = "4XX"
    data: Problem


class ServerError(APIError):
    """5XX: server trouble"""

    STATUS = "5XX"


class ProblemError(APIError):
    """default: anything else"""

    STATUS = "default"
    data: Problem
