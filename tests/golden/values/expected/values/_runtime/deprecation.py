"""Deprecation warnings for deprecated operations, parameters and model fields.

Type checkers learn of deprecated methods from ``typing_extensions.deprecated`` (PEP 702),
imported only while type checking; at run time :func:`deprecated` below does the same job (a
``DeprecationWarning`` at each call) without that package.
"""

from __future__ import annotations

import contextvars
import functools
import warnings
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, TypeVar

from .unset import UNSET

F = TypeVar("F", bound=Callable[..., Any])

_decoding: contextvars.ContextVar[bool] = contextvars.ContextVar(
    "_decoding", default=False
)
_on_behalf: contextvars.ContextVar[int] = contextvars.ContextVar(
    "_on_behalf", default=0
)


def warn(message: str, stacklevel: int = 2) -> None:
    """A ``DeprecationWarning`` attributed ``stacklevel`` frames up from the caller (and as
    many more as :func:`on_behalf` says)."""
    warnings.warn(
        message, DeprecationWarning, stacklevel=stacklevel + 1 + _on_behalf.get()
    )


@contextmanager
def on_behalf(frames: int) -> Iterator[None]:
    """Warnings raised inside are attributed ``frames`` frames further up: for code that does
    the caller's work, such as a method building a model of the fields it was given."""
    token = _on_behalf.set(_on_behalf.get() + frames)
    try:
        yield
    finally:
        _on_behalf.reset(token)


def deprecated(message: str) -> Callable[[F], F]:
    """Mark a function deprecated: each call warns with ``message`` (PEP 702's
    ``@deprecated``, without the dependency)."""

    def decorate(fn: F) -> F:
        @functools.wraps(fn)
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            warn(message)
            return fn(*args, **kwargs)

        wrapper.__deprecated__ = message  # type: ignore[attr-defined]
        return wrapper  # type: ignore[return-value]

    return decorate


@contextmanager
def decoding() -> Iterator[None]:
    """While a response is decoded, setting deprecated fields does not warn (the server set
    them, not the caller)."""
    token = _decoding.set(True)
    try:
        yield
    finally:
        _decoding.reset(token)


def quietly(hook: Callable[[Any, Any], Any]) -> Callable[[Any, Any], Any]:
    """A cattrs structure hook that builds its model without deprecation warnings."""

    def structure(value: Any, tp: Any) -> Any:
        with decoding():
            return hook(value, tp)

    return structure


def field_setter(message: str) -> Callable[[Any, Any, Any], Any]:
    """An attrs ``on_setattr`` hook: assigning a value (not UNSET) to the field warns."""

    def on_setattr(instance: Any, attribute: Any, value: Any) -> Any:
        if value is not UNSET and not _decoding.get():
            warn(message, stacklevel=3)
        return value

    return on_setattr


def check_fields(instance: Any, fields: tuple[tuple[str, str], ...]) -> None:
    """From ``__attrs_post_init__``: warn for each deprecated field the caller set."""
    if _decoding.get():
        return
    for name, message in fields:
        if getattr(instance, name) is not UNSET:
            warn(message, stacklevel=4)
