"""ImageGenerationRequestOutputFormat: File format of the returned image. Most models make raster images (png, jpeg, webp); vector models such as Quiver can return SVG, whose UTF-8 markup is base64-encoded in `b64_json`."""

from __future__ import annotations

import enum


class ImageGenerationRequestOutputFormat(str, enum.Enum):
    """File format of the returned image. Most models make raster images (png, jpeg, webp); vector models such as Quiver can return SVG, whose UTF-8 markup is base64-encoded in `b64_json`.

    Fields of this type also accept values not listed here (as plain ``str``), so a
    server adding a value does not break the client.
    """

    PNG = "png"
    JPEG = "jpeg"
    WEBP = "webp"
    SVG = "svg"
