"""repos operations"""

from __future__ import annotations

from .._runtime.http import BaseClient, RequestOptions
from .._runtime.pagination import Page
from ..models.repo import Repo
from ..operations import list_repos as _list_repos


class ReposApi:
    """repos operations"""

    def __init__(self, client: BaseClient) -> None:
        self._client = client

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
