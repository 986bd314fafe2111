"""StoredFile"""

from __future__ import annotations

import datetime
import uuid

import attrs

from .._runtime.model import Model as _Model
from .._runtime.unset import UNSET, Unset


@attrs.define(kw_only=True)
class StoredFile(_Model):
    """StoredFile

    Attributes:
        id: ``id``
        created: ``created``
        size: ``size``
    """

    id: uuid.UUID
    created: datetime.datetime
    size: int | Unset = UNSET
