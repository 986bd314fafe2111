"""ImageGenerationResponseDataItem"""

from __future__ import annotations

import attrs

from .._runtime.unset import UNSET, Unset


@attrs.define(kw_only=True)
class ImageGenerationResponseDataItem:
    """ImageGenerationResponseDataItem

    Attributes:
        b64_json: The image file, base64-encoded
        media_type: The image's MIME type, such as `image/png`, `image/jpeg`, `image/webp` or `image/svg+xml`; absent when the format is unknown.
    """

    b64_json: str
    media_type: str | Unset = UNSET
