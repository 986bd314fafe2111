"""sessions operations"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, overload

from .._runtime.exchange import araw_method, raw_method
from .._runtime.fields import from_fields
from .._runtime.http import BaseClient, RequestOptions
from .._runtime.lazy import LazyModule
from .._runtime.unset import UNSET, Unset

if TYPE_CHECKING:
    from .. import models as _models
    from .._runtime.aio import AsyncBaseClient
    from ..models.start_session_request import StartSessionRequest
    from ..models.start_session_request_session import StartSessionRequestSession
    from ..operations import start_session as _start_session
else:
    # Each operation's module is imported when the operation is first called.
    _start_session = LazyModule("..operations.start_session", __package__)
    _models = LazyModule("..models", __package__)


class SessionsApi:
    """sessions operations"""

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> SessionsApiWithRawResponse:
        """The same methods, each returning a :class:`RawResponse` (``status_code``,
        ``headers``, ``request_id``, ``retries`` and the parsed ``data``)."""
        return SessionsApiWithRawResponse(self)

    @overload
    def start_session(
        self,
        request: StartSessionRequest,
        *,
        options: RequestOptions | None = None,
    ) -> bytes: ...

    @overload
    def start_session(
        self,
        *,
        sdp: str,
        session: StartSessionRequestSession | Unset = UNSET,
        audio: bytes | Unset = UNSET,
        notes: str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> bytes: ...

    def start_session(
        self,
        request: StartSessionRequest | None = None,
        *,
        options: RequestOptions | None = None,
        **_fields: Any,
    ) -> bytes:
        """A multipart body whose encoding gives its parts' types

        The body is one ``StartSessionRequest``, or its fields as keyword arguments
        (``sdp``, ``session``, ``audio``, ``notes``), not both.
        """
        request = from_fields(request, _models.StartSessionRequest, _fields)
        return _start_session.call(
            self._client,
            request,
            options=options,
        )


class SessionsApiWithRawResponse:
    """``SessionsApi``'s methods, each returning a :class:`RawResponse` around its result."""

    def __init__(self, api: SessionsApi) -> None:
        self.start_session = raw_method(api.start_session)


class AsyncSessionsApi:
    """sessions operations"""

    def __init__(self, client: AsyncBaseClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> AsyncSessionsApiWithRawResponse:
        """The same methods, each returning a :class:`RawResponse` (``status_code``,
        ``headers``, ``request_id``, ``retries`` and the parsed ``data``)."""
        return AsyncSessionsApiWithRawResponse(self)

    @overload
    async def start_session(
        self,
        request: StartSessionRequest,
        *,
        options: RequestOptions | None = None,
    ) -> bytes: ...

    @overload
    async def start_session(
        self,
        *,
        sdp: str,
        session: StartSessionRequestSession | Unset = UNSET,
        audio: bytes | Unset = UNSET,
        notes: str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> bytes: ...

    async def start_session(
        self,
        request: StartSessionRequest | None = None,
        *,
        options: RequestOptions | None = None,
        **_fields: Any,
    ) -> bytes:
        """A multipart body whose encoding gives its parts' types

        The body is one ``StartSessionRequest``, or its fields as keyword arguments
        (``sdp``, ``session``, ``audio``, ``notes``), not both.
        """
        request = from_fields(request, _models.StartSessionRequest, _fields)
        return await _start_session.acall(
            self._client,
            request,
            options=options,
        )


class AsyncSessionsApiWithRawResponse:
    """``AsyncSessionsApi``'s methods, each returning a :class:`RawResponse` around its result."""

    def __init__(self, api: AsyncSessionsApi) -> None:
        self.start_session = araw_method(api.start_session)
