"""reports operations"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._runtime.exchange import araw_method, raw_method
from .._runtime.http import BaseClient, RequestOptions
from .._runtime.lazy import LazyModule
from .._runtime.pagination import Page

if TYPE_CHECKING:
    from .._runtime.aio import AsyncBaseClient
    from .._runtime.stream_aio import AsyncPage
    from ..models.list_reports_response import ListReportsResponse
    from ..operations import list_reports as _list_reports
else:
    # Each operation's module is imported when the operation is first called.
    _list_reports = LazyModule("..operations.list_reports", __package__)


class ReportsApi:
    """reports operations"""

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> ReportsApiWithRawResponse:
        """The same methods, each returning a :class:`RawResponse` (``status_code``,
        ``headers``, ``request_id``, ``retries`` and the parsed ``data``)."""
        return ReportsApiWithRawResponse(self)

    def list_reports(
        self,
        *,
        page: int | None = None,
        per_page: int | None = None,
        options: RequestOptions | None = None,
    ) -> Page[ListReportsResponse, str]:
        """Reports, by page number

        Returns the first page: ``.data`` is the response body, ``.next()`` the next page
        (``None`` after the last), ``.iter_items()`` every item of every page, fetched as needed.
        """
        return _list_reports.call_paged(
            self._client,
            page=page,
            per_page=per_page,
            options=options,
        )


class ReportsApiWithRawResponse:
    """``ReportsApi``'s methods, each returning a :class:`RawResponse` around its result."""

    def __init__(self, api: ReportsApi) -> None:
        self.list_reports = raw_method(api.list_reports)


class AsyncReportsApi:
    """reports operations"""

    def __init__(self, client: AsyncBaseClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> AsyncReportsApiWithRawResponse:
        """The same methods, each returning a :class:`RawResponse` (``status_code``,
        ``headers``, ``request_id``, ``retries`` and the parsed ``data``)."""
        return AsyncReportsApiWithRawResponse(self)

    async def list_reports(
        self,
        *,
        page: int | None = None,
        per_page: int | None = None,
        options: RequestOptions | None = None,
    ) -> AsyncPage[ListReportsResponse, str]:
        """Reports, by page number

        Returns the first page: ``.data`` is the response body, ``.next()`` the next page
        (``None`` after the last), ``.iter_items()`` every item of every page, fetched as needed.
        """
        return await _list_reports.acall_paged(
            self._client,
            page=page,
            per_page=per_page,
            options=options,
        )


class AsyncReportsApiWithRawResponse:
    """``AsyncReportsApi``'s methods, each returning a :class:`RawResponse` around its result."""

    def __init__(self, api: AsyncReportsApi) -> None:
        self.list_reports = araw_method(api.list_reports)
