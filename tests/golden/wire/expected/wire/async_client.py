"""The Requests client on asyncio (``pip install 'wire[async]'``)."""

from __future__ import annotations

import functools
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

import attrs

from ._runtime.aio import AsyncBaseClient, AsyncTransport
from ._runtime.auth import Credential
from ._runtime.har import HarRecorder
from ._runtime.hooks import Hook
from ._runtime.retries import RetryConfig
from .client import (
    DEFAULT_RETRIES,
    SECRET_HEADERS,
    SECRET_QUERY,
    SERVERS,
    USER_AGENT,
)

if TYPE_CHECKING:
    from .groups.avatars import AsyncAvatarsApi
    from .groups.batches import AsyncBatchesApi
    from .groups.calls import AsyncCallsApi
    from .groups.issues import AsyncIssuesApi
    from .groups.search import AsyncSearchApi
    from .groups.sessions import AsyncSessionsApi

__all__ = ["AsyncClient", "AsyncTransport", "record_to_async"]


class AsyncClient(AsyncBaseClient):
    """Client for the Requests on asyncio: the methods of ``Client``, each
    awaited (``await client.<group>.<method>(...)``), with streams read by ``async for``.

    Args:
        server_url: base URL of the API; defaults to ``SERVERS[0]``.
        timeout: seconds to wait for a connection and for each read; ``None`` waits forever.
        retries: retry policy; ``None`` disables retries.
        headers: headers sent with every request.
        transport: an :class:`AsyncTransport` (aiohttp session, proxies, clock and async sleep) (tests inject their own).
        hooks: objects with any of ``on_init(client)``, ``before_request(context, request)``,
            ``after_success(context, response)`` and ``after_error(context, response, error)``,
            called in this order (see ``_runtime/hooks.py``).
    """

    def __init__(
        self,
        *,
        server_url: str = SERVERS[0],
        timeout: float | None = 60.0,
        retries: RetryConfig | None = DEFAULT_RETRIES,
        headers: Mapping[str, str] | None = None,
        transport: AsyncTransport | None = None,
        hooks: Sequence[Hook] | None = None,
    ) -> None:
        credentials: dict[str, Credential] = {}
        super().__init__(
            server_url=server_url,
            timeout=timeout,
            retries=retries,
            credentials=credentials,
            default_retries=DEFAULT_RETRIES,
            headers={"User-Agent": USER_AGENT, **(headers or {})},
            transport=transport,
            hooks=hooks,
            credential_sources={},
        )
        self._hooks.on_init(self)

    @functools.cached_property
    def batches(self) -> AsyncBatchesApi:
        """BatchesApi (module loaded on first use)."""
        from .groups.batches import AsyncBatchesApi

        return AsyncBatchesApi(self)

    @functools.cached_property
    def search(self) -> AsyncSearchApi:
        """SearchApi (module loaded on first use)."""
        from .groups.search import AsyncSearchApi

        return AsyncSearchApi(self)

    @functools.cached_property
    def calls(self) -> AsyncCallsApi:
        """CallsApi (module loaded on first use)."""
        from .groups.calls import AsyncCallsApi

        return AsyncCallsApi(self)

    @functools.cached_property
    def issues(self) -> AsyncIssuesApi:
        """IssuesApi (module loaded on first use)."""
        from .groups.issues import AsyncIssuesApi

        return AsyncIssuesApi(self)

    @functools.cached_property
    def avatars(self) -> AsyncAvatarsApi:
        """AvatarsApi (module loaded on first use)."""
        from .groups.avatars import AsyncAvatarsApi

        return AsyncAvatarsApi(self)

    @functools.cached_property
    def sessions(self) -> AsyncSessionsApi:
        """SessionsApi (module loaded on first use)."""
        from .groups.sessions import AsyncSessionsApi

        return AsyncSessionsApi(self)


def record_to_async(
    path: str | Path, transport: AsyncTransport | None = None
) -> AsyncTransport:
    """As ``record_to``, for the ``AsyncClient``: an :class:`AsyncTransport` that writes
    every exchange to the HAR 1.2 file at ``path``, credentials redacted."""
    recorder = HarRecorder(
        path, secret_headers=SECRET_HEADERS, secret_query=SECRET_QUERY
    )
    return attrs.evolve(transport or AsyncTransport(), recorder=recorder)
