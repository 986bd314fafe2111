"""Every model of the Bodies client.

Each model's module is imported when the model is first used (``from .models import X`` or
``models.X``), so that importing the package stays fast however large the API is.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .create_charge_expand import CreateChargeExpand
    from .create_charge_request import CreateChargeRequest
    from .create_charge_response import CreateChargeResponse
    from .stored_file import StoredFile
    from .upload_file_request import UploadFileRequest
    from .upload_file_request_purpose import UploadFileRequestPurpose

_MODULES: dict[str, str] = {
    "CreateChargeExpand": "create_charge_expand",
    "CreateChargeRequest": "create_charge_request",
    "CreateChargeResponse": "create_charge_response",
    "StoredFile": "stored_file",
    "UploadFileRequest": "upload_file_request",
    "UploadFileRequestPurpose": "upload_file_request_purpose",
}

__all__ = [
    "CreateChargeExpand",
    "CreateChargeRequest",
    "CreateChargeResponse",
    "StoredFile",
    "UploadFileRequest",
    "UploadFileRequestPurpose",
]


if not TYPE_CHECKING:  # type checkers read the imports above (and flag unknown names)

    def __getattr__(name: str) -> Any:
        module = _MODULES.get(name)
        if module is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(f".{module}", __name__), name)
        globals()[name] = value
        return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
