"""Pet: A cat or a dog, told apart by petType."""

from __future__ import annotations

from typing import TypeAlias

from .._runtime.passthrough import UnknownVariant
from .cat import Cat
from .dog import Dog
from .lizard import Lizard

Pet: TypeAlias = Cat | Dog | Lizard | UnknownVariant
"""A cat or a dog, told apart by petType.

Told apart by the ``petType`` property:
``cat`` -> :class:`Cat`,
``dog`` -> :class:`Dog`,
``gecko`` -> :class:`Lizard`,
``iguana`` -> :class:`Lizard`,
any other tag -> :class:`UnknownVariant` (the raw object, kept).
"""
