"""Every model of the Zoo API client."""

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
