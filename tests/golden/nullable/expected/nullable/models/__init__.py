"""Every model of the Notes API client."""

from .note import Note
from .note_color import NoteColor
from .note_extra import NoteExtra

__all__ = [
    "Note",
    "NoteColor",
    "NoteExtra",
]
