"""Pets operations"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._runtime.exchange import araw_method, raw_method
from .._runtime.http import BaseClient, RequestOptions
from .._runtime.lazy import LazyModule

if TYPE_CHECKING:
    from .._runtime.aio import AsyncBaseClient
    from ..models.pet import Pet
    from ..operations import get_pet as _get_pet
else:
    # Each operation's module is imported when the operation is first called.
    _get_pet = LazyModule("..operations.get_pet", __package__)


class PetsApi:
    """Pets operations"""

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> PetsApiWithRawResponse:
        """The same methods, each returning a :class:`RawResponse` (``status_code``,
        ``headers``, ``request_id``, ``retries`` and the parsed ``data``)."""
        return PetsApiWithRawResponse(self)

    def get_pet(
        self,
        *,
        pet_id: str,
        options: RequestOptions | None = None,
    ) -> Pet:
        """getPet"""
        return _get_pet.call(
            self._client,
            pet_id=pet_id,
            options=options,
        )


class PetsApiWithRawResponse:
    """``PetsApi``'s methods, each returning a :class:`RawResponse` around its result."""

    def __init__(self, api: PetsApi) -> None:
        self.get_pet = raw_method(api.get_pet)


class AsyncPetsApi:
    """Pets operations"""

    def __init__(self, client: AsyncBaseClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> AsyncPetsApiWithRawResponse:
        """The same methods, each returning a :class:`RawResponse` (``status_code``,
        ``headers``, ``request_id``, ``retries`` and the parsed ``data``)."""
        return AsyncPetsApiWithRawResponse(self)

    async def get_pet(
        self,
        *,
        pet_id: str,
        options: RequestOptions | None = None,
    ) -> Pet:
        """getPet"""
        return await _get_pet.acall(
            self._client,
            pet_id=pet_id,
            options=options,
        )


class AsyncPetsApiWithRawResponse:
    """``AsyncPetsApi``'s methods, each returning a :class:`RawResponse` around its result."""

    def __init__(self, api: AsyncPetsApi) -> None:
        self.get_pet = araw_method(api.get_pet)
