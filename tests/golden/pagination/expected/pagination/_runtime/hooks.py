"""SDK hooks: your code, run by the client at fixed points of every call.

A hook is any object with one or more of these methods (``Client(hooks=[...])``):

- ``on_init(client)``: once, when the client has been made (it may change ``client.headers``,
  ``client.server_url``...).
- ``before_request(context, request) -> request``: before *each attempt* is sent, retries
  included, with the request as it goes on the wire (URL with query, headers with credentials,
  body). Every attempt starts from the request the client prepared, so a hook that adds a header
  does not add it twice; ``context.retries`` tells the attempts apart.
- ``after_success(context, response) -> response``: once per call, on the final 2XX response,
  before its body is decoded; the response it returns is decoded instead. The body has been
  read (``response.data``), except for streamed calls, whose body is left for the stream.
- ``after_error(context, response, error) -> (response, error)``: once per call, when the call
  fails: an error status (``response`` is the final response, ``error`` the :class:`APIError`
  the caller would get, with its typed ``data``) or no usable response (``response`` is
  ``None``, ``error`` the :class:`APIConnectionError`). Returning an error raises it (a new one
  is chained to the original); returning ``(None, error)`` unchanged keeps the original; a
  *different* response returned with ``None`` is decoded as if the server had sent it, so an
  error can become a success.

Retried attempts are not shown to ``after_success`` / ``after_error``: the retry policy runs
first, and the hooks see the outcome of the call. Hooks run in the order given, each getting
what the previous one returned. An exception raised inside a hook propagates unchanged, with a
note naming the hook and the method (``raised in hook AddTrace.before_request``). Each hook call
is logged at DEBUG on the package logger.

The protocols below type each method, so ``mypy --strict`` checks a hook class that names them
as bases (``class Trace(BeforeRequestHook, AfterErrorHook): ...``).
"""

from __future__ import annotations

import inspect
import io
import weakref
from collections.abc import Awaitable, Generator, Iterable, Mapping
from typing import Any, Protocol, TypeAlias, TypeVar

import attrs
import urllib3

from .errors import SDKError
from .exchange import LOGGER, record_exchange

T = TypeVar("T")

METHODS = ("on_init", "before_request", "after_success", "after_error")
"""The methods a hook may have; it must have at least one."""


@attrs.frozen
class HookContext:
    """What a hook is told about the call.

    Attributes:
        operation_id: the operation's ``operationId`` (``None`` when the request was not sent
            by a generated operation).
        base_url: the server the call goes to.
        retries: how many attempts were retried before this one (``before_request``) or before
            the final outcome (``after_success``, ``after_error``).
    """

    operation_id: str | None
    base_url: str
    retries: int = 0


@attrs.frozen
class PreparedRequest:
    """One attempt's request, as it is sent: ``before_request`` returns it, changed or not."""

    method: str
    url: str
    """With the query string."""
    headers: Mapping[str, str] = attrs.field(factory=dict)
    body: bytes | None = None

    def with_header(self, name: str, value: str) -> PreparedRequest:
        """This request with header ``name`` set to ``value`` (replacing any of that name,
        whatever its case)."""
        kept = {k: v for k, v in self.headers.items() if k.lower() != name.lower()}
        return attrs.evolve(self, headers={**kept, name: value})


def make_response(
    body: bytes = b"",
    *,
    status: int = 200,
    headers: Mapping[str, str] | None = None,
) -> urllib3.BaseHTTPResponse:
    """A response made in code, for ``after_success`` (a rewritten body) or ``after_error``
    (an answer in place of an error). Framing headers (``Content-Length``,
    ``Transfer-Encoding``, ``Content-Encoding``) of ``headers`` are dropped: they described
    another body."""
    framing = {"content-length", "transfer-encoding", "content-encoding"}
    kept = {k: v for k, v in (headers or {}).items() if k.lower() not in framing}
    return urllib3.HTTPResponse(
        body=io.BytesIO(body), headers=kept, status=status, preload_content=False
    )


class InitHook(Protocol):
    def on_init(self, client: Any, /) -> None:
        """Called once with the new client."""


class BeforeRequestHook(Protocol):
    def before_request(
        self, context: HookContext, request: PreparedRequest, /
    ) -> PreparedRequest:
        """Called before each attempt; returns the request to send."""
        return request


class AfterSuccessHook(Protocol):
    def after_success(
        self, context: HookContext, response: urllib3.BaseHTTPResponse, /
    ) -> urllib3.BaseHTTPResponse:
        """Called with the final 2XX response; returns the response to decode."""
        return response


class AfterErrorHook(Protocol):
    def after_error(
        self,
        context: HookContext,
        response: urllib3.BaseHTTPResponse | None,
        error: Exception,
        /,
    ) -> tuple[urllib3.BaseHTTPResponse | None, Exception | None]:
        """Called when the call fails; returns the response to decode or the error to raise."""
        return response, error


Hook: TypeAlias = InitHook | BeforeRequestHook | AfterSuccessHook | AfterErrorHook
"""An object with one or more of the hook methods."""


class Hooks:
    """The hooks a client was given, called in order; empty when none were given."""

    def __init__(self, hooks: Iterable[Hook] | None = None) -> None:
        if hooks is None:
            hooks = ()
        if isinstance(hooks, (str, bytes)) or not isinstance(hooks, Iterable):
            raise TypeError(
                f"hooks must be a list of hook objects, got {type(hooks).__name__}"
            )
        self.hooks: tuple[object, ...] = tuple(hooks)
        for index, hook in enumerate(self.hooks):
            if not any(callable(getattr(hook, m, None)) for m in METHODS):
                raise TypeError(
                    f"hooks[{index}] ({type(hook).__name__}) has none of the hook methods "
                    f"{', '.join(METHODS)}"
                )

    def __bool__(self) -> bool:
        return bool(self.hooks)

    def having(self, method: str) -> list[object]:
        return [h for h in self.hooks if callable(getattr(h, method, None))]

    def on_init(self, client: Any) -> None:
        for hook in self.having("on_init"):
            run_steps(_call(hook, "on_init", None, client))

    def before_request(
        self, context: HookContext, request: PreparedRequest
    ) -> PreparedRequest:
        return run_steps(self.before_request_steps(context, request))

    def after_success(
        self, context: HookContext, response: urllib3.BaseHTTPResponse
    ) -> urllib3.BaseHTTPResponse:
        """The response to decode: the last one a hook returned (recorded as the call's)."""
        return run_steps(self.after_success_steps(context, response))

    def after_error(
        self,
        context: HookContext,
        response: urllib3.BaseHTTPResponse | None,
        error: SDKError,
    ) -> urllib3.BaseHTTPResponse | None:
        """Raise the error the hooks settle on (chained to ``error`` when it is another), or
        return the response they give instead; ``None`` when ``error`` stands as it is. Once
        a hook returns no error, the call has succeeded and later hooks are not called."""
        return run_steps(self.after_error_steps(context, response, error))

    # The hook runners are written once, as generators that yield what a hook returned when
    # it must be awaited (an ``async def`` hook method): ``run_steps`` runs them for the
    # client, ``run_steps_async`` (``_runtime/aio.py``) for the ``AsyncClient``.

    def before_request_steps(
        self, context: HookContext, request: PreparedRequest
    ) -> Steps[PreparedRequest]:
        for hook in self.having("before_request"):
            request = yield from _call(
                hook, "before_request", context, context, request
            )
            if not isinstance(request, PreparedRequest):
                raise TypeError(
                    f"hook {_name(hook, 'before_request')} returned "
                    f"{type(request).__name__}, not a PreparedRequest"
                )
        return request

    def after_success_steps(
        self, context: HookContext, response: urllib3.BaseHTTPResponse
    ) -> Steps[urllib3.BaseHTTPResponse]:
        original = response
        for hook in self.having("after_success"):
            response = yield from _call(
                hook, "after_success", context, context, response
            )
            if not isinstance(response, urllib3.BaseHTTPResponse):
                raise TypeError(
                    f"hook {_name(hook, 'after_success')} returned "
                    f"{type(response).__name__}, not a urllib3 response"
                )
        if response is not original:
            _record(context, response)
        return response

    def after_error_steps(
        self,
        context: HookContext,
        response: urllib3.BaseHTTPResponse | None,
        error: SDKError,
    ) -> Steps[urllib3.BaseHTTPResponse | None]:
        current: tuple[urllib3.BaseHTTPResponse | None, Exception | None] = (
            response,
            error,
        )
        for hook in self.having("after_error"):
            if current[1] is None:
                break
            result = yield from _call(hook, "after_error", context, context, *current)
            if not (isinstance(result, tuple) and len(result) == 2):
                raise TypeError(
                    f"hook {_name(hook, 'after_error')} returned {type(result).__name__}, "
                    "not a (response, error) pair"
                )
            if result[1] is not None and not isinstance(result[1], Exception):
                raise TypeError(
                    f"hook {_name(hook, 'after_error')} returned "
                    f"{type(result[1]).__name__} as the error, not an exception"
                )
            current = result
        new_response, new_error = current
        if new_error is error:
            return None
        if new_error is not None:
            raise new_error from error
        if new_response is None or new_response is response:
            return None
        _record(context, new_response)
        return new_response


Steps: TypeAlias = Generator[Awaitable[Any], Any, T]
"""A hook runner: yields each awaitable a hook returned, is sent back its result."""


def run_steps(steps: Steps[T]) -> T:
    """Run a hook runner where nothing can be awaited: an ``async def`` hook method is an
    error (it belongs on an ``AsyncClient``)."""
    try:
        pending = steps.send(None)
        while True:
            close = getattr(pending, "close", None)
            if callable(close):
                close()  # a coroutine never awaited would warn
            pending = steps.throw(
                TypeError(
                    "an async hook method needs the AsyncClient; the Client calls hooks plainly"
                )
            )
    except StopIteration as stop:
        result: T = stop.value
        return result


def _record(context: HookContext, response: urllib3.BaseHTTPResponse) -> None:
    record_exchange(response, context.retries, "", context.base_url)


def _name(hook: object, method: str) -> str:
    return f"{type(hook).__name__}.{method}"


def _call(
    hook: object, method: str, context: HookContext | None, *args: Any
) -> Steps[Any]:
    name = _name(hook, method)
    if context is None:
        LOGGER.debug("hook %s", name)
    else:
        LOGGER.debug(
            "hook %s (%s, retry %d)",
            name,
            context.operation_id or "no operation",
            context.retries,
        )
    try:
        result = getattr(hook, method)(*args)
        if inspect.isawaitable(result):
            result = yield result
    except Exception as exc:
        where = (
            f" during {context.operation_id}"
            if context and context.operation_id
            else ""
        )
        exc.add_note(f"raised in hook {name}{where}")
        LOGGER.debug("hook %s raised %s", name, type(exc).__name__)
        raise
    return result


_DEFERRED: weakref.WeakKeyDictionary[
    urllib3.BaseHTTPResponse, tuple[Hooks, HookContext]
] = weakref.WeakKeyDictionary()


def defer_after_error(
    response: urllib3.BaseHTTPResponse, hooks: Hooks, context: HookContext
) -> None:
    """Note that ``after_error`` is to run when the error status of ``response`` is decoded
    (the operation's error class, with its typed data, is known only then)."""
    _DEFERRED[response] = (hooks, context)


def recover(
    response: urllib3.BaseHTTPResponse, error: SDKError
) -> urllib3.BaseHTTPResponse | None:
    """Run the deferred ``after_error`` hooks of ``response`` (once): raise the error they
    settle on, or return the response they give instead; ``None`` when ``error`` stands."""
    return run_steps(recover_steps(response, error))


def recover_steps(
    response: urllib3.BaseHTTPResponse, error: SDKError
) -> Steps[urllib3.BaseHTTPResponse | None]:
    """:func:`recover` as a hook runner (for either client)."""
    entry = _DEFERRED.pop(response, None)
    if entry is None:
        return None
    hooks, context = entry
    return (yield from hooks.after_error_steps(context, response, error))
