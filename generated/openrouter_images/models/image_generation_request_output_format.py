"""ImageGenerationRequestOutputFormat: Format of the returned image bytes. Most models output raster images (png, jpeg, webp); vectorization models such as Quiver can output SVG, whose UTF-8 markup is then carried base64-encoded in `b64_json`."""

from __future__ import annotations

import enum


class ImageGenerationRequestOutputFormat(str, enum.Enum):
    """Format of the returned image bytes. Most models output raster images (png, jpeg, webp); vectorization models such as Quiver can output SVG, whose UTF-8 markup is then carried base64-encoded in `b64_json`.

    Fields of this type also accept values not listed here (as plain ``str``), so a
    server adding a value does not break the client.
    """

    PNG = "png"
    JPEG = "jpeg"
    WEBP = "webp"
    SVG = "svg"
