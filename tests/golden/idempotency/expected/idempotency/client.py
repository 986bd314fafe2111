"""The Jobs Demo client."""

from __future__ import annotations

import functools
import platform
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

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

if TYPE_CHECKING:
    from .groups.charges import ChargesApi
    from .groups.jobs import JobsApi
    from .groups.status import StatusApi

SERVERS = ("https://jobs.test",)
"""The servers the API lists; the first is the default."""

__version__ = "0.3.0"

USER_AGENT = f"idempotency/{__version__} openapi-attrs-generator/0.1.0 python/{platform.python_version()}"
"""Sent as ``User-Agent`` unless ``headers`` names another."""

ENVIRONMENT: dict[str, str] = {
    "api_key": "IDEMPOTENCY_API_KEY",
}
"""The environment variable read for each credential argument that is not given."""

DEFAULT_RETRIES = RetryConfig()
"""The retry policy the API describes (none is described: these are our defaults)."""


class Client(BaseClient):
    """Client for the Jobs Demo.

    Args:
        api_key: key sent in the header ``X-Api-Key``;
            defaults to ``IDEMPOTENCY_API_KEY`` from the environment (an empty value counts as none).
        server_url: base URL of the API; defaults to ``SERVERS[0]``.
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
        api_key: str | None = None,
        server_url: str = SERVERS[0],
        timeout: float | None = 60.0,
        retries: RetryConfig | None = DEFAULT_RETRIES,
        headers: Mapping[str, str] | None = None,
        transport: Transport | None = None,
        hooks: Sequence[Hook] | None = None,
    ) -> None:
        credentials: dict[str, Credential] = {}
        _api_key = resolve_secret("api_key", api_key, ENVIRONMENT["api_key"])
        if _api_key is not None:
            credentials["apiKey"] = Credential("header", "X-Api-Key", _api_key)
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
                "apiKey": "api_key= (or IDEMPOTENCY_API_KEY in the environment)",
            },
        )
        self._hooks.on_init(self)

    @functools.cached_property
    def jobs(self) -> JobsApi:
        """JobsApi (module loaded on first use)."""
        from .groups.jobs import JobsApi

        return JobsApi(self)

    @functools.cached_property
    def charges(self) -> ChargesApi:
        """ChargesApi (module loaded on first use)."""
        from .groups.charges import ChargesApi

        return ChargesApi(self)

    @functools.cached_property
    def status(self) -> StatusApi:
        """StatusApi (module loaded on first use)."""
        from .groups.status import StatusApi

        return StatusApi(self)


SECRET_HEADERS: tuple[str, ...] = ("X-Api-Key",)
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
