"""The ``AsyncClient``'s driver: the same calls on asyncio, over aiohttp.

Everything but the sending and the waiting is the client's (``http.ClientCore``: the request,
credentials, retry decisions, hooks; ``responses``: decoding; ``sse`` / ``lines``: parsers);
this module moves bytes and passes time. It is imported only by the ``AsyncClient`` (aiohttp
comes with the package's ``async`` extra); the ``Client`` never imports it.
"""

from __future__ import annotations

import asyncio
import datetime
import functools
from collections.abc import Awaitable, Callable, Sequence
from typing import Any, Self, TypeVar

import attrs
import cattrs
import urllib3

try:
    # Without the async extra installed, a type checker of a vendored copy finds no aiohttp.
    import aiohttp  # type: ignore[import-not-found, unused-ignore]
except ImportError as exc:  # pragma: no cover - depends on the installation
    raise ImportError(
        "the AsyncClient needs aiohttp: install the package with its async extra "
        "(pip install '<package>[async]')"
    ) from exc

from .errors import APIConnectionError
from .har import HarRecorder
from .hooks import PreparedRequest, Steps
from .http import (
    Call,
    ClientCore,
    HttpRequest,
    RequestOptions,
    TransportSettings,
    WireFailure,
)
from .lines import document_lines, plan_lines
from .pagination import PageCall, Paging, page_request
from .responses import ResponseCase, handle, handle_steps, plan_stream, recovered_steps
from .stream_aio import (
    AsyncEventStream,
    AsyncJsonLines,
    AsyncPage,
    Fetch,
    StreamHead,
    full_response,
)

T = TypeVar("T")
R = TypeVar("R")


async def run_steps_async(steps: Steps[T]) -> T:
    """Run a hook runner, awaiting what an ``async def`` hook method returns."""
    value: Any = None
    error: BaseException | None = None
    while True:
        try:
            pending = steps.throw(error) if error is not None else steps.send(value)
        except StopIteration as stop:
            result: T = stop.value
            return result
        value, error = None, None
        try:
            value = await pending
        except Exception as exc:  # noqa: BLE001 - handed back to the hook runner
            error = exc


def _sleep(seconds: float) -> Awaitable[None]:
    return asyncio.sleep(seconds)


@functools.lru_cache(maxsize=32)
def _aiohttp_timeout(seconds: float | None) -> aiohttp.ClientTimeout:
    """aiohttp's timeout for connect and each read, made once per value (it is immutable)."""
    return aiohttp.ClientTimeout(total=None, sock_connect=seconds, sock_read=seconds)


def _not_recorded(response: urllib3.BaseHTTPResponse, content: bytes) -> None:
    """What a transport without a HAR recorder does with an exchange."""


@attrs.define
class AsyncTransport(TransportSettings):
    """The aiohttp session (made on first use, in the running event loop), the injectable
    clock, sleep and randomness, and the proxies (as :class:`Transport`). ``recorder``
    writes every exchange to a HAR file (``record_to_async``)."""

    sleep: Callable[[float], Awaitable[None]] = _sleep
    limit: int = 100
    """Connections open at once (0: no limit)."""
    recorder: HarRecorder | None = None
    _session: aiohttp.ClientSession | None = attrs.field(default=None, init=False)

    def session(self) -> aiohttp.ClientSession:
        if self._session is None or self._session.closed:
            self._session = aiohttp.ClientSession(
                connector=aiohttp.TCPConnector(limit=self.limit),
                auto_decompress=True,
                trust_env=False,  # the proxies are the transport's
            )
        return self._session

    async def aclose(self) -> None:
        if self._session is not None:
            await self._session.close()
            self._session = None


def wire_failure(exc: BaseException) -> WireFailure:
    """What aiohttp's (or asyncio's) exception says went wrong."""
    if isinstance(exc, aiohttp.ClientProxyConnectionError):
        return WireFailure("proxy", _reason(exc), False)
    if isinstance(exc, aiohttp.ClientSSLError):
        return WireFailure("other", f"{type(exc).__name__} ({_reason(exc)})", False)
    if isinstance(exc, aiohttp.ClientConnectorError):
        return WireFailure("connect", _reason(exc), False)
    if isinstance(exc, aiohttp.ConnectionTimeoutError):
        return WireFailure("connect_timeout", _reason(exc), False)
    if isinstance(exc, TimeoutError):
        return WireFailure("read_timeout", _reason(exc), True)
    return WireFailure("other", f"{type(exc).__name__} ({_reason(exc)})", True)


def _reason(exc: BaseException) -> str:
    os_error = getattr(exc, "os_error", None)
    if isinstance(os_error, OSError) and os_error.strerror:
        return os_error.strerror
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror
    return str(exc) or type(exc).__name__


class AsyncBaseClient(ClientCore[AsyncTransport]):
    """What every generated ``AsyncClient`` shares: :class:`ClientCore`, sent with aiohttp."""

    transport_class = AsyncTransport

    async def aclose(self) -> None:
        await self.transport.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()

    async def send(
        self,
        request: HttpRequest,
        options: RequestOptions | None = None,
        *,
        stream: bool = False,
    ) -> urllib3.BaseHTTPResponse:
        """As :meth:`BaseClient.send`. A streamed 2XX response comes back as a
        :class:`StreamHead` whose body is read by the stream."""
        call = self._prepare(request, options, stream=stream)
        if call.context is None:  # no hooks: nothing to run around the attempts
            return await self._send_with_retries(call)
        try:
            response = await self._send_with_retries(call)
        except APIConnectionError as error:
            return await run_steps_async(self._failure_steps(call, error))
        return await run_steps_async(self._outcome_steps(call, response))

    async def _send_with_retries(self, call: Call) -> urllib3.BaseHTTPResponse:
        t = self.transport
        started = t.clock()
        retries = 0
        timeout = _aiohttp_timeout(call.timeout)
        while True:
            attempt = (
                call.request
                if call.context is None
                else await run_steps_async(self._attempt_steps(call, retries=retries))
            )
            self._log_attempt(call, attempt, retries=retries)
            when = (
                datetime.datetime.now(datetime.UTC) if t.recorder is not None else None
            )
            try:
                source = await t.session().request(
                    attempt.method,
                    attempt.url,
                    data=attempt.body,
                    headers=attempt.headers,
                    timeout=timeout,
                    allow_redirects=False,
                    proxy=t.proxy_for(attempt.url),
                )
                record = self._recording(attempt, when)
                if call.stream and 200 <= source.status < 300:
                    response: urllib3.BaseHTTPResponse = StreamHead(source, record)
                else:
                    try:
                        body = await source.read()
                    finally:
                        source.release()
                    response = full_response(source, body)
                    record(response, body)
            except (aiohttp.ClientError, TimeoutError) as exc:
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
            await t.sleep(delay)

    def _recording(
        self, attempt: PreparedRequest, started: datetime.datetime | None
    ) -> Callable[[urllib3.BaseHTTPResponse, bytes], None]:
        recorder = self.transport.recorder
        if recorder is None or started is None:
            return _not_recorded

        def record(response: urllib3.BaseHTTPResponse, content: bytes) -> None:
            recorder.record(
                attempt.method,
                attempt.url,
                attempt.headers,
                attempt.body,
                response,
                content,
                started,
            )

        return record

    # What an operation does with the final response, awaiting hooks and reads.

    async def handle(
        self,
        response: urllib3.BaseHTTPResponse,
        cases: Sequence[ResponseCase],
        converter: cattrs.Converter,
        *,
        operation: str,
    ) -> Any:
        """As ``responses.handle``."""
        if 200 <= response.status < 300:  # no hook to await: decoded as the Client does
            return handle(response, cases, converter, operation=operation)
        return await run_steps_async(
            handle_steps(response, cases, converter, operation=operation)
        )

    async def open_stream(
        self,
        response: urllib3.BaseHTTPResponse,
        cases: Sequence[ResponseCase],
        converter: cattrs.Converter,
        *,
        operation: str,
        or_value: bool = False,
    ) -> Any:
        """As ``responses.open_stream`` (``or_value``: ``open_stream_or_value``)."""
        if not 200 <= response.status < 300:
            response = await run_steps_async(
                recovered_steps(response, cases, converter, operation=operation)
            )
        plan = plan_stream(
            response, cases, converter, operation=operation, or_value=or_value
        )
        if plan.finish is not None or plan.decode is None:
            response = await _read_whole(response)
            assert plan.finish is not None
            return plan.finish(response)
        return AsyncEventStream(response, plan.decode, sentinel=plan.sentinel)

    async def open_lines(
        self,
        response: urllib3.BaseHTTPResponse,
        cases: Sequence[ResponseCase],
        converter: cattrs.Converter,
        *,
        operation: str,
    ) -> AsyncJsonLines[Any]:
        """As ``lines.open_lines``."""
        if not 200 <= response.status < 300:
            response = await run_steps_async(
                recovered_steps(response, cases, converter, operation=operation)
            )
            return await self.open_lines(
                response, cases, converter, operation=operation
            )
        decode, whole = plan_lines(response, cases, converter, operation=operation)
        if whole:
            response = await _read_whole(response)
            lines = document_lines(response.data or b"", response, operation)
            return AsyncJsonLines(response, decode, preread=lines)
        return AsyncJsonLines(response, decode)

    async def first_page(
        self, paging: Paging, fetch: Fetch[R], call: PageCall
    ) -> AsyncPage[R, Any]:
        """Send ``call`` and wrap its response as a page (``pagination.first_page``)."""
        return await AsyncPage.fetch_first(paging, fetch, call)

    async def send_page(
        self, request: HttpRequest, call: PageCall
    ) -> tuple[urllib3.BaseHTTPResponse, str]:
        """As ``pagination.send_page``."""
        request, options, url = page_request(self.server_url, request, call)
        return await self.send(request, options), url


async def _read_whole(response: urllib3.BaseHTTPResponse) -> urllib3.BaseHTTPResponse:
    """``response`` with its body read (a stream's head is replaced by a full response)."""
    if isinstance(response, StreamHead):
        return await response.read_whole()
    response.read(cache_content=True)
    response.release_conn()
    return response
