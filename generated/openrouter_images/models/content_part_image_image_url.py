"""ContentPartImageImageUrl"""

from __future__ import annotations

import attrs

from .._runtime.model import Model as _Model


@attrs.define(kw_only=True)
class ContentPartImageImageUrl(_Model):
    """ContentPartImageImageUrl

    Attributes:
        url: ``url``
    """

    url: str
