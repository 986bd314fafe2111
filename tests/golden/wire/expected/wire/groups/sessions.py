"""sessions operations"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._runtime.exchange import raw_method
from .._runtime.http import BaseClient, RequestOptions
from .._runtime.lazy import LazyModule

if TYPE_CHECKING:
    from ..models.start_session_request import StartSessionRequest
    from ..operations import start_session as _start_session
else:
    # Each operation's module is imported when the operation is first called.
    _start_session = LazyModule("..operations.start_session", __package__)


class SessionsApi:
    """sessions operations"""

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> SessionsApiWithRawResponse:
        """The same methods, each returning a :class:`RawResponse` (``status_code``,
        ``headers``, ``request_id``, ``retries`` and the parsed ``data``)."""
        return SessionsApiWithRawResponse(self)

    def start_session(
        self,
        request: StartSessionRequest,
        *,
        options: RequestOptions | None = None,
    ) -> bytes:
        """A multipart body whose encoding gives its parts' types"""
        return _start_session.call(
            self._client,
            request,
            options=options,
        )


class SessionsApiWithRawResponse:
    """``SessionsApi``'s methods, each returning a :class:`RawResponse` around its result."""

    def __init__(self, api: SessionsApi) -> None:
        self.start_session = raw_method(api.start_session)
