"""SupportedParameters: Parameters supported by any endpoint of this model, merged into one set. Meant for rough discovery; the authoritative set of each endpoint is found at the endpoints URL."""

from __future__ import annotations

from typing import TypeAlias

from .capability_descriptor import CapabilityDescriptor

SupportedParameters: TypeAlias = dict[str, CapabilityDescriptor]
"""Parameters supported by any endpoint of this model, merged into one set. Meant for rough discovery; the authoritative set of each endpoint is found at the endpoints URL."""
