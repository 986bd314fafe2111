"""ImageGenStreamErrorEventError: Provider error details"""

from __future__ import annotations

import attrs

from .._runtime.unset import UNSET, Unset


@attrs.define(kw_only=True)
class ImageGenStreamErrorEventError:
    """Provider error details

    Attributes:
        code: Provider error code, when supplied
        message: Provider error message
        param: Request parameter associated with the error, when supplied
        type: Provider error type, when supplied
    """

    code: str | None | Unset = attrs.field(default=UNSET)
    message: str
    param: str | None | Unset = attrs.field(default=UNSET)
    type: str | None | Unset = attrs.field(default=UNSET)
