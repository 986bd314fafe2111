"""The Values client on asyncio (``pip install 'values[async]'``)."""

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
    from .groups.drawings import AsyncDrawingsApi
    from .groups.imports import AsyncImportsApi
    from .groups.settings import AsyncSettingsApi

__all__ = ["AsyncClient", "AsyncTransport", "record_to_async"]


class AsyncClient(AsyncBaseClient):
    """Client for the Values on asyncio: the methods of ``Client``, each
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
    def settings(self) -> AsyncSettingsApi:
        """SettingsApi (module loaded on first use)."""
        from .groups.settings import AsyncSettingsApi

        return AsyncSettingsApi(self)

    @functools.cached_property
    def drawings(self) -> AsyncDrawingsApi:
        """DrawingsApi (module loaded on first use)."""
        from .groups.drawings import AsyncDrawingsApi

        return AsyncDrawingsApi(self)

    @functools.cached_property
    def imports(self) -> AsyncImportsApi:
        """ImportsApi (module loaded on first use)."""
        from .groups.imports import AsyncImportsApi

        return AsyncImportsApi(self)


def record_to_async(
    path: str | Path, transport: AsyncTransport | None = None
) -> AsyncTransport:
    """As ``record_to``, for the ``AsyncClient``: an :class:`AsyncTransport` that writes
    every exchange to the HAR 1.2 file at ``path``, credentials redacted."""
    recorder = HarRecorder(
        path, secret_headers=SECRET_HEADERS, secret_query=SECRET_QUERY
    )
    return attrs.evolve(transport or AsyncTransport(), recorder=recorder)
