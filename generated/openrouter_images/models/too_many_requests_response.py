"""TooManyRequestsResponse: Too Many Requests: the rate limit has been hit"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

from .._runtime.model import Model as _Model
from .._runtime.unset import UNSET, Unset

if TYPE_CHECKING:
    from .too_many_requests_response_error_data import TooManyRequestsResponseErrorData


@attrs.define(kw_only=True)
class TooManyRequestsResponse(_Model):
    """Too Many Requests: the rate limit has been hit

    Attributes:
        error: Contents of the `error` field of a TooManyRequestsResponse
        openrouter_metadata: ``openrouter_metadata``
        user_id: ``user_id``
    """

    error: TooManyRequestsResponseErrorData
    openrouter_metadata: dict[str, Any] | None | Unset = UNSET
    user_id: str | None | Unset = UNSET
