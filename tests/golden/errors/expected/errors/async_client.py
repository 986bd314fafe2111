"""The Errors Demo client on asyncio (``pip install 'errors[async]'``)."""

from __future__ import annotations

import functools
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

import attrs

from ._runtime.aio import AsyncBaseClient, AsyncTransport
from ._runtime.auth import Credential, resolve_secret
from ._runtime.har import HarRecorder
from ._runtime.hooks import Hook
from ._runtime.retries import RetryConfig
from .client import (
    DEFAULT_RETRIES,
    ENVIRONMENT,
    SECRET_HEADERS,
    SECRET_QUERY,
    SERVERS,
    USER_AGENT,
)

if TYPE_CHECKING:
    from .groups.things import AsyncThingsApi

__all__ = ["AsyncClient", "AsyncTransport", "record_to_async"]


class AsyncClient(AsyncBaseClient):
    """Client for the Errors Demo on asyncio: the methods of ``Client``, each
    awaited (``await client.<group>.<method>(...)``), with streams read by ``async for``.

    Args:
        token: key sent in the header ``X-Token``;
            defaults to ``ERRORS_TOKEN`` from the environment (an empty value counts as none).
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
        token: str | None = None,
        server_url: str = SERVERS[0],
        timeout: float | None = 60.0,
        retries: RetryConfig | None = DEFAULT_RETRIES,
        headers: Mapping[str, str] | None = None,
        transport: AsyncTransport | None = None,
        hooks: Sequence[Hook] | None = None,
    ) -> None:
        credentials: dict[str, Credential] = {}
        _token = resolve_secret("token", token, ENVIRONMENT["token"])
        if _token is not None:
            credentials["token"] = Credential("header", "X-Token", _token)
        super().__init__(
            server_url=server_url,
            timeout=timeout,
            retries=retries,
            credentials=credentials,
            default_retries=DEFAULT_RETRIES,
            headers={"User-Agent": USER_AGENT, **(headers or {})},
            transport=transport,
            hooks=hooks,
            credential_sources={
                "token": "token= (or ERRORS_TOKEN in the environment)",
            },
        )
        self._hooks.on_init(self)

    @functools.cached_property
    def things(self) -> AsyncThingsApi:
        """ThingsApi (module loaded on first use)."""
        from .groups.things import AsyncThingsApi

        return AsyncThingsApi(self)


def record_to_async(
    path: str | Path, transport: AsyncTransport | None = None
) -> AsyncTransport:
    """As ``record_to``, for the ``AsyncClient``: an :class:`AsyncTransport` that writes
    every exchange to the HAR 1.2 file at ``path``, credentials redacted."""
    recorder = HarRecorder(
        path, secret_headers=SECRET_HEADERS, secret_query=SECRET_QUERY
    )
    return attrs.evolve(transport or AsyncTransport(), recorder=recorder)
