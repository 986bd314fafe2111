"""CapabilityDescriptor: A typed descriptor for one supported request parameter."""

from __future__ import annotations

from typing import TypeAlias

from .boolean_capability import BooleanCapability
from .enum_capability import EnumCapability
from .range_capability import RangeCapability

CapabilityDescriptor: TypeAlias = EnumCapability | RangeCapability | BooleanCapability
"""A typed descriptor for one supported request parameter.

Told apart by the ``type`` property:
``boolean`` -> :class:`BooleanCapability`,
``enum`` -> :class:`EnumCapability`,
``range`` -> :class:`RangeCapability`.
"""
