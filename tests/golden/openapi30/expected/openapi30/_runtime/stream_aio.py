"""The ``AsyncClient``'s streamed bodies and pages: the async read loop under the same parsers
as the ``Client``'s (``sse.EventParser``, ``lines.LineParser``), and :class:`AsyncPage`."""

from __future__ import annotations

import collections
import contextlib
import io
from collections.abc import AsyncIterator, Awaitable, Callable, Iterable
from types import TracebackType
from typing import Generic, Self, TypeVar

import aiohttp  # type: ignore[import-not-found, unused-ignore]  # (the async extra)
import urllib3
from urllib3 import HTTPHeaderDict

from .lines import LineParser
from .pagination import _MISSING, PageBase, PageCall, Paging
from .sse import EventParser, ServerSentEvent
from .streams import CHUNK_SIZE, Parser, broke_off, timed_out

T = TypeVar("T")
R = TypeVar("R")
I = TypeVar("I")
Raw = TypeVar("Raw")

Record = Callable[[urllib3.BaseHTTPResponse, bytes], None]


def full_response(source: aiohttp.ClientResponse, body: bytes) -> urllib3.HTTPResponse:
    """aiohttp's response as the urllib3 response the rest of the runtime reads (the body,
    which aiohttp has already decompressed, as ``data``)."""
    response = urllib3.HTTPResponse(
        body=io.BytesIO(body),
        headers=_headers(source),
        status=source.status,
        reason=source.reason,
        preload_content=True,
        decode_content=False,
    )
    return response


def _headers(source: aiohttp.ClientResponse) -> HTTPHeaderDict:
    headers = HTTPHeaderDict()
    for name, value in source.raw_headers:
        headers.add(name.decode("latin-1"), value.decode("latin-1"))
    return headers


class StreamHead(urllib3.HTTPResponse):
    """A streamed 2XX response: status and headers as a urllib3 response (for hooks and
    records), the body still on the wire, read by :meth:`read_chunk`."""

    def __init__(self, source: aiohttp.ClientResponse, record: Record) -> None:
        super().__init__(
            body=io.BytesIO(b""),
            headers=_headers(source),
            status=source.status,
            reason=source.reason,
            preload_content=False,
            decode_content=False,
        )
        self.source = source
        self._record = record
        self._seen = bytearray()
        self._finished = False

    async def read_chunk(self, parser: Parser[object]) -> bytes:
        """The next bytes of the body as they arrive; ``b""`` at its end."""
        try:
            chunk: bytes = await self.source.content.readany()
        except TimeoutError as exc:
            raise timed_out(parser) from exc
        except aiohttp.ClientError as exc:
            raise broke_off(parser, exc) from exc
        self._seen += chunk
        return chunk

    async def read_whole(self) -> urllib3.HTTPResponse:
        try:
            body = bytes(self._seen) + await self.source.read()
        finally:
            self.close()
        full = full_response(self.source, body)
        self._seen = bytearray(body)
        return full

    def close(self) -> None:
        """Close the connection, unless the body was read to its end (then it is reused)."""
        if not self._finished:
            self._finished = True
            self._record(self, bytes(self._seen))
            self.source.close()

    def release_conn(self) -> None:
        self.close()


async def _next_chunk(
    response: urllib3.BaseHTTPResponse, parser: Parser[object]
) -> bytes:
    if isinstance(response, StreamHead):
        return await response.read_chunk(parser)
    return response.read1(CHUNK_SIZE)  # already in memory (a response a hook made)


class AsyncResponseStream(Generic[Raw, T]):
    """A response read item by item as it arrives: ``async for``, ``async with``,
    :meth:`aclose`; the connection is closed on ``break`` (when the stream is dropped), on
    task cancellation, on an error and at the end."""

    def __init__(
        self,
        response: urllib3.BaseHTTPResponse,
        parser: Parser[Raw],
        decode: Callable[[Raw], T],
        preread: bytes | None = None,
    ) -> None:
        self.response = response
        self._parser = parser
        self._decode = decode
        self._pending: collections.deque[Raw] = collections.deque()
        self._ended = False
        self._closed = False
        if preread is not None:
            self._take(parser.feed(preread))
            self._take(parser.end())
            self._ended = True

    @property
    def status_code(self) -> int:
        return self.response.status

    @property
    def headers(self) -> dict[str, str]:
        return {k.lower(): v for k, v in self.response.headers.items()}

    def _take(self, items: Iterable[Raw]) -> None:
        self._pending.extend(items)

    def __aiter__(self) -> Self:
        return self

    async def __anext__(self) -> T:
        try:
            while not self._pending:
                if self._ended or self._closed:
                    self.close()
                    raise StopAsyncIteration
                chunk = await _next_chunk(self.response, self._parser)
                if chunk:
                    self._take(self._parser.feed(chunk))
                    self._ended = self._parser.done
                else:
                    self._ended = True
                    self._take(self._parser.end())
            return self._decode(self._pending.popleft())
        except BaseException as exc:
            if not isinstance(exc, StopAsyncIteration):
                self.close()
            raise

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    async def aclose(self) -> None:
        """Release the connection (idempotent)."""
        self.close()

    def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        self._pending.clear()
        self.response.close()
        self.response.release_conn()

    def __del__(self) -> None:
        with contextlib.suppress(Exception):
            self.close()


class AsyncEventStream(AsyncResponseStream[ServerSentEvent, T]):
    """The events of a streamed response (``async for event in stream``), decoded as they
    arrive; as :class:`EventStream`, ending at the end marker or with
    :class:`StreamInterruptedError` when the connection ends first."""

    def __init__(
        self,
        response: urllib3.BaseHTTPResponse,
        decode: Callable[[ServerSentEvent], T],
        *,
        sentinel: str | None = "[DONE]",
    ) -> None:
        super().__init__(response, EventParser(sentinel), decode)


class AsyncJsonLines(AsyncResponseStream[bytes, T]):
    """The items of a line-delimited JSON response (``async for item in lines``)."""

    def __init__(
        self,
        response: urllib3.BaseHTTPResponse,
        decode: Callable[[bytes], T],
        *,
        preread: bytes | None = None,
    ) -> None:
        super().__init__(response, LineParser(), decode, preread)


Fetch = Callable[[PageCall], Awaitable[tuple[R, urllib3.BaseHTTPResponse, str]]]
"""Sends one call; returns the typed body, the response it came from and the request's URL."""


class AsyncPage(PageBase[R, I]):
    """One page of a list operation on the ``AsyncClient``: as :class:`Page`, with
    ``await page.next()``, ``async for page in page.iter_pages()`` and ``async for item in
    page.iter_items()``."""

    @classmethod
    async def fetch_first(
        cls, paging: Paging, fetch: Fetch[R], call: PageCall
    ) -> AsyncPage[R, I]:
        data, response, url = await fetch(call)
        return cls(data, response, url, paging, fetch, call)

    async def next(self) -> AsyncPage[R, I] | None:
        """The next page (fetched once), or ``None`` after the last one."""
        if self._next is _MISSING:
            call = self._checked_next_call()
            self._next = (
                None
                if call is None
                else await self.fetch_first(self._paging, self._fetch, call)
            )
        result: AsyncPage[R, I] | None = self._next
        return result

    async def iter_pages(self) -> AsyncIterator[AsyncPage[R, I]]:
        """This page and every later one, each fetched when the iteration reaches it."""
        page: AsyncPage[R, I] | None = self
        while page is not None:
            yield page
            page = await page.next()

    async def iter_items(self) -> AsyncIterator[I]:
        """Every item of this page and of every later one, pages fetched as needed."""
        async for page in self.iter_pages():
            for item in page.items:
                yield item
