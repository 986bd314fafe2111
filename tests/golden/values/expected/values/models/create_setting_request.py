"""CreateSettingRequest: what the caller sends is the model, though the schema has no type"""

from __future__ import annotations

import attrs


@attrs.define(kw_only=True)
class CreateSettingRequest:
    """what the caller sends is the model, though the schema has no type

    Attributes:
        id: ``id``
    """

    id: str
