"""ImageRef: At least one of image_url and file_id."""

from __future__ import annotations

import attrs

from .._runtime.model import Model as _Model
from .._runtime.unset import UNSET, Unset


@attrs.define(kw_only=True)
class ImageRef(_Model):
    """At least one of image_url and file_id.

    Attributes:
        image_url: ``image_url``
        file_id: ``file_id``
    """

    image_url: str | Unset = UNSET
    file_id: str | Unset = UNSET
