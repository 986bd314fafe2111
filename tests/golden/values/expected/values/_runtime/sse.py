"""Server-sent events: an incremental decoder and a typed, closeable event iterator."""

from __future__ import annotations

import codecs
import contextlib
import re
from collections.abc import Callable, Generator
from types import TracebackType
from typing import Generic, Self, TypeVar

import attrs
import urllib3
from urllib3.exceptions import HTTPError
from urllib3.exceptions import TimeoutError as Urllib3TimeoutError

from .errors import APITimeoutError, StreamInterruptedError

T = TypeVar("T")


@attrs.frozen
class ServerSentEvent:
    """One dispatched event."""

    event: str = "message"
    data: str = ""
    id: str | None = None
    retry: int | None = None


class SSEDecoder:
    """Turns bytes, in chunks split anywhere, into events (the WHATWG parsing rules)."""

    def __init__(self) -> None:
        self._text = codecs.getincrementaldecoder("utf-8")(errors="replace")
        self._buffer = ""
        self._started = False
        self._pending_cr = False
        self._data: list[str] = []
        self._event = ""
        self._id: str | None = None
        self._retry: int | None = None

    def feed(self, chunk: bytes) -> list[ServerSentEvent]:
        text = self._text.decode(chunk)
        if not self._started and text:
            self._started = True
            text = text.removeprefix("\ufeff")
        if self._pending_cr and text.startswith("\n"):
            text = text[1:]  # the "\n" of a "\r\n" split between chunks
        self._pending_cr = False
        scan = len(self._buffer)  # what is already buffered holds no line ending
        self._buffer += text
        events: list[ServerSentEvent] = []
        pos = 0
        while (match := _EOL.search(self._buffer, scan)) is not None:
            event = self._line(self._buffer[pos : match.start()])
            if event is not None:
                events.append(event)
            pos = scan = match.end()
        self._pending_cr = self._buffer.endswith("\r") and pos == len(self._buffer)
        self._buffer = self._buffer[pos:]
        return events

    def flush(self) -> list[ServerSentEvent]:
        """At the end of the stream: an unterminated event is discarded, as the rules say."""
        self._buffer = ""
        self._data = []
        return []

    def _line(self, line: str) -> ServerSentEvent | None:
        if line == "":
            return self._dispatch()
        if line.startswith(":"):
            return None
        name, sep, value = line.partition(":")
        if sep and value.startswith(" "):
            value = value[1:]
        if name == "data":
            self._data.append(value)
        elif name == "event":
            self._event = value
        elif name == "id":
            if "\0" not in value:
                self._id = value
        elif name == "retry" and value.isdigit():
            self._retry = int(value)
        return None

    def _dispatch(self) -> ServerSentEvent | None:
        if not self._data:
            self._event = ""
            return None
        event = ServerSentEvent(
            event=self._event or "message",
            data="\n".join(self._data),
            id=self._id,
            retry=self._retry,
        )
        self._data = []
        self._event = ""
        return event


_EOL = re.compile(r"\r\n|\r|\n")


class ResponseStream(Generic[T]):
    """A response read item by item as it arrives (:class:`EventStream`, ``JsonLines``): its
    status and headers, ``with`` support and :meth:`close`. A subclass sets ``response``,
    ``_iterator`` (the items) and ``_closed``, and says how it is iterated."""

    response: urllib3.BaseHTTPResponse
    _iterator: Generator[T, None, None]
    _closed: bool

    @property
    def status_code(self) -> int:
        return self.response.status

    @property
    def headers(self) -> dict[str, str]:
        return {k.lower(): v for k, v in self.response.headers.items()}

    def __next__(self) -> T:
        return next(self._iterator)

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def close(self) -> None:
        """Release the connection (idempotent). An unfinished body is not read: the connection
        is closed rather than returned to the pool."""
        if self._closed:
            return
        self._closed = True
        self._iterator.close()
        self.response.close()
        self.response.release_conn()


class EventStream(ResponseStream[T]):
    """The events of a streamed response, decoded as they arrive.

    Iterate it once. The connection is released when the events are iterated to the end, when
    a ``with`` block around the stream ends, when :meth:`close` is called, and when the stream
    is dropped unfinished (``break`` out of the loop and no reference left: CPython frees it at
    once). Use ``with`` (or ``close()``) to release it at a known point. The stream ends at the
    end-of-stream marker (``sentinel``); if the connection ends first,
    :class:`StreamInterruptedError` is raised after the events received so far.
    """

    def __init__(
        self,
        response: urllib3.BaseHTTPResponse,
        decode: Callable[[ServerSentEvent], T],
        *,
        sentinel: str | None = "[DONE]",
        chunk_size: int = 65536,
    ) -> None:
        self.response = response
        self._decode = decode
        self._sentinel = sentinel
        self._chunk_size = chunk_size
        self._closed = False
        # The generator must not hold the stream itself: dropping the stream then frees it
        # at once (no reference cycle left for the garbage collector).
        self._iterator = _events(response, decode, sentinel, chunk_size)

    def __iter__(self) -> Self:
        # The stream itself is the iterator, so a ``for`` loop keeps it alive until it ends.
        return self

    def __del__(self) -> None:
        # Dropped unfinished (``break`` and no reference left): release the connection.
        with contextlib.suppress(Exception):
            self.close()


def _events(
    response: urllib3.BaseHTTPResponse,
    decode: Callable[[ServerSentEvent], T],
    sentinel: str | None,
    chunk_size: int,
) -> Generator[T, None, None]:
    decoder = SSEDecoder()
    try:
        while True:
            try:
                chunk = response.read1(chunk_size)
            except Urllib3TimeoutError as exc:
                raise APITimeoutError("timed out waiting for the next event") from exc
            except HTTPError as exc:
                raise StreamInterruptedError(
                    f"the stream broke off ({type(exc).__name__})"
                ) from exc
            if not chunk:
                decoder.flush()
                if sentinel is not None:
                    raise StreamInterruptedError(
                        f"the stream ended before its end marker {sentinel!r}"
                    )
                return
            for event in decoder.feed(chunk):
                if sentinel is not None and event.data == sentinel:
                    return
                yield decode(event)
    finally:
        response.close()
        response.release_conn()
