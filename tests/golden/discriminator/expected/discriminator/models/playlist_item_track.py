"""PlaylistItemTrack"""

from __future__ import annotations

from typing import TypeAlias

from .._runtime.passthrough import UnknownVariant
from .episode import Episode
from .track import Track

PlaylistItemTrack: TypeAlias = Track | Episode | UnknownVariant
"""PlaylistItemTrack

Told apart by the ``type`` property:
``track`` -> :class:`Track`,
``episode`` -> :class:`Episode`,
any other tag -> :class:`UnknownVariant` (the raw object, kept).
"""
