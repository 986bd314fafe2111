"""class operations"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._runtime.exchange import araw_method, raw_method
from .._runtime.http import BaseClient, RequestOptions
from .._runtime.lazy import LazyModule

if TYPE_CHECKING:
    from .._runtime.aio import AsyncBaseClient
    from ..models.client_model import ClientModel
    from ..models.vlan import VLAN
    from ..operations import get_client as _get_client
    from ..operations import get_client_2 as _get_client_2
else:
    # Each operation's module is imported when the operation is first called.
    _get_client_2 = LazyModule("..operations.get_client_2", __package__)
    _get_client = LazyModule("..operations.get_client", __package__)


class ClassApi:
    """class operations"""

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> ClassApiWithRawResponse:
        """The same methods, each returning a :class:`RawResponse` (``status_code``,
        ``headers``, ``request_id``, ``retries`` and the parsed ``data``)."""
        return ClassApiWithRawResponse(self)

    def get_client_2(
        self,
        *,
        from_: str | None = None,
        from_header: str | None = None,
        page_size: int | None = None,
        options: RequestOptions | None = None,
    ) -> ClientModel:
        """get-client"""
        return _get_client_2.call(
            self._client,
            from_=from_,
            from_header=from_header,
            page_size=page_size,
            options=options,
        )

    def get_client(
        self,
        *,
        options: RequestOptions | None = None,
    ) -> VLAN:
        """getClient"""
        return _get_client.call(
            self._client,
            options=options,
        )


class ClassApiWithRawResponse:
    """``ClassApi``'s methods, each returning a :class:`RawResponse` around its result."""

    def __init__(self, api: ClassApi) -> None:
        self.get_client_2 = raw_method(api.get_client_2)
        self.get_client = raw_method(api.get_client)


class AsyncClassApi:
    """class operations"""

    def __init__(self, client: AsyncBaseClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> AsyncClassApiWithRawResponse:
        """The same methods, each returning a :class:`RawResponse` (``status_code``,
        ``headers``, ``request_id``, ``retries`` and the parsed ``data``)."""
        return AsyncClassApiWithRawResponse(self)

    async def get_client_2(
        self,
        *,
        from_: str | None = None,
        from_header: str | None = None,
        page_size: int | None = None,
        options: RequestOptions | None = None,
    ) -> ClientModel:
        """get-client"""
        return await _get_client_2.acall(
            self._client,
            from_=from_,
            from_header=from_header,
            page_size=page_size,
            options=options,
        )

    async def get_client(
        self,
        *,
        options: RequestOptions | None = None,
    ) -> VLAN:
        """getClient"""
        return await _get_client.acall(
            self._client,
            options=options,
        )


class AsyncClassApiWithRawResponse:
    """``AsyncClassApi``'s methods, each returning a :class:`RawResponse` around its result."""

    def __init__(self, api: AsyncClassApi) -> None:
        self.get_client_2 = araw_method(api.get_client_2)
        self.get_client = araw_method(api.get_client)
