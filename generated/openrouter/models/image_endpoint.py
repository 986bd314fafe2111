"""ImageEndpoint: An endpoint that serves a given image model."""

from __future__ import annotations

from typing import TYPE_CHECKING

import attrs

if TYPE_CHECKING:
    from .image_pricing_entry import ImagePricingEntry
    from .supported_parameters import SupportedParameters


@attrs.define(kw_only=True)
class ImageEndpoint:
    """An endpoint that serves a given image model.

    Attributes:
        allowed_passthrough_parameters: Provider-specific options accepted under provider.options[provider_slug].
        pricing: Billable pricing lines for this endpoint.
        provider_name: Provider display name
        provider_slug: Provider slug
        provider_tag: Provider tag for request-side selection
        supported_parameters: ``supported_parameters``
        supports_streaming: Whether this endpoint supports native SSE streaming (`stream: true` in the request).
    """

    allowed_passthrough_parameters: list[str]
    pricing: list[ImagePricingEntry]
    provider_name: str
    provider_slug: str
    provider_tag: str | None
    supported_parameters: SupportedParameters
    supports_streaming: bool
