"""ImageModelArchitecture"""

from __future__ import annotations

from typing import TYPE_CHECKING

import attrs

if TYPE_CHECKING:
    from .image_input_modality import ImageInputModality
    from .image_output_modality import ImageOutputModality


@attrs.define(kw_only=True)
class ImageModelArchitecture:
    """ImageModelArchitecture

    Attributes:
        input_modalities: Input modalities the model accepts
        output_modalities: Output modalities the model can produce
    """

    input_modalities: list[ImageInputModality | str]
    output_modalities: list[ImageOutputModality | str]
