"""ImageStreamingResponse"""

from __future__ import annotations

from typing import TYPE_CHECKING

import attrs

if TYPE_CHECKING:
    from .image_streaming_response_data import ImageStreamingResponseData


@attrs.define(kw_only=True)
class ImageStreamingResponse:
    """ImageStreamingResponse

    Attributes:
        data: ``data``
    """

    data: ImageStreamingResponseData
