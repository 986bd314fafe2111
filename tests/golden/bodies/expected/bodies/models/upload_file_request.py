"""UploadFileRequest"""

from __future__ import annotations

from typing import TYPE_CHECKING

import attrs

from .._runtime.model import Model as _Model
from .._runtime.unset import UNSET, Unset

if TYPE_CHECKING:
    from .upload_file_request_purpose import UploadFileRequestPurpose


@attrs.define(kw_only=True)
class UploadFileRequest(_Model):
    """UploadFileRequest

    Attributes:
        file: ``file``
        purpose: ``purpose``
    """

    file: bytes
    purpose: UploadFileRequestPurpose | str | Unset = UNSET
