"""ImageGenerationResponseDataItem"""

from __future__ import annotations

import attrs

from .._runtime.unset import UNSET, Unset


@attrs.define(kw_only=True)
class ImageGenerationResponseDataItem:
    """ImageGenerationResponseDataItem

    Attributes:
        b64_json: Base64-encoded image bytes
        media_type: Media type (MIME type) of the image, e.g. `image/png`, `image/jpeg`, `image/webp`, `image/svg+xml`. May be omitted if the format could not be determined.
    """

    b64_json: str
    media_type: str | Unset = attrs.field(default=UNSET)
