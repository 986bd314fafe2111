"""ForbiddenResponse: Forbidden: the caller is known but may not do this"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

from .._runtime.unset import UNSET, Unset

if TYPE_CHECKING:
    from .forbidden_response_error_data import ForbiddenResponseErrorData


@attrs.define(kw_only=True)
class ForbiddenResponse:
    """Forbidden: the caller is known but may not do this

    Attributes:
        error: Details of a Forbidden error
        openrouter_metadata: ``openrouter_metadata``
        user_id: ``user_id``
    """

    error: ForbiddenResponseErrorData
    openrouter_metadata: dict[str, Any] | None | Unset = UNSET
    user_id: str | None | Unset = UNSET
