"""EdgeNetworkTimeoutResponse: Edge Timeout: the provider did not answer in time at the edge network"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

from .._runtime.unset import UNSET, Unset

if TYPE_CHECKING:
    from .edge_network_timeout_response_error_data import (
        EdgeNetworkTimeoutResponseErrorData,
    )


@attrs.define(kw_only=True)
class EdgeNetworkTimeoutResponse:
    """Edge Timeout: the provider did not answer in time at the edge network

    Attributes:
        error: Details of an Edge Timeout error
        openrouter_metadata: ``openrouter_metadata``
        user_id: ``user_id``
    """

    error: EdgeNetworkTimeoutResponseErrorData
    openrouter_metadata: dict[str, Any] | None | Unset = UNSET
    user_id: str | None | Unset = UNSET
