"""avatars operations"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._runtime.exchange import araw_method, raw_method
from .._runtime.http import BaseClient, RequestOptions
from .._runtime.lazy import LazyModule

if TYPE_CHECKING:
    from .._runtime.aio import AsyncBaseClient
    from ..operations import put_avatar as _put_avatar
else:
    # Each operation's module is imported when the operation is first called.
    _put_avatar = LazyModule("..operations.put_avatar", __package__)


class AvatarsApi:
    """avatars operations"""

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> AvatarsApiWithRawResponse:
        """The same methods, each returning a :class:`RawResponse` (``status_code``,
        ``headers``, ``request_id``, ``retries`` and the parsed ``data``)."""
        return AvatarsApiWithRawResponse(self)

    def put_avatar(
        self,
        request: bytes | None = None,
        *,
        user: str,
        options: RequestOptions | None = None,
    ) -> None:
        """putAvatar"""
        return _put_avatar.call(
            self._client,
            request,
            user=user,
            options=options,
        )


class AvatarsApiWithRawResponse:
    """``AvatarsApi``'s methods, each returning a :class:`RawResponse` around its result."""

    def __init__(self, api: AvatarsApi) -> None:
        self.put_avatar = raw_method(api.put_avatar)


class AsyncAvatarsApi:
    """avatars operations"""

    def __init__(self, client: AsyncBaseClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> AsyncAvatarsApiWithRawResponse:
        """The same methods, each returning a :class:`RawResponse` (``status_code``,
        ``headers``, ``request_id``, ``retries`` and the parsed ``data``)."""
        return AsyncAvatarsApiWithRawResponse(self)

    async def put_avatar(
        self,
        request: bytes | None = None,
        *,
        user: str,
        options: RequestOptions | None = None,
    ) -> None:
        """putAvatar"""
        return await _put_avatar.acall(
            self._client,
            request,
            user=user,
            options=options,
        )


class AsyncAvatarsApiWithRawResponse:
    """``AsyncAvatarsApi``'s methods, each returning a :class:`RawResponse` around its result."""

    def __init__(self, api: AsyncAvatarsApi) -> None:
        self.put_avatar = araw_method(api.put_avatar)
