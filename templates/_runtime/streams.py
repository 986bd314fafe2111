"""Reading a streamed body, apart from decoding it: the one read loop (bytes as they arrive, a
timeout or a cut connection turned into the package's errors) and the item loop that hands
the bytes to a parser (server-sent events, JSON lines). The ``AsyncClient`` has its own read
loop (``_runtime/aio.py``) under the same parsers."""

from __future__ import annotations

from collections.abc import Callable, Generator, Iterable
from typing import Protocol, TypeVar

import urllib3
from urllib3.exceptions import HTTPError
from urllib3.exceptions import TimeoutError as Urllib3TimeoutError

from .errors import APITimeoutError, StreamInterruptedError

R = TypeVar("R")
R_co = TypeVar("R_co", covariant=True)
T = TypeVar("T")

CHUNK_SIZE = 65536


class Parser(Protocol[R_co]):
    """Turns a body, in chunks split anywhere, into raw items (events, lines)."""

    item: str
    """What one item is called in messages (``event``, ``line``)."""

    @property
    def done(self) -> bool:
        """Whether the end marker has been seen (nothing after it is read)."""
        ...

    def feed(self, chunk: bytes) -> Iterable[R_co]:
        """The items completed by ``chunk``."""
        ...

    def end(self) -> Iterable[R_co]:
        """At the end of the body: the last items, or :class:`StreamInterruptedError` when
        the body ended early."""
        ...


def timed_out(parser: Parser[object]) -> APITimeoutError:
    return APITimeoutError(f"timed out waiting for the next {parser.item}")


def broke_off(parser: Parser[object], exc: BaseException) -> StreamInterruptedError:
    return StreamInterruptedError(
        f"the response broke off before the next {parser.item} ({type(exc).__name__})"
    )


def read_chunks(
    response: urllib3.BaseHTTPResponse, parser: Parser[object], chunk_size: int = CHUNK_SIZE
) -> Generator[bytes, None, None]:
    """The body's bytes as they arrive, until it ends."""
    while True:
        try:
            chunk = response.read1(chunk_size)
        except Urllib3TimeoutError as exc:
            raise timed_out(parser) from exc
        except HTTPError as exc:
            raise broke_off(parser, exc) from exc
        if not chunk:
            return
        yield chunk


def parsed(
    chunks: Iterable[bytes], parser: Parser[R], decode: Callable[[R], T]
) -> Generator[T, None, None]:
    """Each item of the body, decoded as it is completed (items before a failure are given)."""
    for chunk in chunks:
        for raw in parser.feed(chunk):
            yield decode(raw)
        if parser.done:
            return
    for raw in parser.end():
        yield decode(raw)
