"""PaymentRequiredResponse: Payment Required: not enough credits or quota left to carry out the request"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

from .._runtime.model import Model as _Model
from .._runtime.unset import UNSET, Unset

if TYPE_CHECKING:
    from .payment_required_response_error_data import PaymentRequiredResponseErrorData


@attrs.define(kw_only=True)
class PaymentRequiredResponse(_Model):
    """Payment Required: not enough credits or quota left to carry out the request

    Attributes:
        error: Contents of the `error` field of a PaymentRequiredResponse
        openrouter_metadata: ``openrouter_metadata``
        user_id: ``user_id``
    """

    error: PaymentRequiredResponseErrorData
    openrouter_metadata: dict[str, Any] | None | Unset = UNSET
    user_id: str | None | Unset = UNSET
