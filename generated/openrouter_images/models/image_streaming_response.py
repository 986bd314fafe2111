"""ImageStreamingResponse"""

from __future__ import annotations

from typing import TYPE_CHECKING

import attrs

from .._runtime.model import Model as _Model

if TYPE_CHECKING:
    from .image_streaming_response_data import ImageStreamingResponseData


@attrs.define(kw_only=True)
class ImageStreamingResponse(_Model):
    """ImageStreamingResponse

    Attributes:
        data: ``data``
    """

    data: ImageStreamingResponseData
