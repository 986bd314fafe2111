"""The marker for a field or argument the caller did not set.

``None`` is a value (sent as JSON ``null``); ``UNSET`` means "leave it off the wire".
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Mapping
from typing import Final, Literal, TypeVar

T = TypeVar("T")


class Unset(enum.Enum):
    """Type of :data:`UNSET`; a one-member enum so that type checkers can narrow on it."""

    UNSET = "UNSET"

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "UNSET"


UNSET: Final = Unset.UNSET


def is_set(value: T | Unset) -> bool:
    """True when ``value`` is anything but :data:`UNSET` (``None`` counts as set)."""
    return value is not UNSET


def from_fields(
    request: T | None,
    make: Callable[..., T],
    fields: Mapping[str, object],
    renamed: Mapping[str, str] | None = None,
) -> T:
    """The request object of a method that also takes its body's fields as keyword arguments:
    ``request`` as given, else one ``make`` builds of the ``fields`` given (by argument name;
    ``renamed`` maps an argument named apart from its field to the field). A field left
    ``UNSET`` is left out, so the model's default applies. Giving both is a ``TypeError``."""
    given = {(renamed or {}).get(k, k): v for k, v in fields.items() if v is not UNSET}
    if request is None:
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
    return from_fields(request, make, fields, renamed)
