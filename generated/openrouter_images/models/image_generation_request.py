"""ImageGenerationRequest: Body of a request to generate images"""

from __future__ import annotations

from typing import TYPE_CHECKING

import attrs

from .._runtime.model import Model as _Model
from .._runtime.unset import UNSET, Unset

if TYPE_CHECKING:
    from .content_part_image import ContentPartImage
    from .image_generation_provider_preferences import (
        ImageGenerationProviderPreferences,
    )
    from .image_generation_request_aspect_ratio import ImageGenerationRequestAspectRatio
    from .image_generation_request_background import ImageGenerationRequestBackground
    from .image_generation_request_output_format import (
        ImageGenerationRequestOutputFormat,
    )
    from .image_generation_request_quality import ImageGenerationRequestQuality
    from .image_generation_request_resolution import ImageGenerationRequestResolution


@attrs.define(kw_only=True)
class ImageGenerationRequest(_Model):
    """Body of a request to generate images

    Attributes:
        aspect_ratio: Aspect ratio of the output image, in normalized form. Each provider clamps it to the ratios it supports.
        background: How the background is handled. `transparent` needs an output_format with an alpha channel (png or webp).
        input_references: Images that steer image-to-image generation, given as base64 data URLs or HTTP(S) URLs.
        model: Which image generation model to run
        n: Maximum count of images to produce (1-10). A provider may return fewer, and providers limited to one image per request reject n > 1.
        output_compression: Compression level from 0 to 100 for webp or jpeg output. Has no effect on png, nor with providers that offer no compression setting.
        output_format: Format of the returned image bytes. Most models output raster images (png, jpeg, webp); vectorization models such as Quiver can output SVG, whose UTF-8 markup is then carried base64-encoded in `b64_json`.
        prompt: What the image should show, in words
        provider: Preferences for routing among providers, plus configuration passed through to specific providers.
        quality: Rendering quality; providers that have no quality setting disregard it.
        resolution: Resolution tier of the output image, in normalized form; each provider works out the actual pixel dimensions.
        seed: When set, sampling is deterministic, so repeating a request with the same seed and parameters should give the same output. Not every provider guarantees this.
        size: Optional shorthand for the output dimensions: either a tier ("2K", "4K") or explicit pixels ("2048x2048"), translated into suitable dimensions for the selected provider. A tier acts like setting `resolution` and can be combined with `aspect_ratio`. Explicit pixels take precedence, and a request t...
        stream: When true, partial images are sent as SSE events as soon as each is ready. Works only with providers that stream natively (at present OpenAI); the others ignore the flag and answer with a buffered response.
    """

    aspect_ratio: ImageGenerationRequestAspectRatio | str | Unset = UNSET
    background: ImageGenerationRequestBackground | str | Unset = UNSET
    input_references: list[ContentPartImage] | Unset = UNSET
    model: str
    n: int | Unset = UNSET
    output_compression: int | Unset = UNSET
    output_format: ImageGenerationRequestOutputFormat | str | Unset = UNSET
    prompt: str
    provider: ImageGenerationProviderPreferences | Unset = UNSET
    quality: ImageGenerationRequestQuality | str | Unset = UNSET
    resolution: ImageGenerationRequestResolution | str | Unset = UNSET
    seed: int | Unset = UNSET
    size: str | Unset = UNSET
    stream: bool | Unset = UNSET
