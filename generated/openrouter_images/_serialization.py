"""The converter that reads and writes this package's models (cattrs). A model's hooks are made,
and a tagged union configured, when it is first read or written, so importing this module does
not import the models."""

from __future__ import annotations

from . import models
from ._runtime.serialization import TaggedUnion, configure_lazily, make_converter

converter = make_converter()

configure_lazily(
    converter,
    models,
    [
        TaggedUnion(
            union="CapabilityDescriptor",
            property="type",
            tags={
                "BooleanCapability": "boolean",
                "EnumCapability": "enum",
                "RangeCapability": "range",
            },
            classes={
                "boolean": "BooleanCapability",
                "enum": "EnumCapability",
                "range": "RangeCapability",
            },
        ),
        TaggedUnion(
            union="ImageStreamingResponseData",
            property="type",
            tags={
                "ImageGenPartialImageEvent": "image_generation.partial_image",
                "ImageGenTextChunkEvent": "image_generation.text_chunk",
                "ImageGenCompletedEvent": "image_generation.completed",
                "ImageGenStreamErrorEvent": "error",
            },
            classes={
                "image_generation.partial_image": "ImageGenPartialImageEvent",
                "image_generation.text_chunk": "ImageGenTextChunkEvent",
                "image_generation.completed": "ImageGenCompletedEvent",
                "error": "ImageGenStreamErrorEvent",
            },
        ),
    ],
)
