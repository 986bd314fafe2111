"""ContentPartImageImageUrl"""

from __future__ import annotations

import attrs


@attrs.define(kw_only=True)
class ContentPartImageImageUrl:
    """ContentPartImageImageUrl

    Attributes:
        url: ``url``
    """

    url: str
