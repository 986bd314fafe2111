"""VLAN"""

from __future__ import annotations

from typing import TYPE_CHECKING

import attrs

from .._runtime.model import Model as _Model
from .._runtime.unset import UNSET, Unset

if TYPE_CHECKING:
    from .ratio import Ratio
    from .vendor import Vendor


@attrs.define(kw_only=True)
class VLAN(_Model):
    """VLAN

    Attributes:
        ratio: ``ratio``
        vendor: ``vendor``
    """

    ratio: Ratio | str | Unset = UNSET
    vendor: Vendor | str | Unset = UNSET
