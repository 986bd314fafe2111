"""ImageGenerationResponseDataItem"""

from __future__ import annotations

import attrs

from .._runtime.model import Model as _Model
from .._runtime.unset import UNSET, Unset


@attrs.define(kw_only=True)
class ImageGenerationResponseDataItem(_Model):
    """ImageGenerationResponseDataItem

    Attributes:
        b64_json: Image bytes, encoded as base64
        media_type: MIME type of the image, such as `image/png`, `image/jpeg`, `image/webp` or `image/svg+xml`. Can be absent when the format is unknown.
    """

    b64_json: str
    media_type: str | Unset = UNSET
