"""The OpenRouter API client on asyncio (``pip install 'openrouter-images[async]'``)."""

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
    from .groups.images import AsyncImagesApi

__all__ = ["AsyncClient", "AsyncTransport", "record_to_async"]


class AsyncClient(AsyncBaseClient):
    """Client for the OpenRouter API on asyncio: the methods of ``Client``, each
    awaited (``await client.<group>.<method>(...)``), with streams read by ``async for``.

    Args:
        api_key: token sent as ``Authorization: Bearer`` (Send the API key as a bearer token in the Authorization header);
            defaults to ``OPENROUTER_API_KEY`` from the environment (an empty value counts as none).
        server_url: base URL of the API; when given, ``server`` and the server variables are not used.
        server: the server by its id (``production``: The production environment); defaults to the first server.
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
        api_key: str | None = None,
        server_url: str | None = None,
        server: Literal["production"] | None = None,
        timeout: float | None = 60.0,
        retries: RetryConfig | None = DEFAULT_RETRIES,
        headers: Mapping[str, str] | None = None,
        transport: AsyncTransport | None = None,
        hooks: Sequence[Hook] | None = None,
    ) -> None:
        if server_url is None:
            template = SERVER_TEMPLATES[0 if server is None else SERVER_IDS[server]]
            server_url = expand_server(template, {})
        credentials: dict[str, Credential] = {}
        _api_key = resolve_secret("api_key", api_key, ENVIRONMENT["api_key"])
        if _api_key is not None:
            credentials["apiKey"] = Credential("bearer", "", _api_key)
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
                "apiKey": "api_key= (or OPENROUTER_API_KEY in the environment)",
            },
        )
        self._hooks.on_init(self)

    @functools.cached_property
    def images(self) -> AsyncImagesApi:
        """Operations for generating images and discovering image models (module loaded on first use)."""
        from .groups.images import AsyncImagesApi

        return AsyncImagesApi(self)


def record_to_async(
    path: str | Path, transport: AsyncTransport | None = None
) -> AsyncTransport:
    """As ``record_to``, for the ``AsyncClient``: an :class:`AsyncTransport` that writes
    every exchange to the HAR 1.2 file at ``path``, credentials redacted."""
    recorder = HarRecorder(
        path, secret_headers=SECRET_HEADERS, secret_query=SECRET_QUERY
    )
    return attrs.evolve(transport or AsyncTransport(), recorder=recorder)
