"""ImageGenStreamErrorEventError: What the provider reported"""

from __future__ import annotations

import attrs

from .._runtime.unset import UNSET, Unset


@attrs.define(kw_only=True)
class ImageGenStreamErrorEventError:
    """What the provider reported

    Attributes:
        code: The provider's error code, if it gave one
        message: The provider's error message
        param: The request parameter the error concerns, if known
        type: The provider's error category, if it gave one
    """

    code: str | None | Unset = UNSET
    message: str
    param: str | None | Unset = UNSET
    type: str | None | Unset = UNSET
