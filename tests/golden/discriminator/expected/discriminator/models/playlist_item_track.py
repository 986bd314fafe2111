"""PlaylistItemTrack"""

from __future__ import annotations

from typing import TypeAlias

from .episode import Episode
from .track import Track

PlaylistItemTrack: TypeAlias = Track | Episode
"""PlaylistItemTrack

Told apart by the ``type`` property:
``track`` -> :class:`Track`,
``episode`` -> :class:`Episode`.
"""
