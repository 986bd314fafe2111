"""NoteExtra"""

from __future__ import annotations

from typing import Any

import attrs

from .._runtime.model import Model as _Model
from .._runtime.unset import UNSET, Unset


@attrs.define(kw_only=True)
class NoteExtra(_Model):
    """NoteExtra

    Attributes:
        pinned: ``pinned``
    """

    pinned: bool | Unset = UNSET
    additional_properties: dict[str, Any] = attrs.field(
        factory=dict, metadata={"additional_properties": True}
    )
