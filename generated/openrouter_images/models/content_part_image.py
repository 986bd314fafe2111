"""ContentPartImage"""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal

import attrs

from .._runtime.model import Model as _Model

if TYPE_CHECKING:
    from .content_part_image_image_url import ContentPartImageImageUrl


@attrs.define(kw_only=True)
class ContentPartImage(_Model):
    """ContentPartImage

    Attributes:
        image_url: ``image_url``
        type: ``type``
    """

    image_url: ContentPartImageImageUrl
    type: Literal["image_url"] = "image_url"
