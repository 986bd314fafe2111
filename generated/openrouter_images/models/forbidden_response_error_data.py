"""ForbiddenResponseErrorData: Contents of the `error` field of a ForbiddenResponse"""

from __future__ import annotations

from typing import Any

import attrs

from .._runtime.model import Model as _Model
from .._runtime.unset import UNSET, Unset


@attrs.define(kw_only=True)
class ForbiddenResponseErrorData(_Model):
    """Contents of the `error` field of a ForbiddenResponse

    Attributes:
        code: ``code``
        message: ``message``
        metadata: ``metadata``
    """

    code: int
    message: str
    metadata: dict[str, Any] | None | Unset = UNSET
