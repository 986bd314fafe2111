"""ChatRequest"""

from __future__ import annotations

import attrs

from .._runtime.deprecation import check_fields, field_setter
from .._runtime.model import Model as _Model
from .._runtime.unset import UNSET, Unset


@attrs.define(kw_only=True)
class ChatRequest(_Model):
    """ChatRequest

    Attributes:
        prompt: ``prompt``
        streaming: ``streaming``
        temperature: ``temperature`` Deprecated: Use sampling instead.
    """

    prompt: str
    streaming: bool | Unset = UNSET
    temperature: float | Unset = attrs.field(
        default=UNSET,
        on_setattr=field_setter(
            "ChatRequest.temperature is deprecated: Use sampling instead."
        ),
    )

    def __attrs_post_init__(self) -> None:
        check_fields(
            self,
            (
                (
                    "temperature",
                    "ChatRequest.temperature is deprecated: Use sampling instead.",
                ),
            ),
        )
