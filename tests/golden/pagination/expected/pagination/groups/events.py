"""events operations"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, overload

from .._runtime.exchange import araw_method, raw_method
from .._runtime.fields import from_fields
from .._runtime.http import BaseClient, RequestOptions
from .._runtime.lazy import LazyModule
from .._runtime.pagination import Page
from .._runtime.unset import UNSET, Unset

if TYPE_CHECKING:
    from .. import models as _models
    from .._runtime.aio import AsyncBaseClient
    from .._runtime.stream_aio import AsyncPage
    from ..models.event import Event
    from ..models.list_events_response import ListEventsResponse
    from ..models.search_events_request import SearchEventsRequest
    from ..models.search_events_response import SearchEventsResponse
    from ..operations import list_events as _list_events
    from ..operations import search_events as _search_events
else:
    # Each operation's module is imported when the operation is first called.
    _list_events = LazyModule("..operations.list_events", __package__)
    _search_events = LazyModule("..operations.search_events", __package__)
    _models = LazyModule("..models", __package__)


class EventsApi:
    """events operations"""

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> EventsApiWithRawResponse:
        """The same methods, each returning a :class:`RawResponse` (``status_code``,
        ``headers``, ``request_id``, ``retries`` and the parsed ``data``)."""
        return EventsApiWithRawResponse(self)

    def list_events(
        self,
        *,
        after: str | None = None,
        kind: str | None = None,
        options: RequestOptions | None = None,
    ) -> Page[ListEventsResponse, Event]:
        """Events, by a cursor in the query

        Returns the first page: ``.data`` is the response body, ``.next()`` the next page
        (``None`` after the last), ``.iter_items()`` every item of every page, fetched as needed.
        """
        return _list_events.call_paged(
            self._client,
            after=after,
            kind=kind,
            options=options,
        )

    @overload
    def search_events(
        self,
        request: SearchEventsRequest,
        *,
        options: RequestOptions | None = None,
    ) -> Page[SearchEventsResponse, Event]: ...

    @overload
    def search_events(
        self,
        *,
        query: str,
        cursor: str | Unset = UNSET,
        page_size: int | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> Page[SearchEventsResponse, Event]: ...

    def search_events(
        self,
        request: SearchEventsRequest | None = None,
        *,
        options: RequestOptions | None = None,
        **_fields: Any,
    ) -> Page[SearchEventsResponse, Event]:
        """Events, by a cursor in the request body

        The body is one ``SearchEventsRequest``, or its fields as keyword arguments
        (``query``, ``cursor``, ``page_size``), not both.


        Returns the first page: ``.data`` is the response body, ``.next()`` the next page
        (``None`` after the last), ``.iter_items()`` every item of every page, fetched as needed.
        """
        request = from_fields(request, _models.SearchEventsRequest, _fields)
        return _search_events.call_paged(
            self._client,
            request,
            options=options,
        )


class EventsApiWithRawResponse:
    """``EventsApi``'s methods, each returning a :class:`RawResponse` around its result."""

    def __init__(self, api: EventsApi) -> None:
        self.list_events = raw_method(api.list_events)
        self.search_events = raw_method(api.search_events)


class AsyncEventsApi:
    """events operations"""

    def __init__(self, client: AsyncBaseClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> AsyncEventsApiWithRawResponse:
        """The same methods, each returning a :class:`RawResponse` (``status_code``,
        ``headers``, ``request_id``, ``retries`` and the parsed ``data``)."""
        return AsyncEventsApiWithRawResponse(self)

    async def list_events(
        self,
        *,
        after: str | None = None,
        kind: str | None = None,
        options: RequestOptions | None = None,
    ) -> AsyncPage[ListEventsResponse, Event]:
        """Events, by a cursor in the query

        Returns the first page: ``.data`` is the response body, ``.next()`` the next page
        (``None`` after the last), ``.iter_items()`` every item of every page, fetched as needed.
        """
        return await _list_events.acall_paged(
            self._client,
            after=after,
            kind=kind,
            options=options,
        )

    @overload
    async def search_events(
        self,
        request: SearchEventsRequest,
        *,
        options: RequestOptions | None = None,
    ) -> AsyncPage[SearchEventsResponse, Event]: ...

    @overload
    async def search_events(
        self,
        *,
        query: str,
        cursor: str | Unset = UNSET,
        page_size: int | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> AsyncPage[SearchEventsResponse, Event]: ...

    async def search_events(
        self,
        request: SearchEventsRequest | None = None,
        *,
        options: RequestOptions | None = None,
        **_fields: Any,
    ) -> AsyncPage[SearchEventsResponse, Event]:
        """Events, by a cursor in the request body

        The body is one ``SearchEventsRequest``, or its fields as keyword arguments
        (``query``, ``cursor``, ``page_size``), not both.


        Returns the first page: ``.data`` is the response body, ``.next()`` the next page
        (``None`` after the last), ``.iter_items()`` every item of every page, fetched as needed.
        """
        request = from_fields(request, _models.SearchEventsRequest, _fields)
        return await _search_events.acall_paged(
            self._client,
            request,
            options=options,
        )


class AsyncEventsApiWithRawResponse:
    """``AsyncEventsApi``'s methods, each returning a :class:`RawResponse` around its result."""

    def __init__(self, api: AsyncEventsApi) -> None:
        self.list_events = araw_method(api.list_events)
        self.search_events = araw_method(api.search_events)
