"""PayloadTooLargeResponse: Payload Too Large: the request body is over the size limit"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

from .._runtime.model import Model as _Model
from .._runtime.unset import UNSET, Unset

if TYPE_CHECKING:
    from .payload_too_large_response_error_data import PayloadTooLargeResponseErrorData


@attrs.define(kw_only=True)
class PayloadTooLargeResponse(_Model):
    """Payload Too Large: the request body is over the size limit

    Attributes:
        error: Contents of the `error` field of a PayloadTooLargeResponse
        openrouter_metadata: ``openrouter_metadata``
        user_id: ``user_id``
    """

    error: PayloadTooLargeResponseErrorData
    openrouter_metadata: dict[str, Any] | None | Unset = UNSET
    user_id: str | None | Unset = UNSET
