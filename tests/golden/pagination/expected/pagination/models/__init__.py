"""Every model of the Pagination client."""

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
