"""ImageModelsListResponse: Image generation models on offer."""

from __future__ import annotations

from typing import TYPE_CHECKING

import attrs

from .._runtime.model import Model as _Model

if TYPE_CHECKING:
    from .image_model_list_item import ImageModelListItem


@attrs.define(kw_only=True)
class ImageModelsListResponse(_Model):
    """Image generation models on offer.

    Attributes:
        data: ``data``
    """

    data: list[ImageModelListItem]
