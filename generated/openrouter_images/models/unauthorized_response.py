"""UnauthorizedResponse: Unauthorized: credentials are missing or not valid"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

from .._runtime.model import Model as _Model
from .._runtime.unset import UNSET, Unset

if TYPE_CHECKING:
    from .unauthorized_response_error_data import UnauthorizedResponseErrorData


@attrs.define(kw_only=True)
class UnauthorizedResponse(_Model):
    """Unauthorized: credentials are missing or not valid

    Attributes:
        error: Contents of the `error` field of an UnauthorizedResponse
        openrouter_metadata: ``openrouter_metadata``
        user_id: ``user_id``
    """

    error: UnauthorizedResponseErrorData
    openrouter_metadata: dict[str, Any] | None | Unset = UNSET
    user_id: str | None | Unset = UNSET
