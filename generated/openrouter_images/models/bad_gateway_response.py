"""BadGatewayResponse: Bad Gateway: the upstream provider API failed"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

from .._runtime.model import Model as _Model
from .._runtime.unset import UNSET, Unset

if TYPE_CHECKING:
    from .bad_gateway_response_error_data import BadGatewayResponseErrorData


@attrs.define(kw_only=True)
class BadGatewayResponse(_Model):
    """Bad Gateway: the upstream provider API failed

    Attributes:
        error: Contents of the `error` field of a BadGatewayResponse
        openrouter_metadata: ``openrouter_metadata``
        user_id: ``user_id``
    """

    error: BadGatewayResponseErrorData
    openrouter_metadata: dict[str, Any] | None | Unset = UNSET
    user_id: str | None | Unset = UNSET
