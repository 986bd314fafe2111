"""Exceptions raised by the Values client.

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
    from .models.failure import Failure

__all__ = [
    "APIConnectionError",
    "APIError",
    "APITimeoutError",
    "BadGatewayStatusError",
    "BadRequestStatusError",
    "ClientStatusError",
    "ConflictStatusError",
    "ExpectationFailedStatusError",
    "FailedDependencyStatusError",
    "FailureError",
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
    "NetworkAuthenticationRequiredStatusError",
    "NotAcceptableStatusError",
    "NotFoundStatusError",
    "NotImplementedStatusError",
    "PayloadTooLargeStatusError",
    "PaymentRequiredStatusError",
    "PreconditionFailedStatusError",
    "PreconditionRequiredStatusError",
    "ProxyAuthenticationRequiredStatusError",
    "RangeNotSatisfiableStatusError",
    "RequestHeaderFieldsTooLargeStatusError",
    "RequestTimeoutStatusError",
    "ResponseError",
    "ResponseValidationError",
    "SDKError",
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


class FailureError(ClientStatusError):
    """4XX: what went wrong; result is null on errors"""

    STATUS = "4XX"
    data: Failure
