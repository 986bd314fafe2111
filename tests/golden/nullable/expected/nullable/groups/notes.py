"""notes operations"""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any, overload

from .._runtime.exchange import araw_method, raw_method
from .._runtime.fields import from_fields
from .._runtime.http import BaseClient, RequestOptions
from .._runtime.lazy import LazyModule
from .._runtime.unset import UNSET, Unset

if TYPE_CHECKING:
    from .. import models as _models
    from .._runtime.aio import AsyncBaseClient
    from ..models.note import Note
    from ..models.note_color import NoteColor
    from ..models.note_extra import NoteExtra
    from ..operations import create_note as _create_note
else:
    # Each operation's module is imported when the operation is first called.
    _create_note = LazyModule("..operations.create_note", __package__)
    _models = LazyModule("..models", __package__)


class NotesApi:
    """notes operations"""

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> NotesApiWithRawResponse:
        """The same methods, each returning a :class:`RawResponse` (``status_code``,
        ``headers``, ``request_id``, ``retries`` and the parsed ``data``)."""
        return NotesApiWithRawResponse(self)

    @overload
    def create_note(
        self,
        request: Note,
        *,
        options: RequestOptions | None = None,
    ) -> Note: ...

    @overload
    def create_note(
        self,
        *,
        title: str,
        body: str | None,
        tags: list[str] | Unset = UNSET,
        color: NoteColor | str | None | Unset = UNSET,
        created_at: datetime.datetime | Unset = UNSET,
        due: datetime.date | Unset = UNSET,
        meta: dict[str, int] | Unset = UNSET,
        extra: NoteExtra | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> Note: ...

    def create_note(
        self,
        request: Note | None = None,
        *,
        options: RequestOptions | None = None,
        **_fields: Any,
    ) -> Note:
        """createNote

        The body is one ``Note``, or its fields as keyword arguments
        (``title``, ``body``, ``tags``, ``color``, ``created_at``, ``due``, ``meta``, ``extra``), not both.
        """
        request = from_fields(request, _models.Note, _fields)
        return _create_note.call(
            self._client,
            request,
            options=options,
        )


class NotesApiWithRawResponse:
    """``NotesApi``'s methods, each returning a :class:`RawResponse` around its result."""

    def __init__(self, api: NotesApi) -> None:
        self.create_note = raw_method(api.create_note)


class AsyncNotesApi:
    """notes operations"""

    def __init__(self, client: AsyncBaseClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> AsyncNotesApiWithRawResponse:
        """The same methods, each returning a :class:`RawResponse` (``status_code``,
        ``headers``, ``request_id``, ``retries`` and the parsed ``data``)."""
        return AsyncNotesApiWithRawResponse(self)

    @overload
    async def create_note(
        self,
        request: Note,
        *,
        options: RequestOptions | None = None,
    ) -> Note: ...

    @overload
    async def create_note(
        self,
        *,
        title: str,
        body: str | None,
        tags: list[str] | Unset = UNSET,
        color: NoteColor | str | None | Unset = UNSET,
        created_at: datetime.datetime | Unset = UNSET,
        due: datetime.date | Unset = UNSET,
        meta: dict[str, int] | Unset = UNSET,
        extra: NoteExtra | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> Note: ...

    async def create_note(
        self,
        request: Note | None = None,
        *,
        options: RequestOptions | None = None,
        **_fields: Any,
    ) -> Note:
        """createNote

        The body is one ``Note``, or its fields as keyword arguments
        (``title``, ``body``, ``tags``, ``color``, ``created_at``, ``due``, ``meta``, ``extra``), not both.
        """
        request = from_fields(request, _models.Note, _fields)
        return await _create_note.acall(
            self._client,
            request,
            options=options,
        )


class AsyncNotesApiWithRawResponse:
    """``AsyncNotesApi``'s methods, each returning a :class:`RawResponse` around its result."""

    def __init__(self, api: AsyncNotesApi) -> None:
        self.create_note = araw_method(api.create_note)
