"""InternalServerResponse: Internal Server Error: the server failed unexpectedly"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

from .._runtime.model import Model as _Model
from .._runtime.unset import UNSET, Unset

if TYPE_CHECKING:
    from .internal_server_response_error_data import InternalServerResponseErrorData


@attrs.define(kw_only=True)
class InternalServerResponse(_Model):
    """Internal Server Error: the server failed unexpectedly

    Attributes:
        error: Contents of the `error` field of an InternalServerResponse
        openrouter_metadata: ``openrouter_metadata``
        user_id: ``user_id``
    """

    error: InternalServerResponseErrorData
    openrouter_metadata: dict[str, Any] | None | Unset = UNSET
    user_id: str | None | Unset = UNSET
