"""ImageGenerationRequest: What to generate, and how"""

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
    """What to generate, and how

    Attributes:
        aspect_ratio: Aspect ratio of the image, in a provider-neutral form; each provider snaps it to the nearest ratio it supports.
        background: How to treat the background; `transparent` needs an output_format with an alpha channel (png or webp).
        input_references: Images to start from or follow (image-to-image), given as base64 data URLs or HTTP(S) URLs.
        model: Which image model to use
        n: The most images to make (1 to 10). A provider may return fewer; one that makes a single image at a time rejects n above 1.
        output_compression: Compression for webp and jpeg output, from 0 to 100; png output and providers without the setting ignore it.
        output_format: File format of the returned image. Most models make raster images (png, jpeg, webp); vector models such as Quiver can return SVG, whose UTF-8 markup is base64-encoded in `b64_json`.
        prompt: What the image should show, in words
        provider: How the request is routed among providers, and options passed on to specific providers.
        quality: How much effort to spend rendering; ignored by providers without such a setting.
        resolution: Resolution class of the image, provider-neutral; each provider works out the exact pixel size.
        seed: A seed for repeatable sampling: the same seed with the same parameters should give the same image, though not every provider guarantees it.
        size: A shortcut for the output size: a tier ("2K", "4K") or exact pixels ("2048x2048"), adapted to the chosen provider. A tier acts like `resolution` and works with `aspect_ratio`; exact pixels take precedence, and a `resolution` or `aspect_ratio` that disagrees with them is rejected with a 400.
        stream: When true, intermediate images are sent as server-sent events as soon as they exist. Only providers that stream natively (OpenAI, for now) do this; the others ignore the flag and answer with the whole result at once.
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
