"""Pet: A cat or a dog, told apart by petType."""

from __future__ import annotations

from typing import TypeAlias

from .cat import Cat
from .dog import Dog
from .lizard import Lizard

Pet: TypeAlias = Cat | Dog | Lizard
"""A cat or a dog, told apart by petType.

Told apart by the ``petType`` property:
``cat`` -> :class:`Cat`,
``dog`` -> :class:`Dog`,
``gecko`` -> :class:`Lizard`,
``iguana`` -> :class:`Lizard`.
"""
