"""ImageModelEndpointsResponse: Every endpoint record of one image model, in full."""

from __future__ import annotations

from typing import TYPE_CHECKING

import attrs

from .._runtime.model import Model as _Model

if TYPE_CHECKING:
    from .image_endpoint import ImageEndpoint


@attrs.define(kw_only=True)
class ImageModelEndpointsResponse(_Model):
    """Every endpoint record of one image model, in full.

    Attributes:
        endpoints: ``endpoints``
        id: Slug identifying the model
    """

    endpoints: list[ImageEndpoint]
    id: str
