"""What happened on the wire for one call: the final response, how many retries it took, and
the package's logger (requests, responses and retry decisions at DEBUG, credentials redacted).
"""

from __future__ import annotations

import contextvars
import logging
import weakref
from collections.abc import Awaitable, Callable, Iterator, Mapping
from contextlib import contextmanager
from typing import Any, Generic, ParamSpec, TypeVar

import attrs
import urllib3

from .errors import request_id_of

LOGGER = logging.getLogger(__name__.rsplit("._runtime", 1)[0])
"""Named after the package (``logging.getLogger("<package>")``)."""

REDACTED = "<redacted>"

P = ParamSpec("P")
T = TypeVar("T")


@attrs.frozen
class Exchange:
    """The final response of one call and the retries made before it."""

    response: urllib3.BaseHTTPResponse
    retries: int
    method: str
    url: str
    """Without the query string."""


_RETRIES: weakref.WeakKeyDictionary[urllib3.BaseHTTPResponse, int] = (
    weakref.WeakKeyDictionary()
)
_CAPTURE: contextvars.ContextVar[list[Exchange] | None] = contextvars.ContextVar(
    "_CAPTURE", default=None
)


def record_exchange(
    response: urllib3.BaseHTTPResponse, retries: int, method: str, url: str
) -> None:
    """Note the final response of a call (for errors' ``retries`` and raw responses); ``url``
    without its query. A response noted nowhere has 0 retries, so only others are kept."""
    if retries:
        _RETRIES[response] = retries
    captured = _CAPTURE.get()
    if captured is not None:
        captured.append(
            Exchange(response=response, retries=retries, method=method, url=url)
        )


def retries_of(response: urllib3.BaseHTTPResponse) -> int:
    """How many retries were made before ``response`` (0 when it is not known)."""
    return _RETRIES.get(response, 0)


_SECRET_WORDS = (
    "auth",
    "key",
    "token",
    "secret",
    "cookie",
    "password",
    "signature",
    "session",
)


def is_secret_header(
    name: str, secret_names: set[str] | frozenset[str] = frozenset()
) -> bool:
    """Whether a header may carry a credential: one the client applies a credential to, or
    one whose name says so (``X-Api-Key``, ``X-Auth-Token``...; an idempotency key is not)."""
    lowered = name.lower()
    if lowered in secret_names:
        return True
    return "idempotency" not in lowered and any(
        word in lowered for word in _SECRET_WORDS
    )


def redacted_headers(
    headers: Mapping[str, str], secret_names: set[str] | frozenset[str] = frozenset()
) -> dict[str, str]:
    """``headers`` with the value of every credential-carrying header replaced."""
    return {
        k: REDACTED if is_secret_header(k, secret_names) else v
        for k, v in headers.items()
    }


@contextmanager
def capture() -> Iterator[list[Exchange]]:
    """Collect the exchanges of the calls made inside the block (this thread / task only)."""
    collected: list[Exchange] = []
    token = _CAPTURE.set(collected)
    try:
        yield collected
    finally:
        _CAPTURE.reset(token)


@attrs.frozen
class RawResponse(Generic[T]):
    """A call's parsed result together with what the server sent.

    Attributes:
        status_code: the HTTP status of the final response.
        headers: the response headers (names lower-cased).
        request_id: the id the server gave the request (``x-request-id`` and the like), if any.
        retries: how many times the request was retried before this response.
        data: the parsed result, exactly what the plain method returns.
    """

    status_code: int
    headers: Mapping[str, str]
    request_id: str | None
    retries: int
    data: T


def raw_method(method: Callable[P, T]) -> Callable[P, RawResponse[T]]:
    """``method``, returning a :class:`RawResponse` around its result."""

    def call(*args: P.args, **kwargs: P.kwargs) -> RawResponse[T]:
        with capture() as exchanges:
            data = method(*args, **kwargs)
        return _raw(exchanges, data)

    call.__name__ = getattr(method, "__name__", "call")
    call.__doc__ = getattr(method, "__doc__", None)
    return call


def araw_method(
    method: Callable[P, Awaitable[T]],
) -> Callable[P, Awaitable[RawResponse[T]]]:
    """The ``AsyncClient``'s :func:`raw_method`: ``await`` it for the :class:`RawResponse`."""

    async def call(*args: P.args, **kwargs: P.kwargs) -> RawResponse[T]:
        with capture() as exchanges:
            data = await method(*args, **kwargs)
        return _raw(exchanges, data)

    call.__name__ = getattr(method, "__name__", "call")
    call.__doc__ = getattr(method, "__doc__", None)
    return call


def _raw(exchanges: list[Exchange], data: T) -> RawResponse[T]:
    if not exchanges:  # pragma: no cover - every call sends exactly one request
        raise RuntimeError("the call sent no request")
    last = exchanges[-1]
    headers = {k.lower(): v for k, v in last.response.headers.items()}
    return RawResponse(
        status_code=last.response.status,
        headers=headers,
        request_id=request_id_of(headers),
        retries=last.retries,
        data=data,
    )


class RawResponses:
    """``group.with_raw_response``: the group's methods, each returning a :class:`RawResponse`.

    The methods are looked up on the group by name, so every public method is available.
    """

    def __init__(self, group: Any) -> None:
        self._group = group

    def __getattr__(self, name: str) -> Callable[..., RawResponse[Any]]:
        if name.startswith("_"):
            raise AttributeError(name)
        return raw_method(getattr(self._group, name))
