"""ImageModelArchitecture"""

from __future__ import annotations

from typing import TYPE_CHECKING

import attrs

from .._runtime.model import Model as _Model

if TYPE_CHECKING:
    from .image_input_modality import ImageInputModality
    from .image_output_modality import ImageOutputModality


@attrs.define(kw_only=True)
class ImageModelArchitecture(_Model):
    """ImageModelArchitecture

    Attributes:
        input_modalities: Input modalities the model accepts
        output_modalities: Output modalities the model can produce
    """

    input_modalities: list[ImageInputModality | str]
    output_modalities: list[ImageOutputModality | str]
