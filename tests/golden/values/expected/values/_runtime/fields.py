"""A method's request body given field by field: the keyword call form's run-time half (the
overloads in the group module say which fields a method takes)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TypeVar

from .deprecation import on_behalf
from .unset import UNSET

T = TypeVar("T")


def from_fields(
    request: T | None,
    make: Callable[..., T],
    fields: Mapping[str, object],
    renamed: Mapping[str, str] | None = None,
) -> T:
    """``request`` as given, else one ``make`` builds of the ``fields`` given (by argument name;
    ``renamed`` maps an argument named apart from its field to the field). A field left
    ``UNSET`` is left out, so the model's default applies; a deprecated field warns at the line
    that called the method. Giving both the object and fields is a ``TypeError``."""
    given = {(renamed or {}).get(k, k): v for k, v in fields.items() if v is not UNSET}
    if request is None:
        with on_behalf(2):  # this function and the method that called it
            return make(**given)
    if given:
        also = ", ".join(k for k, v in fields.items() if v is not UNSET)
        raise TypeError(
            f"pass the request object or its fields, not both (also got {also})"
        )
    return request


def from_fields_or_none(
    request: T | None,
    make: Callable[..., T],
    fields: Mapping[str, object],
    renamed: Mapping[str, str] | None = None,
) -> T | None:
    """:func:`from_fields` for an optional body: neither the object nor a field is no body."""
    if request is None and all(value is UNSET for value in fields.values()):
        return None
    with on_behalf(1):  # this function
        return from_fields(request, make, fields, renamed)
