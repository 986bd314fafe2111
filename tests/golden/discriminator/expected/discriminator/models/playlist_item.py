"""PlaylistItem: The discriminator has no mapping; the members' constants are the tags."""

from __future__ import annotations

from typing import TYPE_CHECKING

import attrs

from .._runtime.model import Model as _Model
from .._runtime.unset import UNSET, Unset

if TYPE_CHECKING:
    from .playlist_item_track import PlaylistItemTrack


@attrs.define(kw_only=True)
class PlaylistItem(_Model):
    """The discriminator has no mapping; the members' constants are the tags.

    Attributes:
        track: ``track``
    """

    track: PlaylistItemTrack | Unset = UNSET
