"""Order"""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING

import attrs

from .._runtime.model import Model as _Model
from .._runtime.unset import UNSET, Unset

if TYPE_CHECKING:
    from .audit import Audit
    from .status import Status


@attrs.define(kw_only=True)
class Order(_Model):
    """Order

    Attributes:
        id: ``id``
        note: ``note``
        status: ``status``
        total: ``total``
        parent: ``parent``
        last_audit: an allOf of a reference and a part that only says nullable is that schema or null
    """

    id: uuid.UUID
    note: str | None | Unset = UNSET
    status: Status | str | None | Unset = UNSET
    total: float | Unset = UNSET
    parent: Order | Unset = UNSET
    last_audit: Audit | None | Unset = attrs.field(
        default=UNSET, metadata={"wire": "lastAudit"}
    )
