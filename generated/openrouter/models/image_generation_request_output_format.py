"""ImageGenerationRequestOutputFormat: Encoding of the returned image bytes. Most models produce raster formats (png, jpeg, webp). SVG is supported by vectorization models (e.g. Quiver) — the SVG markup is UTF-8 base64-encoded in `b64_json`."""

from __future__ import annotations

import enum


class ImageGenerationRequestOutputFormat(str, enum.Enum):
    """Encoding of the returned image bytes. Most models produce raster formats (png, jpeg, webp). SVG is supported by vectorization models (e.g. Quiver) — the SVG markup is UTF-8 base64-encoded in `b64_json`.

    Fields of this type also accept values not listed here (as plain ``str``), so a
    server adding a value does not break the client.
    """

    PNG = "png"
    JPEG = "jpeg"
    WEBP = "webp"
    SVG = "svg"
