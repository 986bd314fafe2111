"""NotFoundResponse: Not Found: no such resource exists"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

from .._runtime.model import Model as _Model
from .._runtime.unset import UNSET, Unset

if TYPE_CHECKING:
    from .not_found_response_error_data import NotFoundResponseErrorData


@attrs.define(kw_only=True)
class NotFoundResponse(_Model):
    """Not Found: no such resource exists

    Attributes:
        error: Contents of the `error` field of a NotFoundResponse
        openrouter_metadata: ``openrouter_metadata``
        user_id: ``user_id``
    """

    error: NotFoundResponseErrorData
    openrouter_metadata: dict[str, Any] | None | Unset = UNSET
    user_id: str | None | Unset = UNSET
