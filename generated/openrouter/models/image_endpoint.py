"""ImageEndpoint: One provider endpoint that serves an image model."""

from __future__ import annotations

from typing import TYPE_CHECKING

import attrs

if TYPE_CHECKING:
    from .image_pricing_entry import ImagePricingEntry
    from .supported_parameters import SupportedParameters


@attrs.define(kw_only=True)
class ImageEndpoint:
    """One provider endpoint that serves an image model.

    Attributes:
        allowed_passthrough_parameters: Options this provider takes under provider.options[provider_slug].
        pricing: What this endpoint charges for, line by line.
        provider_name: The provider's name for display
        provider_slug: The provider's slug
        provider_tag: The tag to name this provider by in requests
        supported_parameters: Every parameter accepted by at least one endpoint of the model: a rough guide, since each endpoint's exact set is listed at the endpoints URL.
        supports_streaming: True when this endpoint can stream events itself (`stream: true` in the request).
    """

    allowed_passthrough_parameters: list[str]
    pricing: list[ImagePricingEntry]
    provider_name: str
    provider_slug: str
    provider_tag: str | None
    supported_parameters: SupportedParameters
    supports_streaming: bool
