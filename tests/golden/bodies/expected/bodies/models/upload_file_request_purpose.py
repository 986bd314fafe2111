"""UploadFileRequestPurpose"""

from __future__ import annotations

import enum


class UploadFileRequestPurpose(str, enum.Enum):
    """UploadFileRequestPurpose

    Fields of this type also accept values not listed here (as plain ``str``), so a
    server adding a value does not break the client.
    """

    AVATAR = "avatar"
    DOCUMENT = "document"
