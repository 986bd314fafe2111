"""ListFilesResponse"""

from __future__ import annotations

from typing import TYPE_CHECKING

import attrs

from .._runtime.model import Model as _Model
from .._runtime.unset import UNSET, Unset

if TYPE_CHECKING:
    from .list_files_response_links import ListFilesResponseLinks


@attrs.define(kw_only=True)
class ListFilesResponse(_Model):
    """ListFilesResponse

    Attributes:
        files: ``files``
        links: ``links``
    """

    files: list[str] | Unset = UNSET
    links: ListFilesResponseLinks | Unset = UNSET
