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
            union=models.Pet,
            property="petType",
            tags={
                models.Cat: "cat",
                models.Dog: "dog",
                models.Lizard: "gecko",
            },
            classes={
                "cat": models.Cat,
                "dog": models.Dog,
                "gecko": models.Lizard,
                "iguana": models.Lizard,
            },
        ),
        TaggedUnion(
            union=models.PlaylistItemTrack,
            property="type",
            tags={
                models.Track: "track",
                models.Episode: "episode",
            },
            classes={
                "track": models.Track,
                "episode": models.Episode,
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
