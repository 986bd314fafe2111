"""Line-delimited JSON (JSON Lines, NDJSON, JSON text sequences): a typed, closeable reader
that decodes one item per line as the bytes arrive, and the encoder for request bodies."""

from __future__ import annotations

import json
from collections.abc import Callable, Generator, Iterable, Iterator, Mapping, Sequence
from typing import Any, TypeVar

import cattrs
import urllib3

from .constants import is_json
from .errors import ResponseValidationError
from .http import json_body
from .responses import ResponseCase, find_case, recovered
from .sse import ResponseStream
from .streams import parsed, read_chunks

T = TypeVar("T")

_RECORD_SEPARATOR = b"\x1e"  # starts each record of an RFC 7464 JSON text sequence


def json_lines_body(items: Iterable[Any] | bytes) -> bytes:
    """A request body of JSON documents, one per line (each line ends with ``\\n``); bytes
    (lines already written, a file's content) are sent as they are."""
    if isinstance(items, (bytes, bytearray)):
        return bytes(items)
    return b"".join(json_body(item) + b"\n" for item in items)


class JsonLines(ResponseStream[T]):
    """The items of a line-delimited JSON response, each decoded as its line arrives.

    Iterate it once. Use it in a ``with`` block, or iterate to the end: either way the
    connection is released. A line that is not JSON of the documented schema raises
    :class:`ResponseValidationError`; a connection cut mid-line raises
    :class:`StreamInterruptedError` after the items received so far.
    """

    def __init__(
        self,
        response: urllib3.BaseHTTPResponse,
        decode: Callable[[bytes], T],
        *,
        chunk_size: int = 65536,
        preread: bytes | None = None,
    ) -> None:
        self.response = response
        self._decode = decode
        self._chunk_size = chunk_size
        self._preread = preread
        self._closed = False
        self._iterator = self._items()

    def __iter__(self) -> Iterator[T]:
        return self._iterator

    def _items(self) -> Generator[T, None, None]:
        parser = LineParser()
        chunks = (
            [self._preread]
            if self._preread is not None
            else read_chunks(self.response, parser, self._chunk_size)
        )
        try:
            yield from parsed(chunks, parser, self._decode)
        finally:
            if not self._closed:
                self._closed = True
                self.response.close()
                self.response.release_conn()


class LineParser:
    """The lines of a body (blank ones and JSON-text-sequence record separators left out);
    the last line may lack its newline."""

    item = "line"
    done = False

    def __init__(self) -> None:
        self._buffer = b""

    def feed(self, chunk: bytes) -> list[bytes]:
        self._buffer += chunk
        *lines, self._buffer = self._buffer.split(b"\n")
        return _content(lines)

    def end(self) -> list[bytes]:
        rest, self._buffer = self._buffer, b""
        return _content([rest])


def _content(lines: list[bytes]) -> list[bytes]:
    stripped = (line.strip().lstrip(_RECORD_SEPARATOR).strip() for line in lines)
    return [line for line in stripped if line]


def open_lines(
    response: urllib3.BaseHTTPResponse,
    cases: Sequence[ResponseCase],
    converter: cattrs.Converter,
    *,
    operation: str,
) -> JsonLines[Any]:
    """A line reader over a 2XX response; any other status is read and raised as usual.

    The response's ``Content-Type`` decides how it is read: a JSON type (``application/json``,
    ``+json``) is one document, whose items (or itself, when it is not a list) are yielded; any
    other type is read line by line.
    """
    if not 200 <= response.status < 300:
        response = recovered(response, cases, converter, operation=operation)
        return open_lines(response, cases, converter, operation=operation)
    decode, whole = plan_lines(response, cases, converter, operation=operation)
    if whole:
        body = response.read()
        response.release_conn()
        return JsonLines(
            response, decode, preread=document_lines(body, response, operation)
        )
    return JsonLines(response, decode)


def plan_lines(
    response: urllib3.BaseHTTPResponse,
    cases: Sequence[ResponseCase],
    converter: cattrs.Converter,
    *,
    operation: str,
) -> tuple[Callable[[bytes], Any], bool]:
    """How a 2XX response's lines are decoded, and whether the body is one JSON document (read
    whole, then given to :func:`document_lines`) rather than read line by line."""
    status = response.status
    case = find_case([c for c in cases if c.kind == "jsonl"], status)
    tp = case.type if case is not None else None
    headers = {k.lower(): v for k, v in response.headers.items()}

    def decode(line: bytes) -> Any:
        try:
            payload = json.loads(line)
        except ValueError:
            raise _invalid(
                operation, "a line is not JSON", status, headers, line
            ) from None
        try:
            return converter.structure(payload, tp) if tp is not None else payload
        except Exception as exc:
            raise _invalid(
                operation,
                f"an item does not fit the documented schema ({exc})",
                status,
                headers,
                line,
            ) from exc

    return decode, is_json(headers.get("content-type"))


def document_lines(
    body: bytes, response: urllib3.BaseHTTPResponse, operation: str
) -> bytes:
    """A JSON document's items (or itself, when it is not a list), one per line."""
    try:
        document = json.loads(body) if body.strip() else []
    except ValueError:
        headers = {k.lower(): v for k, v in response.headers.items()}
        raise _invalid(
            operation, "the body is not JSON", response.status, headers, body
        ) from None
    items = document if isinstance(document, list) else [document]
    return b"\n".join(json.dumps(item).encode("utf-8") for item in items)


def _invalid(
    operation: str, why: str, status: int, headers: Mapping[str, str], body: bytes
) -> ResponseValidationError:
    return ResponseValidationError(
        f"{operation}: {why}", status_code=status, headers=headers, body=body
    )
