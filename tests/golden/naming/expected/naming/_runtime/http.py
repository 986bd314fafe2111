"""Sending a request: server URL, auth, headers, timeout and retries, one place for all of it."""

from __future__ import annotations

import functools
import json
import logging
import random
import time
import urllib.parse
import urllib.request
import uuid
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any, Generic, Literal, Self, TypeVar

import attrs
import urllib3
from urllib3 import HTTPHeaderDict
from urllib3.exceptions import (
    ConnectTimeoutError,
    HTTPError,
    NewConnectionError,
    ProxyError,
    ReadTimeoutError,
    SSLError,
)
from urllib3.exceptions import TimeoutError as Urllib3TimeoutError
from urllib3.util.url import Url, parse_url

from . import retries as _retries
from .auth import Credential
from .errors import (
    APIConnectionError,
    APITimeoutError,
    MissingCredentialError,
    request_id_of,
)
from .exchange import LOGGER, record_exchange, redacted_headers, retries_of
from .hooks import (
    Hook,
    HookContext,
    Hooks,
    PreparedRequest,
    Steps,
    defer_after_error,
    run_steps,
)
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


_NO_OPTIONS = RequestOptions()
"""What a call without options uses (every field UNSET), made once."""


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
class TransportSettings:
    """What both transports share: the injectable clocks and randomness, and the proxies.

    ``proxies`` maps a URL scheme (``http``, ``https``) to a proxy URL, plus ``no`` for the
    hosts reached directly; by default it is read once, when the transport is made, from
    ``HTTP_PROXY`` / ``HTTPS_PROXY`` / ``NO_PROXY`` (either case). Pass ``proxies={}`` to
    ignore the environment.
    """

    clock: Clock = time.monotonic
    wall_clock: Clock = time.time
    random: Callable[[], float] = random.random
    proxies: Mapping[str, str] = attrs.field(factory=_environment_proxies)

    def proxy_for(self, url: str) -> str | None:
        """The proxy URL that reaches ``url``, or ``None`` to go directly."""
        if not self.proxies:
            return None
        parts = urllib.parse.urlsplit(url)
        proxy = self.proxies.get(parts.scheme)
        if not proxy or _bypassed(
            parts.hostname or "", parts.port, self.proxies.get("no", "")
        ):
            return None
        return proxy


@attrs.define
class Transport(TransportSettings):
    """The HTTP connection pool (urllib3) and the injectable clock, sleep and randomness."""

    pool: urllib3.PoolManager = attrs.field(
        factory=lambda: urllib3.PoolManager(retries=False)
    )
    sleep: Sleep = time.sleep
    proxy_manager: Callable[[str], urllib3.ProxyManager] = attrs.field(
        default=lambda url: urllib3.ProxyManager(url, retries=False)
    )
    """Makes the connection manager for a proxy URL (a recording transport records there too)."""
    _proxy_pools: dict[str, urllib3.ProxyManager] = attrs.field(
        factory=dict, init=False
    )

    def pool_for(self, url: str) -> urllib3.PoolManager:
        """The pool that reaches ``url``: through the proxy the settings name, or directly."""
        proxy = self.proxy_for(url)
        if proxy is None:
            return self.pool
        manager = self._proxy_pools.get(proxy)
        if manager is None:
            manager = self.proxy_manager(proxy)
            self._proxy_pools[proxy] = manager
        return manager

    def open(
        self, request: PreparedRequest, timeout: float | None
    ) -> urllib3.BaseHTTPResponse:
        """Send ``request`` once, its response's body left unread: no retries, no redirects."""
        pool = self.pool_for(request.url) if self.proxies else self.pool
        if type(pool) is urllib3.PoolManager:
            # A plain pool manager is driven one level down, exactly as its own ``request``
            # and ``urlopen`` would (same connection pool, request target and headers), with
            # the URL parsed once rather than on every call.
            url = _parsed_url(request.url)
            if url.scheme is not None:
                method = request.method.upper()
                headers = request.headers
                if method not in pool._encode_url_methods:
                    headers = HTTPHeaderDict(headers)
                return pool.connection_from_host(
                    url.host, url.port, url.scheme
                ).urlopen(
                    method,
                    url.request_uri,
                    body=request.body,
                    headers=headers,
                    timeout=_urllib3_timeout(timeout),
                    preload_content=False,
                    redirect=False,
                    retries=_NO_RETRIES,
                    assert_same_host=False,
                )
        return pool.request(
            request.method,
            request.url,
            body=request.body,
            headers=request.headers,
            timeout=_urllib3_timeout(timeout),
            preload_content=False,
            redirect=False,
            retries=_NO_RETRIES,
        )

    def clear(self) -> None:
        self.pool.clear()
        for manager in self._proxy_pools.values():
            manager.clear()


@attrs.define
class Call:
    """One call as the retry loop sees it, settled before the first attempt: the request as
    prepared (before ``before_request`` hooks), the options that apply and the hook context
    (``None`` when the client has no hooks). Nothing changes it once made; it is not frozen
    because one is made on every call, and a frozen class costs more to make."""

    request: PreparedRequest
    timeout: float | None
    policy: RetryConfig | None
    stream: bool
    repeatable: bool
    """Whether sending it twice is safe: an idempotent method or an idempotency key."""
    context: HookContext | None
    secret_headers: frozenset[str]


@attrs.frozen
class WireFailure:
    """No usable response, as either driver saw it. ``stage`` is ``connect`` (no connection
    was made), ``connect_timeout``, ``read_timeout``, ``proxy`` or ``other``; ``reason`` is the
    operating system's (or the library's) words; ``sent`` whether the request may have
    reached the server."""

    stage: Literal["connect", "connect_timeout", "read_timeout", "proxy", "other"]
    reason: str
    sent: bool

    def short(self) -> str:
        """For the log: ``connection failed (Connection refused)``, ``a read timeout``..."""
        if self.stage == "connect":
            return f"connection failed ({self.reason})"
        if self.stage == "connect_timeout":
            return "a connect timeout"
        if self.stage == "read_timeout":
            return "a read timeout"
        return self.reason

    def error(
        self, method: str, url: str, *, timeout: float | None, retries: int
    ) -> APIConnectionError:
        """The exception the caller gets (the URL without its query)."""
        where = f"{method} {_path_of(url)}"
        after = f" (after {retries} retries)" if retries else ""
        if self.stage == "proxy":
            message = f"{where}: the proxy failed: {self.reason}{after}"
        elif self.stage == "connect":
            host = urllib.parse.urlsplit(url).netloc
            message = f"{where}: could not connect to {host}: {self.reason}{after}"
        elif self.stage in ("connect_timeout", "read_timeout"):
            seconds = f" after {timeout:g} s" if timeout is not None else ""
            stage = (
                "connecting"
                if self.stage == "connect_timeout"
                else "reading the response"
            )
            return APITimeoutError(
                f"{where}: timed out {stage}{seconds}{after}", retries=retries
            )
        else:
            message = f"{where}: the connection failed: {self.short()}{after}"
        return APIConnectionError(message, retries=retries)


TransportT = TypeVar("TransportT", bound=TransportSettings)


class ClientCore(Generic[TransportT]):
    """What both clients share: settings, credentials, the request as it goes on the wire,
    and every retry decision. ``BaseClient`` (urllib3) and ``AsyncBaseClient`` (asyncio)
    add only the sending and the waiting, and name their transport's class."""

    transport: TransportT
    transport_class: type[TransportT]
    """The transport made when none is given, and the class a given one must be of."""

    def __init__(
        self,
        *,
        server_url: str,
        timeout: float | None,
        retries: RetryConfig | None,
        credentials: Mapping[str, Credential],
        default_retries: RetryConfig | None = None,
        headers: Mapping[str, str] | None = None,
        transport: TransportT | None = None,
        credential_sources: Mapping[str, str] | None = None,
        hooks: Iterable[Hook] | None = None,
    ) -> None:
        expected = self.transport_class
        if transport is not None and not isinstance(transport, expected):
            article = "an" if expected.__name__[0] in "AEIOU" else "a"
            raise TypeError(
                f"transport must be {article} {expected.__name__}, got {type(transport).__name__}"
            )
        _check_url(None, _Named("server_url"), server_url)
        _check_timeout(None, _Named("timeout"), timeout)
        _check_retries(None, _Named("retries"), retries)
        _check_headers(None, _Named("headers"), headers)
        self.server_url = server_url
        self.timeout = timeout
        self.retries = retries
        self._retries_are_default = retries is default_retries
        self._credentials = dict(credentials)
        self._credential_sources = dict(credential_sources or {})
        """How each security scheme's credential is given (for the missing-credential error)."""
        self.headers = dict(headers or {})
        self._hooks = Hooks(hooks)
        self._secret_header_names = self._secret_headers()
        self.transport = transport or expected()

    def __repr__(self) -> str:
        names = ", ".join(sorted(self._credentials)) or "none"
        return f"{type(self).__name__}(server_url={self.server_url!r}, credentials=<{names}>)"

    def _apply_security(
        self,
        security: Sequence[Sequence[str]],
        headers: dict[str, str],
        query: list[tuple[str, str]],
        cookies: list[str],
    ) -> None:
        credentials = self._credentials
        for requirement in security:
            for name in requirement:
                if name not in credentials:
                    break
            else:  # every scheme of this alternative has its credential
                for name in requirement:
                    credentials[name].apply(headers, query, cookies)
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

    def _secret_headers(self) -> frozenset[str]:
        """Header names that carry a credential (query strings are never logged)."""
        names = {"authorization", "proxy-authorization", "cookie", "set-cookie"}
        names.update(
            c.name.lower()
            for c in self._credentials.values()
            if c.placement == "header"
        )
        return frozenset(names)

    def _prepare(
        self, request: HttpRequest, options: RequestOptions | None, *, stream: bool
    ) -> Call:
        """The call: server, timeout and retry policy chosen, headers, credentials and query
        applied, an idempotency key made when the operation declares one."""
        opts = options or _NO_OPTIONS
        server = opts.server_url
        if server is UNSET:
            server = request.server_url or self.server_url
        timeout = self.timeout if opts.timeout is UNSET else opts.timeout
        if opts.retries is not UNSET:
            policy = opts.retries
        elif request.retries is not None and self._retries_are_default:
            policy = request.retries
        else:
            policy = self.retries
        headers: dict[str, str] = {**self.headers, **request.headers}
        headers["Accept"] = request.accept if opts.accept is UNSET else opts.accept
        if request.content_type:
            headers["Content-Type"] = request.content_type
        query = list(request.query)
        cookies = [f"{k}={v}" for k, v in request.cookies] if request.cookies else []
        self._apply_security(request.security, headers, query, cookies)
        if cookies:
            headers["Cookie"] = "; ".join(cookies)
        if opts.extra_headers:
            headers.update(opts.extra_headers)
        if request.idempotency_header and not any(
            k.lower() == request.idempotency_header.lower() for k in headers
        ):
            # One key per call, reused on every attempt: the server can tell a retry apart.
            headers[request.idempotency_header] = str(uuid.uuid4())
        url = build_url(server, request.path, encode_query(query) if query else "")
        return Call(
            request=PreparedRequest(request.method, url, headers, request.body),
            timeout=timeout,
            policy=policy,
            stream=stream,
            repeatable=request.method.upper() in IDEMPOTENT_METHODS
            or bool(request.idempotency_header),
            context=HookContext(request.operation or None, server)
            if self._hooks.hooks
            else None,
            secret_headers=self._secret_header_names,
        )

    def _attempt_steps(self, call: Call, *, retries: int) -> Steps[PreparedRequest]:
        """The request of one attempt: the prepared one, shaped by ``before_request`` hooks."""
        if call.context is None:
            return call.request
        original = call.request
        return (
            yield from self._hooks.before_request_steps(
                attrs.evolve(call.context, retries=retries),
                attrs.evolve(original, headers=dict(original.headers)),
            )
        )

    def _log_attempt(
        self, call: Call, attempt: PreparedRequest, *, retries: int
    ) -> None:
        if LOGGER.isEnabledFor(logging.DEBUG):
            LOGGER.debug(
                "request %s %s (attempt %d) headers=%s",
                attempt.method,
                _path_of(attempt.url),
                retries + 1,
                redacted_headers(attempt.headers, call.secret_headers),
            )

    def _delay_after_failure(
        self,
        call: Call,
        attempt: PreparedRequest,
        failure: WireFailure,
        *,
        retries: int,
        started: float,
    ) -> float | None:
        """How long to wait before retrying after ``failure``; ``None`` not to retry."""
        method, path = attempt.method, _path_of(attempt.url)
        if failure.sent and not call.repeatable:
            LOGGER.debug(
                "not retrying %s %s after %s: the request may have arrived, and %s "
                "is not idempotent and carries no idempotency key",
                method,
                path,
                failure.short(),
                method,
            )
            return None
        delay = self._delay(
            call.policy, retries=retries, started=started, connection_error=True
        )
        if delay is not None:
            LOGGER.debug(
                "retrying %s %s in %.2f s after %s (retry %d)",
                method,
                path,
                delay,
                failure.short(),
                retries + 1,
            )
        return delay

    def _delay_after_response(
        self,
        call: Call,
        attempt: PreparedRequest,
        response: urllib3.BaseHTTPResponse,
        *,
        retries: int,
        started: float,
    ) -> float | None:
        """How long to wait before retrying after ``response`` (its body read unless it is a
        stream's 2XX); ``None`` when it is the call's final response, which is then recorded."""
        method, path = attempt.method, _path_of(attempt.url)
        if LOGGER.isEnabledFor(logging.DEBUG):
            LOGGER.debug(
                "response %s %s: %d (request id %s)",
                method,
                path,
                response.status,
                request_id_of(response.headers),
            )
        delay = (
            None
            if 200 <= response.status < 300
            else self._delay(
                call.policy,
                retries=retries,
                started=started,
                status=response.status,
                headers=response.headers,
            )
        )
        if delay is None:
            record_exchange(response, retries, method, path)
            return None
        LOGGER.debug(
            "retrying %s %s in %.2f s after status %d (retry %d)",
            method,
            path,
            delay,
            response.status,
            retries + 1,
        )
        return delay

    def _delay(
        self,
        policy: RetryConfig | None,
        *,
        retries: int,
        started: float,
        status: int | None = None,
        headers: Mapping[str, str] | None = None,
        connection_error: bool = False,
    ) -> float | None:
        """The wait before retry ``retries + 1`` as ``policy`` says, or ``None``."""
        if policy is None:
            return None
        t = self.transport
        return _retries.next_delay(
            policy,
            retries + 1,
            status=status,
            headers=headers,
            connection_error=connection_error,
            elapsed=t.clock() - started,
            now=t.wall_clock(),
            random=t.random,
        )

    def _outcome_steps(
        self, call: Call, response: urllib3.BaseHTTPResponse
    ) -> Steps[urllib3.BaseHTTPResponse]:
        """The final response as the hooks leave it: ``after_success`` for a 2XX, the
        ``after_error`` hooks noted to run when its error status is decoded."""
        if call.context is None:
            return response
        context = attrs.evolve(call.context, retries=retries_of(response))
        if 200 <= response.status < 300:
            return (yield from self._hooks.after_success_steps(context, response))
        defer_after_error(response, self._hooks, context)
        return response

    def _failure_steps(
        self, call: Call, error: APIConnectionError
    ) -> Steps[urllib3.BaseHTTPResponse]:
        """No usable response: the ``after_error`` hooks may give one; else ``error`` rises."""
        replacement = None
        if call.context is not None:
            replacement = yield from self._hooks.after_error_steps(
                attrs.evolve(call.context, retries=error.retries), None, error
            )
        if replacement is None:
            raise error
        return replacement


class BaseClient(ClientCore[Transport]):
    """What every generated client shares. The generated ``Client`` adds credentials and one
    attribute per group of operations."""

    transport_class = Transport

    def close(self) -> None:
        self.transport.clear()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

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
        call = self._prepare(request, options, stream=stream)
        if call.context is None:  # no hooks: nothing to run around the attempts
            return self._send_with_retries(call)
        try:
            response = self._send_with_retries(call)
        except APIConnectionError as error:
            return run_steps(self._failure_steps(call, error))
        return run_steps(self._outcome_steps(call, response))

    def _send_with_retries(self, call: Call) -> urllib3.BaseHTTPResponse:
        """Attempts until one gives a response the policy does not retry.

        A failure before the request left (refused, DNS, connect timeout, TLS) is retried when
        the policy retries connection errors; a failure after it may have arrived (read
        timeout, connection cut) only when sending twice is safe (``call.repeatable``).
        """
        t = self.transport
        started = t.clock()
        retries = 0
        while True:
            attempt = (
                call.request
                if call.context is None
                else run_steps(self._attempt_steps(call, retries=retries))
            )
            self._log_attempt(call, attempt, retries=retries)
            try:
                response = t.open(attempt, call.timeout)
                if not (call.stream and 200 <= response.status < 300):
                    _read_body(response)
            except HTTPError as exc:
                failure = wire_failure(exc)
                delay = self._delay_after_failure(
                    call, attempt, failure, retries=retries, started=started
                )
                if delay is None:
                    raise failure.error(
                        attempt.method,
                        attempt.url,
                        timeout=call.timeout,
                        retries=retries,
                    ) from exc
            else:
                delay = self._delay_after_response(
                    call, attempt, response, retries=retries, started=started
                )
                if delay is None:
                    return response
                response.release_conn()
            retries += 1
            t.sleep(delay)


_NO_RETRIES = urllib3.Retry(total=False, redirect=False)
"""What urllib3 makes of ``retries=False, redirect=False`` on every call, made once: the
client's own loop does the retrying."""


@functools.lru_cache(maxsize=256)
def _parsed_url(url: str) -> Url:
    """urllib3's parse of ``url``, as its pool manager makes on every call (calls repeat)."""
    return parse_url(url)


@functools.lru_cache(maxsize=32)
def _urllib3_timeout(seconds: float | None) -> urllib3.Timeout:
    """urllib3's timeout for connect and each read (made once per value; urllib3 never
    changes one it is given, it clones it per connection)."""
    return urllib3.Timeout(connect=seconds, read=seconds)


class _Named:
    """Stands in for an attrs attribute in the validators, to check plain arguments."""

    def __init__(self, name: str) -> None:
        self.name = name


def wire_failure(exc: HTTPError) -> WireFailure:
    """What urllib3's exception says went wrong. Its NewConnectionError derives from its
    connect-timeout class (so does NameResolutionError), so it is tested first."""
    cause = getattr(exc, "reason", None) or exc
    if isinstance(exc, ProxyError):
        original = getattr(exc, "original_error", None) or cause
        sent = not isinstance(
            original, (NewConnectionError, ConnectTimeoutError, SSLError)
        )
        return WireFailure("proxy", _os_reason(exc), sent)
    if isinstance(cause, NewConnectionError):
        return WireFailure("connect", _os_reason(cause), False)
    if isinstance(cause, ConnectTimeoutError) and not isinstance(
        cause, ReadTimeoutError
    ):
        return WireFailure("connect_timeout", _os_reason(cause), False)
    if isinstance(cause, Urllib3TimeoutError):
        return WireFailure("read_timeout", _os_reason(cause), True)
    reason = f"{type(cause).__name__} ({_os_reason(cause)})"
    return WireFailure("other", reason, not isinstance(cause, SSLError))


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


def _connection_error(
    exc: HTTPError,
    method: str,
    url: str,
    timeout: float | None = None,
    retries: int = 0,
) -> APIConnectionError:
    """No usable response: a timeout, or a failure to connect or to read."""
    return wire_failure(exc).error(method, url, timeout=timeout, retries=retries)


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
