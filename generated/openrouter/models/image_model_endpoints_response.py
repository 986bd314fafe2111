"""ImageModelEndpointsResponse: The full per-endpoint records for an image model."""

from __future__ import annotations

from typing import TYPE_CHECKING

import attrs

if TYPE_CHECKING:
    from .image_endpoint import ImageEndpoint


@attrs.define(kw_only=True)
class ImageModelEndpointsResponse:
    """The full per-endpoint records for an image model.

    Attributes:
        endpoints: ``endpoints``
        id: Model slug
    """

    endpoints: list[ImageEndpoint]
    id: str
