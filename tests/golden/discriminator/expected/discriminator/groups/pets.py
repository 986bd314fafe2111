"""Pets operations"""

from __future__ import annotations

from .._runtime.http import BaseClient, RequestOptions
from ..models.pet import Pet
from ..operations import get_pet as _get_pet


class PetsApi:
    """Pets operations"""

    def __init__(self, client: BaseClient) -> None:
        self._client = client

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
