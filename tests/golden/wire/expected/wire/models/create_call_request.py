"""CreateCallRequest"""

from __future__ import annotations

from typing import TYPE_CHECKING

import attrs

from .._runtime.model import Model as _Model
from .._runtime.unset import UNSET, Unset

if TYPE_CHECKING:
    from .create_call_request_options import CreateCallRequestOptions


@attrs.define(kw_only=True)
class CreateCallRequest(_Model):
    """CreateCallRequest

    Attributes:
        to: ``To``
        status_callback_event: ``StatusCallbackEvent``
        codecs: ``Codecs``
        metadata: ``Metadata``
        options: ``Options``
    """

    to: str = attrs.field(metadata={"wire": "To"})
    status_callback_event: list[str] | Unset = attrs.field(
        default=UNSET, metadata={"wire": "StatusCallbackEvent"}
    )
    codecs: list[str] | Unset = attrs.field(default=UNSET, metadata={"wire": "Codecs"})
    metadata: dict[str, str] | Unset = attrs.field(
        default=UNSET, metadata={"wire": "Metadata"}
    )
    options: CreateCallRequestOptions | Unset = attrs.field(
        default=UNSET, metadata={"wire": "Options"}
    )
