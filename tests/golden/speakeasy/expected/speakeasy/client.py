"""The Speakeasy extensions client."""

from __future__ import annotations

import functools
import platform
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Literal

import attrs

from ._runtime.auth import Credential, resolve_secret
from ._runtime.har import HarRecorder
from ._runtime.hooks import (
    AfterErrorHook,
    AfterSuccessHook,
    BeforeRequestHook,
    Hook,
    HookContext,
    InitHook,
    PreparedRequest,
    make_response,
)
from ._runtime.http import BaseClient, Transport
from ._runtime.retries import RetryConfig
from ._runtime.servers import expand_server

if TYPE_CHECKING:
    from .groups.audio import AudioApi
    from .groups.chat import ChatApi
    from .groups.search import SearchApi

SERVERS = (
    "https://eu.api.example.com/v1",
    "http://127.0.0.1:8080",
)
"""The servers the API lists; the first is the default."""

SERVER_TEMPLATES: tuple[str, ...] = (
    "https://{region}.api.example.com/v1",
    "http://127.0.0.1:{port}",
)
"""The same servers as URL templates, before their variables are filled in."""

SERVER_IDS: dict[str, int] = {
    "production": 0,
    "local": 1,
}
"""Server ids (``x-speakeasy-server-id``) -> their place in :data:`SERVER_TEMPLATES`."""

__version__ = "1.0.0"

USER_AGENT = f"speakeasy/{__version__} openapi-attrs-generator/0.1.0 python/{platform.python_version()}"
"""Sent as ``User-Agent`` unless ``headers`` names another."""

ENVIRONMENT: dict[str, str] = {
    "bearer": "SPEAKEASY_BEARER",
}
"""The environment variable read for each credential argument that is not given."""

DEFAULT_RETRIES = RetryConfig()
"""The retry policy the API describes (none is described: these are our defaults)."""


class Client(BaseClient):
    """Client for the Speakeasy extensions.

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
        transport: connection pool, clock and sleep (tests inject their own).
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
        transport: Transport | None = None,
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
    def chat(self) -> ChatApi:
        """Chat completions (module loaded on first use)."""
        from .groups.chat import ChatApi

        return ChatApi(self)

    @functools.cached_property
    def audio(self) -> AudioApi:
        """AudioApi (module loaded on first use)."""
        from .groups.audio import AudioApi

        return AudioApi(self)

    @functools.cached_property
    def search(self) -> SearchApi:
        """SearchApi (module loaded on first use)."""
        from .groups.search import SearchApi

        return SearchApi(self)


SECRET_HEADERS: tuple[str, ...] = ()
"""Headers named by the API's security schemes (redacted in recordings)."""
SECRET_QUERY: tuple[str, ...] = ()
"""Query parameters named by the API's security schemes (redacted in recordings)."""


def record_to(path: str | Path, transport: Transport | None = None) -> Transport:
    """A transport that writes every exchange to the HAR 1.2 file at ``path``.

    Pass it as ``transport=``; ``Authorization``, cookies and every header or query parameter
    the API's security schemes name are written as ``REDACTED``. The file is rewritten after
    each exchange and can be checked with the generator's ``conform`` command.
    """
    base = transport or Transport()
    recorder = HarRecorder(
        path, secret_headers=SECRET_HEADERS, secret_query=SECRET_QUERY
    )
    return attrs.evolve(base, pool=recorder.pool(), proxy_manager=recorder.proxy)


__all__ = [
    "DEFAULT_RETRIES",
    "ENVIRONMENT",
    "SECRET_HEADERS",
    "SECRET_QUERY",
    "SERVERS",
    "USER_AGENT",
    "AfterErrorHook",
    "AfterSuccessHook",
    "BeforeRequestHook",
    "Client",
    "Hook",
    "HookContext",
    "InitHook",
    "PreparedRequest",
    "__version__",
    "make_response",
    "record_to",
]
