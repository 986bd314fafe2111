"""The Legacy Store client."""

from __future__ import annotations

import platform
from collections.abc import Mapping

from ._runtime.auth import Credential
from ._runtime.http import BaseClient, Transport
from ._runtime.retries import RetryConfig
from .groups.default import DefaultApi

SERVERS = ("https://eu.store.test/api",)
"""The servers the API lists; the first is the default."""

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
        server_url: base URL of the API; defaults to ``SERVERS[0]``.
        timeout: seconds to wait for a connection and for each read; ``None`` waits forever.
        retries: retry policy; ``None`` disables retries.
        headers: headers sent with every request.
        transport: connection pool, clock and sleep (tests inject their own).
    """

    default: DefaultApi

    def __init__(
        self,
        *,
        server_url: str = SERVERS[0],
        timeout: float | None = 60.0,
        retries: RetryConfig | None = DEFAULT_RETRIES,
        headers: Mapping[str, str] | None = None,
        transport: Transport | None = None,
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
            credential_sources={},
        )
        self.default = DefaultApi(self)
