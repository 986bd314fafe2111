"""ImageModelEndpointsResponse: Every endpoint record of one image model."""

from __future__ import annotations

from typing import TYPE_CHECKING

import attrs

if TYPE_CHECKING:
    from .image_endpoint import ImageEndpoint


@attrs.define(kw_only=True)
class ImageModelEndpointsResponse:
    """Every endpoint record of one image model.

    Attributes:
        endpoints: ``endpoints``
        id: The model's short name under its author
    """

    endpoints: list[ImageEndpoint]
    id: str
