"""Exceptions raised by the OpenRouter API client.

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
    "BadRequestResponseError",
    "EdgeNetworkTimeoutResponseError",
    "ForbiddenResponseError",
    "InternalServerResponseError",
    "NotFoundResponseError",
    "PayloadTooLargeResponseError",
    "PaymentRequiredResponseError",
    "ProviderOverloadedResponseError",
    "ResponseError",
    "ResponseValidationError",
    "SDKError",
    "StreamInterruptedError",
    "TooManyRequestsResponseError",
    "UnauthorizedResponseError",
]


class BadRequestResponseError(APIError):
    """400: Bad Request: the input is malformed or its parameters are not valid"""

    STATUS = "400"
    data: BadRequestResponse


class UnauthorizedResponseError(APIError):
    """401: Unauthorized: credentials are missing or not valid"""

    STATUS = "401"
    data: UnauthorizedResponse


class PaymentRequiredResponseError(APIError):
    """402: Payment Required: not enough credits or quota left to carry out the request"""

    STATUS = "402"
    data: PaymentRequiredResponse


class ForbiddenResponseError(APIError):
    """403: Forbidden: the caller is authenticated but lacks the needed permissions"""

    STATUS = "403"
    data: ForbiddenResponse


class NotFoundResponseError(APIError):
    """404: Not Found: no such resource exists"""

    STATUS = "404"
    data: NotFoundResponse


class PayloadTooLargeResponseError(APIError):
    """413: Payload Too Large: the request body is over the size limit"""

    STATUS = "413"
    data: PayloadTooLargeResponse


class TooManyRequestsResponseError(APIError):
    """429: Too Many Requests: the rate limit has been hit"""

    STATUS = "429"
    data: TooManyRequestsResponse


class InternalServerResponseError(APIError):
    """500: Internal Server Error: the server failed unexpectedly"""

    STATUS = "500"
    data: InternalServerResponse


class BadGatewayResponseError(APIError):
    """502: Bad Gateway: the upstream provider API failed"""

    STATUS = "502"
    data: BadGatewayResponse


class EdgeNetworkTimeoutResponseError(APIError):
    """524: Infrastructure Timeout: the edge network stopped waiting for the provider"""

    STATUS = "524"
    data: EdgeNetworkTimeoutResponse


class ProviderOverloadedResponseError(APIError):
    """529: Provider Overloaded: the provider cannot take more load for the moment"""

    STATUS = "529"
    data: ProviderOverloadedResponse
