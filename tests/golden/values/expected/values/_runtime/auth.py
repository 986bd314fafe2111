"""Credentials, applied to a request by the security scheme that names them.

A credential's secret is kept out of ``repr`` and ``str``; nothing in the client formats it
into a message.
"""

from __future__ import annotations

import base64
import os

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


def resolve_secret(argument: str, value: object, variable: str) -> str | None:
    """The secret given as ``argument``, else the one in environment variable ``variable``.

    An empty string counts as missing; anything but a string (or ``None``) is a ``TypeError``.
    """
    if value is not None and not isinstance(value, str):
        raise TypeError(f"{argument} must be a string, got {type(value).__name__}")
    if value:
        return value
    return os.environ.get(variable) or None


def resolve_basic(argument: str, value: object, variable: str) -> str | None:
    """``(username, password)`` given as ``argument``, else ``username:password`` from the
    environment variable ``variable``; returned as ``username:password``."""
    if value is None:
        return os.environ.get(variable) or None
    if (
        not isinstance(value, tuple)
        or len(value) != 2
        or not all(isinstance(part, str) for part in value)
    ):
        raise TypeError(f"{argument} must be a (username, password) tuple of strings")
    return basic_secret(value[0], value[1]) if value[0] or value[1] else None
