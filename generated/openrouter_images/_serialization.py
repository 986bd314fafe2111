"""The converter that reads and writes this package's models (cattrs, configured once)."""

from __future__ import annotations

import datetime
import uuid
from typing import Any, Literal

from . import models
from ._runtime.passthrough import UnknownVariant
from ._runtime.serialization import TaggedUnion, configure_unions, make_converter
from ._runtime.unset import Unset

converter = make_converter()

configure_unions(
    converter,
    [
        TaggedUnion(
            union=models.CapabilityDescriptor,
            property="type",
            tags={
                models.BooleanCapability: "boolean",
                models.EnumCapability: "enum",
                models.RangeCapability: "range",
            },
            classes={
                "boolean": models.BooleanCapability,
                "enum": models.EnumCapability,
                "range": models.RangeCapability,
            },
        ),
        TaggedUnion(
            union=models.ImageStreamingResponseData,
            property="type",
            tags={
                models.ImageGenPartialImageEvent: "image_generation.partial_image",
                models.ImageGenTextChunkEvent: "image_generation.text_chunk",
                models.ImageGenCompletedEvent: "image_generation.completed",
                models.ImageGenStreamErrorEvent: "error",
            },
            classes={
                "image_generation.partial_image": models.ImageGenPartialImageEvent,
                "image_generation.text_chunk": models.ImageGenTextChunkEvent,
                "image_generation.completed": models.ImageGenCompletedEvent,
                "error": models.ImageGenStreamErrorEvent,
            },
        ),
    ],
    {
        **vars(models),
        "Any": Any,
        "Literal": Literal,
        "Unset": Unset,
        "UnknownVariant": UnknownVariant,
        "datetime": datetime,
        "uuid": uuid,
    },
)
