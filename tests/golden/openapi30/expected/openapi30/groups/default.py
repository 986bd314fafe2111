"""Default operations"""

from __future__ import annotations

from .._runtime.http import BaseClient, RequestOptions
from ..models.order import Order
from ..models.status import Status
from ..operations import list_orders as _list_orders


class DefaultApi:
    """Default operations"""

    def __init__(self, client: BaseClient) -> None:
        self._client = client

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
