"""things operations"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._runtime.exchange import araw_method, raw_method
from .._runtime.http import BaseClient, RequestOptions
from .._runtime.lazy import LazyModule

if TYPE_CHECKING:
    from .._runtime.aio import AsyncBaseClient
    from ..operations import delete_thing as _delete_thing
else:
    # Each operation's module is imported when the operation is first called.
    _delete_thing = LazyModule("..operations.delete_thing", __package__)


class ThingsApi:
    """things operations"""

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> ThingsApiWithRawResponse:
        """The same methods, each returning a :class:`RawResponse` (``status_code``,
        ``headers``, ``request_id``, ``retries`` and the parsed ``data``)."""
        return ThingsApiWithRawResponse(self)

    def delete_thing(
        self,
        *,
        id: int,
        options: RequestOptions | None = None,
    ) -> None:
        """deleteThing"""
        return _delete_thing.call(
            self._client,
            id=id,
            options=options,
        )


class ThingsApiWithRawResponse:
    """``ThingsApi``'s methods, each returning a :class:`RawResponse` around its result."""

    def __init__(self, api: ThingsApi) -> None:
        self.delete_thing = raw_method(api.delete_thing)


class AsyncThingsApi:
    """things operations"""

    def __init__(self, client: AsyncBaseClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> AsyncThingsApiWithRawResponse:
        """The same methods, each returning a :class:`RawResponse` (``status_code``,
        ``headers``, ``request_id``, ``retries`` and the parsed ``data``)."""
        return AsyncThingsApiWithRawResponse(self)

    async def delete_thing(
        self,
        *,
        id: int,
        options: RequestOptions | None = None,
    ) -> None:
        """deleteThing"""
        return await _delete_thing.acall(
            self._client,
            id=id,
            options=options,
        )


class AsyncThingsApiWithRawResponse:
    """``AsyncThingsApi``'s methods, each returning a :class:`RawResponse` around its result."""

    def __init__(self, api: AsyncThingsApi) -> None:
        self.delete_thing = araw_method(api.delete_thing)
