"""Note"""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING

import attrs

from .._runtime.model import Model as _Model
from .._runtime.unset import UNSET, Unset

if TYPE_CHECKING:
    from .note_color import NoteColor
    from .note_extra import NoteExtra


@attrs.define(kw_only=True)
class Note(_Model):
    """Note

    Attributes:
        title: required and never null
        body: required but may be null
        tags: optional
        color: optional and nullable enum
        created_at: ``createdAt`` (read-only)
        due: ``due``
        meta: ``meta``
        extra: ``extra``
    """

    title: str
    body: str | None
    tags: list[str] | Unset = UNSET
    color: NoteColor | str | None | Unset = UNSET
    created_at: datetime.datetime | Unset = attrs.field(
        default=UNSET, metadata={"wire": "createdAt"}
    )
    due: datetime.date | Unset = UNSET
    meta: dict[str, int] | Unset = UNSET
    extra: NoteExtra | Unset = UNSET
