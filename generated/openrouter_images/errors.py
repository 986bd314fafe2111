"""Exceptions raised by the OpenRouter API client.

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
    from .models.bad_gateway_response import BadGatewayResponse
    from .models.bad_request_response import BadRequestResponse
    from .models.edge_network_timeout_response import EdgeNetworkTimeoutResponse
    from .models.forbidden_response import ForbiddenResponse
    from .models.internal_server_response import InternalServerResponse
    from .models.not_found_response import NotFoundResponse
    from .models.payload_too_large_response import PayloadTooLargeResponse
    from .models.payment_required_response import PaymentRequiredResponse
    from .models.provider_overloaded_response import ProviderOverloadedResponse
    from .models.too_many_requests_response import TooManyRequestsResponse
    from .models.unauthorized_response import UnauthorizedResponse

__all__ = [
    "APIConnectionError",
    "APIError",
    "APITimeoutError",
    "BadGatewayResponseError",
    "BadGatewayStatusError",
    "BadRequestResponseError",
    "BadRequestStatusError",
    "ClientStatusError",
    "ConflictStatusError",
    "EdgeNetworkTimeoutResponseError",
    "ExpectationFailedStatusError",
    "FailedDependencyStatusError",
    "ForbiddenResponseError",
    "ForbiddenStatusError",
    "GatewayTimeoutStatusError",
    "GoneStatusError",
    "HttpVersionNotSupportedStatusError",
    "InsufficientStorageStatusError",
    "InternalServerResponseError",
    "InternalServerStatusError",
    "LengthRequiredStatusError",
    "LockedStatusError",
    "LoopDetectedStatusError",
    "MethodNotAllowedStatusError",
    "MisdirectedRequestStatusError",
    "MissingCredentialError",
    "NetworkAuthenticationRequiredStatusError",
    "NotAcceptableStatusError",
    "NotFoundResponseError",
    "NotFoundStatusError",
    "NotImplementedStatusError",
    "PayloadTooLargeResponseError",
    "PayloadTooLargeStatusError",
    "PaymentRequiredResponseError",
    "PaymentRequiredStatusError",
    "PreconditionFailedStatusError",
    "PreconditionRequiredStatusError",
    "ProviderOverloadedResponseError",
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
    "TooManyRequestsResponseError",
    "TooManyRequestsStatusError",
    "UnauthorizedResponseError",
    "UnauthorizedStatusError",
    "UnavailableForLegalReasonsStatusError",
    "UnprocessableEntityStatusError",
    "UnsupportedMediaTypeStatusError",
    "UpgradeRequiredStatusError",
    "UriTooLongStatusError",
    "status_error",
]


class BadRequestResponseError(BadRequestStatusError):
    """400: Bad Request: the input is malformed or its parameters are not valid"""

    STATUS = "400"
    data: BadRequestResponse


class UnauthorizedResponseError(UnauthorizedStatusError):
    """401: Unauthorized: credentials are missing or not valid"""

    STATUS = "401"
    data: UnauthorizedResponse


class PaymentRequiredResponseError(PaymentRequiredStatusError):
    """402: Payment Required: not enough credits or quota left to carry out the request"""

    STATUS = "402"
    data: PaymentRequiredResponse


class ForbiddenResponseError(ForbiddenStatusError):
    """403: Forbidden: the caller is authenticated but lacks the needed permissions"""

    STATUS = "403"
    data: ForbiddenResponse


class NotFoundResponseError(NotFoundStatusError):
    """404: Not Found: no such resource exists"""

    STATUS = "404"
    data: NotFoundResponse


class PayloadTooLargeResponseError(PayloadTooLargeStatusError):
    """413: Payload Too Large: the request body is over the size limit"""

    STATUS = "413"
    data: PayloadTooLargeResponse


class TooManyRequestsResponseError(TooManyRequestsStatusError):
    """429: Too Many Requests: the rate limit has been hit"""

    STATUS = "429"
    data: TooManyRequestsResponse


class InternalServerResponseError(InternalServerStatusError):
    """500: Internal Server Error: the server failed unexpectedly"""

    STATUS = "500"
    data: InternalServerResponse


class BadGatewayResponseError(BadGatewayStatusError):
    """502: Bad Gateway: the upstream provider API failed"""

    STATUS = "502"
    data: BadGatewayResponse


class EdgeNetworkTimeoutResponseError(ServerStatusError):
    """524: Infrastructure Timeout: the edge network stopped waiting for the provider"""

    STATUS = "524"
    data: EdgeNetworkTimeoutResponse


class ProviderOverloadedResponseError(ServerStatusError):
    """529: Provider Overloaded: the provider cannot take more load for the moment"""

    STATUS = "529"
    data: ProviderOverloadedResponse
