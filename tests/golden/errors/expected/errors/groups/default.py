"""Default operations"""

from __future__ import annotations

from .._runtime.http import BaseClient, RequestOptions
from ..operations import delete_thing as _delete_thing


class DefaultApi:
    """Default operations"""

    def __init__(self, client: BaseClient) -> None:
        self._client = client

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
