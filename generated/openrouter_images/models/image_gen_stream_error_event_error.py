"""ImageGenStreamErrorEventError: What the provider reported about the error"""

from __future__ import annotations

import attrs

from .._runtime.model import Model as _Model
from .._runtime.unset import UNSET, Unset


@attrs.define(kw_only=True)
class ImageGenStreamErrorEventError(_Model):
    """What the provider reported about the error

    Attributes:
        code: Error code from the provider, if it sent one
        message: Error message from the provider
        param: The request parameter the error concerns, if given
        type: Error type from the provider, if it sent one
    """

    code: str | None | Unset = UNSET
    message: str
    param: str | None | Unset = UNSET
    type: str | None | Unset = UNSET
