"""Every model of the Bodies client."""

from .create_charge_expand import CreateChargeExpand
from .create_charge_request import CreateChargeRequest
from .create_charge_response import CreateChargeResponse
from .stored_file import StoredFile
from .upload_file_request import UploadFileRequest
from .upload_file_request_purpose import UploadFileRequestPurpose

__all__ = [
    "CreateChargeExpand",
    "CreateChargeRequest",
    "CreateChargeResponse",
    "StoredFile",
    "UploadFileRequest",
    "UploadFileRequestPurpose",
]
