"""Exceptions raised by the Errors Demo client.

Every exception derives from :class:`SDKError`. A response with an error status raises an
:class:`APIError` carrying ``status_code``, ``headers``, the raw ``body``, ``request_id`` and
``retries``. Each status has one class shared by every operation (``UnauthorizedStatusError``
for any 401, ``ClientStatusError`` / ``ServerStatusError`` for any other 4XX / 5XX;
``status_error(code)`` gives it); the classes documented per operation derive from it and
carry the parsed body in ``data``. A body that does not fit its schema raises the status class
itself, with the decoding error chained.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ._runtime.errors import (
    APIConnectionError,
    APIError,
    APITimeoutError,
    BadGatewayStatusError,
    BadRequestStatusError,
    ClientStatusError,
    ConflictStatusError,
    ExpectationFailedStatusError,
    FailedDependencyStatusError,
    ForbiddenStatusError,
    GatewayTimeoutStatusError,
    GoneStatusError,
    HttpVersionNotSupportedStatusError,
    InsufficientStorageStatusError,
    InternalServerStatusError,
    LengthRequiredStatusError,
    LockedStatusError,
    LoopDetectedStatusError,
    MethodNotAllowedStatusError,
    MisdirectedRequestStatusError,
    MissingCredentialError,
    NetworkAuthenticationRequiredStatusError,
    NotAcceptableStatusError,
    NotFoundStatusError,
    NotImplementedStatusError,
    PayloadTooLargeStatusError,
    PaymentRequiredStatusError,
    PreconditionFailedStatusError,
    PreconditionRequiredStatusError,
    ProxyAuthenticationRequiredStatusError,
    RangeNotSatisfiableStatusError,
    RequestHeaderFieldsTooLargeStatusError,
    RequestTimeoutStatusError,
    ResponseError,
    ResponseValidationError,
    SDKError,
    ServerStatusError,
    ServiceUnavailableStatusError,
    StreamInterruptedError,
    TooEarlyStatusError,
    TooManyRequestsStatusError,
    UnauthorizedStatusError,
    UnavailableForLegalReasonsStatusError,
    UnprocessableEntityStatusError,
    UnsupportedMediaTypeStatusError,
    UpgradeRequiredStatusError,
    UriTooLongStatusError,
    status_error,
)

if TYPE_CHECKING:
    from .models.conflict import Conflict
    from .models.moved import Moved
    from .models.problem import Problem

__all__ = [
    "APIConnectionError",
    "APIError",
    "APITimeoutError",
    "BadGatewayStatusError",
    "BadRequestStatusError",
    "ClientProblemError",
    "ClientStatusError",
    "ConflictError",
    "ConflictStatusError",
    "ExpectationFailedStatusError",
    "FailedDependencyStatusError",
    "ForbiddenStatusError",
    "GatewayTimeoutStatusError",
    "GoneStatusError",
    "HttpVersionNotSupportedStatusError",
    "InsufficientStorageStatusError",
    "InternalServerStatusError",
    "LengthRequiredStatusError",
    "LockedStatusError",
    "LoopDetectedStatusError",
    "MethodNotAllowedStatusError",
    "MisdirectedRequestStatusError",
    "MissingCredentialError",
    "MovedError",
    "NetworkAuthenticationRequiredStatusError",
    "NotAcceptableStatusError",
    "NotFoundProblemError",
    "NotFoundStatusError",
    "NotImplementedStatusError",
    "NotModifiedError",
    "PayloadTooLargeStatusError",
    "PaymentRequiredStatusError",
    "PreconditionFailedStatusError",
    "PreconditionRequiredStatusError",
    "ProblemError",
    "ProxyAuthenticationRequiredStatusError",
    "RangeNotSatisfiableStatusError",
    "RequestHeaderFieldsTooLargeStatusError",
    "RequestTimeoutStatusError",
    "ResponseError",
    "ResponseValidationError",
    "SDKError",
    "ServerError",
    "ServerStatusError",
    "ServiceUnavailableStatusError",
    "StreamInterruptedError",
    "TooEarlyStatusError",
    "TooManyRequestsStatusError",
    "UnauthorizedStatusError",
    "UnavailableForLegalReasonsStatusError",
    "UnprocessableEntityStatusError",
    "UnsupportedMediaTypeStatusError",
    "UpgradeRequiredStatusError",
    "UriTooLongStatusError",
    "status_error",
]


class MovedError(APIError):
    """303: moved elsewhere; the body says where"""

    STATUS = "303"
    data: Moved


class NotModifiedError(APIError):
    """304: not modified"""

    STATUS = "304"


class NotFoundProblemError(NotFoundStatusError):
    """404: no such thing"""

    STATUS = "404"
    data: Problem


class ConflictError(ConflictStatusError):
    """409: in use"""

    STATUS = "409"
    data: Conflict


class ClientProblemError(ClientStatusError):
    """4XX: any other client error"""

    STATUS = "4XX"
    data: Problem


class ServerError(ServerStatusError):
    """5XX: server trouble"""

    STATUS = "5XX"


class ProblemError(APIError):
    """default: anything else"""

    STATUS = "default"
    data: Problem
