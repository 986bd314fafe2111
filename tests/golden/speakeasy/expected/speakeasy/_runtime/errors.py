"""Base exceptions of a generated client.

Every exception the client raises derives from :class:`SDKError`. Credentials never appear in
an exception's message or repr: messages are built from the method, URL path and status only.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any


class SDKError(Exception):
    """Base class of every error raised by the client."""


class APIConnectionError(SDKError):
    """The request could not be sent or the response could not be read (DNS, refused, reset)."""


class APITimeoutError(APIConnectionError):
    """The server did not answer within the timeout."""


class StreamInterruptedError(APIConnectionError):
    """A streamed response ended before its end-of-stream marker."""


class ResponseError(SDKError):
    """An HTTP response that the client could not use; keeps what the server sent.

    Attributes:
        status_code: the HTTP status code.
        headers: the response headers (names lower-cased).
        body: the raw response body, exactly as received.
    """

    def __init__(
        self,
        message: str,
        *,
        status_code: int,
        headers: Mapping[str, str],
        body: bytes,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.status_code = status_code
        self.headers: Mapping[str, str] = headers
        self.body = body

    @property
    def text(self) -> str:
        """The body decoded as UTF-8 (undecodable bytes replaced)."""
        return self.body.decode("utf-8", errors="replace")

    def __repr__(self) -> str:
        return f"{type(self).__name__}(status_code={self.status_code}, message={self.message!r})"


class ResponseValidationError(ResponseError):
    """A successful response whose body is not JSON or does not fit the documented schema."""


class APIError(ResponseError):
    """A 4XX or 5XX response.

    Subclasses exist for each error status the API documents; they carry the parsed body in
    ``data``. ``APIError`` itself is raised for statuses the API does not document, and for a
    documented status whose body cannot be parsed (``data`` is then ``None`` and ``body`` keeps
    the raw bytes).
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
    ) -> None:
        super().__init__(message, status_code=status_code, headers=headers, body=body)
        self.data = data
