"""Attachment: The outer object type admits no null, whatever its members say."""

from __future__ import annotations

from typing import TYPE_CHECKING

import attrs

from .._runtime.model import Model as _Model
from .._runtime.unset import UNSET, Unset

if TYPE_CHECKING:
    from .circle import Circle
    from .note import Note


@attrs.define(kw_only=True)
class Attachment(_Model):
    """The outer object type admits no null, whatever its members say.

    Attributes:
        shape: ``shape``
    """

    shape: Note | Circle | Unset = UNSET
