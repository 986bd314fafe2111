"""AddAttachmentResponseItem"""

from __future__ import annotations

import attrs

from .._runtime.unset import UNSET, Unset


@attrs.define(kw_only=True)
class AddAttachmentResponseItem:
    """AddAttachmentResponseItem

    Attributes:
        filename: ``filename``
        size: ``size``
    """

    filename: str | Unset = UNSET
    size: int | Unset = UNSET
