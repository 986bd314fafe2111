"""ForbiddenResponse: Forbidden: the caller is authenticated but lacks the needed permissions"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

from .._runtime.model import Model as _Model
from .._runtime.unset import UNSET, Unset

if TYPE_CHECKING:
    from .forbidden_response_error_data import ForbiddenResponseErrorData


@attrs.define(kw_only=True)
class ForbiddenResponse(_Model):
    """Forbidden: the caller is authenticated but lacks the needed permissions

    Attributes:
        error: Contents of the `error` field of a ForbiddenResponse
        openrouter_metadata: ``openrouter_metadata``
        user_id: ``user_id``
    """

    error: ForbiddenResponseErrorData
    openrouter_metadata: dict[str, Any] | None | Unset = UNSET
    user_id: str | None | Unset = UNSET
