"""ImageGenerationRequest: Image generation request input"""

from __future__ import annotations

from typing import TYPE_CHECKING

import attrs

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
class ImageGenerationRequest:
    """Image generation request input

    Attributes:
        aspect_ratio: Normalized aspect ratio of the generated image. Providers clamp to their supported subset.
        background: Background treatment. `transparent` requires an output_format that supports alpha (png or webp).
        input_references: Reference images to guide image-to-image generation, as base64 data URLs or HTTP(S) URLs.
        model: The image generation model to use
        n: Upper bound on the number of images to generate (1-10). Providers may return fewer images, and providers that only support single-image generation reject n > 1.
        output_compression: Compression level (0-100) for webp/jpeg output. Ignored for png and by providers without a compression knob.
        output_format: Encoding of the returned image bytes. Most models produce raster formats (png, jpeg, webp). SVG is supported by vectorization models (e.g. Quiver) — the SVG markup is UTF-8 base64-encoded in `b64_json`.
        prompt: Text description of the desired image
        provider: ``provider``
        quality: Rendering quality. Providers without a quality knob ignore this.
        resolution: Normalized resolution tier of the generated image. Concrete pixel dimensions are derived per-provider.
        seed: If specified, the generation will sample deterministically, such that repeated requests with the same seed and parameters should return the same result. Determinism is not guaranteed for all providers.
        size: Optional. A convenience shorthand for output dimensions — pass a tier ("2K", "4K") or explicit pixels ("2048x2048") and we normalize it to the right dimensions for the chosen provider. A tier size is equivalent to setting `resolution` and combines with `aspect_ratio`. An explicit pixel size is au...
        stream: If true, partial images are streamed as SSE events as they become available. Only supported by providers with native streaming (currently OpenAI). Non-streaming providers ignore this flag and return a buffered response.
    """

    aspect_ratio: ImageGenerationRequestAspectRatio | str | Unset = attrs.field(
        default=UNSET
    )
    background: ImageGenerationRequestBackground | str | Unset = attrs.field(
        default=UNSET
    )
    input_references: list[ContentPartImage] | Unset = attrs.field(default=UNSET)
    model: str
    n: int | Unset = attrs.field(default=UNSET)
    output_compression: int | Unset = attrs.field(default=UNSET)
    output_format: ImageGenerationRequestOutputFormat | str | Unset = attrs.field(
        default=UNSET
    )
    prompt: str
    provider: ImageGenerationProviderPreferences | Unset = attrs.field(default=UNSET)
    quality: ImageGenerationRequestQuality | str | Unset = attrs.field(default=UNSET)
    resolution: ImageGenerationRequestResolution | str | Unset = attrs.field(
        default=UNSET
    )
    seed: int | Unset = attrs.field(default=UNSET)
    size: str | Unset = attrs.field(default=UNSET)
    stream: bool | Unset = attrs.field(default=UNSET)
