"""Sending a request: server URL, auth, headers, timeout and retries, one place for all of it."""

from __future__ import annotations

import json
import random
import time
from collections.abc import Callable, Mapping, Sequence
from typing import Any, Self

import attrs
import urllib3
from urllib3.exceptions import HTTPError, NewConnectionError
from urllib3.exceptions import TimeoutError as Urllib3TimeoutError

from . import retries as _retries
from .auth import Credential
from .errors import APIConnectionError, APITimeoutError
from .retries import RetryConfig
from .unset import UNSET, Unset
from .urls import build_url, encode_query

Clock = Callable[[], float]
Sleep = Callable[[float], None]


@attrs.frozen
class RequestOptions:
    """Per-call settings; anything left UNSET falls back to the client's.

    Attributes:
        timeout: seconds for connect and for each read; ``None`` waits forever.
        retries: the retry policy for this call; ``None`` disables retries.
        server_url: send this call to another server.
        extra_headers: headers added to (and overriding) the generated ones.
        accept: the ``Accept`` header, overriding the one the operation asks for.
    """

    timeout: float | Unset | None = UNSET
    retries: RetryConfig | Unset | None = UNSET
    server_url: str | Unset = UNSET
    extra_headers: Mapping[str, str] = attrs.field(factory=dict)
    accept: str | Unset = UNSET


@attrs.frozen
class HttpRequest:
    """A request as an operation describes it, before the client adds server, auth and options."""

    method: str
    path: str
    """Already encoded, starting with ``/``."""
    query: Sequence[tuple[str, str]] = ()
    headers: Mapping[str, str] = attrs.field(factory=dict)
    cookies: Sequence[tuple[str, str]] = ()
    body: bytes | None = None
    content_type: str | None = None
    accept: str = "application/json"
    security: Sequence[Sequence[str]] = ()
    """Alternatives, each a list of scheme names that must all be applied."""
    server_url: str | None = None
    """A server the operation itself names, used unless the caller picks one."""
    retries: RetryConfig | None = None
    """A retry policy the operation itself names, used unless the caller set one (on the
    call, or on the client)."""


def json_body(value: Any) -> bytes:
    """A JSON request body (binary values, which JSON cannot carry, go as UTF-8 text)."""
    return json.dumps(
        value, ensure_ascii=False, separators=(",", ":"), default=_json_default
    ).encode("utf-8")


def _json_default(value: Any) -> Any:
    if isinstance(value, (bytes, bytearray)):
        return bytes(value).decode("utf-8", errors="replace")
    raise TypeError(f"{type(value).__name__} is not JSON serializable")


@attrs.define
class Transport:
    """The HTTP connection pool and the injectable clock, sleep and randomness."""

    pool: urllib3.PoolManager = attrs.field(
        factory=lambda: urllib3.PoolManager(retries=False)
    )
    clock: Clock = time.monotonic
    wall_clock: Clock = time.time
    sleep: Sleep = time.sleep
    random: Callable[[], float] = random.random


class BaseClient:
    """What every generated client shares. The generated ``Client`` adds credentials and one
    attribute per group of operations."""

    def __init__(
        self,
        *,
        server_url: str,
        timeout: float | None,
        retries: RetryConfig | None,
        credentials: Mapping[str, Credential],
        default_retries: RetryConfig | None = None,
        headers: Mapping[str, str] | None = None,
        transport: Transport | None = None,
    ) -> None:
        self.server_url = server_url
        self.timeout = timeout
        self.retries = retries
        self._retries_are_default = retries is default_retries
        self._credentials = dict(credentials)
        self.headers = dict(headers or {})
        self.transport = transport or Transport()

    def __repr__(self) -> str:
        return f"{type(self).__name__}(server_url={self.server_url!r})"

    def close(self) -> None:
        self.transport.pool.clear()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _apply_security(
        self,
        security: Sequence[Sequence[str]],
        headers: dict[str, str],
        query: list[tuple[str, str]],
        cookies: list[str],
    ) -> None:
        for requirement in security:
            if all(name in self._credentials for name in requirement):
                for name in requirement:
                    self._credentials[name].apply(headers, query, cookies)
                return

    def send(
        self,
        request: HttpRequest,
        options: RequestOptions | None = None,
        *,
        stream: bool = False,
    ) -> urllib3.BaseHTTPResponse:
        """Send ``request``, retrying as the policy says; return the final response.

        With ``stream`` the body of a 2XX response is left unread for the caller; any other
        response is read in full before it is returned.
        """
        opts = options or RequestOptions()
        server = (
            opts.server_url
            if not isinstance(opts.server_url, Unset)
            else request.server_url or self.server_url
        )
        timeout = self.timeout if isinstance(opts.timeout, Unset) else opts.timeout
        if not isinstance(opts.retries, Unset):
            policy = opts.retries
        elif request.retries is not None and self._retries_are_default:
            policy = request.retries
        else:
            policy = self.retries
        headers: dict[str, str] = {**self.headers, **request.headers}
        headers["Accept"] = (
            request.accept if isinstance(opts.accept, Unset) else opts.accept
        )
        if request.content_type:
            headers["Content-Type"] = request.content_type
        query = list(request.query)
        cookies = [f"{k}={v}" for k, v in request.cookies]
        self._apply_security(request.security, headers, query, cookies)
        if cookies:
            headers["Cookie"] = "; ".join(cookies)
        headers.update(opts.extra_headers)
        url = build_url(server, request.path, encode_query(query))
        return self._send_with_retries(
            request.method, url, headers, request.body, timeout, policy, stream
        )

    def _send_with_retries(
        self,
        method: str,
        url: str,
        headers: Mapping[str, str],
        body: bytes | None,
        timeout: float | None,
        policy: RetryConfig | None,
        stream: bool,
    ) -> urllib3.BaseHTTPResponse:
        t = self.transport
        started = t.clock()
        retry_number = 0
        while True:
            try:
                response = t.pool.request(
                    method,
                    url,
                    body=body,
                    headers=headers,
                    timeout=urllib3.Timeout(connect=timeout, read=timeout),
                    preload_content=False,
                    redirect=False,
                    retries=False,
                )
            except HTTPError as exc:
                error = _connection_error(exc, method, url)
                delay = self._delay(policy, retry_number + 1, None, None, True, started)
                if delay is None:
                    raise error from exc
            else:
                ok = 200 <= response.status < 300
                if stream and ok:
                    return response
                delay = (
                    None
                    if ok
                    else self._delay(
                        policy,
                        retry_number + 1,
                        response.status,
                        response.headers,
                        False,
                        started,
                    )
                )
                if delay is None:
                    _read_fully(response, method, url)
                    return response
                response.drain_conn()
                response.release_conn()
            retry_number += 1
            t.sleep(delay)

    def _delay(
        self,
        policy: RetryConfig | None,
        retry_number: int,
        status: int | None,
        headers: Mapping[str, str] | None,
        connection_error: bool,
        started: float,
    ) -> float | None:
        if policy is None:
            return None
        t = self.transport
        return _retries.next_delay(
            policy,
            retry_number,
            status=status,
            headers=headers,
            connection_error=connection_error,
            elapsed=t.clock() - started,
            now=t.wall_clock(),
            random=t.random,
        )


def _connection_error(exc: HTTPError, method: str, url: str) -> APIConnectionError:
    """No response: a timeout, or a failure to connect (refused, DNS). urllib3's
    NewConnectionError derives from its connect-timeout class, so it is tested first."""
    cause = getattr(exc, "reason", None) or exc
    if isinstance(cause, NewConnectionError) or not isinstance(
        cause, Urllib3TimeoutError
    ):
        return APIConnectionError(f"{method} {_path_of(url)}: {type(cause).__name__}")
    return APITimeoutError(f"{method} {_path_of(url)}: timed out")


def _path_of(url: str) -> str:
    """The URL without its query: messages never show query strings (they may carry keys)."""
    return url.split("?", 1)[0]


def _read_fully(response: urllib3.BaseHTTPResponse, method: str, url: str) -> None:
    try:
        response.read(cache_content=True)
    except HTTPError as exc:
        raise (
            APITimeoutError(f"{method} {_path_of(url)}: timed out reading the response")
            if isinstance(exc, Urllib3TimeoutError)
            else APIConnectionError(f"{method} {_path_of(url)}: response cut short")
        ) from exc
    finally:
        response.release_conn()
