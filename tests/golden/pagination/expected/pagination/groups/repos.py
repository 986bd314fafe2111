"""repos operations"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._runtime.exchange import araw_method, raw_method
from .._runtime.http import BaseClient, RequestOptions
from .._runtime.lazy import LazyModule
from .._runtime.pagination import Page

if TYPE_CHECKING:
    from .._runtime.aio import AsyncBaseClient
    from .._runtime.stream_aio import AsyncPage
    from ..models.repo import Repo
    from ..operations import list_repos as _list_repos
else:
    # Each operation's module is imported when the operation is first called.
    _list_repos = LazyModule("..operations.list_repos", __package__)


class ReposApi:
    """repos operations"""

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> ReposApiWithRawResponse:
        """The same methods, each returning a :class:`RawResponse` (``status_code``,
        ``headers``, ``request_id``, ``retries`` and the parsed ``data``)."""
        return ReposApiWithRawResponse(self)

    def list_repos(
        self,
        *,
        per_page: int | None = None,
        options: RequestOptions | None = None,
    ) -> Page[list[Repo], Repo]:
        """Repositories, by the Link header

        Returns the first page: ``.data`` is the response body, ``.next()`` the next page
        (``None`` after the last), ``.iter_items()`` every item of every page, fetched as needed.
        """
        return _list_repos.call_paged(
            self._client,
            per_page=per_page,
            options=options,
        )


class ReposApiWithRawResponse:
    """``ReposApi``'s methods, each returning a :class:`RawResponse` around its result."""

    def __init__(self, api: ReposApi) -> None:
        self.list_repos = raw_method(api.list_repos)


class AsyncReposApi:
    """repos operations"""

    def __init__(self, client: AsyncBaseClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> AsyncReposApiWithRawResponse:
        """The same methods, each returning a :class:`RawResponse` (``status_code``,
        ``headers``, ``request_id``, ``retries`` and the parsed ``data``)."""
        return AsyncReposApiWithRawResponse(self)

    async def list_repos(
        self,
        *,
        per_page: int | None = None,
        options: RequestOptions | None = None,
    ) -> AsyncPage[list[Repo], Repo]:
        """Repositories, by the Link header

        Returns the first page: ``.data`` is the response body, ``.next()`` the next page
        (``None`` after the last), ``.iter_items()`` every item of every page, fetched as needed.
        """
        return await _list_repos.acall_paged(
            self._client,
            per_page=per_page,
            options=options,
        )


class AsyncReposApiWithRawResponse:
    """``AsyncReposApi``'s methods, each returning a :class:`RawResponse` around its result."""

    def __init__(self, api: AsyncReposApi) -> None:
        self.list_repos = araw_method(api.list_repos)
