"""Every model of the Requests client."""

from .add_attachment_response_item import AddAttachmentResponseItem
from .batch import Batch
from .create_call_request import CreateCallRequest
from .create_call_request_options import CreateCallRequestOptions
from .create_call_response import CreateCallResponse
from .problem import Problem
from .result import Result

__all__ = [
    "AddAttachmentResponseItem",
    "Batch",
    "CreateCallRequest",
    "CreateCallRequestOptions",
    "CreateCallResponse",
    "Problem",
    "Result",
]
