"""Every model of the Zoo API client.

Each model's module is imported when the model is first used (``from .models import X`` or
``models.X``), so that importing the package stays fast however large the API is.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .cat import Cat
    from .clip import Clip
    from .dog import Dog
    from .episode import Episode
    from .image_ref import ImageRef
    from .lizard import Lizard
    from .lizard_pet_type import LizardPetType
    from .media import Media
    from .pet import Pet
    from .playlist_item import PlaylistItem
    from .playlist_item_track import PlaylistItemTrack
    from .track import Track

_MODULES: dict[str, str] = {
    "Cat": "cat",
    "Clip": "clip",
    "Dog": "dog",
    "Episode": "episode",
    "ImageRef": "image_ref",
    "Lizard": "lizard",
    "LizardPetType": "lizard_pet_type",
    "Media": "media",
    "Pet": "pet",
    "PlaylistItem": "playlist_item",
    "PlaylistItemTrack": "playlist_item_track",
    "Track": "track",
}

__all__ = [
    "Cat",
    "Clip",
    "Dog",
    "Episode",
    "ImageRef",
    "Lizard",
    "LizardPetType",
    "Media",
    "Pet",
    "PlaylistItem",
    "PlaylistItemTrack",
    "Track",
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
