"""Default operations"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._runtime.exchange import araw_method, raw_method
from .._runtime.http import BaseClient, RequestOptions
from .._runtime.lazy import LazyModule

if TYPE_CHECKING:
    from .._runtime.aio import AsyncBaseClient
    from ..models.note import Note
    from ..operations import create_note as _create_note
else:
    # Each operation's module is imported when the operation is first called.
    _create_note = LazyModule("..operations.create_note", __package__)


class DefaultApi:
    """Default operations"""

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> DefaultApiWithRawResponse:
        """The same methods, each returning a :class:`RawResponse` (``status_code``,
        ``headers``, ``request_id``, ``retries`` and the parsed ``data``)."""
        return DefaultApiWithRawResponse(self)

    def create_note(
        self,
        request: Note,
        *,
        options: RequestOptions | None = None,
    ) -> Note:
        """createNote"""
        return _create_note.call(
            self._client,
            request,
            options=options,
        )


class DefaultApiWithRawResponse:
    """``DefaultApi``'s methods, each returning a :class:`RawResponse` around its result."""

    def __init__(self, api: DefaultApi) -> None:
        self.create_note = raw_method(api.create_note)


class AsyncDefaultApi:
    """Default operations"""

    def __init__(self, client: AsyncBaseClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> AsyncDefaultApiWithRawResponse:
        """The same methods, each returning a :class:`RawResponse` (``status_code``,
        ``headers``, ``request_id``, ``retries`` and the parsed ``data``)."""
        return AsyncDefaultApiWithRawResponse(self)

    async def create_note(
        self,
        request: Note,
        *,
        options: RequestOptions | None = None,
    ) -> Note:
        """createNote"""
        return await _create_note.acall(
            self._client,
            request,
            options=options,
        )


class AsyncDefaultApiWithRawResponse:
    """``AsyncDefaultApi``'s methods, each returning a :class:`RawResponse` around its result."""

    def __init__(self, api: AsyncDefaultApi) -> None:
        self.create_note = araw_method(api.create_note)
