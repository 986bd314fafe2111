"""ImageModelListItem: A single image model in the discovery listing."""

from __future__ import annotations

from typing import TYPE_CHECKING

import attrs

if TYPE_CHECKING:
    from .image_model_architecture import ImageModelArchitecture
    from .supported_parameters import SupportedParameters


@attrs.define(kw_only=True)
class ImageModelListItem:
    """A single image model in the discovery listing.

    Attributes:
        architecture: ``architecture``
        created: Unix timestamp (seconds) of when the model was created
        description: ``description``
        endpoints: Relative URL to the full per-endpoint records for this model
        id: Model slug
        name: Display name
        supported_parameters: ``supported_parameters``
        supports_streaming: Whether any endpoint of this model supports native SSE streaming on the dedicated Image API (i.e. `stream: true` in the request). OR across endpoints.
    """

    architecture: ImageModelArchitecture
    created: int
    description: str
    endpoints: str
    id: str
    name: str
    supported_parameters: SupportedParameters
    supports_streaming: bool
