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
            union="Shape",
            property="kind",
            tags={
                "Circle": "circle",
                "Square": "square",
            },
            classes={
                "circle": "Circle",
                "square": "Square",
            },
        ),
    ],
)
