"""Order"""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING

import attrs

from .._runtime.model import Model as _Model
from .._runtime.unset import UNSET, Unset

if TYPE_CHECKING:
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
    """

    id: uuid.UUID
    note: str | None | Unset = UNSET
    status: Status | str | None | Unset = UNSET
    total: float | Unset = UNSET
    parent: Order | Unset = UNSET
