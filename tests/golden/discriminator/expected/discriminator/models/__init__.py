"""Every model of the Zoo API client."""

from .cat import Cat
from .dog import Dog
from .lizard import Lizard
from .lizard_pet_type import LizardPetType
from .pet import Pet

__all__ = [
    "Cat",
    "Dog",
    "Lizard",
    "LizardPetType",
    "Pet",
]
