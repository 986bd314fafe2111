"""SupportedParameters: Every parameter accepted by at least one endpoint of the model: a rough guide, since each endpoint's exact set is listed at the endpoints URL."""

from __future__ import annotations

from typing import TypeAlias

from .capability_descriptor import CapabilityDescriptor

SupportedParameters: TypeAlias = dict[str, CapabilityDescriptor]
"""Every parameter accepted by at least one endpoint of the model: a rough guide, since each endpoint's exact set is listed at the endpoints URL."""
