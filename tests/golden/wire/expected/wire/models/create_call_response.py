"""CreateCallResponse"""

from __future__ import annotations

import attrs

from .._runtime.unset import UNSET, Unset


@attrs.define(kw_only=True)
class CreateCallResponse:
    """CreateCallResponse

    Attributes:
        sid: ``sid``
    """

    sid: str | Unset = UNSET
