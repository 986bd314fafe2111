"""ListReportsResponse"""

from __future__ import annotations

from typing import TYPE_CHECKING

import attrs

from .._runtime.model import Model as _Model
from .._runtime.unset import UNSET, Unset

if TYPE_CHECKING:
    from .list_reports_response_meta import ListReportsResponseMeta
    from .list_reports_response_result import ListReportsResponseResult


@attrs.define(kw_only=True)
class ListReportsResponse(_Model):
    """ListReportsResponse

    Attributes:
        meta: ``meta``
        result: ``result``
    """

    meta: ListReportsResponseMeta | Unset = UNSET
    result: ListReportsResponseResult | Unset = UNSET
