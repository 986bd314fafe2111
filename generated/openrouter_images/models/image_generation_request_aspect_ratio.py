"""ImageGenerationRequestAspectRatio: Aspect ratio of the output image, in normalized form. Each provider clamps it to the ratios it supports."""

from __future__ import annotations

import enum


class ImageGenerationRequestAspectRatio(str, enum.Enum):
    """Aspect ratio of the output image, in normalized form. Each provider clamps it to the ratios it supports.

    Fields of this type also accept values not listed here (as plain ``str``), so a
    server adding a value does not break the client.
    """

    VALUE_1_1 = "1:1"
    VALUE_1_2 = "1:2"
    VALUE_1_4 = "1:4"
    VALUE_1_8 = "1:8"
    VALUE_2_1 = "2:1"
    VALUE_2_3 = "2:3"
    VALUE_3_2 = "3:2"
    VALUE_3_4 = "3:4"
    VALUE_4_1 = "4:1"
    VALUE_4_3 = "4:3"
    VALUE_4_5 = "4:5"
    VALUE_5_4 = "5:4"
    VALUE_8_1 = "8:1"
    VALUE_9_16 = "9:16"
    VALUE_16_9 = "16:9"
    VALUE_9_19_5 = "9:19.5"
    VALUE_19_5_9 = "19.5:9"
    VALUE_9_20 = "9:20"
    VALUE_20_9 = "20:9"
    VALUE_9_21 = "9:21"
    VALUE_21_9 = "21:9"
    AUTO = "auto"
