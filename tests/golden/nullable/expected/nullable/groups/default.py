"""Default operations"""

from __future__ import annotations

from .._runtime.http import BaseClient, RequestOptions
from ..models.note import Note
from ..operations import create_note as _create_note


class DefaultApi:
    """Default operations"""

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    def create_note(
        self,
        request: Note,
        *,
        options: RequestOptions | None = None,
    ) -> Note:
        """createNote"""
        return _create_note.call(
            self._client,
            request,
            options=options,
        )
