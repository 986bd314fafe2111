"""Sending a request: server URL, auth, headers, timeout and retries, one place for all of it."""

from __future__ import annotations

import json
import logging
import random
import time
import urllib.parse
import urllib.request
import uuid
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any, Self

import attrs
import urllib3
from urllib3.exceptions import (
    ConnectTimeoutError,
    HTTPError,
    NewConnectionError,
    ProxyError,
    ReadTimeoutError,
    SSLError,
)
from urllib3.exceptions import TimeoutError as Urllib3TimeoutError

from . import retries as _retries
from .auth import Credential
from .errors import (
    APIConnectionError,
    APITimeoutError,
    MissingCredentialError,
    request_id_of,
)
from .exchange import LOGGER, Exchange, record_exchange, redacted_headers, retries_of
from .hooks import Hook, HookContext, Hooks, PreparedRequest, defer_after_error
from .retries import RetryConfig
from .unset import UNSET, Unset
from .urls import build_url, encode_query

Clock = Callable[[], float]
Sleep = Callable[[float], None]


def _check_timeout(_: object, attribute: Any, value: Any) -> None:
    if value is None or isinstance(value, Unset):
        return
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise TypeError(
            f"{attribute.name} must be a number of seconds or None, got {value!r}"
        )
    if not value > 0:
        raise ValueError(f"{attribute.name} must be positive, got {value!r}")


def _check_retries(_: object, attribute: Any, value: Any) -> None:
    if value is not None and not isinstance(value, (RetryConfig, Unset)):
        raise TypeError(
            f"{attribute.name} must be a RetryConfig or None, got {type(value).__name__}"
            + (
                " (for a number of attempts, use RetryConfig(max_attempts=...))"
                if isinstance(value, int)
                else ""
            )
        )


def _check_url(_: object, attribute: Any, value: Any) -> None:
    if isinstance(value, Unset):
        return
    if not isinstance(value, str):
        raise TypeError(
            f"{attribute.name} must be a string, got {type(value).__name__}"
        )
    if not value.startswith(("http://", "https://")):
        # "/" is what a spec without servers gives (a relative server is no better)
        hint = (
            ": the API description names no absolute server URL, so pass one, e.g. "
            "server_url='https://api.example.com'"
            if value.startswith("/")
            else ""
        )
        raise ValueError(
            f"{attribute.name} must start with http:// or https://, got {value!r}{hint}"
        )


def _check_headers(_: object, attribute: Any, value: Any) -> None:
    if value is None:
        return
    if not isinstance(value, Mapping):
        raise TypeError(
            f"{attribute.name} must be a mapping, got {type(value).__name__}"
        )
    for key, item in value.items():
        if not isinstance(key, str) or not isinstance(item, str):
            raise TypeError(
                f"{attribute.name} must map strings to strings, got {key!r}: {item!r}"
            )


def _check_str(_: object, attribute: Any, value: Any) -> None:
    if not isinstance(value, (str, Unset)):
        raise TypeError(
            f"{attribute.name} must be a string, got {type(value).__name__}"
        )


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

    timeout: float | Unset | None = attrs.field(default=UNSET, validator=_check_timeout)
    retries: RetryConfig | Unset | None = attrs.field(
        default=UNSET, validator=_check_retries
    )
    server_url: str | Unset = attrs.field(default=UNSET, validator=_check_url)
    extra_headers: Mapping[str, str] = attrs.field(
        factory=dict, validator=_check_headers, repr=lambda h: repr(redacted_headers(h))
    )
    accept: str | Unset = attrs.field(default=UNSET, validator=_check_str)


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
    operation: str = ""
    """The operationId, for hooks and logs."""
    retries: RetryConfig | None = None
    """A retry policy the operation itself names, used unless the caller set one (on the
    call, or on the client)."""
    idempotency_header: str | None = None
    """A header the operation declares for an idempotency key: when the caller gives none, the
    client makes one per call and sends it on every attempt."""


def json_body(value: Any) -> bytes:
    """A JSON request body (binary values, which JSON cannot carry, go as UTF-8 text)."""
    return json.dumps(
        value, ensure_ascii=False, separators=(",", ":"), default=_json_default
    ).encode("utf-8")


def _json_default(value: Any) -> Any:
    if isinstance(value, (bytes, bytearray)):
        return bytes(value).decode("utf-8", errors="replace")
    raise TypeError(f"{type(value).__name__} is not JSON serializable")


IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE", "TRACE"})
"""Methods that may be sent twice without doing the work twice (RFC 9110, 9.2.2)."""


def _environment_proxies() -> dict[str, str]:
    return urllib.request.getproxies_environment()


def _bypassed(host: str, port: int | None, no_proxy: str) -> bool:
    """Whether ``NO_PROXY`` names the host: ``*``, the host itself, or a domain it is in
    (``example.com`` and ``.example.com`` both cover ``api.example.com``), with an optional
    ``:port``."""
    host = host.lower().rstrip(".")
    for entry in no_proxy.replace(" ", "").lower().split(","):
        if not entry:
            continue
        if entry == "*":
            return True
        name, _, entry_port = (
            entry.rpartition(":") if entry.count(":") == 1 else (entry, "", "")
        )
        if entry_port and entry_port != str(port):
            continue
        name = name.lstrip(".").rstrip(".")
        if host == name or host.endswith("." + name):
            return True
    return False


@attrs.define
class Transport:
    """The HTTP connection pool and the injectable clock, sleep and randomness.

    ``proxies`` maps a URL scheme (``http``, ``https``) to a proxy URL, plus ``no`` for the
    hosts reached directly; by default it is read once, when the transport is made, from
    ``HTTP_PROXY`` / ``HTTPS_PROXY`` / ``NO_PROXY`` (either case). Pass ``proxies={}`` to
    ignore the environment.
    """

    pool: urllib3.PoolManager = attrs.field(
        factory=lambda: urllib3.PoolManager(retries=False)
    )
    clock: Clock = time.monotonic
    wall_clock: Clock = time.time
    sleep: Sleep = time.sleep
    random: Callable[[], float] = random.random
    proxies: Mapping[str, str] = attrs.field(factory=_environment_proxies)
    proxy_manager: Callable[[str], urllib3.ProxyManager] = attrs.field(
        default=lambda url: urllib3.ProxyManager(url, retries=False)
    )
    """Makes the connection manager for a proxy URL (a recording transport records there too)."""
    _proxy_pools: dict[str, urllib3.ProxyManager] = attrs.field(
        factory=dict, init=False
    )

    def pool_for(self, url: str) -> urllib3.PoolManager:
        """The pool that reaches ``url``: through the proxy the settings name, or directly."""
        parts = urllib.parse.urlsplit(url)
        proxy = self.proxies.get(parts.scheme)
        if not proxy or _bypassed(
            parts.hostname or "", parts.port, self.proxies.get("no", "")
        ):
            return self.pool
        manager = self._proxy_pools.get(proxy)
        if manager is None:
            manager = self.proxy_manager(proxy)
            self._proxy_pools[proxy] = manager
        return manager

    def clear(self) -> None:
        self.pool.clear()
        for manager in self._proxy_pools.values():
            manager.clear()


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
        credential_sources: Mapping[str, str] | None = None,
        hooks: Iterable[Hook] | None = None,
    ) -> None:
        _check_url(None, _Named("server_url"), server_url)
        _check_timeout(None, _Named("timeout"), timeout)
        _check_retries(None, _Named("retries"), retries)
        _check_headers(None, _Named("headers"), headers)
        if transport is not None and not isinstance(transport, Transport):
            raise TypeError(
                f"transport must be a Transport, got {type(transport).__name__}"
            )
        self.server_url = server_url
        self.timeout = timeout
        self.retries = retries
        self._retries_are_default = retries is default_retries
        self._credentials = dict(credentials)
        self._credential_sources = dict(credential_sources or {})
        """How each security scheme's credential is given (for the missing-credential error)."""
        self.headers = dict(headers or {})
        self.transport = transport or Transport()
        self._hooks = Hooks(hooks)

    def __repr__(self) -> str:
        names = ", ".join(sorted(self._credentials)) or "none"
        return f"{type(self).__name__}(server_url={self.server_url!r}, credentials=<{names}>)"

    def close(self) -> None:
        self.transport.clear()

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
        if security:
            wanted = " or ".join(
                " and ".join(
                    self._credential_sources.get(name, name) for name in requirement
                )
                for requirement in security
            )
            raise MissingCredentialError(
                f"this operation needs a credential: give {wanted}"
            )

    def _secret_headers(self) -> set[str]:
        """Header names that carry a credential (query strings are never logged)."""
        names = {"authorization", "proxy-authorization", "cookie", "set-cookie"}
        names.update(
            c.name.lower()
            for c in self._credentials.values()
            if c.placement == "header"
        )
        return names

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
        if request.idempotency_header and not any(
            k.lower() == request.idempotency_header.lower() for k in headers
        ):
            # One key per call, reused on every attempt: the server can tell a retry apart.
            headers[request.idempotency_header] = str(uuid.uuid4())
        url = build_url(server, request.path, encode_query(query))
        repeatable = request.method.upper() in IDEMPOTENT_METHODS or bool(
            request.idempotency_header
        )
        if not self._hooks:
            return self._send_with_retries(
                request.method,
                url,
                headers,
                request.body,
                timeout,
                policy,
                stream,
                repeatable,
            )
        context = HookContext(request.operation or None, server)
        try:
            response = self._send_with_retries(
                request.method,
                url,
                headers,
                request.body,
                timeout,
                policy,
                stream,
                repeatable,
                context,
            )
        except APIConnectionError as error:
            replacement = self._hooks.after_error(
                attrs.evolve(context, retries=error.retries), None, error
            )
            if replacement is None:
                raise
            return replacement
        context = attrs.evolve(context, retries=retries_of(response))
        if 200 <= response.status < 300:
            return self._hooks.after_success(context, response)
        defer_after_error(response, self._hooks, context)
        return response

    def _send_with_retries(
        self,
        method: str,
        url: str,
        headers: Mapping[str, str],
        body: bytes | None,
        timeout: float | None,
        policy: RetryConfig | None,
        stream: bool,
        repeatable: bool = True,
        context: HookContext | None = None,
    ) -> urllib3.BaseHTTPResponse:
        """Attempts until one gives a response the policy does not retry.

        A failure before the request left (refused, DNS, connect timeout, TLS) is retried when
        the policy retries connection errors; a failure after it may have arrived (read
        timeout, connection cut) only when sending twice is safe: ``repeatable`` (an
        idempotent method, or an idempotency key the server deduplicates by). With a hook
        ``context``, the ``before_request`` hooks shape each attempt from the request given.
        """
        t = self.transport
        started = t.clock()
        retry_number = 0
        path = _path_of(url)
        secret_headers = self._secret_headers()
        pool = t.pool_for(url)
        original = PreparedRequest(method, url, headers, body)
        while True:
            if context is not None:
                attempt = self._hooks.before_request(
                    attrs.evolve(context, retries=retry_number),
                    attrs.evolve(original, headers=dict(original.headers)),
                )
                method, url, headers, body = (
                    attempt.method,
                    attempt.url,
                    attempt.headers,
                    attempt.body,
                )
                path, pool = _path_of(url), t.pool_for(url)
            if LOGGER.isEnabledFor(logging.DEBUG):
                LOGGER.debug(
                    "request %s %s (attempt %d) headers=%s",
                    method,
                    path,
                    retry_number + 1,
                    redacted_headers(headers, secret_headers),
                )
            failure: HTTPError | None = None
            response: urllib3.BaseHTTPResponse | None = None
            try:
                response = pool.request(
                    method,
                    url,
                    body=body,
                    headers=headers,
                    timeout=urllib3.Timeout(connect=timeout, read=timeout),
                    preload_content=False,
                    redirect=False,
                    retries=False,
                )
                ok = 200 <= response.status < 300
                if not (stream and ok):
                    _read_body(response)
            except HTTPError as exc:
                failure = exc
            if failure is not None:
                error = _connection_error(failure, method, url, timeout, retry_number)
                sent = not _before_sending(failure)
                delay = None
                if sent and not repeatable:
                    LOGGER.debug(
                        "not retrying %s %s after %s: the request may have arrived, and %s "
                        "is not idempotent and carries no idempotency key",
                        method,
                        path,
                        _short_reason(failure),
                        method,
                    )
                else:
                    delay = self._delay(
                        policy, retry_number + 1, None, None, True, started
                    )
                if delay is None:
                    raise error from failure
                LOGGER.debug(
                    "retrying %s %s in %.2f s after %s (retry %d)",
                    method,
                    path,
                    delay,
                    _short_reason(failure),
                    retry_number + 1,
                )
            else:
                assert response is not None
                LOGGER.debug(
                    "response %s %s: %d (request id %s)",
                    method,
                    path,
                    response.status,
                    _request_id(response),
                )
                ok = 200 <= response.status < 300
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
                    record_exchange(
                        Exchange(
                            response=response,
                            retries=retry_number,
                            method=method,
                            url=path,
                        )
                    )
                    return response
                LOGGER.debug(
                    "retrying %s %s in %.2f s after status %d (retry %d)",
                    method,
                    path,
                    delay,
                    response.status,
                    retry_number + 1,
                )
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


class _Named:
    """Stands in for an attrs attribute in the validators, to check plain arguments."""

    def __init__(self, name: str) -> None:
        self.name = name


def _before_sending(exc: HTTPError) -> bool:
    """Whether the failure happened before any of the request could reach the server."""
    cause = getattr(exc, "reason", None) or exc
    if isinstance(exc, ProxyError):
        cause = getattr(exc, "original_error", None) or cause
    return isinstance(cause, (NewConnectionError, ConnectTimeoutError, SSLError))


def _os_reason(exc: BaseException) -> str:
    """The operating system's words for a failure, found along the exception chain."""
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if isinstance(current, OSError) and current.strerror:
            return current.strerror
        current = current.__cause__ or current.__context__
    text = str(exc)
    marker = "Failed to establish a new connection: "
    return text.split(marker, 1)[1] if marker in text else text or type(exc).__name__


def _short_reason(exc: HTTPError) -> str:
    cause = getattr(exc, "reason", None) or exc
    if isinstance(cause, NewConnectionError):
        return f"connection failed ({_os_reason(cause)})"
    if isinstance(cause, Urllib3TimeoutError):
        return (
            "a connect timeout"
            if isinstance(cause, ConnectTimeoutError)
            else "a read timeout"
        )
    return f"{type(cause).__name__} ({_os_reason(cause)})"


def _connection_error(
    exc: HTTPError,
    method: str,
    url: str,
    timeout: float | None = None,
    retries: int = 0,
) -> APIConnectionError:
    """No usable response: a timeout, or a failure to connect or to read. urllib3's
    NewConnectionError derives from its connect-timeout class, so it is tested first."""
    cause = getattr(exc, "reason", None) or exc
    where = f"{method} {_path_of(url)}"
    host = urllib.parse.urlsplit(url).netloc
    after = f" (after {retries} retries)" if retries else ""
    if isinstance(exc, ProxyError):
        return APIConnectionError(
            f"{where}: the proxy failed: {_os_reason(exc)}{after}", retries=retries
        )
    if isinstance(cause, NewConnectionError):
        return APIConnectionError(
            f"{where}: could not connect to {host}: {_os_reason(cause)}{after}",
            retries=retries,
        )
    if isinstance(cause, Urllib3TimeoutError):
        seconds = f" after {timeout:g} s" if timeout is not None else ""
        stage = (
            "connecting"
            if isinstance(cause, ConnectTimeoutError)
            else "reading the response"
        )
        if isinstance(cause, ReadTimeoutError) or not isinstance(
            cause, ConnectTimeoutError
        ):
            stage = "reading the response"
        return APITimeoutError(
            f"{where}: timed out {stage}{seconds}{after}", retries=retries
        )
    return APIConnectionError(
        f"{where}: the connection failed: {_short_reason(exc)}{after}", retries=retries
    )


def _request_id(response: urllib3.BaseHTTPResponse) -> str | None:
    return request_id_of(response.headers)


def _path_of(url: str) -> str:
    """The URL without its query: messages never show query strings (they may carry keys)."""
    return url.split("?", 1)[0]


def _read_body(response: urllib3.BaseHTTPResponse) -> None:
    """Read the whole body into the response (kept as ``response.data``); the connection goes
    back to the pool, or is closed when the read failed."""
    try:
        response.read(cache_content=True)
    except HTTPError:
        response.close()
        raise
    finally:
        response.release_conn()
