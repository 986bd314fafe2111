"""The Speakeasy extensions client on asyncio (``pip install 'speakeasy[async]'``)."""

from __future__ import annotations

import functools
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Literal

import attrs

from ._runtime.aio import AsyncBaseClient, AsyncTransport
from ._runtime.auth import Credential, resolve_secret
from ._runtime.har import HarRecorder
from ._runtime.hooks import Hook
from ._runtime.retries import RetryConfig
from ._runtime.servers import expand_server
from .client import (
    DEFAULT_RETRIES,
    ENVIRONMENT,
    SECRET_HEADERS,
    SECRET_QUERY,
    SERVER_IDS,
    SERVER_TEMPLATES,
    USER_AGENT,
)

if TYPE_CHECKING:
    from .groups.audio import AsyncAudioApi
    from .groups.chat import AsyncChatApi
    from .groups.search import AsyncSearchApi

__all__ = ["AsyncClient", "AsyncTransport", "record_to_async"]


class AsyncClient(AsyncBaseClient):
    """Client for the Speakeasy extensions on asyncio: the methods of ``Client``, each
    awaited (``await client.<group>.<method>(...)``), with streams read by ``async for``.

    Args:
        bearer: token sent as ``Authorization: Bearer``;
            defaults to ``SPEAKEASY_BEARER`` from the environment (an empty value counts as none).
        server_url: base URL of the API; when given, ``server`` and the server variables are not used.
        server: the server by its id (``production``: Production server; ``local``); defaults to the first server.
        region: the ``region`` server variable (Where the data is kept.).
        port: the ``port`` server variable.
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
        bearer: str | None = None,
        server_url: str | None = None,
        server: Literal["production", "local"] | None = None,
        region: Literal["eu", "us"] = "eu",
        port: str = "8080",
        timeout: float | None = 60.0,
        retries: RetryConfig | None = DEFAULT_RETRIES,
        headers: Mapping[str, str] | None = None,
        transport: AsyncTransport | None = None,
        hooks: Sequence[Hook] | None = None,
    ) -> None:
        if server_url is None:
            template = SERVER_TEMPLATES[0 if server is None else SERVER_IDS[server]]
            server_url = expand_server(
                template,
                {
                    "region": region,
                    "port": port,
                },
            )
        credentials: dict[str, Credential] = {}
        _bearer = resolve_secret("bearer", bearer, ENVIRONMENT["bearer"])
        if _bearer is not None:
            credentials["bearer"] = Credential("bearer", "", _bearer)
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
                "bearer": "bearer= (or SPEAKEASY_BEARER in the environment)",
            },
        )
        self._hooks.on_init(self)

    @functools.cached_property
    def chat(self) -> AsyncChatApi:
        """Chat completions (module loaded on first use)."""
        from .groups.chat import AsyncChatApi

        return AsyncChatApi(self)

    @functools.cached_property
    def audio(self) -> AsyncAudioApi:
        """AudioApi (module loaded on first use)."""
        from .groups.audio import AsyncAudioApi

        return AsyncAudioApi(self)

    @functools.cached_property
    def search(self) -> AsyncSearchApi:
        """SearchApi (module loaded on first use)."""
        from .groups.search import AsyncSearchApi

        return AsyncSearchApi(self)


def record_to_async(
    path: str | Path, transport: AsyncTransport | None = None
) -> AsyncTransport:
    """As ``record_to``, for the ``AsyncClient``: an :class:`AsyncTransport` that writes
    every exchange to the HAR 1.2 file at ``path``, credentials redacted."""
    recorder = HarRecorder(
        path, secret_headers=SECRET_HEADERS, secret_query=SECRET_QUERY
    )
    return attrs.evolve(transport or AsyncTransport(), recorder=recorder)
