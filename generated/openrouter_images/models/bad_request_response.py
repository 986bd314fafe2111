"""BadRequestResponse: Bad Request: the input is malformed or its parameters are not valid"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

from .._runtime.model import Model as _Model
from .._runtime.unset import UNSET, Unset

if TYPE_CHECKING:
    from .bad_request_response_error_data import BadRequestResponseErrorData


@attrs.define(kw_only=True)
class BadRequestResponse(_Model):
    """Bad Request: the input is malformed or its parameters are not valid

    Attributes:
        error: Contents of the `error` field of a BadRequestResponse
        openrouter_metadata: ``openrouter_metadata``
        user_id: ``user_id``
    """

    error: BadRequestResponseErrorData
    openrouter_metadata: dict[str, Any] | None | Unset = UNSET
    user_id: str | None | Unset = UNSET
