"""Line-delimited JSON (JSON Lines, NDJSON, JSON text sequences): a typed, closeable reader
that decodes one item per line as the bytes arrive, and the encoder for request bodies."""

from __future__ import annotations

import json
from collections.abc import Callable, Generator, Iterable, Iterator, Mapping, Sequence
from typing import Any, TypeVar

import cattrs
import urllib3
from urllib3.exceptions import HTTPError
from urllib3.exceptions import TimeoutError as Urllib3TimeoutError

from .errors import APITimeoutError, ResponseValidationError, StreamInterruptedError
from .http import json_body
from .responses import ResponseCase, find_case, recovered
from .sse import ResponseStream

T = TypeVar("T")

LINE_MEDIA_TYPES = frozenset(
    {
        "application/jsonl",
        "application/x-jsonl",
        "application/jsonlines",
        "application/x-jsonlines",
        "application/ndjson",
        "application/x-ndjson",
        "application/json-seq",
    }
)
_RECORD_SEPARATOR = b"\x1e"  # starts each record of an RFC 7464 JSON text sequence


def essence(content_type: str | None) -> str:
    """A media type without its parameters, in lower case: ``Application/JSON; charset=x`` is
    ``application/json``."""
    return (content_type or "").split(";")[0].strip().lower()


def is_json(content_type: str | None) -> bool:
    """``application/json`` or a ``+json`` type: one JSON document."""
    mt = essence(content_type)
    return mt == "application/json" or mt.endswith("+json")


def is_json_lines(content_type: str | None) -> bool:
    """A line-delimited JSON type: JSON Lines, NDJSON or a JSON text sequence."""
    mt = essence(content_type)
    return mt in LINE_MEDIA_TYPES or mt.endswith("+json-seq")


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

    def _lines(self) -> Generator[bytes, None, None]:
        if self._preread is not None:
            yield from self._preread.split(b"\n")
            return
        buffer = b""
        while True:
            try:
                chunk = self.response.read1(self._chunk_size)
            except Urllib3TimeoutError as exc:
                raise APITimeoutError("timed out waiting for the next line") from exc
            except HTTPError as exc:
                raise StreamInterruptedError(
                    f"the response broke off ({type(exc).__name__})"
                ) from exc
            if not chunk:
                break
            buffer += chunk
            *lines, buffer = buffer.split(b"\n")
            yield from lines
        yield buffer  # JSON Lines may leave out the last line's newline

    def _items(self) -> Generator[T, None, None]:
        try:
            for line in self._lines():
                line = line.strip().lstrip(_RECORD_SEPARATOR).strip()
                if line:
                    yield self._decode(line)
        finally:
            if not self._closed:
                self._closed = True
                self.response.close()
                self.response.release_conn()


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
    status = response.status
    if not 200 <= status < 300:
        response = recovered(response, cases, converter, operation=operation)
        return open_lines(response, cases, converter, operation=operation)
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
        return _structure(payload, line)

    def _structure(payload: Any, raw: bytes) -> Any:
        try:
            return converter.structure(payload, tp) if tp is not None else payload
        except Exception as exc:
            raise _invalid(
                operation,
                f"an item does not fit the documented schema ({exc})",
                status,
                headers,
                raw,
            ) from exc

    if is_json(headers.get("content-type")):
        body = response.read()
        response.release_conn()
        try:
            document = json.loads(body) if body.strip() else []
        except ValueError:
            raise _invalid(
                operation, "the body is not JSON", status, headers, body
            ) from None
        items = document if isinstance(document, list) else [document]
        lines = b"\n".join(json.dumps(item).encode("utf-8") for item in items)
        return JsonLines(response, decode, preread=lines)
    return JsonLines(response, decode)


def _invalid(
    operation: str, why: str, status: int, headers: Mapping[str, str], body: bytes
) -> ResponseValidationError:
    return ResponseValidationError(
        f"{operation}: {why}", status_code=status, headers=headers, body=body
    )
