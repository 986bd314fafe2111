"""status operations"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._runtime.exchange import araw_method, raw_method
from .._runtime.http import BaseClient, RequestOptions
from .._runtime.lazy import LazyModule

if TYPE_CHECKING:
    from .._runtime.aio import AsyncBaseClient
    from ..models.get_status_response import GetStatusResponse
    from ..operations import get_status as _get_status
else:
    # Each operation's module is imported when the operation is first called.
    _get_status = LazyModule("..operations.get_status", __package__)


class StatusApi:
    """status operations"""

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> StatusApiWithRawResponse:
        """The same methods, each returning a :class:`RawResponse` (``status_code``,
        ``headers``, ``request_id``, ``retries`` and the parsed ``data``)."""
        return StatusApiWithRawResponse(self)

    def get_status(
        self,
        *,
        options: RequestOptions | None = None,
    ) -> GetStatusResponse:
        """getStatus"""
        return _get_status.call(
            self._client,
            options=options,
        )


class StatusApiWithRawResponse:
    """``StatusApi``'s methods, each returning a :class:`RawResponse` around its result."""

    def __init__(self, api: StatusApi) -> None:
        self.get_status = raw_method(api.get_status)


class AsyncStatusApi:
    """status operations"""

    def __init__(self, client: AsyncBaseClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> AsyncStatusApiWithRawResponse:
        """The same methods, each returning a :class:`RawResponse` (``status_code``,
        ``headers``, ``request_id``, ``retries`` and the parsed ``data``)."""
        return AsyncStatusApiWithRawResponse(self)

    async def get_status(
        self,
        *,
        options: RequestOptions | None = None,
    ) -> GetStatusResponse:
        """getStatus"""
        return await _get_status.acall(
            self._client,
            options=options,
        )


class AsyncStatusApiWithRawResponse:
    """``AsyncStatusApi``'s methods, each returning a :class:`RawResponse` around its result."""

    def __init__(self, api: AsyncStatusApi) -> None:
        self.get_status = araw_method(api.get_status)
