"""orders operations"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._runtime.exchange import araw_method, raw_method
from .._runtime.http import BaseClient, RequestOptions
from .._runtime.lazy import LazyModule

if TYPE_CHECKING:
    from .._runtime.aio import AsyncBaseClient
    from ..models.order import Order
    from ..models.status import Status
    from ..operations import list_orders as _list_orders
else:
    # Each operation's module is imported when the operation is first called.
    _list_orders = LazyModule("..operations.list_orders", __package__)


class OrdersApi:
    """orders operations"""

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> OrdersApiWithRawResponse:
        """The same methods, each returning a :class:`RawResponse` (``status_code``,
        ``headers``, ``request_id``, ``retries`` and the parsed ``data``)."""
        return OrdersApiWithRawResponse(self)

    def list_orders(
        self,
        *,
        status: Status | str | None = None,
        limit: int | None = None,
        options: RequestOptions | None = None,
    ) -> list[Order]:
        """listOrders"""
        return _list_orders.call(
            self._client,
            status=status,
            limit=limit,
            options=options,
        )


class OrdersApiWithRawResponse:
    """``OrdersApi``'s methods, each returning a :class:`RawResponse` around its result."""

    def __init__(self, api: OrdersApi) -> None:
        self.list_orders = raw_method(api.list_orders)


class AsyncOrdersApi:
    """orders operations"""

    def __init__(self, client: AsyncBaseClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> AsyncOrdersApiWithRawResponse:
        """The same methods, each returning a :class:`RawResponse` (``status_code``,
        ``headers``, ``request_id``, ``retries`` and the parsed ``data``)."""
        return AsyncOrdersApiWithRawResponse(self)

    async def list_orders(
        self,
        *,
        status: Status | str | None = None,
        limit: int | None = None,
        options: RequestOptions | None = None,
    ) -> list[Order]:
        """listOrders"""
        return await _list_orders.acall(
            self._client,
            status=status,
            limit=limit,
            options=options,
        )


class AsyncOrdersApiWithRawResponse:
    """``AsyncOrdersApi``'s methods, each returning a :class:`RawResponse` around its result."""

    def __init__(self, api: AsyncOrdersApi) -> None:
        self.list_orders = araw_method(api.list_orders)
