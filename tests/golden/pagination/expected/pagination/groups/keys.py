"""keys operations"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._runtime.exchange import araw_method, raw_method
from .._runtime.http import BaseClient, RequestOptions
from .._runtime.lazy import LazyModule
from .._runtime.pagination import Page

if TYPE_CHECKING:
    from .._runtime.aio import AsyncBaseClient
    from .._runtime.stream_aio import AsyncPage
    from ..models.key import Key
    from ..models.list_keys_response import ListKeysResponse
    from ..operations import list_keys as _list_keys
else:
    # Each operation's module is imported when the operation is first called.
    _list_keys = LazyModule("..operations.list_keys", __package__)


class KeysApi:
    """keys operations"""

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> KeysApiWithRawResponse:
        """The same methods, each returning a :class:`RawResponse` (``status_code``,
        ``headers``, ``request_id``, ``retries`` and the parsed ``data``)."""
        return KeysApiWithRawResponse(self)

    def list_keys(
        self,
        *,
        offset: int | None = None,
        limit: int | None = None,
        options: RequestOptions | None = None,
    ) -> Page[ListKeysResponse, Key]:
        """Keys, by offset and limit

        Returns the first page: ``.data`` is the response body, ``.next()`` the next page
        (``None`` after the last), ``.iter_items()`` every item of every page, fetched as needed.
        """
        return _list_keys.call_paged(
            self._client,
            offset=offset,
            limit=limit,
            options=options,
        )


class KeysApiWithRawResponse:
    """``KeysApi``'s methods, each returning a :class:`RawResponse` around its result."""

    def __init__(self, api: KeysApi) -> None:
        self.list_keys = raw_method(api.list_keys)


class AsyncKeysApi:
    """keys operations"""

    def __init__(self, client: AsyncBaseClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> AsyncKeysApiWithRawResponse:
        """The same methods, each returning a :class:`RawResponse` (``status_code``,
        ``headers``, ``request_id``, ``retries`` and the parsed ``data``)."""
        return AsyncKeysApiWithRawResponse(self)

    async def list_keys(
        self,
        *,
        offset: int | None = None,
        limit: int | None = None,
        options: RequestOptions | None = None,
    ) -> AsyncPage[ListKeysResponse, Key]:
        """Keys, by offset and limit

        Returns the first page: ``.data`` is the response body, ``.next()`` the next page
        (``None`` after the last), ``.iter_items()`` every item of every page, fetched as needed.
        """
        return await _list_keys.acall_paged(
            self._client,
            offset=offset,
            limit=limit,
            options=options,
        )


class AsyncKeysApiWithRawResponse:
    """``AsyncKeysApi``'s methods, each returning a :class:`RawResponse` around its result."""

    def __init__(self, api: AsyncKeysApi) -> None:
        self.list_keys = araw_method(api.list_keys)
