"""ProviderOverloadedResponse: Provider Overloaded: the provider is too busy right now"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

from .._runtime.unset import UNSET, Unset

if TYPE_CHECKING:
    from .provider_overloaded_response_error_data import (
        ProviderOverloadedResponseErrorData,
    )


@attrs.define(kw_only=True)
class ProviderOverloadedResponse:
    """Provider Overloaded: the provider is too busy right now

    Attributes:
        error: Details of a Provider Overloaded error
        openrouter_metadata: ``openrouter_metadata``
        user_id: ``user_id``
    """

    error: ProviderOverloadedResponseErrorData
    openrouter_metadata: dict[str, Any] | None | Unset = UNSET
    user_id: str | None | Unset = UNSET
