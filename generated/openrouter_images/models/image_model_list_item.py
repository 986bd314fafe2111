"""ImageModelListItem: One entry of the image model listing."""

from __future__ import annotations

from typing import TYPE_CHECKING

import attrs

from .._runtime.model import Model as _Model

if TYPE_CHECKING:
    from .image_model_architecture import ImageModelArchitecture
    from .supported_parameters import SupportedParameters


@attrs.define(kw_only=True)
class ImageModelListItem(_Model):
    """One entry of the image model listing.

    Attributes:
        architecture: ``architecture``
        created: When the model was created, as Unix time in seconds
        description: ``description``
        endpoints: Relative URL of this model's complete per-endpoint records
        id: Slug identifying the model
        name: Human-readable name of the model
        supported_parameters: Parameters supported by any endpoint of this model, merged into one set. Meant for rough discovery; the authoritative set of each endpoint is found at the endpoints URL.
        supports_streaming: True if at least one endpoint of this model can stream natively over SSE on the dedicated Image API (that is, `stream: true` in the request); the endpoint flags combined with OR.
    """

    architecture: ImageModelArchitecture
    created: int
    description: str
    endpoints: str
    id: str
    name: str
    supported_parameters: SupportedParameters
    supports_streaming: bool
