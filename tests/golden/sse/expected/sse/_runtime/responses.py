"""Turning a response into a value or an exception, from a table the operation declares."""

from __future__ import annotations

import contextlib
import gc
import json
from collections.abc import Callable, Iterator, Mapping, Sequence
from typing import Any

import attrs
import cattrs
import urllib3

from .errors import APIError, ResponseValidationError, error_class_for
from .exchange import retries_of
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


def decode_json(body: bytes | str, tp: Any, converter: cattrs.Converter) -> Any:
    """Parse a JSON body and structure it into ``tp``: the one path every JSON body takes."""
    return converter.structure(json.loads(body), tp)


@contextlib.contextmanager
def gc_paused() -> Iterator[None]:
    """Opt-in: hold off the cyclic garbage collector for the block (``with gc_paused(): ...``).

    Decoding a large body allocates many small objects that form no cycles; the collector's
    passes over them can cost about as much as the decoding. The collector is process-wide, so
    this is never done for you: use it only where no other thread minds the pause. The
    collector is re-enabled at the end only if it was enabled before.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


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
    retries = retries_of(response)
    case = find_case([c for c in cases if c.kind != "sse"] or cases, status)
    ok = 200 <= status < 300
    if case is None or (case.error is None and not ok):
        if ok:
            if any(c.kind != "empty" for c in cases if c.error is None):
                raise _validation(
                    operation,
                    f"{_reason(status)} is not a documented response of this operation",
                    status,
                    headers,
                    body,
                    retries,
                )
            return None
        raise error_class_for(None, status)(
            f"{operation}: {_reason(status)} (status not documented for this operation)",
            status_code=status,
            headers=headers,
            body=body,
            retries=retries,
        )
    if case.error is not None:
        try:
            data = _structure(body, case, converter)
        except Exception as exc:
            raise error_class_for(None, status)(
                f"{operation}: {_reason(status)}; the body does not fit the documented schema: "
                f"{describe_failure(exc)}",
                status_code=status,
                headers=headers,
                body=body,
                retries=retries,
            ) from exc
        raise error_class_for(case.error, status)(
            f"{operation}: {_reason(status)}{_message_of(data)}",
            status_code=status,
            headers=headers,
            body=body,
            data=data,
            retries=retries,
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
            retries,
        )
    try:
        return _structure(body, case, converter)
    except Exception as exc:
        raise _validation(
            operation,
            f"the body is not JSON of the documented schema: {describe_failure(exc)}",
            status,
            headers,
            body,
            retries,
        ) from exc


def _structure(body: bytes, case: ResponseCase, converter: cattrs.Converter) -> Any:
    if case.type is None:
        return None
    return decode_json(body, case.type, converter)


def describe_failure(exc: BaseException) -> str:
    """What did not fit, with the path of the failing field (``$.data[2].architecture``)."""
    if isinstance(exc, json.JSONDecodeError):
        return f"not JSON ({exc.msg} at line {exc.lineno} column {exc.colno})"
    found = _deepest(exc, "$")
    if found is None:
        return f"{type(exc).__name__}: {exc}"
    path, leaf = found
    return f"at {path}: {type(leaf).__name__}: {leaf}"


def _deepest(exc: BaseException, path: str) -> tuple[str, BaseException] | None:
    """The first leaf of a cattrs error tree with the path that leads to it."""
    if isinstance(exc, cattrs.BaseValidationError):
        for sub in exc.exceptions:
            notes = getattr(sub, "__notes__", None) or []
            note = next(
                (n for n in notes if hasattr(n, "name") or hasattr(n, "index")), None
            )
            step = _step(note)
            found = _deepest(sub, path + step)
            if found is not None:
                return found
        return None
    return path, exc


def _step(note: Any) -> str:
    if note is None:
        return ""
    if isinstance(note, cattrs.AttributeValidationNote):
        return f".{note.name}"
    if isinstance(note, cattrs.IterableValidationNote):
        return f"[{note.index!r}]"
    return ""


def _message_of(data: Any) -> str:
    """A short server-given message, when the error body has an obvious one."""
    for holder in (data, getattr(data, "error", None)):
        message = getattr(holder, "message", None)
        if isinstance(message, str) and message:
            return f": {message[:200]}"
    return ""


def _validation(
    operation: str,
    why: str,
    status: int,
    headers: Mapping[str, str],
    body: bytes,
    retries: int = 0,
) -> ResponseValidationError:
    return ResponseValidationError(
        f"{operation}: {why}",
        status_code=status,
        headers=headers,
        body=body,
        retries=retries,
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
