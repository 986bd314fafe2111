"""AddAttachmentResponseItem"""

from __future__ import annotations

import attrs

from .._runtime.model import Model as _Model
from .._runtime.unset import UNSET, Unset


@attrs.define(kw_only=True)
class AddAttachmentResponseItem(_Model):
    """AddAttachmentResponseItem

    Attributes:
        filename: ``filename``
        size: ``size``
    """

    filename: str | Unset = UNSET
    size: int | Unset = UNSET
