"""The Legacy Store client."""

from __future__ import annotations

import functools
import platform
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

import attrs

from ._runtime.auth import Credential
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
    from .groups.orders import OrdersApi

SERVERS = ("https://eu.store.test/api",)
"""The servers the API lists; the first is the default."""

SERVER_TEMPLATES: tuple[str, ...] = ("https://{region}.store.test/api",)
"""The same servers as URL templates, before their variables are filled in."""

__version__ = "1.0.0"

USER_AGENT = f"openapi30/{__version__} openapi-attrs-generator/0.1.0 python/{platform.python_version()}"
"""Sent as ``User-Agent`` unless ``headers`` names another."""

ENVIRONMENT: dict[str, str] = {}
"""The environment variable read for each credential argument that is not given."""

DEFAULT_RETRIES = RetryConfig()
"""The retry policy the API describes (none is described: these are our defaults)."""


class Client(BaseClient):
    """Client for the Legacy Store.

    Args:
        server_url: base URL of the API; when given, ``server`` and the server variables are not used.
        region: the ``region`` server variable.
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
        server_url: str | None = None,
        region: str = "eu",
        timeout: float | None = 60.0,
        retries: RetryConfig | None = DEFAULT_RETRIES,
        headers: Mapping[str, str] | None = None,
        transport: Transport | None = None,
        hooks: Sequence[Hook] | None = None,
    ) -> None:
        if server_url is None:
            template = SERVER_TEMPLATES[0]
            server_url = expand_server(
                template,
                {
                    "region": region,
                },
            )
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
    def orders(self) -> OrdersApi:
        """OrdersApi (module loaded on first use)."""
        from .groups.orders import OrdersApi

        return OrdersApi(self)


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
