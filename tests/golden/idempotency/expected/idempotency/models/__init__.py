"""Every model of the Jobs Demo client.

Each model's module is imported when the model is first used (``from .models import X`` or
``models.X``), so that importing the package stays fast however large the API is.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .get_status_response import GetStatusResponse
    from .job import Job
    from .job_request import JobRequest

_MODULES: dict[str, str] = {
    "GetStatusResponse": "get_status_response",
    "Job": "job",
    "JobRequest": "job_request",
}

__all__ = [
    "GetStatusResponse",
    "Job",
    "JobRequest",
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
