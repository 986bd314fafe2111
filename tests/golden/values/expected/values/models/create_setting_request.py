"""CreateSettingRequest: what the caller sends is the model, though the schema has no type"""

from __future__ import annotations

import attrs

from .._runtime.model import Model as _Model


@attrs.define(kw_only=True)
class CreateSettingRequest(_Model):
    """what the caller sends is the model, though the schema has no type

    Attributes:
        id: ``id``
    """

    id: str
