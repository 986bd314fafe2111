"""CapabilityDescriptor: Describes one supported request parameter, tagged with its kind."""

from __future__ import annotations

from typing import TypeAlias

from .._runtime.passthrough import UnknownVariant
from .boolean_capability import BooleanCapability
from .enum_capability import EnumCapability
from .range_capability import RangeCapability

CapabilityDescriptor: TypeAlias = (
    EnumCapability | RangeCapability | BooleanCapability | UnknownVariant
)
"""Describes one supported request parameter, tagged with its kind.

Told apart by the ``type`` property:
``boolean`` -> :class:`BooleanCapability`,
``enum`` -> :class:`EnumCapability`,
``range`` -> :class:`RangeCapability`,
any other tag -> :class:`UnknownVariant` (the raw object, kept).
"""
