"""ImageModelListItem: One image model as the model list shows it."""

from __future__ import annotations

from typing import TYPE_CHECKING

import attrs

if TYPE_CHECKING:
    from .image_model_architecture import ImageModelArchitecture
    from .supported_parameters import SupportedParameters


@attrs.define(kw_only=True)
class ImageModelListItem:
    """One image model as the model list shows it.

    Attributes:
        architecture: ``architecture``
        created: When the model was added, in seconds since the Unix epoch
        description: ``description``
        endpoints: Path of this model's endpoint records, relative to the host
        id: The model's short name under its author
        name: Name for display
        supported_parameters: Every parameter accepted by at least one endpoint of the model: a rough guide, since each endpoint's exact set is listed at the endpoints URL.
        supports_streaming: True when at least one endpoint of the model can stream events itself on the Images API (`stream: true` in the request).
    """

    architecture: ImageModelArchitecture
    created: int
    description: str
    endpoints: str
    id: str
    name: str
    supported_parameters: SupportedParameters
    supports_streaming: bool
