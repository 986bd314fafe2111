"""Turning a response into a value or an exception, from a table the operation declares."""

from __future__ import annotations

import contextlib
import gc
import json
import threading
from collections.abc import Callable, Iterator, Mapping, Sequence
from typing import Any

import attrs
import cattrs
import urllib3

from .errors import APIError, ResponseValidationError
from .sse import EventStream, ServerSentEvent


@attrs.frozen
class ResponseCase:
    """What one documented status (``"200"``, ``"4XX"``, ``"default"``) carries.

    ``kind`` is ``json``, ``text``, ``binary``, ``sse`` or ``empty``; ``type`` is the model
    (or other annotation) a JSON body is structured into; ``error`` is the exception class for
    an error status.
    """

    status: str
    kind: str = "json"
    type: Any = None
    error: type[APIError] | None = None
    sentinel: str | None = None


def _matches(case: str, status: int) -> int:
    """How specifically ``case`` names ``status``: 3 exact, 2 range, 1 default, 0 not at all."""
    if case == str(status):
        return 3
    if len(case) == 3 and case[1:].upper() == "XX" and case[0] == str(status)[0]:
        return 2
    return 1 if case == "default" else 0


def find_case(cases: Sequence[ResponseCase], status: int) -> ResponseCase | None:
    best = max(cases, key=lambda c: _matches(c.status, status), default=None)
    if best is None or _matches(best.status, status) == 0:
        return None
    if best.status == "default" and best.error is None and not 200 <= status < 300:
        return None
    return best


def _headers(response: urllib3.BaseHTTPResponse) -> dict[str, str]:
    return {k.lower(): v for k, v in response.headers.items()}


def _reason(status: int) -> str:
    return f"HTTP {status}"


_gc_lock = threading.Lock()
_gc_pausers = 0
_gc_was_enabled = False


@contextlib.contextmanager
def _gc_paused() -> Iterator[None]:
    """Hold off the cyclic garbage collector while a body is decoded.

    Decoding allocates many small objects that form no cycles (reference counting frees every
    temporary); the collector's passes over them while they are being built cost about as much
    as the decoding itself. Pauses from several threads nest; the collector is re-enabled when
    the last one ends, and only if it was enabled before.
    """
    global _gc_pausers, _gc_was_enabled
    with _gc_lock:
        if _gc_pausers == 0:
            _gc_was_enabled = gc.isenabled()
            gc.disable()
        _gc_pausers += 1
    try:
        yield
    finally:
        with _gc_lock:
            _gc_pausers -= 1
            if _gc_pausers == 0 and _gc_was_enabled:
                gc.enable()


def decode_json(body: bytes | str, tp: Any, converter: cattrs.Converter) -> Any:
    """Parse a JSON body and structure it into ``tp``: the one path every JSON body takes."""
    with _gc_paused():
        return converter.structure(json.loads(body), tp)


def handle(
    response: urllib3.BaseHTTPResponse,
    cases: Sequence[ResponseCase],
    converter: cattrs.Converter,
    *,
    operation: str,
) -> Any:
    """The value of a fully read response, or the exception its status calls for."""
    status = response.status
    body = response.data or b""
    headers = _headers(response)
    case = find_case([c for c in cases if c.kind != "sse"] or cases, status)
    ok = 200 <= status < 300
    if case is None or (case.error is None and not ok):
        if ok:
            return None
        raise APIError(
            f"{operation}: {_reason(status)} (status not documented for this operation)",
            status_code=status,
            headers=headers,
            body=body,
        )
    if case.error is not None:
        data = _structure_or_none(body, case, converter)
        if data is _FAILED:
            raise APIError(
                f"{operation}: {_reason(status)}; the body does not fit the documented schema",
                status_code=status,
                headers=headers,
                body=body,
            )
        raise case.error(
            f"{operation}: {_reason(status)}{_message_of(data)}",
            status_code=status,
            headers=headers,
            body=body,
            data=data,
        )
    if case.kind == "empty":
        return None
    if case.kind == "binary":
        return body
    if case.kind == "text":
        return body.decode("utf-8", errors="replace")
    if case.kind == "sse":
        raise _validation(
            operation,
            "the server answered with an event stream; ask for a stream",
            status,
            headers,
            body,
        )
    value = _structure_or_none(body, case, converter)
    if value is _FAILED:
        raise _validation(
            operation,
            "the body is not JSON of the documented schema",
            status,
            headers,
            body,
        )
    return value


_FAILED: Any = object()


def _structure_or_none(
    body: bytes, case: ResponseCase, converter: cattrs.Converter
) -> Any:
    if case.type is None:
        return None
    try:
        return decode_json(body, case.type, converter)
    except Exception:  # noqa: BLE001 - any failure means "does not fit"; the raw body is kept
        return _FAILED


def _message_of(data: Any) -> str:
    """A short server-given message, when the error body has an obvious one."""
    for holder in (data, getattr(data, "error", None)):
        message = getattr(holder, "message", None)
        if isinstance(message, str) and message:
            return f": {message[:200]}"
    return ""


def _validation(
    operation: str, why: str, status: int, headers: Mapping[str, str], body: bytes
) -> ResponseValidationError:
    return ResponseValidationError(
        f"{operation}: {why}", status_code=status, headers=headers, body=body
    )


def open_stream(
    response: urllib3.BaseHTTPResponse,
    cases: Sequence[ResponseCase],
    converter: cattrs.Converter,
    *,
    operation: str,
) -> EventStream[Any]:
    """An event stream over a 2XX response; any other status is read and raised as usual."""
    status = response.status
    if not 200 <= status < 300:
        handle(response, cases, converter, operation=operation)
    case = find_case([c for c in cases if c.kind == "sse"], status)
    content_type = (
        (response.headers.get("content-type") or "").split(";")[0].strip().lower()
    )
    if case is None or case.kind != "sse" or content_type != "text/event-stream":
        body = response.read()
        response.release_conn()
        raise _validation(
            operation,
            f"expected an event stream, got {content_type or 'no content type'}",
            status,
            _headers(response),
            body,
        )
    decode = _event_decoder(case, converter, operation, status, _headers(response))
    return EventStream(response, decode, sentinel=case.sentinel)


def _event_decoder(
    case: ResponseCase,
    converter: cattrs.Converter,
    operation: str,
    status: int,
    headers: Mapping[str, str],
) -> Callable[[ServerSentEvent], Any]:
    tp = case.type

    def decode(event: ServerSentEvent) -> Any:
        raw = event.data.encode("utf-8")
        try:
            payload = json.loads(event.data)
        except ValueError:
            raise _validation(
                operation, "an event's data is not JSON", status, headers, raw
            ) from None
        # The schema may describe the whole event (``data`` and friends) or only its data.
        if tp is not None and attrs.has(tp) and _describes_envelope(tp):
            payload = {"data": payload, "event": event.event, "id": event.id}
            payload = {k: v for k, v in payload.items() if v is not None}
        try:
            return converter.structure(payload, tp) if tp is not None else payload
        except Exception as exc:
            raise _validation(
                operation,
                f"an event does not fit the documented schema ({exc})",
                status,
                headers,
                raw,
            ) from exc

    return decode


def _describes_envelope(tp: Any) -> bool:
    names = {f.metadata.get("wire", f.name) for f in attrs.fields(tp)}
    return "data" in names and names <= {"data", "event", "id", "retry"}
