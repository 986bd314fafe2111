"""EdgeNetworkTimeoutResponse: Infrastructure Timeout: the edge network stopped waiting for the provider"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

from .._runtime.model import Model as _Model
from .._runtime.unset import UNSET, Unset

if TYPE_CHECKING:
    from .edge_network_timeout_response_error_data import (
        EdgeNetworkTimeoutResponseErrorData,
    )


@attrs.define(kw_only=True)
class EdgeNetworkTimeoutResponse(_Model):
    """Infrastructure Timeout: the edge network stopped waiting for the provider

    Attributes:
        error: Contents of the `error` field of an EdgeNetworkTimeoutResponse
        openrouter_metadata: ``openrouter_metadata``
        user_id: ``user_id``
    """

    error: EdgeNetworkTimeoutResponseErrorData
    openrouter_metadata: dict[str, Any] | None | Unset = UNSET
    user_id: str | None | Unset = UNSET
