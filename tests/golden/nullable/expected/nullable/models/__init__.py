"""Every model of the Notes API client."""

from .attachment import Attachment
from .circle import Circle
from .labels import Labels
from .note import Note
from .note_color import NoteColor
from .note_extra import NoteExtra
from .role_tags import RoleTags

__all__ = [
    "Attachment",
    "Circle",
    "Labels",
    "Note",
    "NoteColor",
    "NoteExtra",
    "RoleTags",
]
