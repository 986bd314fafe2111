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

from .constants import WIRE
from .errors import APIError, ResponseValidationError, error_class_for
from .exchange import retries_of
from .hooks import Steps, recover_steps, run_steps
from .serialization import structure_owned
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
    code = str(status)
    for case in cases:
        if case.status == code:
            return case  # the first exact match, as the ranking below would pick
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
    return structure_owned(converter, json.loads(body), tp)


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
    """The value of a fully read response, or the exception its status calls for (unless an
    ``after_error`` hook gives another response, whose value it is then)."""
    if not 200 <= response.status < 300:
        response = recovered(response, cases, converter, operation=operation)
    return _handle(response, cases, converter, operation=operation)


def handle_steps(
    response: urllib3.BaseHTTPResponse,
    cases: Sequence[ResponseCase],
    converter: cattrs.Converter,
    *,
    operation: str,
) -> Steps[Any]:
    """:func:`handle` as a hook runner (the ``AsyncClient`` awaits ``async def`` hooks)."""
    if not 200 <= response.status < 300:
        response = yield from recovered_steps(
            response, cases, converter, operation=operation
        )
    return _handle(response, cases, converter, operation=operation)


def recovered(
    response: urllib3.BaseHTTPResponse,
    cases: Sequence[ResponseCase],
    converter: cattrs.Converter,
    *,
    operation: str,
) -> urllib3.BaseHTTPResponse:
    """For an error status: raise the exception it calls for, after the client's
    ``after_error`` hooks, or return the response a hook gave instead."""
    return run_steps(recovered_steps(response, cases, converter, operation=operation))


def recovered_steps(
    response: urllib3.BaseHTTPResponse,
    cases: Sequence[ResponseCase],
    converter: cattrs.Converter,
    *,
    operation: str,
) -> Steps[urllib3.BaseHTTPResponse]:
    """:func:`recovered` as a hook runner."""
    try:
        _handle(response, cases, converter, operation=operation)
    except APIError as error:
        replacement = yield from recover_steps(response, error)
        if replacement is None:
            raise
        return replacement
    return response


def _handle(
    response: urllib3.BaseHTTPResponse,
    cases: Sequence[ResponseCase],
    converter: cattrs.Converter,
    *,
    operation: str,
) -> Any:
    status = response.status
    body = response.data or b""
    case = find_case([c for c in cases if c.kind != "sse"] or cases, status)
    ok = 200 <= status < 300
    if case is None or (case.error is None and not ok):
        if ok:
            if any(c.kind != "empty" for c in cases if c.error is None):
                raise _invalid(
                    operation,
                    f"{_reason(status)} is not a documented response of this operation",
                    response,
                    body,
                )
            return None
        raise error_class_for(None, status)(
            f"{operation}: {_reason(status)} (status not documented for this operation)",
            status_code=status,
            headers=_headers(response),
            body=body,
            retries=retries_of(response),
        )
    if case.error is not None:
        try:
            data = _structure(body, case, converter)
        except Exception as exc:
            raise error_class_for(None, status)(
                f"{operation}: {_reason(status)}; the body does not fit the documented schema: "
                f"{describe_failure(exc, body, case.type, converter)}",
                status_code=status,
                headers=_headers(response),
                body=body,
                retries=retries_of(response),
            ) from exc
        raise error_class_for(case.error, status)(
            f"{operation}: {_reason(status)}{_message_of(data)}",
            status_code=status,
            headers=_headers(response),
            body=body,
            data=data,
            retries=retries_of(response),
        )
    if case.kind == "empty":
        return None
    if case.kind == "binary":
        return body
    if case.kind == "text":
        return body.decode("utf-8", errors="replace")
    if case.kind == "sse":
        raise _invalid(
            operation,
            "the server answered with an event stream; ask for a stream",
            response,
            body,
        )
    try:
        return _structure(body, case, converter)
    except Exception as exc:
        raise _invalid(
            operation,
            "the body is not JSON of the documented schema: "
            + describe_failure(exc, body, case.type, converter),
            response,
            body,
        ) from exc


def _structure(body: bytes, case: ResponseCase, converter: cattrs.Converter) -> Any:
    if case.type is None:
        return None
    return decode_json(body, case.type, converter)


def describe_failure(
    exc: BaseException,
    body: bytes | None = None,
    tp: Any = None,
    converter: cattrs.Converter | None = None,
) -> str:
    """What did not fit, with the path of the failing field (``$.data[2].architecture``)."""
    if isinstance(exc, json.JSONDecodeError):
        return f"not JSON ({exc.msg} at line {exc.lineno} column {exc.colno})"
    if body is not None and tp is not None and converter is not None:
        try:
            found = _failing_field(converter, json.loads(body), tp, "$")
        except Exception:  # noqa: BLE001 - a best-effort diagnosis; the error is chained anyway
            found = None
        if found is not None:
            path, why = found
            return f"at {path}: {why}"
    return f"{type(exc).__name__}: {exc}"


def _failing_field(
    converter: cattrs.Converter, value: Any, tp: Any, path: str
) -> tuple[str, str] | None:
    """The deepest place in ``value`` that does not structure into ``tp``, found by trying the
    parts one by one (the converter itself stops at the first failure without a path)."""
    try:
        converter.structure(value, tp)
    except Exception as exc:  # noqa: BLE001 - any failure is what we are looking for
        failure = f"{type(exc).__name__}: {exc}"
    else:
        return None
    origin = getattr(tp, "__origin__", None)
    args: tuple[Any, ...] = getattr(tp, "__args__", ())
    if attrs.has(tp) and isinstance(value, Mapping):
        for field in attrs.fields(tp):
            wire = field.metadata.get(WIRE, field.name)
            if wire not in value:
                if field.default is attrs.NOTHING:
                    return f"{path}.{wire}", "required property missing"
                continue
            field_type = field.type
            if isinstance(field_type, str):
                continue
            found = _failing_field(converter, value[wire], field_type, f"{path}.{wire}")
            if found is not None:
                return found
    elif origin in (list, Sequence, tuple) and isinstance(value, list) and args:
        for index, item in enumerate(value):
            found = _failing_field(converter, item, args[0], f"{path}[{index}]")
            if found is not None:
                return found
    elif origin in (dict, Mapping) and isinstance(value, Mapping) and len(args) == 2:
        for key, item in value.items():
            found = _failing_field(converter, item, args[1], f"{path}[{key!r}]")
            if found is not None:
                return found
    return path, failure


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


def _invalid(
    operation: str, why: str, response: urllib3.BaseHTTPResponse, body: bytes
) -> ResponseValidationError:
    """:func:`_validation` for a whole response: its headers and retries are gathered only
    here, as a call that succeeds never needs them."""
    return _validation(
        operation, why, response.status, _headers(response), body, retries_of(response)
    )


@attrs.frozen
class StreamPlan:
    """How a streamed call's response is read, decided from its status and headers alone:
    event by event (``decode`` each :class:`ServerSentEvent`, up to ``sentinel``), or, when
    ``finish`` is set, read whole and given to ``finish`` (its value, or the error it raises).
    Either client carries the plan out; only the reading differs."""

    decode: Callable[[ServerSentEvent], Any] | None = None
    sentinel: str | None = None
    finish: Callable[[urllib3.BaseHTTPResponse], Any] | None = None


def plan_stream(
    response: urllib3.BaseHTTPResponse,
    cases: Sequence[ResponseCase],
    converter: cattrs.Converter,
    *,
    operation: str,
    or_value: bool = False,
) -> StreamPlan:
    """The plan for ``response`` (an error status already past the hooks). With
    ``or_value``, a documented success in another shape (a server that answers a stream
    request with plain JSON) is read and returned as its typed value: no response is lost."""
    status = response.status
    if not 200 <= status < 300:
        return StreamPlan(
            finish=lambda r: _handle(r, cases, converter, operation=operation)
        )
    content_type = (
        (response.headers.get("content-type") or "").split(";")[0].strip().lower()
    )
    plain = [c for c in cases if c.kind != "sse"]
    if (
        or_value
        and content_type != "text/event-stream"
        and any(c.error is None and _matches(c.status, status) for c in plain)
    ):
        return StreamPlan(
            finish=lambda r: handle(r, plain, converter, operation=operation)
        )
    case = find_case([c for c in cases if c.kind == "sse"], status)
    if case is None or case.kind != "sse" or content_type != "text/event-stream":

        def invalid(r: urllib3.BaseHTTPResponse) -> Any:
            raise _validation(
                operation,
                f"expected an event stream, got {content_type or 'no content type'}",
                status,
                _headers(r),
                r.data or b"",
            )

        return StreamPlan(finish=invalid)
    decode = _event_decoder(case, converter, operation, status, _headers(response))
    return StreamPlan(decode=decode, sentinel=case.sentinel)


def open_stream(
    response: urllib3.BaseHTTPResponse,
    cases: Sequence[ResponseCase],
    converter: cattrs.Converter,
    *,
    operation: str,
    or_value: bool = False,
) -> EventStream[Any]:
    """An event stream over a 2XX response; any other status is read and raised as usual."""
    if not 200 <= response.status < 300:
        response = recovered(response, cases, converter, operation=operation)
    plan = plan_stream(
        response, cases, converter, operation=operation, or_value=or_value
    )
    if plan.finish is not None or plan.decode is None:
        try:
            response.read(cache_content=True)
        finally:
            response.release_conn()
        assert plan.finish is not None
        result: EventStream[Any] = plan.finish(response)
        return result
    return EventStream(response, plan.decode, sentinel=plan.sentinel)


def open_stream_or_value(
    response: urllib3.BaseHTTPResponse,
    cases: Sequence[ResponseCase],
    converter: cattrs.Converter,
    *,
    operation: str,
) -> Any:
    """Like :func:`open_stream`, except that a documented success in another shape (a server
    that answers a stream request with plain JSON) is read and returned as its typed value:
    no response is lost."""
    return open_stream(response, cases, converter, operation=operation, or_value=True)


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
                "an event does not fit the documented schema: "
                + describe_failure(exc, json.dumps(payload).encode(), tp, converter),
                status,
                headers,
                raw,
            ) from exc

    return decode


def _describes_envelope(tp: Any) -> bool:
    names = {f.metadata.get(WIRE, f.name) for f in attrs.fields(tp)}
    return "data" in names and names <= {"data", "event", "id", "retry"}
