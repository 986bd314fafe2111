"""ProviderOverloadedResponse: Provider Overloaded: the provider cannot take more load for the moment"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

from .._runtime.model import Model as _Model
from .._runtime.unset import UNSET, Unset

if TYPE_CHECKING:
    from .provider_overloaded_response_error_data import (
        ProviderOverloadedResponseErrorData,
    )


@attrs.define(kw_only=True)
class ProviderOverloadedResponse(_Model):
    """Provider Overloaded: the provider cannot take more load for the moment

    Attributes:
        error: Contents of the `error` field of a ProviderOverloadedResponse
        openrouter_metadata: ``openrouter_metadata``
        user_id: ``user_id``
    """

    error: ProviderOverloadedResponseErrorData
    openrouter_metadata: dict[str, Any] | None | Unset = UNSET
    user_id: str | None | Unset = UNSET
