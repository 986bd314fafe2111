"""SupportedParameters: Union of supported parameters across every endpoint of this model. Coarse discovery aid; the definitive per-endpoint set is behind the endpoints URL."""

from __future__ import annotations

from typing import TypeAlias

from .capability_descriptor import CapabilityDescriptor

SupportedParameters: TypeAlias = dict[str, CapabilityDescriptor]
"""Union of supported parameters across every endpoint of this model. Coarse discovery aid; the definitive per-endpoint set is behind the endpoints URL."""
