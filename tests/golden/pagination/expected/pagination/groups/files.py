"""files operations"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._runtime.exchange import araw_method, raw_method
from .._runtime.http import BaseClient, RequestOptions
from .._runtime.lazy import LazyModule
from .._runtime.pagination import Page

if TYPE_CHECKING:
    from .._runtime.aio import AsyncBaseClient
    from .._runtime.stream_aio import AsyncPage
    from ..models.list_files_response import ListFilesResponse
    from ..operations import list_files as _list_files
else:
    # Each operation's module is imported when the operation is first called.
    _list_files = LazyModule("..operations.list_files", __package__)


class FilesApi:
    """files operations"""

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> FilesApiWithRawResponse:
        """The same methods, each returning a :class:`RawResponse` (``status_code``,
        ``headers``, ``request_id``, ``retries`` and the parsed ``data``)."""
        return FilesApiWithRawResponse(self)

    def list_files(
        self,
        *,
        folder: str | None = None,
        options: RequestOptions | None = None,
    ) -> Page[ListFilesResponse, str]:
        """Files, by the URL of the next page

        Returns the first page: ``.data`` is the response body, ``.next()`` the next page
        (``None`` after the last), ``.iter_items()`` every item of every page, fetched as needed.
        """
        return _list_files.call_paged(
            self._client,
            folder=folder,
            options=options,
        )


class FilesApiWithRawResponse:
    """``FilesApi``'s methods, each returning a :class:`RawResponse` around its result."""

    def __init__(self, api: FilesApi) -> None:
        self.list_files = raw_method(api.list_files)


class AsyncFilesApi:
    """files operations"""

    def __init__(self, client: AsyncBaseClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> AsyncFilesApiWithRawResponse:
        """The same methods, each returning a :class:`RawResponse` (``status_code``,
        ``headers``, ``request_id``, ``retries`` and the parsed ``data``)."""
        return AsyncFilesApiWithRawResponse(self)

    async def list_files(
        self,
        *,
        folder: str | None = None,
        options: RequestOptions | None = None,
    ) -> AsyncPage[ListFilesResponse, str]:
        """Files, by the URL of the next page

        Returns the first page: ``.data`` is the response body, ``.next()`` the next page
        (``None`` after the last), ``.iter_items()`` every item of every page, fetched as needed.
        """
        return await _list_files.acall_paged(
            self._client,
            folder=folder,
            options=options,
        )


class AsyncFilesApiWithRawResponse:
    """``AsyncFilesApi``'s methods, each returning a :class:`RawResponse` around its result."""

    def __init__(self, api: AsyncFilesApi) -> None:
        self.list_files = araw_method(api.list_files)
