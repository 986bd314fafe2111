"""notes operations"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._runtime.exchange import raw_method
from .._runtime.http import BaseClient, RequestOptions
from .._runtime.lazy import LazyModule

if TYPE_CHECKING:
    from ..models.note import Note
    from ..operations import create_note as _create_note
else:
    # Each operation's module is imported when the operation is first called.
    _create_note = LazyModule("..operations.create_note", __package__)


class NotesApi:
    """notes operations"""

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> NotesApiWithRawResponse:
        """The same methods, each returning a :class:`RawResponse` (``status_code``,
        ``headers``, ``request_id``, ``retries`` and the parsed ``data``)."""
        return NotesApiWithRawResponse(self)

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


class NotesApiWithRawResponse:
    """``NotesApi``'s methods, each returning a :class:`RawResponse` around its result."""

    def __init__(self, api: NotesApi) -> None:
        self.create_note = raw_method(api.create_note)
