"""ImageEndpoint: One endpoint through which an image model is served."""

from __future__ import annotations

from typing import TYPE_CHECKING

import attrs

from .._runtime.model import Model as _Model

if TYPE_CHECKING:
    from .image_pricing_entry import ImagePricingEntry
    from .supported_parameters import SupportedParameters


@attrs.define(kw_only=True)
class ImageEndpoint(_Model):
    """One endpoint through which an image model is served.

    Attributes:
        allowed_passthrough_parameters: Options specific to the provider that may be sent under provider.options[provider_slug].
        pricing: Pricing lines this endpoint bills for.
        provider_name: Human-readable name of the provider
        provider_slug: Slug identifying the provider
        provider_tag: Tag for picking this provider in a request
        supported_parameters: Parameters supported by any endpoint of this model, merged into one set. Meant for rough discovery; the authoritative set of each endpoint is found at the endpoints URL.
        supports_streaming: True if this endpoint can stream natively over SSE (`stream: true` in the request).
    """

    allowed_passthrough_parameters: list[str]
    pricing: list[ImagePricingEntry]
    provider_name: str
    provider_slug: str
    provider_tag: str | None
    supported_parameters: SupportedParameters
    supports_streaming: bool
