"""StartSessionRequest"""

from __future__ import annotations

from typing import TYPE_CHECKING

import attrs

from .._runtime.model import Model as _Model
from .._runtime.unset import UNSET, Unset

if TYPE_CHECKING:
    from .start_session_request_session import StartSessionRequestSession


@attrs.define(kw_only=True)
class StartSessionRequest(_Model):
    """StartSessionRequest

    Attributes:
        sdp: ``sdp``
        session: ``session``
        audio: ``audio``
        notes: ``notes``
    """

    sdp: str
    session: StartSessionRequestSession | Unset = UNSET
    audio: bytes | Unset = UNSET
    notes: str | Unset = UNSET
