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
        input_modalities: Kinds of input the model takes
        output_modalities: Kinds of output the model gives
    """

    input_modalities: list[ImageInputModality | str]
    output_modalities: list[ImageOutputModality | str]
