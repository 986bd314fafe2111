"""search operations"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._runtime.exchange import araw_method, raw_method
from .._runtime.http import BaseClient, RequestOptions
from .._runtime.lazy import LazyModule

if TYPE_CHECKING:
    from .._runtime.aio import AsyncBaseClient
    from ..operations import get_search_by_owner as _get_search_by_owner
    from ..operations import search_by_tag as _search_by_tag
else:
    # Each operation's module is imported when the operation is first called.
    _search_by_tag = LazyModule("..operations.search_by_tag", __package__)
    _get_search_by_owner = LazyModule("..operations.get_search_by_owner", __package__)


class SearchApi:
    """search operations"""

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> SearchApiWithRawResponse:
        """The same methods, each returning a :class:`RawResponse` (``status_code``,
        ``headers``, ``request_id``, ``retries`` and the parsed ``data``)."""
        return SearchApiWithRawResponse(self)

    def search_by_tag(
        self,
        *,
        tag: str,
        options: RequestOptions | None = None,
    ) -> list[str]:
        """searchByTag"""
        return _search_by_tag.call(
            self._client,
            tag=tag,
            options=options,
        )

    def get_search_by_owner(
        self,
        *,
        owner: str,
        options: RequestOptions | None = None,
    ) -> bytes:
        """get/search#by-owner"""
        return _get_search_by_owner.call(
            self._client,
            owner=owner,
            options=options,
        )


class SearchApiWithRawResponse:
    """``SearchApi``'s methods, each returning a :class:`RawResponse` around its result."""

    def __init__(self, api: SearchApi) -> None:
        self.search_by_tag = raw_method(api.search_by_tag)
        self.get_search_by_owner = raw_method(api.get_search_by_owner)


class AsyncSearchApi:
    """search operations"""

    def __init__(self, client: AsyncBaseClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> AsyncSearchApiWithRawResponse:
        """The same methods, each returning a :class:`RawResponse` (``status_code``,
        ``headers``, ``request_id``, ``retries`` and the parsed ``data``)."""
        return AsyncSearchApiWithRawResponse(self)

    async def search_by_tag(
        self,
        *,
        tag: str,
        options: RequestOptions | None = None,
    ) -> list[str]:
        """searchByTag"""
        return await _search_by_tag.acall(
            self._client,
            tag=tag,
            options=options,
        )

    async def get_search_by_owner(
        self,
        *,
        owner: str,
        options: RequestOptions | None = None,
    ) -> bytes:
        """get/search#by-owner"""
        return await _get_search_by_owner.acall(
            self._client,
            owner=owner,
            options=options,
        )


class AsyncSearchApiWithRawResponse:
    """``AsyncSearchApi``'s methods, each returning a :class:`RawResponse` around its result."""

    def __init__(self, api: AsyncSearchApi) -> None:
        self.search_by_tag = araw_method(api.search_by_tag)
        self.get_search_by_owner = araw_method(api.get_search_by_owner)
