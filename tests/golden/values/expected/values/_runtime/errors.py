"""Base exceptions of a generated client.

Every exception the client raises derives from :class:`SDKError`. Credentials never appear in
an exception's message or repr: messages are built from the method, URL path and status only.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

REQUEST_ID_HEADERS = (
    "x-request-id",
    "request-id",
    "x-amzn-requestid",
    "x-amz-request-id",
    "x-correlation-id",
    "x-trace-id",
    "cf-ray",
)
"""Response headers read, in this order, for the id a server gave the request."""


def request_id_of(headers: Mapping[str, str]) -> str | None:
    """The server's id of a request, from the first of :data:`REQUEST_ID_HEADERS` present."""
    lowered = {k.lower(): v for k, v in headers.items()}
    for name in REQUEST_ID_HEADERS:
        value = lowered.get(name)
        if value:
            return value
    return None


class SDKError(Exception):
    """Base class of every error raised by the client."""


class APIConnectionError(SDKError):
    """The request could not be sent or the response could not be read (DNS, refused, reset).

    The message says why; ``retries`` says how many times the request was retried first.
    """

    def __init__(self, message: str, *, retries: int = 0) -> None:
        super().__init__(message)
        self.retries = retries


class APITimeoutError(APIConnectionError):
    """The server did not answer within the timeout."""


class StreamInterruptedError(APIConnectionError):
    """A streamed response ended before its end-of-stream marker."""


class MissingCredentialError(SDKError):
    """An operation needs a credential and the client has none: raised before sending."""


class ResponseError(SDKError):
    """An HTTP response that the client could not use; keeps what the server sent.

    Attributes:
        status_code: the HTTP status code.
        headers: the response headers (names lower-cased).
        body: the raw response body, exactly as received.
        request_id: the id the server gave the request (``x-request-id`` and the like), if any.
        retries: how many times the request was retried before this response.
    """

    def __init__(
        self,
        message: str,
        *,
        status_code: int,
        headers: Mapping[str, str],
        body: bytes,
        retries: int = 0,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.status_code = status_code
        self.headers: Mapping[str, str] = headers
        self.body = body
        self.request_id = request_id_of(headers)
        self.retries = retries

    @property
    def text(self) -> str:
        """The body decoded as UTF-8 (undecodable bytes replaced)."""
        return self.body.decode("utf-8", errors="replace")

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(status_code={self.status_code}, "
            f"request_id={self.request_id!r}, message={self.message!r})"
        )


class ResponseValidationError(ResponseError):
    """A successful response whose body is not JSON or does not fit the documented schema."""


class APIError(ResponseError):
    """A response with an error status.

    Every status has one class shared by all operations (:func:`status_error`:
    ``UnauthorizedStatusError`` for any 401, ``ClientStatusError`` / ``ServerStatusError`` for
    any other 4XX / 5XX). The classes the API documents per operation derive from these and
    carry the parsed body in ``data``; when a documented body cannot be parsed, or the status is
    not documented, the status class itself is raised (``data`` is then ``None`` and ``body``
    keeps the raw bytes).
    """

    data: Any

    def __init__(
        self,
        message: str,
        *,
        status_code: int,
        headers: Mapping[str, str],
        body: bytes,
        data: Any = None,
        retries: int = 0,
    ) -> None:
        super().__init__(
            message,
            status_code=status_code,
            headers=headers,
            body=body,
            retries=retries,
        )
        self.data = data


class ClientStatusError(APIError):
    """Any 4XX response."""


class ServerStatusError(APIError):
    """Any 5XX response."""


class BadRequestStatusError(ClientStatusError):
    """Any 400 response, from any operation."""


class UnauthorizedStatusError(ClientStatusError):
    """Any 401 response, from any operation."""


class PaymentRequiredStatusError(ClientStatusError):
    """Any 402 response, from any operation."""


class ForbiddenStatusError(ClientStatusError):
    """Any 403 response, from any operation."""


class NotFoundStatusError(ClientStatusError):
    """Any 404 response, from any operation."""


class MethodNotAllowedStatusError(ClientStatusError):
    """Any 405 response, from any operation."""


class NotAcceptableStatusError(ClientStatusError):
    """Any 406 response, from any operation."""


class ProxyAuthenticationRequiredStatusError(ClientStatusError):
    """Any 407 response, from any operation."""


class RequestTimeoutStatusError(ClientStatusError):
    """Any 408 response, from any operation."""


class ConflictStatusError(ClientStatusError):
    """Any 409 response, from any operation."""


class GoneStatusError(ClientStatusError):
    """Any 410 response, from any operation."""


class LengthRequiredStatusError(ClientStatusError):
    """Any 411 response, from any operation."""


class PreconditionFailedStatusError(ClientStatusError):
    """Any 412 response, from any operation."""


class PayloadTooLargeStatusError(ClientStatusError):
    """Any 413 response, from any operation."""


class UriTooLongStatusError(ClientStatusError):
    """Any 414 response, from any operation."""


class UnsupportedMediaTypeStatusError(ClientStatusError):
    """Any 415 response, from any operation."""


class RangeNotSatisfiableStatusError(ClientStatusError):
    """Any 416 response, from any operation."""


class ExpectationFailedStatusError(ClientStatusError):
    """Any 417 response, from any operation."""


class MisdirectedRequestStatusError(ClientStatusError):
    """Any 421 response, from any operation."""


class UnprocessableEntityStatusError(ClientStatusError):
    """Any 422 response, from any operation."""


class LockedStatusError(ClientStatusError):
    """Any 423 response, from any operation."""


class FailedDependencyStatusError(ClientStatusError):
    """Any 424 response, from any operation."""


class TooEarlyStatusError(ClientStatusError):
    """Any 425 response, from any operation."""


class UpgradeRequiredStatusError(ClientStatusError):
    """Any 426 response, from any operation."""


class PreconditionRequiredStatusError(ClientStatusError):
    """Any 428 response, from any operation."""


class TooManyRequestsStatusError(ClientStatusError):
    """Any 429 response, from any operation."""


class RequestHeaderFieldsTooLargeStatusError(ClientStatusError):
    """Any 431 response, from any operation."""


class UnavailableForLegalReasonsStatusError(ClientStatusError):
    """Any 451 response, from any operation."""


class InternalServerStatusError(ServerStatusError):
    """Any 500 response, from any operation."""


class NotImplementedStatusError(ServerStatusError):
    """Any 501 response, from any operation."""


class BadGatewayStatusError(ServerStatusError):
    """Any 502 response, from any operation."""


class ServiceUnavailableStatusError(ServerStatusError):
    """Any 503 response, from any operation."""


class GatewayTimeoutStatusError(ServerStatusError):
    """Any 504 response, from any operation."""


class HttpVersionNotSupportedStatusError(ServerStatusError):
    """Any 505 response, from any operation."""


class InsufficientStorageStatusError(ServerStatusError):
    """Any 507 response, from any operation."""


class LoopDetectedStatusError(ServerStatusError):
    """Any 508 response, from any operation."""


class NetworkAuthenticationRequiredStatusError(ServerStatusError):
    """Any 511 response, from any operation."""


STATUS_ERRORS: dict[int, type[APIError]] = {
    400: BadRequestStatusError,
    401: UnauthorizedStatusError,
    402: PaymentRequiredStatusError,
    403: ForbiddenStatusError,
    404: NotFoundStatusError,
    405: MethodNotAllowedStatusError,
    406: NotAcceptableStatusError,
    407: ProxyAuthenticationRequiredStatusError,
    408: RequestTimeoutStatusError,
    409: ConflictStatusError,
    410: GoneStatusError,
    411: LengthRequiredStatusError,
    412: PreconditionFailedStatusError,
    413: PayloadTooLargeStatusError,
    414: UriTooLongStatusError,
    415: UnsupportedMediaTypeStatusError,
    416: RangeNotSatisfiableStatusError,
    417: ExpectationFailedStatusError,
    421: MisdirectedRequestStatusError,
    422: UnprocessableEntityStatusError,
    423: LockedStatusError,
    424: FailedDependencyStatusError,
    425: TooEarlyStatusError,
    426: UpgradeRequiredStatusError,
    428: PreconditionRequiredStatusError,
    429: TooManyRequestsStatusError,
    431: RequestHeaderFieldsTooLargeStatusError,
    451: UnavailableForLegalReasonsStatusError,
    500: InternalServerStatusError,
    501: NotImplementedStatusError,
    502: BadGatewayStatusError,
    503: ServiceUnavailableStatusError,
    504: GatewayTimeoutStatusError,
    505: HttpVersionNotSupportedStatusError,
    507: InsufficientStorageStatusError,
    508: LoopDetectedStatusError,
    511: NetworkAuthenticationRequiredStatusError,
}
"""One class per well-known error status; other statuses use the 4XX / 5XX class."""


def status_error(status: int) -> type[APIError]:
    """The class shared by every operation for ``status`` (usable in ``except`` directly)."""
    found = STATUS_ERRORS.get(status)
    if found is not None:
        return found
    if 400 <= status < 500:
        return ClientStatusError
    if 500 <= status < 600:
        return ServerStatusError
    return APIError


_COMBINED: dict[tuple[type[APIError], type[APIError]], type[APIError]] = {}


def error_class_for(documented: type[APIError] | None, status: int) -> type[APIError]:
    """The class to raise for ``status``: the operation's documented class when it names one,
    made to also derive from the status class (a ``4XX`` or ``default`` class raised for a 404
    is a ``NotFoundStatusError`` too)."""
    shared = status_error(status)
    if documented is None:
        return shared
    if issubclass(documented, shared):
        return documented
    key = (documented, shared)
    combined = _COMBINED.get(key)
    if combined is None:
        combined = type(
            documented.__name__,
            (documented, shared),
            {
                "__module__": documented.__module__,
                "__qualname__": documented.__qualname__,
            },
        )
        _COMBINED[key] = combined
    return combined
