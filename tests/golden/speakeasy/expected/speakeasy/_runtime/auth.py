"""Credentials, applied to a request by the security scheme that names them.

A credential's secret is kept out of ``repr`` and ``str``; nothing in the client formats it
into a message.
"""

from __future__ import annotations

import base64

import attrs


@attrs.frozen(repr=False)
class Credential:
    """A secret and where it goes: ``bearer``, ``basic``, ``header``, ``query`` or ``cookie``."""

    placement: str
    name: str
    """Header, query parameter or cookie name; unused for bearer and basic."""
    secret: str = attrs.field(repr=False)

    def __repr__(self) -> str:
        return f"Credential(placement={self.placement!r}, name={self.name!r}, secret=<hidden>)"

    __str__ = __repr__

    def apply(
        self, headers: dict[str, str], query: list[tuple[str, str]], cookies: list[str]
    ) -> None:
        if self.placement == "bearer":
            headers["Authorization"] = f"Bearer {self.secret}"
        elif self.placement == "basic":
            token = base64.b64encode(self.secret.encode("utf-8")).decode("ascii")
            headers["Authorization"] = f"Basic {token}"
        elif self.placement == "header":
            headers[self.name] = self.secret
        elif self.placement == "query":
            query.append((self.name, self.secret))
        elif self.placement == "cookie":
            cookies.append(f"{self.name}={self.secret}")
        else:  # pragma: no cover - the generator only emits the placements above
            raise ValueError(f"unknown credential placement {self.placement!r}")


def basic_secret(username: str, password: str) -> str:
    return f"{username}:{password}"
