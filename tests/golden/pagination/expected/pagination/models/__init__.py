"""Every model of the Pagination client.

Each model's module is imported when the model is first used (``from .models import X`` or
``models.X``), so that importing the package stays fast however large the API is.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .event import Event
    from .key import Key
    from .list_events_response import ListEventsResponse
    from .list_files_response import ListFilesResponse
    from .list_files_response_links import ListFilesResponseLinks
    from .list_keys_response import ListKeysResponse
    from .list_reports_response import ListReportsResponse
    from .list_reports_response_meta import ListReportsResponseMeta
    from .list_reports_response_result import ListReportsResponseResult
    from .repo import Repo
    from .search_events_request import SearchEventsRequest
    from .search_events_response import SearchEventsResponse
    from .search_events_response_paging import SearchEventsResponsePaging

_MODULES: dict[str, str] = {
    "Event": "event",
    "Key": "key",
    "ListEventsResponse": "list_events_response",
    "ListFilesResponse": "list_files_response",
    "ListFilesResponseLinks": "list_files_response_links",
    "ListKeysResponse": "list_keys_response",
    "ListReportsResponse": "list_reports_response",
    "ListReportsResponseMeta": "list_reports_response_meta",
    "ListReportsResponseResult": "list_reports_response_result",
    "Repo": "repo",
    "SearchEventsRequest": "search_events_request",
    "SearchEventsResponse": "search_events_response",
    "SearchEventsResponsePaging": "search_events_response_paging",
}

__all__ = [
    "Event",
    "Key",
    "ListEventsResponse",
    "ListFilesResponse",
    "ListFilesResponseLinks",
    "ListKeysResponse",
    "ListReportsResponse",
    "ListReportsResponseMeta",
    "ListReportsResponseResult",
    "Repo",
    "SearchEventsRequest",
    "SearchEventsResponse",
    "SearchEventsResponsePaging",
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
