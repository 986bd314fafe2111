"""The closed sets of :mod:`generator.model.ir` as tuples, and narrowing a spec's value to one."""

from __future__ import annotations

from typing import TypeVar, get_args

from .ir import PageRole, PaginationKind, ParamLocation, ParamStyle

PARAM_LOCATIONS: tuple[ParamLocation, ...] = get_args(ParamLocation)
PARAM_STYLES: tuple[ParamStyle, ...] = get_args(ParamStyle)
PAGE_ROLES: tuple[PageRole, ...] = get_args(PageRole)
PAGINATION_KINDS: tuple[PaginationKind, ...] = get_args(PaginationKind)

_Member = TypeVar("_Member", bound=str)


def member(value: object, allowed: tuple[_Member, ...]) -> _Member | None:
    """``value`` as one of the closed set ``allowed`` (typed so), or None when it is not."""
    for candidate in allowed:
        if candidate == value:
            return candidate
    return None
