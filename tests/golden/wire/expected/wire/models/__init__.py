"""Every model of the Requests client.

Each model's module is imported when the model is first used (``from .models import X`` or
``models.X``), so that importing the package stays fast however large the API is.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .add_attachment_response_item import AddAttachmentResponseItem
    from .batch import Batch
    from .create_call_request import CreateCallRequest
    from .create_call_request_options import CreateCallRequestOptions
    from .create_call_response import CreateCallResponse
    from .problem import Problem
    from .result import Result
    from .start_session_request import StartSessionRequest
    from .start_session_request_session import StartSessionRequestSession

_MODULES: dict[str, str] = {
    "AddAttachmentResponseItem": "add_attachment_response_item",
    "Batch": "batch",
    "CreateCallRequest": "create_call_request",
    "CreateCallRequestOptions": "create_call_request_options",
    "CreateCallResponse": "create_call_response",
    "Problem": "problem",
    "Result": "result",
    "StartSessionRequest": "start_session_request",
    "StartSessionRequestSession": "start_session_request_session",
}

__all__ = [
    "AddAttachmentResponseItem",
    "Batch",
    "CreateCallRequest",
    "CreateCallRequestOptions",
    "CreateCallResponse",
    "Problem",
    "Result",
    "StartSessionRequest",
    "StartSessionRequestSession",
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
