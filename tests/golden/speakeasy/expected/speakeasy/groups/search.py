"""Search operations"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._runtime.deprecation import warn
from .._runtime.exchange import araw_method, raw_method
from .._runtime.http import BaseClient, RequestOptions
from .._runtime.lazy import LazyModule

if TYPE_CHECKING:
    from .._runtime.aio import AsyncBaseClient
    from ..operations import clear_search as _clear_search
    from ..operations import search as _search
else:
    # Each operation's module is imported when the operation is first called.
    _search = LazyModule("..operations.search", __package__)
    _clear_search = LazyModule("..operations.clear_search", __package__)


class SearchApi:
    """Search operations"""

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> SearchApiWithRawResponse:
        """The same methods, each returning a :class:`RawResponse` (``status_code``,
        ``headers``, ``request_id``, ``retries`` and the parsed ``data``)."""
        return SearchApiWithRawResponse(self)

    def search(
        self,
        request: _search.SearchRequest,
        *,
        options: RequestOptions | None = None,
    ) -> list[str]:
        """search"""
        if request.offset is not None:
            warn("parameter 'offset' of search is deprecated: Use cursor instead.")
        return _search.call(
            self._client,
            q=request.q,
            limit=request.limit,
            offset=request.offset,
            page_cursor=request.page_cursor,
            options=options,
        )

    def clear_search(
        self,
        request: _clear_search.ClearSearchRequest | None = None,
        *,
        options: RequestOptions | None = None,
    ) -> None:
        """clearSearch"""
        if request is None:
            request = _clear_search.ClearSearchRequest()
        return _clear_search.call(
            self._client,
            scope=request.scope,
            options=options,
        )


class SearchApiWithRawResponse:
    """``SearchApi``'s methods, each returning a :class:`RawResponse` around its result."""

    def __init__(self, api: SearchApi) -> None:
        self.search = raw_method(api.search)
        self.clear_search = raw_method(api.clear_search)


class AsyncSearchApi:
    """Search operations"""

    def __init__(self, client: AsyncBaseClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> AsyncSearchApiWithRawResponse:
        """The same methods, each returning a :class:`RawResponse` (``status_code``,
        ``headers``, ``request_id``, ``retries`` and the parsed ``data``)."""
        return AsyncSearchApiWithRawResponse(self)

    async def search(
        self,
        request: _search.SearchRequest,
        *,
        options: RequestOptions | None = None,
    ) -> list[str]:
        """search"""
        if request.offset is not None:
            warn("parameter 'offset' of search is deprecated: Use cursor instead.")
        return await _search.acall(
            self._client,
            q=request.q,
            limit=request.limit,
            offset=request.offset,
            page_cursor=request.page_cursor,
            options=options,
        )

    async def clear_search(
        self,
        request: _clear_search.ClearSearchRequest | None = None,
        *,
        options: RequestOptions | None = None,
    ) -> None:
        """clearSearch"""
        if request is None:
            request = _clear_search.ClearSearchRequest()
        return await _clear_search.acall(
            self._client,
            scope=request.scope,
            options=options,
        )


class AsyncSearchApiWithRawResponse:
    """``AsyncSearchApi``'s methods, each returning a :class:`RawResponse` around its result."""

    def __init__(self, api: AsyncSearchApi) -> None:
        self.search = araw_method(api.search)
        self.clear_search = araw_method(api.clear_search)
