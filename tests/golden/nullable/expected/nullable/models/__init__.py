"""Every model of the Notes API client.

Each model's module is imported when the model is first used (``from .models import X`` or
``models.X``), so that importing the package stays fast however large the API is.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .attachment import Attachment
    from .circle import Circle
    from .labels import Labels
    from .note import Note
    from .note_color import NoteColor
    from .note_extra import NoteExtra
    from .role_tags import RoleTags

_MODULES: dict[str, str] = {
    "Attachment": "attachment",
    "Circle": "circle",
    "Labels": "labels",
    "Note": "note",
    "NoteColor": "note_color",
    "NoteExtra": "note_extra",
    "RoleTags": "role_tags",
}

__all__ = [
    "Attachment",
    "Circle",
    "Labels",
    "Note",
    "NoteColor",
    "NoteExtra",
    "RoleTags",
]


if not TYPE_CHECKING:  # type checkers read the imports above (and flag unknown names)

    def __getattr__(name: str) -> Any:
        module = _MODULES.get(name)
        if module is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(f".{module}", __name__), name)
        globals()[name] = value
        return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
